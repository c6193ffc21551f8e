#include "dashboard_bench.h"

#include "widgets/dashboard.h"
#include "widgets/dashboard_plot.h"
#include "widgets/main_window.h"
#include "widgets/run_document.h"
#include "widgets/steps_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace editscope;

int benchDashboard(const QString& dbPath, qint64 run)
{
    QJsonObject out;
    QElapsedTimer t;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();

    t.start();
    if (!window.openFile(dbPath, run)) {
        std::fprintf(stderr, "editscope: %s\n", qPrintable(window.messageText()));
        return 1;
    }
    const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    t.restart();
    QApplication::processEvents();
    window.grab();   // forces layout and a full paint of every plot
    const double firstPaintMs = static_cast<double>(t.nsecsElapsed()) / 1e6;

    auto* doc = window.document();
    auto* dashboard = window.dashboard();
    const double last = static_cast<double>(doc->lastStep() * doc->batchSize());
    constexpr int kRedraws = 10;
    t.restart();
    for (int i = 0; i < kRedraws; ++i) {
        const double lo = last * 0.05 * i, hi = lo + last * 0.5;
        dashboard->plots().first()->setXRange(lo, hi);   // linked: every plot follows
        for (auto* p : dashboard->plots())
            p->setXRange(lo, hi);
        doc->selectStep(doc->lastStep() / 2 + i);
        dashboard->grab();
    }
    const double redrawMs = static_cast<double>(t.nsecsElapsed()) / 1e6 / kRedraws;
    t.restart();
    for (auto* p : dashboard->plots())
        p->rebuild();
    dashboard->grab();
    const double rebuildMs = static_cast<double>(t.nsecsElapsed()) / 1e6;

    qint64 points = 0;
    for (const auto& name : doc->seriesNames())
        points += static_cast<qint64>(doc->series(name).size());
    std::printf("run file: %s, run %lld, %lld steps, %zu series, %lld stored points\n", qPrintable(dbPath),
                static_cast<long long>(doc->runId()), static_cast<long long>(doc->lastStep()), doc->seriesNames().size(),
                static_cast<long long>(points));
    std::printf("open (read every series and step row):   %8.1f ms\n", openMs);
    std::printf("first paint of the window:               %8.1f ms\n", firstPaintMs);
    std::printf("redraw after zoom + cursor move:         %8.1f ms (mean of %d)\n", redrawMs, kRedraws);
    std::printf("rebuild every plot from the document:    %8.1f ms\n", rebuildMs);
    std::printf("platform: %s, Qt %s\n", qPrintable(QGuiApplication::platformName()), qVersion());
    out["steps"] = static_cast<qint64>(doc->lastStep());
    out["points"] = points;
    out["open_ms"] = openMs;
    out["first_paint_ms"] = firstPaintMs;
    out["redraw_ms"] = redrawMs;
    out["rebuild_ms"] = rebuildMs;
    out["platform"] = QGuiApplication::platformName();
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
