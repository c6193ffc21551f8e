#include "core/editing/stats_file.h"

#include "core/formats/npz.h"
#include "core/util/error.h"

#include <ATen/ATen.h>

#include <cstring>
#include <filesystem>

namespace editscope {
namespace {

constexpr const char* kConstructor = "util.runningstats.SecondMoment()";

const NpyArray& member(const std::map<std::string, NpyArray>& arrays, const std::string& key, const std::string& path)
{
    auto it = arrays.find(key);
    if (it == arrays.end())
        throw InputError(path, key, "missing (a ROME statistics file holds mom2.mom2, mom2.count, mom2.constructor, sample_size)");
    return it->second;
}

} // namespace

void saveSecondMoment(const std::string& path, const SecondMoment& m)
{
    const auto sum = m.sum.to(at::kCPU).contiguous();
    std::vector<std::pair<std::string, NpyArray>> arrays;
    arrays.emplace_back("mom2.constructor", NpyArray::stringScalar(kConstructor));
    arrays.emplace_back("mom2.count", NpyArray::int64Scalar(m.count));
    if (sum.scalar_type() == at::kDouble)
        arrays.emplace_back("mom2.mom2", NpyArray::fromDoubles({sum.data_ptr<double>(), static_cast<size_t>(sum.numel())},
                                                               {sum.size(0), sum.size(1)}));
    else {
        const auto f = sum.to(at::kFloat).contiguous();
        arrays.emplace_back("mom2.mom2", NpyArray::fromFloats({f.data_ptr<float>(), static_cast<size_t>(f.numel())},
                                                              {f.size(0), f.size(1)}));
    }
    arrays.emplace_back("sample_size", NpyArray::int64Scalar(m.sampleSize));
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    writeNpz(path, arrays);
}

LoadedSecondMoment loadSecondMoment(const std::string& path, int64_t innerDim, int64_t layer)
{
    if (!std::filesystem::exists(path))
        throw InputError(path, "", "no layer statistics here. EditScope never recomputes them silently; make them with\n"
                                   "  editscope-cli stats --model DIR --corpus FILE --layers "
                                       + std::to_string(layer) + " --stats-dir DIR\n"
                                   "or place the reference's published npz at this path");
    const auto arrays = readNpz(path);
    const auto& mom2 = member(arrays, "mom2.mom2", path);
    const int64_t count = member(arrays, "mom2.count", path).scalarInt64();
    LoadedSecondMoment loaded;
    loaded.moment.layer = layer;
    loaded.moment.count = count;
    auto sampleSize = arrays.find("sample_size");
    loaded.moment.sampleSize = sampleSize == arrays.end() ? 0 : sampleSize->second.scalarInt64();
    if (mom2.descr != "<f4" && mom2.descr != "<f8")
        throw InputError(path, "mom2.mom2", "expected float32 or float64, found " + mom2.descr);
    loaded.dtypeName = mom2.descr == "<f8" ? "float64" : "float32";
    if (mom2.shape != std::vector<int64_t>{innerDim, innerDim})
        throw InputError(path, "mom2.mom2", "expected shape [" + std::to_string(innerDim) + ", " + std::to_string(innerDim)
                                                + "] (the model's MLP width), found " + [&] {
                                                      std::string s = "[";
                                                      for (size_t i = 0; i < mom2.shape.size(); ++i)
                                                          s += (i ? ", " : "") + std::to_string(mom2.shape[i]);
                                                      return s + "]";
                                                  }());
    if (count <= 0)
        throw InputError(path, "mom2.count", "must be positive, found " + std::to_string(count));
    const auto type = mom2.descr == "<f8" ? at::kDouble : at::kFloat;
    at::Tensor sum = at::empty({innerDim, innerDim}, type);
    std::memcpy(sum.data_ptr(), mom2.data.data(), mom2.data.size());
    if (!at::isfinite(sum).all().item<bool>())
        throw InputError(path, "mom2.mom2", "holds NaN or infinite values");
    const auto c = sum.to(at::kDouble) / static_cast<double>(count);
    const double scale = c.abs().max().item<double>();
    const double asymmetry = (c - c.t()).abs().max().item<double>();
    if (asymmetry > 1e-5 * std::max(scale, 1e-30))
        throw InputError(path, "mom2.mom2", "not symmetric (max |C - Cᵀ| = " + std::to_string(asymmetry) + ")");
    const auto eig = at::linalg_eigvalsh(c);
    loaded.minEigenvalue = eig.min().item<double>();
    loaded.maxEigenvalue = eig.max().item<double>();
    loaded.moment.sum = sum;
    return loaded;
}

} // namespace editscope
