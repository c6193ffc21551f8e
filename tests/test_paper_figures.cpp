// Paper presets (widgets/paper_figures.h) on the gui_run fixture overlaid with a synthetic run (other
// layers and tasks, NaN scores) and the fixture again shifted by 100 edits: every figure is written in
// every format; the pgfplots tables hold exactly the series computed here from RunStore::series and
// paperSmoothing; figures.tex compiles with pdflatex where TeX Live is installed (and is checked
// structurally in any case: balanced environments, \input files present, two numbers per table row).
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/test_main.h"
#include "widgets/paper_figures.h"

#include "core/run/series_smoothing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <map>
#include <regex>

using namespace editscope;

namespace {

struct Table {
    QVector<double> x, y;
};

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// "% curve ID" → its table; fails the test (through *problem) on a malformed table.
std::map<QString, Table> parseTables(const QString& tex, QString* problem = nullptr)
{
    QString ignored;
    if (!problem)
        problem = &ignored;
    std::map<QString, Table> out;
    const QStringList lines = tex.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QLatin1String("% curve ")))
            continue;
        const QString id = lines[i].mid(8).trimmed();
        if (i + 2 >= lines.size() || !lines[i + 1].startsWith(QLatin1String("\\addplot[")) ||
            !lines[i + 1].endsWith(QLatin1String("table[row sep=\\\\] {")) || lines[i + 2] != QLatin1String("x y\\\\")) {
            *problem = QStringLiteral("curve %1: no table header").arg(id);
            return out;
        }
        Table t;
        for (i += 3; i < lines.size() && lines[i] != QLatin1String("};"); ++i) {
            if (!lines[i].endsWith(QLatin1String("\\\\"))) {
                *problem = QStringLiteral("curve %1: row without \\\\: %2").arg(id, lines[i]);
                return out;
            }
            const QStringList cells = lines[i].chopped(2).split(QLatin1Char(' '));
            bool okX = false, okY = false;
            const double x = cells.value(0).toDouble(&okX);
            const double y = cells.value(1) == QLatin1String("nan") ? std::nan("") : cells.value(1).toDouble(&okY);
            if (cells.size() != 2 || !okX || !(okY || std::isnan(y))) {
                *problem = QStringLiteral("curve %1: bad row %2").arg(id, lines[i]);
                return out;
            }
            t.x << x;
            t.y << y;
        }
        out[id] = t;
    }
    return out;
}

bool close(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QString compare(const Table& actual, const Table& expected)
{
    if (actual.x.size() != expected.x.size())
        return QStringLiteral("%1 points, expected %2").arg(actual.x.size()).arg(expected.x.size());
    for (qsizetype i = 0; i < actual.x.size(); ++i)
        if (!close(actual.x[i], expected.x[i]) || !close(actual.y[i], expected.y[i]))
            return QStringLiteral("point %1: (%2, %3), expected (%4, %5)")
                .arg(i)
                .arg(actual.x[i], 0, 'g', 17)
                .arg(actual.y[i], 0, 'g', 17)
                .arg(expected.x[i], 0, 'g', 17)
                .arg(expected.y[i], 0, 'g', 17);
    return {};
}

} // namespace

