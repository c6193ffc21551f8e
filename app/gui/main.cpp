// editscope: the desktop workbench. With no argument it opens the demo world (building it in the
// background if needed); `editscope FILE.db` opens a run file. Headless figure export for scripts:
//   editscope --export-figures DIR --db FILE [--run R] [--format png,pdf,svg] [--dpi N]
// writes every dashboard figure of the run (plus dashboard.pdf with all of them) and exits; it needs no
// display (QT_QPA_PLATFORM=offscreen is set when no display is there). `--bench-dashboard FILE` times
// opening a run file and drawing its dashboard (app/gui/dashboard_bench.h).
//   editscope --export-figures DIR --db FILE --paper [--runs 1,2,3] [--format png,pdf,svg,tex]
// writes the figure set of arXiv 2401.07453 (widgets/paper_figures.h) with those runs overlaid.
#include "dashboard_bench.h"

#include "core/tensor/compute_threads.h"
#include "core/util/openblas_core.h"
#include "widgets/dashboard.h"
#include "widgets/main_window.h"
#include "widgets/paper_figures.h"
#include "widgets/run_document.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <csignal>
#include <cstdio>

namespace {

using namespace editscope;

// The --lang code, else the system locale; English needs no file.
void installTranslations(QApplication& app, const QString& lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, "editscope", "_", ":/i18n"))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

int exportFigures(const QCommandLineParser& args)
{
    RunDocument doc;
    doc.setPollInterval(0);
    QString message;
    QObject::connect(&doc, &RunDocument::errorOccurred, [&](const QString& m) { message = m; });
    if (!doc.open(args.value("db"), args.value("run").toLongLong()) || doc.runId() == 0) {
        std::fprintf(stderr, "editscope: %s\n", qPrintable(message.isEmpty() ? QObject::tr("the file holds no run") : message));
        return 1;
    }
    Dashboard dashboard(&doc);
    dashboard.resize(1400, 1800);
    QStringList formats = args.value("format").split(',', Qt::SkipEmptyParts);
    for (const auto& f : formats)
        if (f != "png" && f != "pdf" && f != "svg") {
            std::fprintf(stderr, "editscope: %s\n", qPrintable(QObject::tr("--format: unknown format '%1' (png, pdf, svg)").arg(f)));
            return 2;
        }
    const QString dir = args.value("export-figures");
    QString error;
    QStringList written;
    if (!dashboard.exportAll(dir, formats, args.value("dpi").toInt(), &error, &written)
        || !dashboard.exportPdf(dir + "/dashboard.pdf", &error)) {
        std::fprintf(stderr, "editscope: %s\n", qPrintable(error));
        return 1;
    }
    written << dir + "/dashboard.pdf";
    for (const auto& w : written)
        std::printf("%s\n", qPrintable(w));
    return 0;
}

