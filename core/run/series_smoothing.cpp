#include "core/run/series_smoothing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace editscope {
namespace {

double finiteMean(const double* begin, const double* end)
{
    double sum = 0;
    int64_t n = 0;
    for (const double* p = begin; p != end; ++p)
        if (std::isfinite(*p)) {
            sum += *p;
            ++n;
        }
    return n > 0 ? sum / static_cast<double>(n) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

std::vector<double> trailingMovingAverage(const std::vector<double>& values, int64_t window)
{
    window = std::max<int64_t>(window, 1);
    std::vector<double> out(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const size_t first = i + 1 >= static_cast<size_t>(window) ? i + 1 - static_cast<size_t>(window) : 0;
        out[i] = finiteMean(values.data() + first, values.data() + i + 1);
    }
    return out;
}

SmoothedSeries paperSmoothing(const std::vector<double>& values, int64_t bucketSize, int64_t window)
{
    bucketSize = std::max<int64_t>(bucketSize, 1);
    SmoothedSeries s;
    const size_t buckets = values.size() / static_cast<size_t>(bucketSize);
    for (size_t i = 0; i < buckets; ++i) {
        const double* first = values.data() + i * static_cast<size_t>(bucketSize);
        s.x.push_back(static_cast<double>(i) * static_cast<double>(bucketSize));
        s.bucket.push_back(finiteMean(first, first + bucketSize));
    }
    s.average = trailingMovingAverage(s.bucket, window);
    return s;
}

} // namespace editscope
