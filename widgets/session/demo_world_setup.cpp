#include "widgets/session/demo_world_setup.h"

#include "core/runner/run_inputs.h"
#include "core/train/demo_world_builder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cmath>

namespace editscope {

QString DemoWorldPaths::hparams(const QString& method) const
{
    return dir + (method == "memit" ? "/hparams/MEMIT/demo.json" : "/hparams/ROME/demo.json");
}

bool DemoWorldPaths::complete() const
{
    return QFileInfo::exists(dir + "/report.json") && QFileInfo::exists(model() + "/model.safetensors")
        && QFileInfo::exists(dataset());
}

DemoWorldPaths defaultDemoWorld()
{
    const QString fromEnv = qEnvironmentVariable("EDITSCOPE_DEMO_WORLD");
    if (!fromEnv.isEmpty())
        return {QDir(fromEnv).absolutePath()};
    return {QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/demo-world"};
}

NewRunOptions demoRunOptions(const DemoWorldPaths& world)
{
    NewRunOptions o;
    o.name = "demo ROME";
    o.modelDir = world.model().toStdString();
    o.datasetPath = world.dataset().toStdString();
    o.method = "rome";
    o.hparamsPath = world.hparams("rome").toStdString();
    o.statsDir = world.statsDir().toStdString();
    o.edits = 100;
    o.retentionEvery = 20;
    o.downstreamDir = world.dir.toStdString();
    o.downstreamEvery = 5;
    o.downstreamPerClass = 100;
    o.generationEvery = 10;
    return o;
}

BackgroundTask::Job buildDemoWorldJob(const DemoWorldPaths& world)
{
    return [world](BackgroundTask& task) {
        DemoWorldBuildOptions options;
        options.outDir = world.dir.toStdString();
        QDir().mkpath(world.dir);
        const auto result = buildDemoWorld(options, [&task](const DemoWorldProgress& p) {
            return task.report(QString::fromStdString(p.phase), p.fraction, p.etaSeconds, QString::fromStdString(p.message));
        });
        return QString::fromStdString(result.reportText);
    };
}

BackgroundTask::Job computeStatisticsJob(const NewRunOptions& o, const QString& corpusPath)
{
    return [o, corpusPath](BackgroundTask& task) {
        const auto status = computeStatistics(o.method, o.hparamsPath, o.modelDir, o.statsDir, corpusPath.toStdString(), o.device,
                                              [&task](const StatisticsProgress& p) {
                                                  const double f = p.documentsTotal > 0
                                                      ? static_cast<double>(p.documentsDone) / static_cast<double>(p.documentsTotal)
                                                      : -1;
                                                  return task.report(QStringLiteral("statistics"), f, p.etaSeconds,
                                                                     QString("%1 / %2").arg(p.documentsDone).arg(p.documentsTotal));
                                              });
        QStringList paths;
        for (const auto& f : status.files)
            paths << QString::fromStdString(f.path);
        return paths.join('\n');
    };
}

} // namespace editscope
