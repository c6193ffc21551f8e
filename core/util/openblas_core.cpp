#include "core/util/openblas_core.h"

#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

namespace editscope {
namespace {

// Core names from OpenBLAS's driver/others/dynamic.c that lack AVX2 kernels.
bool isSlowFallbackCore(const std::string& name)
{
    return name == "Prescott" || name == "Core2" || name == "Penryn" || name == "Dunnington"
        || name == "Nehalem" || name == "Sandybridge" || name == "Katmai" || name == "Coppermine"
        || name == "Northwood" || name == "Banias" || name == "Atom";
}

const char* bestCoreForThisCpu()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
        && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq"))
        return "SkylakeX";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "Haswell";
#endif
    return nullptr;
}

} // namespace

std::string openBlasCoreName()
{
    using CoreNameFn = char* (*)();
    auto fn = reinterpret_cast<CoreNameFn>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (!fn)
        return {};
    const char* name = fn();
    return name ? std::string(name) : std::string();
}

void ensureOpenBlasCoreType(char** argv)
{
    // Set by us before a re-exec, or chosen by the user: respect it and never loop.
    if (std::getenv("OPENBLAS_CORETYPE") || std::getenv("EDITSCOPE_NO_BLAS_REEXEC"))
        return;
    const std::string current = openBlasCoreName();
    if (current.empty() || !isSlowFallbackCore(current))
        return;
    const char* better = bestCoreForThisCpu();
    if (!better)
        return;
    setenv("OPENBLAS_CORETYPE", better, 1);
    setenv("EDITSCOPE_NO_BLAS_REEXEC", "1", 1);
    execv("/proc/self/exe", argv);
    // execv failed: carry on with the slow core rather than die.
}

} // namespace editscope
