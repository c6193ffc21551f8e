// An independent, deliberately naive GPT-2 forward pass for tests: plain C++ doubles, one token at a
// time, no ATen ops — so a mistake in the libtorch model cannot be mirrored here. Reads the weights
// once from a Gpt2Weights (copied to host doubles). Single sequence, no padding.
#pragma once

#include "core/model/gpt2_config.h"
#include "core/model/gpt2_weights.h"

#include <ATen/ATen.h>

#include <cmath>
#include <optional>
#include <vector>

namespace editscope::testing {

using Vec = std::vector<double>;

struct PlainAdd {
    int64_t layer = -1;
    int64_t position = -1;
    Vec delta;   // added to the MLP output
};

struct PlainTrace {
    std::vector<Vec> logits;              // [T][V]
    std::vector<std::vector<Vec>> keys;   // [layer][T][4d]   c_proj input
    std::vector<std::vector<Vec>> mlpOut; // [layer][T][d]
    std::vector<std::vector<Vec>> blockOut; // [layer][T][d]
};

class PlainGpt2 {
public:
    PlainGpt2(const Gpt2Config& config, const Gpt2Weights& weights) : c_(config)
    {
        wte_ = host(weights.wte);
        wpe_ = host(weights.wpe);
        lnfW_ = host(weights.lnFWeight);
        lnfB_ = host(weights.lnFBias);
        for (const auto& b : weights.blocks) {
            blocks_.push_back({host(b.ln1Weight), host(b.ln1Bias), host(b.attnCAttnWeight), host(b.attnCAttnBias),
                               host(b.attnCProjWeight), host(b.attnCProjBias), host(b.ln2Weight), host(b.ln2Bias),
                               host(b.mlpCFcWeight), host(b.mlpCFcBias), host(b.mlpCProjWeight), host(b.mlpCProjBias)});
        }
    }

    PlainTrace run(const std::vector<int32_t>& ids, const std::optional<PlainAdd>& add = std::nullopt) const
    {
        const int64_t d = c_.nEmbd, T = static_cast<int64_t>(ids.size()), H = c_.nHead, hd = d / H;
        const int64_t inner = c_.innerDim();
        std::vector<Vec> x(static_cast<size_t>(T), Vec(static_cast<size_t>(d)));
        for (int64_t t = 0; t < T; ++t)
            for (int64_t i = 0; i < d; ++i)
                x[t][i] = wte_[ids[t] * d + i] + wpe_[t * d + i];
        PlainTrace trace;
        for (int64_t l = 0; l < c_.nLayer; ++l) {
            const auto& b = blocks_[static_cast<size_t>(l)];
            std::vector<Vec> qkv(static_cast<size_t>(T));
            for (int64_t t = 0; t < T; ++t)
                qkv[t] = affine(layerNorm(x[t], b[0], b[1]), b[2], b[3], d, 3 * d);
            for (int64_t t = 0; t < T; ++t) {
                Vec context(static_cast<size_t>(d), 0.0);
                for (int64_t h = 0; h < H; ++h) {
                    Vec scores;
                    double maxScore = -1e300;
                    for (int64_t j = 0; j <= t; ++j) {
                        double s = 0;
                        for (int64_t i = 0; i < hd; ++i)
                            s += qkv[t][h * hd + i] * qkv[j][d + h * hd + i];
                        s /= std::sqrt(static_cast<double>(hd));
                        scores.push_back(s);
                        maxScore = std::max(maxScore, s);
                    }
                    double z = 0;
                    for (auto& s : scores) {
                        s = std::exp(s - maxScore);
                        z += s;
                    }
                    for (int64_t j = 0; j <= t; ++j)
                        for (int64_t i = 0; i < hd; ++i)
                            context[h * hd + i] += scores[j] / z * qkv[j][2 * d + h * hd + i];
                }
                const Vec attnOut = affine(context, b[4], b[5], d, d);
                for (int64_t i = 0; i < d; ++i)
                    x[t][i] += attnOut[i];
            }
            trace.keys.emplace_back();
            trace.mlpOut.emplace_back();
            trace.blockOut.emplace_back();
            for (int64_t t = 0; t < T; ++t) {
                Vec key = affine(layerNorm(x[t], b[6], b[7]), b[8], b[9], d, inner);
                for (auto& v : key)
                    v = 0.5 * v * (1.0 + std::tanh(std::sqrt(2.0 / M_PI) * (v + 0.044715 * v * v * v)));
                Vec out = affine(key, b[10], b[11], inner, d);
                trace.keys.back().push_back(key);
                trace.mlpOut.back().push_back(out);
                if (add && add->layer == l && add->position == t)
                    for (int64_t i = 0; i < d; ++i)
                        out[i] += add->delta[i];
                for (int64_t i = 0; i < d; ++i)
                    x[t][i] += out[i];
                trace.blockOut.back().push_back(x[t]);
            }
        }
        for (int64_t t = 0; t < T; ++t) {
            const Vec h = layerNorm(x[t], lnfW_, lnfB_);
            Vec logits(static_cast<size_t>(c_.vocabSize));
            for (int64_t v = 0; v < c_.vocabSize; ++v) {
                double s = 0;
                for (int64_t i = 0; i < d; ++i)
                    s += h[i] * wte_[v * d + i];
                logits[v] = s;
            }
            trace.logits.push_back(logits);
        }
        return trace;
    }

private:
    static Vec host(const at::Tensor& t)
    {
        const auto c = t.detach().to(at::kCPU).to(at::kDouble).contiguous();
        return Vec(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
    }
    Vec layerNorm(const Vec& x, const Vec& w, const Vec& b) const
    {
        const double n = static_cast<double>(x.size());
        double mean = 0, var = 0;
        for (double v : x)
            mean += v;
        mean /= n;
        for (double v : x)
            var += (v - mean) * (v - mean);
        var /= n;   // biased variance, as torch's layer_norm
        Vec y(x.size());
        for (size_t i = 0; i < x.size(); ++i)
            y[i] = (x[i] - mean) / std::sqrt(var + c_.layerNormEpsilon) * w[i] + b[i];
        return y;
    }
    // Conv1D: y = x·W + b with W stored [in, out] row-major.
    static Vec affine(const Vec& x, const Vec& w, const Vec& b, int64_t in, int64_t out)
    {
        Vec y(b.begin(), b.end());
        for (int64_t i = 0; i < in; ++i)
            for (int64_t o = 0; o < out; ++o)
                y[o] += x[i] * w[i * out + o];
        return y;
    }

    Gpt2Config c_;
    Vec wte_, wpe_, lnfW_, lnfB_;
    std::vector<std::vector<Vec>> blocks_;
};

} // namespace editscope::testing
