// `editscope --bench-dashboard FILE.db [--run R]`: how long a run file takes to open and the dashboard
// to draw (the README's numbers for a 10,000-step synthetic run). Prints one line per phase and a JSON
// summary; uses whatever QPA platform is active (offscreen when headless).
#pragma once

#include <QString>

int benchDashboard(const QString& dbPath, qint64 run);