class TestPaperFigures : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString fixture_, synthetic_, out_;
    QList<PaperRun> runs_;
    QStringList written_;

    // What figure `kind` must hold, computed from the stores: curve id → table.
    std::map<QString, Table> expectedCurves(const QString& kind)
    {
        std::map<QString, Table> out;
        for (int i = 0; i < runs_.size(); ++i) {
            const QString tag = QStringLiteral("run%1.").arg(i + 1);
            const double offset = static_cast<double>(runs_[i].editsOffset);
            RunStore store(runs_[i].dbPath.toStdString(), true);
            const qint64 run = runs_[i].run;
            const auto names = store.availableSeries(run);
            auto plain = [&](const std::string& name, double scale) {
                Table t;
                for (const auto& p : store.series(run, name)) {
                    t.x << static_cast<double>(p.edits) + offset;
                    t.y << p.value * scale;
                }
                out[tag + QString::fromStdString(name)] = t;
            };
            const std::map<QString, std::string> scores = {
                {QStringLiteral("efficacy"), "es"}, {QStringLiteral("paraphrase"), "ps"}, {QStringLiteral("neighborhood"), "ns"}};
            if (scores.count(kind)) {
                const std::string metric = scores.at(kind);
                std::vector<double> values;
                for (const auto& p : store.series(run, metric))
                    values.push_back(p.value);
                const SmoothedSeries s = paperSmoothing(values, 5, 10);
                Table buckets, average;
                for (size_t j = 0; j < s.x.size(); ++j) {
                    buckets.x << s.x[j] + offset;
                    average.x << s.x[j] + offset;
                    buckets.y << s.bucket[j] * 100;
                    average.y << s.average[j] * 100;
                }
                out[tag + QString::fromStdString(metric) + ".bucket_mean"] = buckets;
                out[tag + QString::fromStdString(metric) + ".moving_average"] = average;
            }
            for (const auto& name : names) {
                const bool accuracy = name.rfind("downstream.", 0) == 0 && name.size() > 9 && name.substr(name.size() - 9) == ".accuracy";
                const bool f1 = name.rfind("downstream.", 0) == 0 && name.substr(name.size() - 3) == ".f1";
                if ((kind == QLatin1String("downstream_accuracy") && accuracy) || (kind == QLatin1String("downstream_f1") && f1))
                    plain(name, 100);
                if (kind == QLatin1String("norm_growth") && std::regex_match(name, std::regex(R"(^norm\.drift\.\d+$)")))
                    plain(name, 1);
                if (kind == QLatin1String("retention") && name == "retention")
                    plain(name, 100);
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        fixture_ = qEnvironmentVariable("EDITSCOPE_GUI_DB");
        QVERIFY2(QFileInfo::exists(fixture_), "EDITSCOPE_GUI_DB: run the build_gui_run fixture first");
        // A second run file: other layers (17, 18), other tasks (sst2, rte), NS undefined (NaN) everywhere.
        synthetic_ = dir_.filePath(QStringLiteral("synthetic.db"));
        {
            RunStore store(synthetic_.toStdString());
            const int64_t run = store.createRun(test::makeSpec("synthetic"));
            store.appendBaseline(run, {{"sst2", 200, 0, 0.9, 0.85, 0.7, nullptr}}, {});
            for (int64_t k = 1; k <= 62; ++k) {
                auto step = test::makeStep(k);
                step.post[0].es = static_cast<double>(k * 37 % 11) / 10;   // 0.4, 0.8, 0.1, 0.5, 0.9, 0.2, ...
                step.post[0].ps = static_cast<double>(k * 13 % 7) / 6;
                store.appendStep(run, step);
            }
        }
        runs_ = {{fixture_, 1, QStringLiteral("ROME (fixture)"), QColor(0x1f77b4), 0},
                 {synthetic_, 1, QStringLiteral("r-ROME_v2 & 50% \"new\""), QColor(0xff7f0e), 0},
                 {fixture_, 1, QString(), QColor(), 100}};
        out_ = dir_.filePath(QStringLiteral("figures"));
        PaperExportOptions options;
        options.dir = out_;   // created by the export
        options.dpi = 192;   // scale 2: whole pixels
        QString error;
        QVERIFY2(exportPaperFigures(runs_, options, &error, &written_), qPrintable(error));
    }

    void everyFigureInEveryFormat()
    {
        QStringList expected;
        for (const QString& kind : paperFigureKinds())
            for (const char* format : {"png", "pdf", "svg", "tex"})
                expected << QDir(out_).absoluteFilePath(kind + QLatin1Char('.') + QLatin1String(format));
        expected << QDir(out_).absoluteFilePath(QStringLiteral("figures.tex"));
        QCOMPARE(written_, expected);
        for (const QString& path : expected)
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));

        QList<PaperFigure> figures;
        QString error;
        QVERIFY2(buildPaperFigures(runs_, 5, 10, &figures, &error), qPrintable(error));
        QCOMPARE(figures.size(), paperFigureKinds().size());
        for (const auto& figure : figures) {
            const QImage png(QDir(out_).absoluteFilePath(figure.kind + QStringLiteral(".png")));
            const QSize size = paperFigureSize(figure) * 2;
            QCOMPARE(png.size(), size);
            QCOMPARE(qRound(png.dotsPerMeterX() * 0.0254), 192);
            // The runs' colours are drawn (the first run's blue, the second's orange, where it has data).
            int blue = 0;
            for (int y = 0; y < png.height(); y += 2)
                for (int x = 0; x < png.width(); x += 2)
                    blue += png.pixel(x, y) == QColor(0x1f77b4).rgb();
            QVERIFY2(blue > 20, qPrintable(figure.kind));
            QVERIFY(readText(QDir(out_).absoluteFilePath(figure.kind + QStringLiteral(".pdf"))).startsWith(QLatin1String("%PDF")));
            QVERIFY(readText(QDir(out_).absoluteFilePath(figure.kind + QStringLiteral(".svg"))).contains(QLatin1String("<svg")));
        }
        // Per-task panels: the union of the fixture's tasks and the synthetic run's.
        const auto& accuracy = figures[3];
        QCOMPARE(accuracy.kind, QStringLiteral("downstream_accuracy"));
        QStringList tasks;
        for (const auto& panel : accuracy.panels)
            tasks << panel.title;
        QCOMPARE(tasks, (QStringList{"entailment", "rte", "sentiment", "sst2"}));
    }

    void texTablesHoldTheSmoothedSeries()
    {
        for (const QString& kind : paperFigureKinds()) {
            const QString tex = readText(QDir(out_).absoluteFilePath(kind + QStringLiteral(".tex")));
            QString problem;
            const auto tables = parseTables(tex, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(kind + ": " + problem));
            const auto expected = expectedCurves(kind);
            QVERIFY2(!expected.empty(), qPrintable(kind));
            QStringList ids, expectedIds;
            for (const auto& [id, t] : tables)
                ids << id;
            for (const auto& [id, t] : expected)
                expectedIds << id;
            QCOMPARE(ids, expectedIds);
            for (const auto& [id, t] : expected) {
                const QString difference = compare(tables.at(id), t);
                QVERIFY2(difference.isEmpty(), qPrintable(kind + " " + id + ": " + difference));
            }
        }
        // Hand-checked anchors. The synthetic run's NS is NaN everywhere (gaps). Its ES over 62 edits makes 12
        // whole buckets (x = 0, 5, ..., 55); edits 1-5 have ES 0.4, 0.8, 0.1, 0.5, 0.9 (mean 54), edits 6-10
        // 0.2, 0.6, 1.0, 0.3, 0.7 (mean 56); the moving average of the first two buckets is 55.
        const auto ns = parseTables(readText(QDir(out_).absoluteFilePath(QStringLiteral("neighborhood.tex"))));
        QVERIFY(std::isnan(ns.at(QStringLiteral("run2.ns.moving_average")).y.value(0)));
        const auto es = parseTables(readText(QDir(out_).absoluteFilePath(QStringLiteral("efficacy.tex"))));
        const Table& buckets = es.at(QStringLiteral("run2.es.bucket_mean"));
        QCOMPARE(buckets.x.size(), 12);
        QCOMPARE(buckets.x.last(), 55.0);
        QVERIFY(close(buckets.y[0], 54) && close(buckets.y[1], 56));
        QVERIFY(close(es.at(QStringLiteral("run2.es.moving_average")).y[1], 55));
        QCOMPARE(es.at(QStringLiteral("run3.es.bucket_mean")).x.value(0), 100.0);   // the shifted copy
        const QString tex = readText(QDir(out_).absoluteFilePath(QStringLiteral("efficacy.tex")));
        QVERIFY2(tex.contains(QStringLiteral("\\addlegendentry{r-ROME\\_v2 \\& 50\\% \\textquotedbl{}new\\textquotedbl{}}")), qPrintable(tex.left(3000)));
        QVERIFY(tex.contains(QStringLiteral("\\addlegendentry{gui fixture}")));   // no label: the run's name
    }

    void latexIsStructurallySound()
    {
        const QString document = readText(QDir(out_).absoluteFilePath(QStringLiteral("figures.tex")));
        QVERIFY(document.contains(QLatin1String("\\documentclass{article}")));
        QVERIFY(document.contains(QLatin1String("\\pgfplotsset{compat=1.18}")));
        const QRegularExpression input(QStringLiteral("\\\\input\\{([^}]+)\\}"));
        QStringList inputs;
        for (auto it = input.globalMatch(document); it.hasNext();)
            inputs << it.next().captured(1);
        QCOMPARE(inputs.size(), paperFigureKinds().size());
        QString all = document;
        for (const QString& file : inputs) {
            QVERIFY2(QFileInfo::exists(QDir(out_).absoluteFilePath(file)), qPrintable(file));
            all += readText(QDir(out_).absoluteFilePath(file));
        }
        // Every \begin{X} closed by its own \end{X}, properly nested.
        const QRegularExpression env(QStringLiteral("\\\\(begin|end)\\{([a-z]+)\\}"));
        QStringList stack;
        for (auto it = env.globalMatch(all); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1) == QLatin1String("begin")) {
                stack << m.captured(2);
            } else {
                QVERIFY2(!stack.isEmpty() && stack.takeLast() == m.captured(2), qPrintable(m.captured(0)));
            }
        }
        QVERIFY(stack.isEmpty());
        // Braces and brackets balance in every figure (an unescaped label would break this).
        for (const QString& file : inputs) {
            const QString tex = readText(QDir(out_).absoluteFilePath(file)).remove(QStringLiteral("\\{")).remove(QStringLiteral("\\}"));
            QCOMPARE(tex.count(QLatin1Char('{')), tex.count(QLatin1Char('}')));
        }
    }

    void figuresCompileWithPdflatex()
    {
        const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
        if (pdflatex.isEmpty())
            QSKIP("pdflatex not installed: the structural check above stands in for it");
        QProcess latex;
        latex.setWorkingDirectory(out_);
        latex.start(pdflatex, {QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"),
                               QStringLiteral("figures.tex")});
        QVERIFY(latex.waitForFinished(300000));
        const QString log = QString::fromUtf8(latex.readAllStandardOutput());
        QVERIFY2(latex.exitStatus() == QProcess::NormalExit && latex.exitCode() == 0, qPrintable(log.right(3000)));
        QVERIFY(QFileInfo(QDir(out_).absoluteFilePath(QStringLiteral("figures.pdf"))).size() > 10000);
        QVERIFY2(!log.contains(QLatin1String("LaTeX Error")), qPrintable(log.right(3000)));
    }

    void badRequestsFailWithAReason()
    {
        QString error;
        PaperExportOptions options;
        options.dir = dir_.filePath(QStringLiteral("bad"));
        options.formats = {QStringLiteral("png"), QStringLiteral("gif")};
        QVERIFY(!exportPaperFigures(runs_, options, &error, nullptr));
        QVERIFY2(error.contains(QLatin1String("gif")), qPrintable(error));
        options.formats = {QStringLiteral("png")};
        options.dpi = 10;
        QVERIFY(!exportPaperFigures(runs_, options, &error, nullptr));
        QVERIFY2(error.contains(QLatin1String("24..1200")), qPrintable(error));
        options.dpi = 96;
        QVERIFY(!exportPaperFigures({{dir_.filePath(QStringLiteral("missing.db")), 1, {}, {}, 0}}, options, &error, nullptr));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!exportPaperFigures({{fixture_, 42, {}, {}, 0}}, options, &error, nullptr));
        QVERIFY2(error.contains(QLatin1String("no run with id 42")), qPrintable(error));
        QVERIFY(!exportPaperFigures({}, options, &error, nullptr));
        QCOMPARE(latexEscaped(QStringLiteral("a_b {c} #1 ~x^2 \\ ‖W − W₀‖ ×100 中")),
                 QStringLiteral("a\\_b \\{c\\} \\#1 \\~{}x\\^{}2 \\textbackslash{} $\\|$W - W$_0$$\\|$ $\\times$100 ?"));
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestPaperFigures)
#include "test_paper_figures.moc"
