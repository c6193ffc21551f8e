#include "core/tensor/compute_threads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace editscope {

void useAllCoresForCompute()
{
    if (!std::getenv("OMP_NUM_THREADS"))
        at::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

int computeThreads() { return at::get_num_threads(); }

} // namespace editscope

#include <torch/version.h>

namespace editscope {
const char* torchVersionString() { return TORCH_VERSION; }
} // namespace editscope
