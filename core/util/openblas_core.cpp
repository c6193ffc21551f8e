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

void ensureFastRuntimeEnvironment(char** argv)
{
    // Set by us before a re-exec: never loop.
    if (std::getenv("EDITSCOPE_RUNTIME_ENV_SET"))
        return;
    bool changed = false;
    if (!std::getenv("OPENBLAS_CORETYPE")) {
        const std::string current = openBlasCoreName();
        const char* better = bestCoreForThisCpu();
        if (!current.empty() && isSlowFallbackCore(current) && better) {
            setenv("OPENBLAS_CORETYPE", better, 1);
            changed = true;
        }
    }
    if (!std::getenv("OMP_WAIT_POLICY")) {
        setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        changed = true;
    }
    if (!changed)
        return;
    setenv("EDITSCOPE_RUNTIME_ENV_SET", "1", 1);
    execv("/proc/self/exe", argv);
    // execv failed: carry on with the slow settings rather than die.
}

} // namespace editscope