// --paper: the runs named by --runs (default every run of the file) overlaid, in the run tree's colours.
int exportPaper(const QCommandLineParser& args)
{
    RunDocument doc;
    doc.setPollInterval(0);
    QString message;
    QObject::connect(&doc, &RunDocument::errorOccurred, [&](const QString& m) { message = m; });
    if (!doc.open(args.value("db"), 0) || doc.runs().empty()) {
        std::fprintf(stderr, "editscope: %s\n", qPrintable(message.isEmpty() ? QObject::tr("the file holds no run") : message));
        return 1;
    }
    QList<qint64> ids;
    for (const QString& r : args.value("runs").split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        ids << r.trimmed().toLongLong(&ok);
        if (!ok) {
            std::fprintf(stderr, "editscope: %s\n", qPrintable(QObject::tr("--runs: '%1' is not a run id").arg(r)));
            return 2;
        }
    }
    if (ids.isEmpty())
        for (const auto& r : doc.runs()) ids << r.id;
    QList<PaperRun> runs;
    for (qint64 id : ids) {
        if (!doc.setRun(id)) {
            std::fprintf(stderr, "editscope: %s\n", qPrintable(QObject::tr("--runs: %1").arg(message)));
            return 1;
        }
        PaperRun p;
        p.dbPath = doc.path();
        p.run = id;
        const auto& summary = doc.summary();
        p.label = summary.name.empty() ? QString::fromStdString(summary.method) : QString::fromStdString(summary.name);
        p.colour = RunSet::runColour(int(runs.size()));
        p.editsOffset = doc.stepOffset() * doc.batchSize();
        runs << p;
    }
    PaperExportOptions options;
    options.dir = args.value("export-figures");
    options.formats = args.isSet("format") ? args.value("format").split(',', Qt::SkipEmptyParts) : QStringList{"png", "pdf", "svg", "tex"};
    options.dpi = args.value("dpi").toInt();
    QString error;
    QStringList written;
    if (!exportPaperFigures(runs, options, &error, &written)) {
        std::fprintf(stderr, "editscope: %s\n", qPrintable(error));
        return 1;
    }
    for (const auto& w : written)
        std::printf("%s\n", qPrintable(w));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    ensureFastRuntimeEnvironment(argv);
    std::signal(SIGXFSZ, SIG_IGN);   // a full disk is an error message, not a kill mid-commit
    useAllCoresForCompute();         // as editscope-cli: the same run stores the same bits
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless = headless || QByteArray(argv[i]) == "--export-figures" || QByteArray(argv[i]) == "--bench-dashboard";
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName("EditScope");
    QApplication::setApplicationName("EditScope");
    QApplication::setApplicationVersion(EDITSCOPE_VERSION);

    // The translator goes in before the options are described, so --help speaks the chosen language.
    QString lang;
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == "--lang" && i + 1 < arguments.size())
            lang = arguments[i + 1];
        else if (arguments[i].startsWith("--lang="))
            lang = arguments[i].mid(7);
    }
    installTranslations(app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Workbench for sequential knowledge editing"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", QObject::tr("a run file (.db) to open"), "[FILE.db]");
    parser.addOptions({
        {"demo-world", QObject::tr("the demo world folder (default: $EDITSCOPE_DEMO_WORLD or the user data folder)"), "dir"},
        {"no-build", QObject::tr("do not build a missing demo world on start")},
        {"lang", QObject::tr("user interface language, e.g. de, zh_CN, en (default: the system locale)"), "code"},
        {"theme", QObject::tr("system, light or dark"), "name"},
        {"export-figures", QObject::tr("write every dashboard figure of a run into DIR and exit"), "dir"},
        {"db", QObject::tr("with --export-figures: the run file"), "file"},
        {"run", QObject::tr("with --export-figures: the run id (default: the file's last run)"), "id", "0"},
        {"format", QObject::tr("with --export-figures: comma-separated formats"), "list", "png,pdf,svg"},
        {"dpi", QObject::tr("with --export-figures: PNG resolution"), "dpi", "150"},
        {"paper", QObject::tr("with --export-figures: the paper's figure set (also as pgfplots .tex) of the runs in --runs")},
        {"runs", QObject::tr("with --paper: run ids to overlay, e.g. 1,2,3 (default: every run of the file)"), "ids"},
        {"resume", QObject::tr("with FILE.db: continue its run (--run, default the last) right away")},
        {"step", QObject::tr("with FILE.db: select this step when the file opens"), "n"},
        {"view", QObject::tr("with FILE.db: raise this panel: steps, disabling, inspector, prompt, lens, trace, retention, runs, history"), "name"},
        {"bench-dashboard", QObject::tr("time opening a run file and drawing its dashboard, then exit"), "file"},
    });
    parser.process(app);
    if (parser.isSet("theme"))
        applyTheme(themeFromName(parser.value("theme")));

    if (parser.isSet("export-figures")) {
        if (!parser.isSet("db")) {
            std::fprintf(stderr, "editscope: %s\n", qPrintable(QObject::tr("--export-figures needs --db FILE")));
            return 2;
        }
        return parser.isSet("paper") ? exportPaper(parser) : exportFigures(parser);
    }

    if (parser.isSet("bench-dashboard"))
        return benchDashboard(parser.value("bench-dashboard"), parser.value("run").toLongLong());

    MainWindow window;
    window.show();
    const auto files = parser.positionalArguments();
    if (!files.isEmpty()) {
        if (window.openFile(files.first(), parser.value("run").toLongLong())) {
            if (parser.isSet("step"))
                window.document()->selectStep(parser.value("step").toLongLong());
            if (parser.isSet("view") && !window.raiseDock(parser.value("view")))
                std::fprintf(stderr, "editscope: %s\n",
                             qPrintable(QObject::tr("--view: no panel '%1' (steps, disabling, inspector, prompt, lens, trace, retention, runs, history)").arg(parser.value("view"))));
            if (parser.isSet("resume"))
                window.action("resume")->trigger();
        }
    } else {
        DemoWorldPaths world = defaultDemoWorld();
        if (parser.isSet("demo-world"))
            world.dir = QDir(parser.value("demo-world")).absolutePath();
        window.startWithDemoWorld(world, !parser.isSet("no-build"));
    }
    return app.exec();
}
