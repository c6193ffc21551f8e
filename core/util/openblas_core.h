// Two settings that are read only when a library loads, so every main() calls
// ensureFastRuntimeEnvironment() first and, when one is missing, sets it and re-executes the program
// once (the user's own values always win):
//  - OPENBLAS_CORETYPE: OpenBLAS 0.3.21 reads this machine's CPU (AVX-512, AMX) as "Prescott" and runs
//    5x slower than with SkylakeX. Set only when the detected core is a pre-AVX2 fallback but the CPU
//    has AVX-512 (or AVX2).
//  - OMP_WAIT_POLICY=PASSIVE: libtorch's OpenMP threads otherwise spin between ops and starve
//    OpenBLAS's own threads; on 2 cores that halves training and forward speed (measured with
//    `editscope-cli bench`, see docs/benchmarks.md).
#pragma once

#include <string>

namespace editscope {

// Re-executes the current program with the settings above when they are missing.
// Returns normally when nothing needs to change (or re-exec is impossible).
void ensureFastRuntimeEnvironment(char** argv);

// The core OpenBLAS is using ("SkylakeX", "Haswell", ...), or "" when BLAS is not OpenBLAS.
std::string openBlasCoreName();

} // namespace editscope
