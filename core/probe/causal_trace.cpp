#include "core/probe/causal_trace.h"

#include "core/dataset/counterfact.h"
#include "core/model/gpt2_model.h"
#include "core/probe/numpy_random.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"
#include "core/util/utf8.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace editscope {
namespace {

// Lossy UTF-8 decoding with one U+FFFD per maximal invalid subpart: what Python's
// bytes.decode("utf-8", "replace") and Rust's from_utf8_lossy (HF tokenizers) both do.
std::string lossyUtf8(const std::string& bytes)
{
    std::string out;
    const size_t n = bytes.size();
    size_t i = 0;
    auto byteAt = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
    while (i < n) {
        const unsigned char c = byteAt(i);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        size_t length = 0;
        unsigned char lo = 0x80, hi = 0xBF;   // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        }
        if (length == 0) {
            appendUtf8(out, 0xFFFD);
            ++i;
            continue;
        }
        size_t k = 1;
        for (; k < length && i + k < n; ++k) {
            const unsigned char b = byteAt(i + k);
            const unsigned char low = k == 1 ? lo : 0x80, high = k == 1 ? hi : 0xBF;
            if (b < low || b > high)
                break;
        }
        if (k == length) {
            out.append(bytes, i, length);
        } else {
            appendUtf8(out, 0xFFFD);   // the valid prefix c, b1, … is one maximal subpart
        }
        i += k;
    }
    return out;
}

void replaceAll(std::string& s, const std::string& from, const std::string& to)
{
    std::string out;
    size_t start = 0;
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, start)) {
        out.append(s, start, at - start);
        out += to;
        start = at + from.size();
    }
    out.append(s, start, std::string::npos);
    s = std::move(out);
}

