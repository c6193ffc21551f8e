#include "core/model/gpt2_model.h"

#include "core/util/error.h"

#include <ATen/ATen.h>

#include <cmath>
#include <limits>

namespace editscope {

// Which keys each query may attend to, plus where new keys go when a cache is in use.
struct Gpt2Model::AttentionInput {
    at::Tensor allowed;      // [B, 1, Tq, Tk] bool
    at::Tensor writeSlots;   // decode only: [B] int64, the slot each row's new key/value goes to
    bool prefill = false;    // cache mode: write keys/values to slots 0..T-1
};

at::Tensor geluNew(const at::Tensor& x)
{
    // Same operation order as transformers' NewGELUActivation, so results match to the last bit.
    static const double kSqrt2OverPi = std::sqrt(2.0 / M_PI);
    return 0.5 * x * (1.0 + at::tanh(kSqrt2OverPi * (x + 0.044715 * at::pow(x, 3.0))));
}

namespace {

// HF's Conv1D: y = x·W + b with W [in, out], computed as addmm on the flattened rows.
at::Tensor conv1d(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias)
{
    auto sizes = x.sizes().vec();
    sizes.back() = weight.size(1);
    return at::addmm(bias, x.reshape({-1, x.size(-1)}), weight).view(sizes);
}

at::Tensor pairIndex(const std::vector<RowPosition>& at, bool rows, c10::Device device)
{
    std::vector<int64_t> values;
    values.reserve(at.size());
    for (const auto& p : at)
        values.push_back(rows ? p.row : p.position);
    return at::tensor(values, at::kLong).to(device);
}

at::Tensor gatherPairs(const at::Tensor& activations, const std::vector<RowPosition>& at)
{
    const auto device = activations.device();
    return activations.index({pairIndex(at, true, device), pairIndex(at, false, device)});
}

// Adds delta at (row, position) pairs without modifying `activations` in place, so autograd sees
// the addition (and the delta) when the delta requires grad.
at::Tensor addAtPairs(const at::Tensor& activations, const TapAdd& add)
{
    const auto device = activations.device();
    const auto rows = pairIndex(add.at, true, device);
    const auto positions = pairIndex(add.at, false, device);
    const auto current = activations.index({rows, positions});
    at::Tensor delta = add.delta.to(current.scalar_type());
    if (delta.dim() == 1)
        delta = delta.unsqueeze(0).expand_as(current);
    return activations.index_put({rows, positions}, current + delta);
}

// activation[row, position] := activation[sourceRow, position] at every pair, out of place.
at::Tensor restoreAtPairs(const at::Tensor& activations, const TapRestore& restore)
{
    const auto device = activations.device();
    const auto rows = pairIndex(restore.at, true, device);
    const auto positions = pairIndex(restore.at, false, device);
    const auto sources = at::full_like(rows, restore.sourceRow);
    return activations.index_put({rows, positions}, activations.index({sources, positions}));
}

void validatePairs(const std::vector<RowPosition>& at, int64_t rows, int64_t width, const char* what)
{
    for (const auto& p : at) {
        if (p.row < 0 || p.row >= rows || p.position < 0 || p.position >= width)
            throw InputError("", what,
                             "(row " + std::to_string(p.row) + ", position " + std::to_string(p.position)
                                 + ") outside the batch [" + std::to_string(rows) + ", " + std::to_string(width) + "]");
    }
}

} // namespace

Gpt2Model::Gpt2Model(Gpt2Config config, Gpt2Weights weights)
    : config_(std::move(config))
    , weights_(std::move(weights))
{
    if (static_cast<int64_t>(weights_.blocks.size()) != config_.nLayer)
        throw InputError("", "weights", "expected " + std::to_string(config_.nLayer) + " blocks, found "
                                            + std::to_string(weights_.blocks.size()));
    if (weights_.wte.device().is_cpu() && weights_.wte.scalar_type() == at::kHalf)
        throw InputError("", "dtype", "float16 needs a CUDA device (libtorch's CPU kernels lack it); "
                                      "use bfloat16 or float32 on the CPU");
}

c10::Device Gpt2Model::device() const { return weights_.wte.device(); }
at::ScalarType Gpt2Model::dtype() const { return weights_.wte.scalar_type(); }

void Gpt2Model::checkIds(const at::Tensor& ids, int64_t maxPosition) const
{
    if (maxPosition > config_.nPositions)
        throw InputError("", "sequence length",
                         std::to_string(maxPosition) + " tokens exceed the model's n_positions = "
                             + std::to_string(config_.nPositions));
    if (ids.numel() == 0)
        return;
    const int64_t lo = ids.min().item<int64_t>();
    const int64_t hi = ids.max().item<int64_t>();
    if (lo < 0 || hi >= config_.vocabSize)
        throw InputError("", "token ids", "id " + std::to_string(lo < 0 ? lo : hi)
                                              + " outside the vocabulary [0, " + std::to_string(config_.vocabSize) + ")");
}

at::Tensor Gpt2Model::embed(const at::Tensor& ids, const at::Tensor& positions) const
{
    return at::embedding(weights_.wte, ids) + at::embedding(weights_.wpe, positions);
}

at::Tensor Gpt2Model::logitsFromResidual(const at::Tensor& residual) const
{
    const auto normed = at::layer_norm(residual, {config_.nEmbd}, weights_.lnFWeight, weights_.lnFBias,
                                       config_.layerNormEpsilon);
    return at::linear(normed, weights_.wte);
}

at::Tensor Gpt2Model::attention(int64_t layer, const at::Tensor& x, const AttentionInput& attn, KvCache* cache) const
{
    const auto& w = weights_.blocks[static_cast<size_t>(layer)];
    const int64_t batch = x.size(0), width = x.size(1);
    const int64_t heads = config_.nHead, headDim = config_.headDim();

    const auto qkv = conv1d(x, w.attnCAttnWeight, w.attnCAttnBias).split(config_.nEmbd, -1);
    auto toHeads = [&](const at::Tensor& t) { return t.view({batch, width, heads, headDim}).permute({0, 2, 1, 3}); };
    const at::Tensor q = toHeads(qkv[0]);
    at::Tensor k = toHeads(qkv[1]);
    at::Tensor v = toHeads(qkv[2]);

    if (cache) {
        auto& ck = cache->keys[static_cast<size_t>(layer)];
        auto& cv = cache->values[static_cast<size_t>(layer)];
        if (attn.prefill) {
            ck.narrow(2, 0, width).copy_(k);
            cv.narrow(2, 0, width).copy_(v);
        } else {
            const auto slot = attn.writeSlots.view({batch, 1, 1, 1}).expand({batch, heads, 1, headDim});
            ck.scatter_(2, slot, k);
            cv.scatter_(2, slot, v);
            k = ck;
            v = cv;
        }
    }

    // Same order as HF's GPT2Attention._attn: matmul, divide by sqrt(head_dim), mask, softmax.
    at::Tensor scores = at::matmul(q, k.transpose(-1, -2));
    scores = scores / std::sqrt(static_cast<double>(headDim));
    const double lowest = scores.scalar_type() == at::kDouble ? std::numeric_limits<double>::lowest()
                                                              : static_cast<double>(std::numeric_limits<float>::lowest());
    scores = scores.masked_fill(attn.allowed.logical_not(), at::scalar_tensor(lowest, scores.options()));
    if (scores.scalar_type() == at::kBFloat16 || scores.scalar_type() == at::kHalf)
        scores = scores.clamp_min(-65000.0);   // lowest float does not fit 16-bit types
    const auto probs = at::softmax(scores, -1);
    const auto context = at::matmul(probs, v).permute({0, 2, 1, 3}).contiguous().view({batch, width, config_.nEmbd});
    return conv1d(context, w.attnCProjWeight, w.attnCProjBias);
}

at::Tensor Gpt2Model::block(int64_t layer, const at::Tensor& residual, const AttentionInput& attn,
                            const ForwardOptions* options, ForwardResult* result, KvCache* cache) const
{
    const auto& w = weights_.blocks[static_cast<size_t>(layer)];
    const double eps = config_.layerNormEpsilon;
    // Reads see the activation before any addition at the same tap (ROME's v_init is read that way);
    // restores come last, so a restored state is exactly the source row's (its additions included).
    auto readAndAdd = [&](TapPoint point, at::Tensor& activation) {
        if (!options)
            return;
        for (size_t i = 0; i < options->reads.size(); ++i) {
            const auto& r = options->reads[i];
            if (r.point == point && r.layer == layer)
                result->reads[i] = gatherPairs(activation, r.at);
        }
        for (const auto& add : options->adds)
            if (add.point == point && add.layer == layer)
                activation = addAtPairs(activation, add);
        for (const auto& restore : options->restores)
            if (restore.point == point && restore.layer == layer)
                activation = restoreAtPairs(activation, restore);
    };
    at::Tensor attnOut = attention(layer, at::layer_norm(residual, {config_.nEmbd}, w.ln1Weight, w.ln1Bias, eps), attn, cache);
    readAndAdd(TapPoint::AttnOut, attnOut);
    const auto afterAttn = residual + attnOut;
    const auto key = geluNew(conv1d(at::layer_norm(afterAttn, {config_.nEmbd}, w.ln2Weight, w.ln2Bias, eps),
                                    w.mlpCFcWeight, w.mlpCFcBias));
    at::Tensor mlpOut = conv1d(key, w.mlpCProjWeight, w.mlpCProjBias);

    at::Tensor keyCopy = key;
    readAndAdd(TapPoint::MlpKey, keyCopy);
    readAndAdd(TapPoint::MlpOut, mlpOut);
    at::Tensor out = afterAttn + mlpOut;
    readAndAdd(TapPoint::BlockOut, out);
    return out;
}

ForwardResult Gpt2Model::forward(const TokenBatch& batch, const ForwardOptions& options) const
{
    const int64_t rows = batch.batchSize(), width = batch.width();
    const auto dev = device();
    for (const auto& r : options.reads)
        validatePairs(r.at, rows, width, "tap read");
    for (const auto& a : options.adds) {
        validatePairs(a.at, rows, width, "tap add");
        if (a.point == TapPoint::MlpKey)
            throw InputError("", "tap add", "vectors can be added to AttnOut, MlpOut or BlockOut only");
    }
    for (const auto& r : options.restores) {
        validatePairs(r.at, rows, width, "tap restore");
        if (r.point == TapPoint::MlpKey)
            throw InputError("", "tap restore", "states can be restored at AttnOut, MlpOut or BlockOut only");
        if (r.sourceRow < 0 || r.sourceRow >= rows)
            throw InputError("", "tap restore", "source row " + std::to_string(r.sourceRow) + " outside the batch of "
                                                    + std::to_string(rows) + " rows");
    }
    if (options.embeddingNoise) {
        const auto& noise = *options.embeddingNoise;
        validatePairs(noise.at, rows, width, "embedding noise");
        if (options.startLayer != 0)
            throw InputError("", "embedding noise", "needs the forward to start at the embeddings (startLayer 0)");
        if (!noise.values.defined() || !at::isFloatingType(noise.values.scalar_type())
            || noise.values.sizes() != at::IntArrayRef({static_cast<int64_t>(noise.at.size()), config_.nEmbd}))
            throw InputError("", "embedding noise", "expected floating values [" + std::to_string(noise.at.size())
                                                        + ", " + std::to_string(config_.nEmbd) + "], one row per pair");
    }
    auto checkLayer = [&](int64_t layer, const char* what) {
        if (layer < 0 || layer >= config_.nLayer)
            throw InputError("", what, "layer " + std::to_string(layer) + " outside 0.." + std::to_string(config_.nLayer - 1));
    };
    for (const auto& r : options.reads)
        checkLayer(r.layer, "tap read");
    for (const auto& a : options.adds)
        checkLayer(a.layer, "tap add");
    for (const auto& r : options.restores)
        checkLayer(r.layer, "tap restore");

    ForwardResult result;
    result.reads.resize(options.reads.size());

    const auto positions = at::arange(width, at::TensorOptions().dtype(at::kLong).device(dev));
    AttentionInput attn;
    const auto causal = positions.unsqueeze(0) <= positions.unsqueeze(1);             // [Tq, Tk]
    const auto valid = positions.unsqueeze(0) < batch.lengths.to(dev).unsqueeze(1);    // [B, Tk]
    attn.allowed = (causal.unsqueeze(0) & valid.unsqueeze(1)).unsqueeze(1);             // [B, 1, Tq, Tk]

    at::Tensor residual;
    int64_t first = options.startLayer;
    if (first == 0) {
        checkIds(batch.ids, width);
        if (options.embeddingNoise) {
            const auto& noise = *options.embeddingNoise;
            at::Tensor tokens = at::embedding(weights_.wte, batch.ids.to(dev));
            if (!noise.at.empty()) {
                const auto r = pairIndex(noise.at, true, dev);
                const auto p = pairIndex(noise.at, false, dev);
                const auto values = noise.values.to(dev);
                const auto changed = noise.replace ? values : at::add(tokens.index({r, p}), values);
                tokens = tokens.index_put({r, p}, changed.to(tokens.scalar_type()));
            }
            residual = tokens + at::embedding(weights_.wpe, positions.unsqueeze(0).expand({rows, width}));
        } else {
            residual = embed(batch.ids.to(dev), positions.unsqueeze(0).expand({rows, width}));
        }
    } else {
        checkLayer(first, "start layer");
        if (!options.startHidden.defined() || options.startHidden.sizes() != at::IntArrayRef({rows, width, config_.nEmbd}))
            throw InputError("", "start hidden", "expected the residual [batch, width, n_embd] entering the start layer");
        residual = options.startHidden;
    }
    if (options.collectHiddenStates)
        result.hiddenStates.push_back(residual);
    const int64_t last = options.stopAfterLayer >= 0 ? std::min(options.stopAfterLayer, config_.nLayer - 1) : config_.nLayer - 1;
    for (int64_t layer = first; layer <= last; ++layer) {
        residual = block(layer, residual, attn, &options, &result, nullptr);
        if (options.collectHiddenStates)
            result.hiddenStates.push_back(residual);
    }
    if (options.stopAfterLayer >= 0) {
        for (const auto& r : options.reads)
            if (r.layer > last)
                throw InputError("", "tap read", "layer " + std::to_string(r.layer) + " lies after stopAfterLayer "
                                                     + std::to_string(last));
        for (const auto& r : options.restores)
            if (r.layer > last)
                throw InputError("", "tap restore", "layer " + std::to_string(r.layer) + " lies after stopAfterLayer "
                                                        + std::to_string(last));
        return result;
    }
    if (options.computeLogits) {
        if (options.logitsAt) {
            validatePairs(*options.logitsAt, rows, width, "logits position");
            result.logits = logitsFromResidual(gatherPairs(residual, *options.logitsAt));
        } else {
            result.logits = logitsFromResidual(residual);
        }
    }
    return result;
}

at::Tensor Gpt2Model::prefill(const TokenBatch& prompts, int64_t capacity, KvCache& cache) const
{
    const int64_t rows = prompts.batchSize(), width = prompts.width();
    if (capacity < width)
        throw InputError("", "cache capacity", "smaller than the prompt width");
    checkIds(prompts.ids, capacity);
    const auto dev = device();
    const auto options = at::TensorOptions().dtype(dtype()).device(dev);
    cache.capacity = capacity;
    cache.keys.clear();
    cache.values.clear();
    for (int64_t l = 0; l < config_.nLayer; ++l) {
        cache.keys.push_back(at::zeros({rows, config_.nHead, capacity, config_.headDim()}, options));
        cache.values.push_back(at::zeros({rows, config_.nHead, capacity, config_.headDim()}, options));
    }
    const auto positions = at::arange(width, at::TensorOptions().dtype(at::kLong).device(dev));
    AttentionInput attn;
    attn.prefill = true;
    const auto lengths = prompts.lengths.to(dev);
    attn.allowed = ((positions.unsqueeze(0) <= positions.unsqueeze(1)).unsqueeze(0)
                    & (positions.unsqueeze(0) < lengths.unsqueeze(1)).unsqueeze(1))
                       .unsqueeze(1);
    at::Tensor residual = embed(prompts.ids.to(dev), positions.unsqueeze(0).expand({rows, width}));
    for (int64_t layer = 0; layer < config_.nLayer; ++layer)
        residual = block(layer, residual, attn, nullptr, nullptr, &cache);
    const auto last = residual.index({at::arange(rows, lengths.options()), lengths - 1});
    return logitsFromResidual(last);
}

at::Tensor Gpt2Model::decodeStep(const at::Tensor& tokens, const at::Tensor& positions, KvCache& cache) const
{
    const int64_t rows = tokens.size(0);
    const auto dev = device();
    const auto pos = positions.to(dev);
    if (pos.numel() && (pos.max().item<int64_t>() >= cache.capacity || pos.min().item<int64_t>() < 0))
        throw InputError("", "decode position", "outside the cache capacity " + std::to_string(cache.capacity));
    checkIds(tokens, 0);
    AttentionInput attn;
    attn.writeSlots = pos;
    const auto slots = at::arange(cache.capacity, at::TensorOptions().dtype(at::kLong).device(dev));
    attn.allowed = (slots.unsqueeze(0) <= pos.unsqueeze(1)).view({rows, 1, 1, cache.capacity});
    at::Tensor residual = embed(tokens.to(dev).view({rows, 1}), pos.view({rows, 1}));
    for (int64_t layer = 0; layer < config_.nLayer; ++layer)
        residual = block(layer, residual, attn, nullptr, nullptr, &cache);
    return logitsFromResidual(residual.view({rows, config_.nEmbd}));
}

} // namespace editscope
