// One function per editscope-cli command; each parses its own options (argv[first..]).
#pragma once

namespace editscope::cli {

int cmdTokenize(int argc, char** argv, int first);
int cmdLogits(int argc, char** argv, int first);
int cmdGenerate(int argc, char** argv, int first);
int cmdScore(int argc, char** argv, int first);
int cmdBench(int argc, char** argv, int first);
int cmdDemoWorld(int argc, char** argv, int first);
int cmdStats(int argc, char** argv, int first);
int cmdStatsCheck(int argc, char** argv, int first);
int cmdEdit(int argc, char** argv, int first);
int cmdRun(int argc, char** argv, int first);
int cmdRuns(int argc, char** argv, int first);
int cmdExport(int argc, char** argv, int first);
int cmdCheckpoint(int argc, char** argv, int first);
int cmdSynthRun(int argc, char** argv, int first);
int cmdTrace(int argc, char** argv, int first);
int cmdProbe(int argc, char** argv, int first);
int cmdLens(int argc, char** argv, int first);

} // namespace editscope::cli