// transformers 4.15 PreTrainedTokenizerBase.clean_up_tokenization, in its order.
std::string cleanUpTokenization(std::string s)
{
    static const std::pair<const char*, const char*> kRules[] = {
        {" .", "."}, {" ?", "?"}, {" !", "!"}, {" ,", ","}, {" ' ", "'"},
        {" n't", "n't"}, {" 'm", "'m"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"},
    };
    for (const auto& [from, to] : kRules)
        replaceAll(s, from, to);
    return s;
}

// Everything a trace needs that does not depend on the cell: tokens, subject range, noise, answer.
struct Setup {
    std::string prompt;
    std::vector<int32_t> ids;
    std::vector<std::string> texts;
    int64_t width = 0;
    int64_t begin = 0, end = 0;
    int64_t samples = 0;
    double noise = 0.0;
    at::Tensor noiseGroup;   // [samples · (end − begin), d] float64, ROME's (samples, e − b, d) array
    bool replace = false;
    int32_t answerId = -1;
    double highScore = 0.0;
    bool answerIsArgmax = true;
};

TokenBatch promptBatch(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const Setup& s, int64_t rows)
{
    return TokenBatch::fromSequences(std::vector<std::vector<int32_t>>(static_cast<size_t>(rows), s.ids),
                                     tokenizer.eosTokenId(), model.device());
}

TapPoint tapOf(TraceKind kind)
{
    switch (kind) {
    case TraceKind::Hidden: return TapPoint::BlockOut;
    case TraceKind::Mlp: return TapPoint::MlpOut;
    case TraceKind::Attn: return TapPoint::AttnOut;
    }
    return TapPoint::BlockOut;
}

using Cell = std::vector<std::pair<int64_t, int64_t>>;   // (token, layer) states restored together

// One forward over 1 + cells·samples rows: row 0 clean, group g = rows 1 + g·samples … ; each group
// gets the same noise (ROME reseeds per call) and restores its cell from row 0. Returns p(answer)
// averaged over each group's rows.
std::vector<double> patchedScores(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const Setup& s,
                                  TraceKind kind, const std::vector<Cell>& cells)
{
    const int64_t groups = std::max<int64_t>(1, static_cast<int64_t>(cells.size()));
    const int64_t S = s.samples;
    const auto batch = promptBatch(model, tokenizer, s, 1 + groups * S);
    ForwardOptions o;
    EmbeddingNoise noise;
    noise.replace = s.replace;
    for (int64_t g = 0; g < groups; ++g)
        for (int64_t r = 0; r < S; ++r)
            for (int64_t p = s.begin; p < s.end; ++p)
                noise.at.push_back({1 + g * S + r, p});
    noise.values = groups == 1 ? s.noiseGroup : s.noiseGroup.repeat({groups, 1});
    o.embeddingNoise = std::move(noise);

    std::map<int64_t, std::vector<RowPosition>> byLayer;
    for (size_t g = 0; g < cells.size(); ++g)
        for (const auto& [token, layer] : cells[g])
            for (int64_t r = 0; r < S; ++r)
                byLayer[layer].push_back({1 + static_cast<int64_t>(g) * S + r, token});
    for (auto& [layer, at] : byLayer)
        o.restores.push_back({tapOf(kind), layer, std::move(at), 0});

    std::vector<RowPosition> last;
    for (int64_t r = 1; r <= groups * S; ++r)
        last.push_back({r, s.width - 1});
    o.logitsAt = std::move(last);
    const auto logits = model.forward(batch, o).logits;   // [groups·S, V]
    const auto probs = at::softmax(logits, -1).view({groups, S, logits.size(-1)}).mean(1);
    const auto answer = probs.select(1, s.answerId).to(at::kDouble).to(at::kCPU).contiguous();
    return std::vector<double>(answer.data_ptr<double>(), answer.data_ptr<double>() + groups);
}

Setup prepare(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::string& promptIn,
              const std::string& subject, const CausalTraceOptions& options)
{
    if (options.samples < 1)
        throw InputError("", "samples", "needs at least 1 corrupted sample, got " + std::to_string(options.samples));
    if (options.kind != TraceKind::Hidden && options.window < 1)
        throw InputError("", "window", "needs at least 1 layer, got " + std::to_string(options.window));
    if (options.cellsPerForward < 1)
        throw InputError("", "cells per forward", "needs at least 1, got " + std::to_string(options.cellsPerForward));
    Setup s;
    s.samples = options.samples;
    s.replace = options.replaceNoise;
    if (options.noise) {
        s.noise = *options.noise;
    } else if (options.embeddingStd) {
        if (!std::isfinite(options.noiseMultiplier) || options.noiseMultiplier < 0)
            throw InputError("", "noise multiplier", "must be a finite number >= 0");
        s.noise = options.noiseMultiplier * *options.embeddingStd;
    } else {
        throw InputError("", "noise", "give an absolute noise level, or the subjects' embedding std for "
                                      "the multiplier (ROME's 3 × collect_embedding_std)");
    }
    if (!std::isfinite(s.noise) || s.noise < 0)
        throw InputError("", "noise", "must be a finite number >= 0, got " + std::to_string(s.noise));
    if (subject.empty())
        throw InputError("", "subject", "is empty");
    s.prompt = fillPrompt(promptIn, subject);
    s.ids = tokenizer.encode(s.prompt);
    if (s.ids.empty())
        throw InputError("", "prompt", "is empty");
    s.width = static_cast<int64_t>(s.ids.size());
    for (int32_t id : s.ids)
        s.texts.push_back(traceTokenText(tokenizer, id, options.rawTokenText));
    std::tie(s.begin, s.end) = findSubjectTokenRange(s.texts, subject);

    int32_t overrideId = -1;
    if (options.answer) {
        const auto answerIds = tokenizer.encode(*options.answer);
        if (answerIds.empty())
            throw InputError("", "answer", "\"" + *options.answer + "\" encodes to no token");
        overrideId = answerIds.front();
        if (overrideId >= model.config().vocabSize)
            throw InputError("", "answer", "token id " + std::to_string(overrideId) + " is outside the model's vocabulary");
    }

    // The noise ROME draws in every trace_with_patch call: RandomState(seed), shape (samples, e − b, d).
    const int64_t d = model.config().nEmbd;
    const int64_t count = s.samples * (s.end - s.begin) * d;
    NumpyRandomState rs(options.seed);
    std::vector<double> draws = options.uniformNoise ? rs.uniformArray(-1.0, 1.0, count) : rs.randn(count);
    for (double& v : draws)
        v *= s.noise;
    s.noiseGroup = at::tensor(draws, at::kDouble).view({s.samples * (s.end - s.begin), d});

    // predict_from_input on the clean batch: the argmax of row 0's last-position distribution.
    const auto batch = promptBatch(model, tokenizer, s, s.samples + 1);
    ForwardOptions clean;
    clean.logitsAt = std::vector<RowPosition>{{0, s.width - 1}};
    const auto logits = model.forward(batch, clean).logits;
    const auto probs = at::softmax(logits[0], -1).to(at::kCPU);
    const auto best = at::max(probs, 0);
    const auto argmax = static_cast<int32_t>(std::get<1>(best).item<int64_t>());
    if (overrideId >= 0) {
        s.answerId = overrideId;
        s.highScore = probs[overrideId].item<double>();
        s.answerIsArgmax = overrideId == argmax;
    } else {
        s.answerId = argmax;
        s.highScore = std::get<0>(best).item<double>();
    }
    return s;
}

} // namespace

