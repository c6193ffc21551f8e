#include "core/train/adamw.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/csrc/autograd/variable.h>

#include <cmath>

namespace editscope {

AdamW::AdamW(std::vector<at::Tensor> parameters, std::vector<bool> decay, AdamWOptions options)
    : params_(std::move(parameters))
    , decay_(std::move(decay))
    , options_(options)
{
    for (const auto& p : params_) {
        m_.push_back(at::zeros_like(p));
        v_.push_back(at::zeros_like(p));
    }
}

void AdamW::zeroGrad()
{
    for (auto& p : params_)
        if (p.grad().defined())
            p.mutable_grad().zero_();
}

double AdamW::clipGradNorm(double maxNorm)
{
    at::NoGradGuard noGrad;
    double sumSquares = 0.0;
    for (const auto& p : params_)
        if (p.grad().defined())
            sumSquares += p.grad().to(at::kDouble).pow(2).sum().item<double>();
    const double norm = std::sqrt(sumSquares);
    const double scale = maxNorm / (norm + 1e-6);   // torch.nn.utils.clip_grad_norm_'s formula
    if (scale < 1.0)
        for (auto& p : params_)
            if (p.grad().defined())
                p.mutable_grad().mul_(scale);
    return norm;
}

void AdamW::step(double learningRate, double weightDecay)
{
    at::NoGradGuard noGrad;
    ++step_;
    const double bias1 = 1.0 - std::pow(options_.beta1, static_cast<double>(step_));
    const double bias2 = 1.0 - std::pow(options_.beta2, static_cast<double>(step_));
    const double stepSize = learningRate / bias1;
    const double bias2Sqrt = std::sqrt(bias2);
    for (size_t i = 0; i < params_.size(); ++i) {
        auto& p = params_[i];
        if (!p.grad().defined())
            continue;
        const auto& g = p.grad();
        if (decay_[i] && weightDecay != 0.0)
            p.mul_(1.0 - learningRate * weightDecay);
        m_[i].mul_(options_.beta1).add_(g, 1.0 - options_.beta1);
        v_[i].mul_(options_.beta2).addcmul_(g, g, 1.0 - options_.beta2);
        const auto denom = (v_[i].sqrt() / bias2Sqrt).add_(options_.eps);
        p.addcdiv_(m_[i], denom, -stepSize);
    }
}

} // namespace editscope
