#include "core/run/disabling_detector.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace editscope {
namespace {

std::string format(double v)
{
    std::ostringstream o;
    o.precision(4);
    o << v;
    return o.str();
}

} // namespace

nlohmann::json DetectorSettings::toJson() const
{
    return {{"update_norm_factor", updateNormFactor}, {"min_history", minHistory}, {"drift_jump_ratio", driftJumpRatio},
            {"entropy_fraction", entropyFraction}, {"downstream_drop", downstreamDrop}};
}

DetectorSettings DetectorSettings::fromJson(const nlohmann::json& j)
{
    DetectorSettings s;
    if (!j.is_object())
        return s;
    s.updateNormFactor = j.value("update_norm_factor", s.updateNormFactor);
    s.minHistory = j.value("min_history", s.minHistory);
    s.driftJumpRatio = j.value("drift_jump_ratio", s.driftJumpRatio);
    s.entropyFraction = j.value("entropy_fraction", s.entropyFraction);
    s.downstreamDrop = j.value("downstream_drop", s.downstreamDrop);
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

DisablingDetector::DisablingDetector(DetectorSettings settings) : settings_(settings) {}

void DisablingDetector::setBaseline(std::optional<double> entropy, const std::map<std::string, double>& downstream)
{
    baselineEntropy_ = entropy;
    baselineDownstream_ = downstream;
}

std::vector<FlagRecord> DisablingDetector::observe(const StepObservation& s)
{
    std::vector<FlagRecord> flags;
    const bool enoughHistory = static_cast<int64_t>(updateNorms_.size()) >= settings_.minHistory;
    if (s.nonFinite)
        flags.push_back({"non_finite", 1, 0, "NaN or Inf in the update or the edited weights"});
    if (enoughHistory && std::isfinite(s.updateNorm)) {
        const double threshold = settings_.updateNormFactor * median(updateNorms_);
        if (s.updateNorm > threshold)
            flags.push_back({"update_norm_vs_median", s.updateNorm, threshold,
                             "‖ΔW‖ " + format(s.updateNorm) + " > " + format(settings_.updateNormFactor)
                                 + " × the median of the earlier steps (" + format(median(updateNorms_)) + ")"});
    }
    if (enoughHistory && s.maxDriftBefore > 0) {
        const double ratio = s.maxDriftAfter / s.maxDriftBefore;
        if (ratio > settings_.driftJumpRatio)
            flags.push_back({"drift_jump", ratio, settings_.driftJumpRatio,
                             "‖W−W₀‖ grew " + format(ratio) + "× in one step (" + format(s.maxDriftBefore) + " → "
                                 + format(s.maxDriftAfter) + ")"});
    }
    if (s.generationEntropy && baselineEntropy_ && *baselineEntropy_ > 0) {
        const double threshold = settings_.entropyFraction * *baselineEntropy_;
        if (*s.generationEntropy < threshold)
            flags.push_back({"entropy_collapse", *s.generationEntropy, threshold,
                             "generation entropy " + format(*s.generationEntropy) + " < " + format(settings_.entropyFraction)
                                 + " × the unedited model's " + format(*baselineEntropy_)});
    }
    for (const auto& [task, accuracy] : s.downstreamAccuracy) {
        const auto base = baselineDownstream_.find(task);
        if (base == baselineDownstream_.end())
            continue;
        const double threshold = base->second - settings_.downstreamDrop;
        if (accuracy < threshold)
            flags.push_back({"downstream_drop", accuracy, threshold,
                             task + " accuracy " + format(accuracy) + " fell more than " + format(settings_.downstreamDrop)
                                 + " below the unedited model's " + format(base->second)});
    }
    if (std::isfinite(s.updateNorm))
        updateNorms_.push_back(s.updateNorm);
    return flags;
}

} // namespace editscope
