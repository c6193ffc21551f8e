// Flags steps that look like "disabling edits" (arXiv 2401.07453 §5; r-ROME, arXiv 2403.07175): one edit
// whose update is far larger than the edits before it and after which the model collapses. Each
// criterion compares a step with the run's own history, and every flag carries the criterion, the value
// and the threshold, stored with the step:
//
//   update_norm_vs_median  Σ_layers ‖ΔW‖_F of the step > updateNormFactor × the median of the earlier
//                          steps' (after minHistory steps)
//   drift_jump             max over layers of ‖W−W₀‖_F after the step / before it > driftJumpRatio
//                          (after minHistory steps: the first edits double the drift by construction)
//   entropy_collapse       mean generation entropy at the step < entropyFraction × the step-0 baseline
//   downstream_drop        a task's accuracy fell by more than downstreamDrop (absolute) from step 0
//   non_finite             NaN or Inf in the update or the edited weights
//
// The thresholds are defaults chosen from the published behaviour (disabling edits raise ‖ΔW‖ by one
// to three orders of magnitude and leave generation repeating one token), not tuned; a run stores its
// settings. The detector is a pure function of the observations fed to it, so a resumed run rebuilds
// it by replaying its stored steps. Not thread-safe.
#pragma once

#include "core/run/run_records.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace editscope {

struct DetectorSettings {
    double updateNormFactor = 10.0;
    int64_t minHistory = 5;
    double driftJumpRatio = 1.5;
    double entropyFraction = 0.5;
    double downstreamDrop = 0.25;

    nlohmann::json toJson() const;
    static DetectorSettings fromJson(const nlohmann::json& json);   // missing keys keep their defaults
};

struct StepObservation {
    double updateNorm = 0;                         // Σ over the step's updates of ‖ΔW‖_F
    double maxDriftBefore = 0, maxDriftAfter = 0;  // max over layers of ‖W−W₀‖_F
    std::optional<double> generationEntropy;       // when measured at this step
    std::map<std::string, double> downstreamAccuracy;   // when measured at this step
    bool nonFinite = false;
};

class DisablingDetector {
public:
    explicit DisablingDetector(DetectorSettings settings = {});

    // Step-0 measurements the collapse criteria compare against.
    void setBaseline(std::optional<double> generationEntropy, const std::map<std::string, double>& downstreamAccuracy);

    // Flags for this step; the step then joins the history.
    std::vector<FlagRecord> observe(const StepObservation& step);

    const DetectorSettings& settings() const { return settings_; }

private:
    DetectorSettings settings_;
    std::vector<double> updateNorms_;
    std::optional<double> baselineEntropy_;
    std::map<std::string, double> baselineDownstream_;
};

// Median of a non-empty list (mean of the middle two for an even count).
double median(std::vector<double> values);

} // namespace editscope
