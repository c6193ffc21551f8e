// OpenBLAS 0.3.21 reads this machine's CPU (AVX-512, AMX) as "Prescott" and runs 5x slower than with
// OPENBLAS_CORETYPE=SkylakeX. The variable is read only when the library loads, so every main()
// calls ensureOpenBlasCoreType() first: if the detected core is a pre-AVX2 fallback but the CPU has
// AVX-512 (or AVX2), it sets the variable and re-executes the program once. No-op without OpenBLAS.
#pragma once

#include <string>

namespace editscope {

// Re-executes the current program with OPENBLAS_CORETYPE set when that makes BLAS faster.
// Returns normally when nothing needs to change (or re-exec is impossible).
void ensureOpenBlasCoreType(char** argv);

// The core OpenBLAS is using ("SkylakeX", "Haswell", ...), or "" when BLAS is not OpenBLAS.
std::string openBlasCoreName();

} // namespace editscope