std::string traceKindName(TraceKind kind)
{
    switch (kind) {
    case TraceKind::Hidden: return "hidden";
    case TraceKind::Mlp: return "mlp";
    case TraceKind::Attn: return "attn";
    }
    return "hidden";
}

TraceKind parseTraceKind(const std::string& name)
{
    if (name == "hidden" || name == "none")
        return TraceKind::Hidden;
    if (name == "mlp")
        return TraceKind::Mlp;
    if (name == "attn")
        return TraceKind::Attn;
    throw InputError("", "kind", "unknown kind \"" + name + "\" (use hidden, mlp or attn)");
}

std::string traceTokenText(const Gpt2Tokenizer& tokenizer, int32_t id, bool raw)
{
    const auto text = lossyUtf8(tokenizer.tokenString(id));
    return raw ? text : cleanUpTokenization(text);
}

std::pair<int64_t, int64_t> findSubjectTokenRange(const std::vector<std::string>& tokenTexts, const std::string& subject)
{
    // Byte offsets stand in for ROME's code-point offsets: the texts are valid UTF-8, a valid needle can
    // only match at a character boundary, and the comparisons are made at token (character) boundaries,
    // where byte and code-point offsets are monotone images of each other.
    if (subject.empty())
        throw InputError("", "subject", "is empty");
    std::string whole;
    for (const auto& t : tokenTexts)
        whole += t;
    const size_t charLoc = whole.find(subject);
    if (charLoc == std::string::npos)
        throw InputError("", "subject", "\"" + subject + "\" does not occur in the prompt \"" + whole + "\"");
    size_t loc = 0;
    int64_t begin = -1, end = -1;
    for (size_t i = 0; i < tokenTexts.size(); ++i) {
        loc += tokenTexts[i].size();
        if (begin < 0 && loc > charLoc)
            begin = static_cast<int64_t>(i);
        if (end < 0 && loc >= charLoc + subject.size()) {
            end = static_cast<int64_t>(i) + 1;
            break;
        }
    }
    return {begin, end};
}

std::vector<int64_t> traceWindowLayers(int64_t layer, int64_t window, int64_t numLayers)
{
    // Python: range(max(0, layer - window // 2), min(num_layers, layer - (-window // 2))), floor division.
    auto floorDiv = [](int64_t a, int64_t b) {
        const int64_t q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    };
    std::vector<int64_t> layers;
    const int64_t lo = std::max<int64_t>(0, layer - floorDiv(window, 2));
    const int64_t hi = std::min<int64_t>(numLayers, layer - floorDiv(-window, 2));
    for (int64_t l = lo; l < hi; ++l)
        layers.push_back(l);
    return layers;
}

double subjectEmbeddingStd(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::vector<std::string>& subjects)
{
    std::vector<int64_t> ids;
    for (const auto& s : subjects)
        for (int32_t id : tokenizer.encode(s))
            ids.push_back(id);
    if (ids.size() * static_cast<size_t>(model.config().nEmbd) < 2)
        throw InputError("", "subjects", "need at least one non-empty subject to measure the embedding std");
    for (int64_t id : ids)
        if (id >= model.config().vocabSize)
            throw InputError("", "subjects", "token id " + std::to_string(id) + " is outside the model's vocabulary");
    at::NoGradGuard noGrad;
    const auto index = at::tensor(ids, at::kLong).to(model.device());
    const auto rows = at::embedding(model.weights().wte, index).to(at::kDouble);
    return rows.std().item<double>();   // unbiased over all elements, as torch's Tensor.std()
}

