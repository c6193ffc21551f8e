// bench forward: prompt-processing and per-token generation throughput, set against the machine's
// own matmul FLOP/s ceiling measured in the same run (so numbers from different machines compare).
#include "bench_common.h"
#include "bench_edit.h"
#include "cli_model.h"
#include "commands.h"

#include "core/checkpoint/hf_gpt2_folder.h"
#include "core/model/generation.h"
#include "core/tensor/device.h"
#include "core/train/lm_trainer.h"
#include "core/util/error.h"
#include "core/util/openblas_core.h"
#include "core/tokenizer/bpe_trainer.h"
#include "core/tokenizer/gpt2_tokenizer.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <chrono>
#include <iomanip>
#include <sstream>

namespace editscope::cli {
namespace {

// Training throughput of the demo-world trainer's step (forward, backward, AdamW) on random tokens.
int benchTrain(const CliArgs& args)
{
    Gpt2Config config;
    config.nLayer = args.getInt("layers", 4);
    config.nEmbd = args.getInt("width", 192);
    config.nHead = args.getInt("heads", 4);
    config.vocabSize = args.getInt("vocab", 2048);
    const int64_t seqLen = args.getInt("seq-len", 128);
    config.nPositions = seqLen;
    const int64_t batch = args.getInt("batch", 8);
    const int64_t steps = args.getInt("steps", 20);
    Gpt2Model model(config, initGpt2Weights(config, 0));
    uint64_t state = 1;
    auto sampler = [&]() {
        std::string doc;
        for (int i = 0; i < 200; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            doc += static_cast<char>('a' + (state >> 59) % 26);
        }
        return doc;
    };
    // A byte-level tokenizer with no merges is enough to feed tokens; ids stay below 257.
    const std::string dir = "/tmp/editscope-bench-tokenizer";
    writeGpt2TokenizerFiles(trainByteLevelBpe({"ab"}, BpeTrainerOptions{257, 2}), dir);
    const auto tokenizer = Gpt2Tokenizer::loadFromDir(dir);
    LmTrainingOptions options;
    options.seqLen = seqLen;
    options.batchSize = batch;
    options.warmupSteps = 1;
    options.maxSteps = steps + 3;
    options.checkEvery = 1000000;
    Clock::time_point timedStart;
    int64_t timedFrom = 3;
    const auto result = trainLanguageModel(model, tokenizer, sampler, [](const Gpt2Model&, std::string&) { return false; },
                                           options, [&](const LmTrainingProgress& p) {
                                               if (p.step == timedFrom)
                                                   timedStart = Clock::now();
                                               return true;
                                           });
    const double elapsed = seconds(timedStart);
    const double tokens = static_cast<double>((result.steps - timedFrom) * batch * seqLen);
    const double flops = 3.0 * tokens * flopsPerToken(config, static_cast<double>(seqLen));
    const std::string core = openBlasCoreName();
    nlohmann::json out = {{"layers", config.nLayer}, {"width", config.nEmbd}, {"vocab", config.vocabSize},
                          {"seq_len", seqLen}, {"batch", batch}, {"threads", at::get_num_threads()},
                          {"blas_core", core}, {"tokens_per_second", tokens / elapsed},
                          {"steps_per_second", static_cast<double>(result.steps - timedFrom) / elapsed},
                          {"gflops", flops / elapsed / 1e9}};
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << "train " << config.nLayer << "x" << config.nEmbd << " vocab "
         << config.vocabSize << ", " << batch << "x" << seqLen << " tokens/step, " << at::get_num_threads()
         << " threads, BLAS " << core << ": " << tokens / elapsed << " tok/s, "
         << static_cast<double>(result.steps - timedFrom) / elapsed << " steps/s, " << flops / elapsed / 1e9
         << " GFLOP/s (fwd+bwd = 3x fwd)\n";
    emit(args, out, text.str());
    return 0;
}

} // namespace

int cmdBench(int argc, char** argv, int first)
{
    auto specs = modelOptions();
    specs.front().help = "model folder; or use --shape for random weights of a standard size";
    specs.insert(specs.end(), {{"shape", true, "gpt2|gpt2-medium|gpt2-large|gpt2-xl with random weights (speed does not depend on values)"},
                               {"prompt-len", true, "prompt tokens per row (default 128)"},
                               {"batch", true, "rows per forward (default 1)"},
                               {"gen-tokens", true, "tokens generated per row (default 32)"},
                               {"repeats", true, "timed repetitions (default 3)"},
                               {"threads", true, "intra-op threads (default: libtorch's choice)"}});
    specs.insert(specs.end(), {{"method", true, "bench edit: rome|r-rome|memit"},
                               {"hparams", true, "bench edit: hyperparameter JSON"},
                               {"stats-dir", true, "bench edit: statistics root (default: identity matrices, timing only)"},
                               {"tokenizer", true, "bench edit with --shape: tokenizer folder"},
                               {"dataset", true, "bench edit: CounterFact JSON for the requests (default: built-in ones)"},
                               {"templates", true, "bench edit: context templates JSON"},
                               {"edits", true, "bench edit: edits to time (default 3)"},
                               {"requests", true, "bench edit: MEMIT requests per edit (default 1)"},
                               {"db", true, "bench run: run file"},
                               {"run", true, "bench run: run id (default: the file's last)"}});
    specs.insert(specs.end(), {{"layers", true, "bench train: n_layer (default 4)"},
                               {"width", true, "bench train: n_embd (default 192)"},
                               {"heads", true, "bench train: n_head (default 4)"},
                               {"vocab", true, "bench train: vocabulary size (default 2048)"},
                               {"seq-len", true, "bench train: tokens per row (default 128)"},
                               {"steps", true, "bench train: timed steps (default 20)"}});
    CliArgs args("bench", specs, argc, argv, first);
    const std::string what = args.positional().empty() ? "" : args.positional()[0];
    if (what == "edit")
        return benchEdit(args);
    if (what == "run")
        return benchRun(args);
    if (what != "forward" && what != "train")
        throw InputError("", "bench", "usage: editscope-cli bench forward (--model DIR | --shape NAME) [options]\n"
                                      "       editscope-cli bench edit (--model DIR | --shape NAME --tokenizer DIR) --method rome|memit --hparams FILE\n"
                                      "       editscope-cli bench run --db FILE [--run R]\n"
                                      "       editscope-cli bench train [--layers N --width D --heads H --vocab V --seq-len T --batch B]");
    if (args.has("threads"))
        at::set_num_threads(static_cast<int>(args.getInt("threads", 1)));
    if (what == "train")
        return benchTrain(args);

    std::unique_ptr<Gpt2Model> model;
    std::string modelName;
    const auto device = parseDevice(args.get("device", "auto"));
    const auto dtype = parseDtype(args.get("dtype", "float32"));
    if (args.has("model")) {
        modelName = args.get("model");
        Gpt2LoadOptions lo;
        lo.device = device;
        lo.dtype = dtype;
        auto ck = loadGpt2Folder(modelName, lo);
        model = std::make_unique<Gpt2Model>(std::move(ck.config), std::move(ck.weights));
    } else {
        modelName = args.get("shape", "gpt2");
        const auto config = namedShape(modelName);
        model = std::make_unique<Gpt2Model>(config, initGpt2Weights(config, 0).to(at::TensorOptions().dtype(dtype).device(device)));
    }
    const auto& config = model->config();
    const int64_t promptLen = std::min<int64_t>(args.getInt("prompt-len", 128), config.nPositions);
    const int64_t batch = args.getInt("batch", 1);
    const int64_t genTokens = std::min<int64_t>(args.getInt("gen-tokens", 32), config.nPositions - promptLen);
    const int repeats = static_cast<int>(args.getInt("repeats", 3));
    if (promptLen < 1 || batch < 1 || repeats < 1 || genTokens < 0)
        throw InputError("", "bench", "--prompt-len, --batch and --repeats must be positive");

    at::NoGradGuard noGrad;
    const double ceiling = measureMatmulCeiling(device, dtype);

    // Deterministic pseudo-random prompts (values do not change speed).
    std::vector<std::vector<int32_t>> prompts(static_cast<size_t>(batch));
    for (int64_t r = 0; r < batch; ++r)
        for (int64_t t = 0; t < promptLen; ++t)
            prompts[static_cast<size_t>(r)].push_back(static_cast<int32_t>((r * 7919 + t * 104729) % config.vocabSize));
    const auto tokens = TokenBatch::fromSequences(prompts, 0, device);
    ForwardOptions lastOnly;
    std::vector<RowPosition> last;
    for (int64_t r = 0; r < batch; ++r)
        last.push_back({r, promptLen - 1});
    lastOnly.logitsAt = last;

    model->forward(tokens, lastOnly);   // warm-up
    synchronize(device);
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        model->forward(tokens, lastOnly);
        synchronize(device);
        best = std::min(best, seconds(start));
    }
    const double promptTokPerSec = static_cast<double>(batch * promptLen) / best;
    // Prompt processing computes logits at the last position only; count that honestly.
    Gpt2Config noHead = config;
    noHead.vocabSize = 0;
    const double promptFlops = static_cast<double>(batch * promptLen) * flopsPerToken(noHead, static_cast<double>(promptLen))
        + static_cast<double>(batch) * 2.0 * static_cast<double>(config.nEmbd * config.vocabSize);

