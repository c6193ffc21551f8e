// What the app needs to offer a first run on the demo world: where it lives, whether it is complete,
// and the jobs that make it (train the world; compute the ROME statistics it edits with). The paths
// follow `editscope-cli demo-world` / `stats`, so a world built by the CLI (scripts/run-demo.sh) is
// found and reused, and the app's runs equal the CLI's.
#pragma once

#include "core/runner/sequential_run.h"
#include "widgets/session/background_task.h"

#include <QString>

namespace editscope {

struct DemoWorldPaths {
    QString dir;                              // the world: model/, counterfact.json, skills/, hparams/, corpus.txt
    QString model() const { return dir + "/model"; }
    QString dataset() const { return dir + "/counterfact.json"; }
    QString corpus() const { return dir + "/corpus.txt"; }
    QString hparams(const QString& method) const;   // hparams/ROME/demo.json or hparams/MEMIT/demo.json
    QString statsDir() const { return dir + "/stats"; }
    QString runsDir() const { return dir + "/runs"; }
    bool complete() const;                    // report.json and the model's weights exist
};

// $EDITSCOPE_DEMO_WORLD, else the user's data folder (QStandardPaths::AppLocalDataLocation)/demo-world.
DemoWorldPaths defaultDemoWorld();

// The New-run dialog's defaults on the demo world: ROME, its demo hparams and statistics, 100 edits,
// retention every 20 (the paper's), downstream every 5 on the world's skills, generation every 10.
NewRunOptions demoRunOptions(const DemoWorldPaths& world);

// Jobs for BackgroundTask. The world's ETA comes from the trainer; statistics report documents done.
BackgroundTask::Job buildDemoWorldJob(const DemoWorldPaths& world);
BackgroundTask::Job computeStatisticsJob(const NewRunOptions& options, const QString& corpusPath);

} // namespace editscope