CausalTrace traceCausalEffects(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::string& prompt,
                               const std::string& subject, const CausalTraceOptions& options,
                               const TraceProgressFn& progress)
{
    at::NoGradGuard noGrad;
    const int64_t layers = model.config().nLayer;
    TraceProgress p;
    auto check = [&]() {
        if (progress && !progress(p))
            throw Cancelled();
    };
    check();   // 0 of 0: the total is known only after tokenizing; a cancel is honoured at once
    const Setup s = prepare(model, tokenizer, prompt, subject, options);
    const int64_t per = options.cellsPerForward;
    p.forwardsTotal = 2 + (s.width * layers + per - 1) / per;
    p.forwardsDone = 1;   // the clean forward of prepare()

    CausalTrace t;
    t.kind = options.kind;
    t.prompt = s.prompt;
    t.subject = subject;
    t.tokenIds = s.ids;
    t.tokens = s.texts;
    t.subjectBegin = s.begin;
    t.subjectEnd = s.end;
    t.answerId = s.answerId;
    t.answer = traceTokenText(tokenizer, s.answerId, options.rawTokenText);
    t.answerIsArgmax = s.answerIsArgmax;
    t.highScore = s.highScore;
    t.noise = s.noise;
    t.samples = s.samples;
    t.window = options.kind == TraceKind::Hidden ? 0 : options.window;
    t.numLayers = layers;

    check();
    t.lowScore = patchedScores(model, tokenizer, s, options.kind, {}).front();
    ++p.forwardsDone;

    t.scores.assign(static_cast<size_t>(s.width), std::vector<double>(static_cast<size_t>(layers), 0.0));
    std::vector<Cell> pending;
    std::vector<std::pair<int64_t, int64_t>> pendingAt;
    auto flush = [&]() {
        if (pending.empty())
            return;
        check();
        const auto scores = patchedScores(model, tokenizer, s, options.kind, pending);
        ++p.forwardsDone;
        for (size_t i = 0; i < pending.size(); ++i)
            t.scores[static_cast<size_t>(pendingAt[i].first)][static_cast<size_t>(pendingAt[i].second)] = scores[i];
        pending.clear();
        pendingAt.clear();
    };
    for (int64_t token = 0; token < s.width; ++token) {
        for (int64_t layer = 0; layer < layers; ++layer) {
            Cell cell;
            if (options.kind == TraceKind::Hidden) {
                cell.push_back({token, layer});
            } else {
                for (int64_t l : traceWindowLayers(layer, options.window, layers))
                    cell.push_back({token, l});
            }
            pending.push_back(std::move(cell));
            pendingAt.push_back({token, layer});
            if (static_cast<int64_t>(pending.size()) >= per)
                flush();
        }
    }
    flush();
    if (progress)
        progress(p);   // the final 100 %; cancelling now has nothing left to stop
    return t;
}

double traceWithPatch(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::string& prompt,
                      const std::string& subject, const CausalTraceOptions& options,
                      const std::vector<std::pair<int64_t, int64_t>>& tokenLayerStates)
{
    at::NoGradGuard noGrad;
    const Setup s = prepare(model, tokenizer, prompt, subject, options);
    for (const auto& [token, layer] : tokenLayerStates) {
        if (token < 0 || token >= s.width)
            throw InputError("", "token", "index " + std::to_string(token) + " outside the prompt's "
                                              + std::to_string(s.width) + " tokens");
        if (layer < 0 || layer >= model.config().nLayer)
            throw InputError("", "layer", "index " + std::to_string(layer) + " outside 0.."
                                              + std::to_string(model.config().nLayer - 1));
    }
    if (tokenLayerStates.empty())
        return patchedScores(model, tokenizer, s, options.kind, {}).front();
    return patchedScores(model, tokenizer, s, options.kind, {tokenLayerStates}).front();
}

TracePeak tracePeakAtToken(const CausalTrace& trace, int64_t token)
{
    TracePeak peak;
    if (token < 0 || token >= static_cast<int64_t>(trace.scores.size()))
        return peak;
    const auto& row = trace.scores[static_cast<size_t>(token)];
    for (size_t l = 0; l < row.size(); ++l)
        if (peak.layer < 0 || row[l] > peak.score)
            peak = {token, static_cast<int64_t>(l), row[l]};
    return peak;
}

TracePeak tracePeak(const CausalTrace& trace)
{
    TracePeak peak;
    for (size_t t = 0; t < trace.scores.size(); ++t) {
        const auto row = tracePeakAtToken(trace, static_cast<int64_t>(t));
        if (row.layer >= 0 && (peak.layer < 0 || row.score > peak.score))
            peak = row;
    }
    return peak;
}

} // namespace editscope
