// How many intra-op threads libtorch uses, set once at start-up by every front end (CLI, app, tests
// that compare with the CLI). libtorch 1.13 starts with one intra-op thread here; batched work runs
// ~30% faster on all cores, and reductions (norms) differ in the last bits between thread counts, so
// the app and the CLI must agree to store bit-identical runs. OMP_NUM_THREADS, when set, wins.
// Torch-free header (Qt translation units include it). Call before any tensor work, from the main thread.
#pragma once

namespace editscope {

void useAllCoresForCompute();
int computeThreads();   // at::get_num_threads()

} // namespace editscope

namespace editscope {
// The libtorch version this build links, e.g. "1.13.1" (the About box; torch-free callers).
const char* torchVersionString();
} // namespace editscope
