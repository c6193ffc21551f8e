// editscope-cli: the headless front of the engine. Same code and database as the desktop app, for
// GPU servers and scripts. Errors go to stderr with exit code 2 (bad input) or 1 (internal failure).
#include "commands.h"

#include "core/tensor/compute_threads.h"
#include "core/util/error.h"
#include "core/util/openblas_core.h"

#include <ATen/Parallel.h>
#include <c10/util/Exception.h>

#include <algorithm>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>

namespace {

struct Command {
    const char* name;
    int (*run)(int, char**, int);
    const char* summary;
};

const Command kCommands[] = {
    {"demo-world", editscope::cli::cmdDemoWorld, "build the demo world (facts, skills, tokenizer, trained model) and report"},
    {"tokenize", editscope::cli::cmdTokenize, "print token ids of texts"},
    {"logits", editscope::cli::cmdLogits, "top-k next-token logits of a prompt; --out writes all of them"},
    {"generate", editscope::cli::cmdGenerate, "sample or greedily continue prompts (seeded)"},
    {"score", editscope::cli::cmdScore, "mean per-token NLL of \" \" + target after a prompt (ROME's scoring)"},
    {"stats", editscope::cli::cmdStats, "layer statistics (second moment of the c_proj input) in ROME's npz layout"},
    {"stats-check", editscope::cli::cmdStatsCheck, "validate a statistics npz against a model; smallest eigenvalue"},
    {"edit", editscope::cli::cmdEdit, "ROME / r-ROME / MEMIT edit of CounterFact records, evaluated before and after"},
    {"run", editscope::cli::cmdRun, "sequential editing run into a run file (SQLite); --resume continues one"},
    {"runs", editscope::cli::cmdRuns, "the runs of a run file, with status and last scores"},
    {"export", editscope::cli::cmdExport, "a run's series as CSV files (one per metric, with its definition)"},
    {"checkpoint", editscope::cli::cmdCheckpoint, "the model of a run at step N as an HF folder"},
    {"probe", editscope::cli::cmdProbe, "try a prompt on a model or a run's step: continuations, top-10, target NLL"},
    {"lens", editscope::cli::cmdLens, "logit lens: rank/probability of target_true/new per layer and position"},
    {"synth-run", editscope::cli::cmdSynthRun, "a synthetic run file of any length (benchmarks, trying the app); never a measurement"},
    {"trace", editscope::cli::cmdTrace, "causal tracing as ROME: token x layer restored p(answer) for hidden/mlp/attn"},
    {"bench", editscope::cli::cmdBench, "bench forward / train / edit: throughput and time per phase vs the machine's FLOP/s"},
};

void printUsage(std::ostream& out)
{
    out << "usage: editscope-cli COMMAND [options]\n\ncommands:\n";
    for (const auto& c : kCommands)
        out << "  " << c.name << std::string(14 - std::strlen(c.name), ' ') << c.summary << "\n";
    out << "\nRun a command with an unknown option to list its options.\n";
}

} // namespace

int main(int argc, char** argv)
{
    editscope::ensureFastRuntimeEnvironment(argv);
    // A file-size limit (ulimit -f, a quota) must end in a clear "disk full" error from the write that
    // hit it, with the run file intact, not in a kill by SIGXFSZ in the middle of a commit.
    std::signal(SIGXFSZ, SIG_IGN);
    editscope::useAllCoresForCompute();   // the app does the same: runs must store the same bits
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        printUsage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? 2 : 0;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::cout << "editscope-cli " << EDITSCOPE_VERSION << "\n";
        return 0;
    }
    for (const auto& c : kCommands) {
        if (std::strcmp(argv[1], c.name) != 0)
            continue;
        try {
            return c.run(argc, argv, 2);
        } catch (const editscope::Cancelled&) {
            std::cerr << "editscope-cli: cancelled\n";
            return 130;
        } catch (const editscope::InputError& e) {
            std::cerr << "editscope-cli " << c.name << ": error: " << e.what() << "\n";
            return 2;
        } catch (const c10::Error& e) {
            std::cerr << "editscope-cli " << c.name << ": libtorch error: " << e.what_without_backtrace() << "\n";
            return 1;
        } catch (const std::exception& e) {
            std::cerr << "editscope-cli " << c.name << ": error: " << e.what() << "\n";
            return 1;
        }
    }
    std::cerr << "editscope-cli: unknown command '" << argv[1] << "'\n\n";
    printUsage(std::cerr);
    return 2;
}
