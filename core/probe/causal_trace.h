// Causal tracing exactly as ROME's experiments/causal_trace.py (kmeng01/rome) defines it, behind a
// torch-free header so the Qt side can call it (plain values in, plain values out).
//
// The prompt runs as a batch of samples + 1 identical rows. Row 0 stays clean; rows 1..samples get
// noise · N(0, 1) added to the token embeddings of the subject's tokens (ROME hooks transformer.wte,
// i.e. before the position embeddings). The traced answer is the argmax of the clean next-token
// distribution; highScore = its clean probability, lowScore = its probability averaged over the
// corrupted rows. Each cell (token t, layer L) restores, in the corrupted rows, a state to row 0's:
//   hidden  the output of block L at t                                   (trace_important_states)
//   mlp     the MLP outputs at t of layers [L − ⌊w/2⌋, L + ⌈w/2⌉) ∩ [0, n_layer)   (trace_important_window;
//   attn    the attention outputs, same window                             the reference's
//           range(max(0, L − w // 2), min(n_layer, L − (−w // 2))) in Python's floor division)
// and scores[t][L] = p(answer) averaged over the corrupted rows (trace_with_patch).
//
// Noise numbers: ROME creates numpy.random.RandomState(1) afresh in every trace_with_patch call and
// draws randn(samples, subject tokens, d), so every cell (and lowScore) sees the same noise. We do the
// same with a bit-exact port of numpy's legacy generator (numpy_random.h), so with the same weights the
// corrupted embeddings are ROME's to the last bit (the add is done in float64, then cast, as PyTorch
// does for `x[1:, b:e] += noise`). Token texts and the subject range use ROME's decode_tokens: each
// token decoded on its own (invalid UTF-8 → U+FFFD) with transformers 4.15's clean_up_tokenization
// (" ." → "." etc.), which its pinned environment applies by default; `rawTokenText` turns that off.
//
// Deviations exist only as named options: an absolute `noise` instead of the multiplier, `seed`,
// `uniformNoise`/`replaceNoise` (the reference's "u…" rule and --replace), an `answer` override, and
// `cellsPerForward` (several cells per forward; float rounding may then differ from one cell per call
// in the last bits). The embedding std is computed in float64 (ROME: torch's std of float32 values).
//
// Thread-safety: the functions are reentrant; the model must not be edited while they run. Errors:
// InputError naming the field ("prompt", "subject", "kind", "samples", "noise", "window", "answer",
// "subjects"); a progress callback returning false throws editscope::Cancelled.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace editscope {

class Gpt2Model;
class Gpt2Tokenizer;

enum class TraceKind { Hidden, Mlp, Attn };

std::string traceKindName(TraceKind kind);          // "hidden", "mlp", "attn"
TraceKind parseTraceKind(const std::string& name);  // those names ("none" = hidden too); InputError("", "kind", …)

struct CausalTraceOptions {
    TraceKind kind = TraceKind::Hidden;
    int64_t samples = 10;                 // corrupted rows
    // Noise level: `noise` (absolute std) when set, else noiseMultiplier × embeddingStd (ROME's "s3"
    // rule: 3 × subjectEmbeddingStd over the dataset's subjects). One of the two must be given.
    std::optional<double> noise;
    double noiseMultiplier = 3.0;
    std::optional<double> embeddingStd;
    int64_t window = 10;                  // layers restored per mlp/attn cell (ignored for hidden)
    uint32_t seed = 1;                    // numpy RandomState seed; ROME hard-codes 1
    bool uniformNoise = false;            // noise · U(−1, 1) instead of noise · N(0, 1)
    bool replaceNoise = false;            // embeddings := noise instead of += noise
    // Trace this answer instead of the clean argmax: the first token of tokenizer.encode(*answer), the
    // text taken as is (give the leading space, " Paris"). highScore is then its clean probability.
    std::optional<std::string> answer;
    bool rawTokenText = false;            // token texts without transformers' clean-up (see above)
    int64_t cellsPerForward = 1;          // cells computed per forward pass (1 = ROME's batch layout)
};

struct CausalTrace {
    TraceKind kind = TraceKind::Hidden;
    std::string prompt;                   // as traced (a "{}" in the given prompt is filled with the subject)
    std::string subject;
    std::vector<int32_t> tokenIds;
    std::vector<std::string> tokens;      // ROME's decode_tokens, one text per token (UTF-8)
    int64_t subjectBegin = 0;             // corrupted token range [subjectBegin, subjectEnd)
    int64_t subjectEnd = 0;
    int32_t answerId = -1;
    std::string answer;                   // text of the answer token, e.g. " Paris"
    bool answerIsArgmax = true;           // false only when an `answer` override is not the clean argmax
    double highScore = 0.0;               // clean p(answer)
    double lowScore = 0.0;                // p(answer) with the subject corrupted, nothing restored
    double noise = 0.0;                   // absolute noise level used
    int64_t samples = 0;
    int64_t window = 0;                   // as used (0 for hidden)
    int64_t numLayers = 0;
    std::vector<std::vector<double>> scores;   // [token][layer]: restored p(answer)
};

struct TracePeak {
    int64_t token = -1;
    int64_t layer = -1;
    double score = 0.0;
};

struct TraceProgress {
    int64_t forwardsDone = 0;
    int64_t forwardsTotal = 0;
};
// Called before every forward pass; return false to cancel (throws editscope::Cancelled).
using TraceProgressFn = std::function<bool(const TraceProgress&)>;

// ROME's collect_embedding_std: the std (unbiased, over all elements) of the token-embedding rows of
// every subject encoded on its own (no leading space), duplicates kept. Empty subjects are skipped.
double subjectEmbeddingStd(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::vector<std::string>& subjects);

// The whole token × layer grid (calculate_hidden_flow). Forwards: 2 + tokens × layers / cellsPerForward.
CausalTrace traceCausalEffects(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::string& prompt,
                               const std::string& subject, const CausalTraceOptions& options,
                               const TraceProgressFn& progress = {});

// One trace_with_patch call: p(answer) averaged over the corrupted rows with the given (token, layer)
// states of `kind` restored (the window is not applied: list every layer to restore). The answer is
// chosen as in traceCausalEffects. An empty list gives lowScore.
double traceWithPatch(const Gpt2Model& model, const Gpt2Tokenizer& tokenizer, const std::string& prompt,
                      const std::string& subject, const CausalTraceOptions& options,
                      const std::vector<std::pair<int64_t, int64_t>>& tokenLayerStates);

// The layers one mlp/attn cell centred on `layer` restores (trace_important_window's range).
std::vector<int64_t> traceWindowLayers(int64_t layer, int64_t window, int64_t numLayers);

// ROME's find_token_range on decode_tokens texts: [begin, end) of the tokens covering the first
// occurrence of `subject`; InputError("", "subject", …) when it does not occur.
std::pair<int64_t, int64_t> findSubjectTokenRange(const std::vector<std::string>& tokenTexts, const std::string& subject);

// ROME's decode_tokens for one id (lossy UTF-8, then clean-up unless `raw`).
std::string traceTokenText(const Gpt2Tokenizer& tokenizer, int32_t id, bool raw = false);

// The largest cell (first in token-major order on ties); and the largest cell of one token's row.
TracePeak tracePeak(const CausalTrace& trace);
TracePeak tracePeakAtToken(const CausalTrace& trace, int64_t token);

} // namespace editscope
