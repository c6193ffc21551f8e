// AdamW with PyTorch's exact update rule (torch.optim.AdamW, amsgrad off): decoupled weight decay
// p ← p·(1 − lr·wd), bias-corrected moments, denominator √v̂ + eps. Written on ATen so the engine
// does not pull in the torch::optim / torch::nn headers (which cost ~16 s per translation unit).
// Not thread-safe; one optimizer per training loop.
#pragma once

#include <ATen/core/Tensor.h>

#include <vector>

namespace editscope {

struct AdamWOptions {
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
};

class AdamW {
public:
    // `decay[i]` says whether parameter i gets weight decay.
    AdamW(std::vector<at::Tensor> parameters, std::vector<bool> decay, AdamWOptions options);

    void step(double learningRate, double weightDecay);
    void zeroGrad();
    // Scales all gradients so their joint L2 norm is at most maxNorm; returns the norm before.
    double clipGradNorm(double maxNorm);

private:
    std::vector<at::Tensor> params_;
    std::vector<bool> decay_;
    std::vector<at::Tensor> m_, v_;
    AdamWOptions options_;
    int64_t step_ = 0;
};

} // namespace editscope