    double genBest = 1e30;
    if (genTokens > 0) {
        GenerationOptions go;
        go.greedy = true;
        go.maxOutLen = promptLen + genTokens;
        for (int i = 0; i < repeats; ++i) {
            KvCache cache;
            model->prefill(tokens, go.maxOutLen, cache);
            synchronize(device);
            const auto start = Clock::now();
            at::Tensor next = at::zeros({batch}, at::kLong);
            for (int64_t s = 0; s < genTokens; ++s) {
                const auto positions = at::full({batch}, promptLen + s, at::kLong);
                next = model->decodeStep(next, positions, cache).argmax(-1).cpu();
            }
            synchronize(device);
            genBest = std::min(genBest, seconds(start));
        }
    }
    const double genTokPerSec = genTokens > 0 ? static_cast<double>(batch * genTokens) / genBest : 0.0;
    const double genFlopsPerStep = static_cast<double>(batch) * flopsPerToken(config, static_cast<double>(promptLen + genTokens));

    const std::string core = openBlasCoreName();
    nlohmann::json out = {
        {"model", modelName}, {"device", deviceName(device)}, {"dtype", args.get("dtype", "float32")},
        {"threads", at::get_num_threads()}, {"blas_core", core.empty() ? "not OpenBLAS" : core},
        {"matmul_ceiling_gflops", ceiling / 1e9},
        {"prompt", {{"batch", batch}, {"tokens_per_row", promptLen}, {"seconds", best},
                    {"tokens_per_second", promptTokPerSec}, {"gflops", promptFlops / best / 1e9},
                    {"fraction_of_ceiling", promptFlops / best / ceiling}}},
        {"generation", {{"batch", batch}, {"new_tokens_per_row", genTokens}, {"seconds", genTokens ? genBest : 0.0},
                        {"tokens_per_second", genTokPerSec},
                        {"ms_per_step", genTokens ? 1000.0 * genBest / static_cast<double>(genTokens) : 0.0},
                        {"gflops", genTokens ? genFlopsPerStep * static_cast<double>(genTokens) / genBest / 1e9 : 0.0}}},
    };
    std::ostringstream text;
    text << std::fixed << std::setprecision(1);
    text << "model " << modelName << " (" << config.nLayer << " layers, d=" << config.nEmbd << ") on "
         << deviceName(device) << ", " << at::get_num_threads() << " threads, BLAS core "
         << (core.empty() ? "not OpenBLAS" : core) << "\n";
    text << "matmul ceiling (2048^3): " << ceiling / 1e9 << " GFLOP/s\n";
    text << "prompt: " << batch << " x " << promptLen << " tokens in " << std::setprecision(4) << best << " s = "
         << std::setprecision(1) << promptTokPerSec << " tok/s, " << promptFlops / best / 1e9 << " GFLOP/s ("
         << 100.0 * promptFlops / best / ceiling << "% of ceiling)\n";
    if (genTokens > 0)
        text << "generation: " << batch << " x " << genTokens << " tokens, " << std::setprecision(2)
             << 1000.0 * genBest / static_cast<double>(genTokens) << " ms/step = " << std::setprecision(1)
             << genTokPerSec << " tok/s\n";
    emit(args, out, text.str());
    return 0;
}

} // namespace editscope::cli
