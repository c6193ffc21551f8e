// trace: causal tracing of one prompt as ROME's experiments/causal_trace.py does it (core/probe/causal_trace.h):
// the token × layer grid of the restored probability of the answer for hidden / MLP / attention states,
// with the subject tokens marked '*', the clean (high) and corrupted (low) probabilities, and the peaks.
#include "cli_model.h"
#include "cli_probe_model.h"
#include "commands.h"

#include "core/dataset/counterfact.h"
#include "core/formats/file_io.h"
#include "core/model/gpt2_model.h"
#include "core/probe/causal_trace.h"
#include "core/tokenizer/gpt2_tokenizer.h"
#include "core/util/error.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

namespace editscope::cli {
namespace {

std::string quoted(const std::string& s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string number(double v)
{
    std::ostringstream o;
    o << std::setprecision(17) << v;
    return o.str();
}

std::string fixed(double v, int digits)
{
    std::ostringstream o;
    o << std::fixed << std::setprecision(digits) << v;
    return o.str();
}

// Display width of a UTF-8 string in code points (good enough to align a terminal grid).
size_t displayWidth(const std::string& s)
{
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string kindTitle(TraceKind kind, int64_t window)
{
    const std::string layers = window == 1 ? "the column's layer" : std::to_string(window) + " layers around the column";
    switch (kind) {
    case TraceKind::Hidden: return "hidden: the residual state after one block restored";
    case TraceKind::Mlp: return "mlp: MLP outputs of " + layers + " restored";
    case TraceKind::Attn: return "attn: attention outputs of " + layers + " restored";
    }
    return "";
}

std::string tokenLabel(const CausalTrace& t, int64_t i)
{
    const bool inSubject = i >= t.subjectBegin && i < t.subjectEnd;
    return quoted(t.tokens[static_cast<size_t>(i)]) + (inSubject ? "*" : "");
}

std::string gridText(const CausalTrace& t)
{
    std::ostringstream out;
    size_t labelWidth = 6;
    for (int64_t i = 0; i < static_cast<int64_t>(t.tokens.size()); ++i)
        labelWidth = std::max(labelWidth, displayWidth(tokenLabel(t, i)));
    out << "  " << std::string(4, ' ') << std::left << std::setw(static_cast<int>(labelWidth)) << "token";
    for (int64_t l = 0; l < t.numLayers; ++l)
        out << std::right << std::setw(7) << ("L" + std::to_string(l));
    out << "\n";
    for (int64_t i = 0; i < static_cast<int64_t>(t.scores.size()); ++i) {
        const auto label = tokenLabel(t, i);
        out << "  " << std::setw(3) << std::right << i << " " << label << std::string(labelWidth - displayWidth(label), ' ');
        for (double v : t.scores[static_cast<size_t>(i)])
            out << std::setw(7) << fixed(v, 4);
        out << "\n";
    }
    return out.str();
}

nlohmann::json peakJson(const CausalTrace& t, const TracePeak& p)
{
    if (p.layer < 0)
        return nullptr;
    return {{"token", p.token}, {"token_text", t.tokens[static_cast<size_t>(p.token)]}, {"layer", p.layer}, {"score", p.score}};
}

} // namespace

int cmdTrace(int argc, char** argv, int first)
{
    auto specs = probeModelOptions();   // --model DIR, or --db FILE --run R --step N
    const std::vector<OptionSpec> own = {
        {"prompt", true, "the prompt (a \"{}\" in it is filled with the subject)"},
        {"subject", true, "the subject whose token embeddings are corrupted; must occur in the prompt"},
        {"kind", true, "hidden|mlp|attn|all (default all: the three, in ROME's order)"},
        {"samples", true, "corrupted samples (default 10)"},
        {"noise-mult", true, "noise = this × the std of the subjects' token embeddings (default 3, ROME's s3)"},
        {"noise", true, "absolute noise std instead of --noise-mult"},
        {"dataset", true, "counterfact.json whose subjects give the embedding std (default: the traced subject only)"},
        {"window", true, "layers restored per mlp/attn cell (default 10)"},
        {"seed", true, "numpy RandomState seed of the noise (default 1, as ROME)"},
        {"answer", true, "trace p(\" \" + TARGET) instead of the clean argmax (its first token)"},
        {"replace", false, "replace the subject embeddings by the noise instead of adding it (ROME --replace 1)"},
        {"uniform", false, "uniform noise in [-noise, noise] instead of Gaussian (ROME's u rule)"},
        {"raw-tokens", false, "token texts without transformers' clean_up_tokenization"},
        {"cells-per-forward", true, "grid cells per forward pass (default 1, ROME's batch layout; more is faster)"},
        {"csv", true, "write the grids to FILE (one row per kind, token and layer)"},
    };
    specs.insert(specs.end(), own.begin(), own.end());
    CliArgs args("trace", specs, argc, argv, first);
    const std::string prompt = args.required("prompt");
    const std::string subject = args.required("subject");
    const std::string kindName = args.get("kind", "all");
    std::vector<TraceKind> kinds;
    if (kindName == "all") {
        kinds = {TraceKind::Hidden, TraceKind::Mlp, TraceKind::Attn};
    } else {
        try {
            kinds = {parseTraceKind(kindName)};
        } catch (const InputError& e) {
            throw InputError("", "--kind", e.reason() + "; or all");
        }
    }
    if (args.has("noise") && (args.has("noise-mult") || args.has("dataset")))
        throw InputError("", "--noise", "give either an absolute --noise or --noise-mult/--dataset, not both");

    CausalTraceOptions options;
    options.samples = args.getInt("samples", 10);
    options.window = args.getInt("window", 10);
    const int64_t seed = args.getInt("seed", 1);
    if (seed < 0 || seed > 0xffffffffLL)
        throw InputError("", "--seed", "must lie in [0, 2^32 - 1] (numpy RandomState)");
    options.seed = static_cast<uint32_t>(seed);
    options.replaceNoise = args.flag("replace");
    options.uniformNoise = args.flag("uniform");
    options.rawTokenText = args.flag("raw-tokens");
    options.cellsPerForward = args.getInt("cells-per-forward", 1);
    if (args.has("answer"))
        options.answer = " " + args.get("answer");

    const auto choice = probeModelFromArgs(args);
    const Gpt2Model& model = *choice.model->model;
    const Gpt2Tokenizer& tokenizer = *choice.model->tokenizer;
    nlohmann::json noiseJson;
    std::string noiseText;
    if (args.has("noise")) {
        options.noise = args.getDouble("noise", 0.0);
        noiseJson = {{"level", *options.noise}, {"rule", "absolute"}};
        noiseText = fixed(*options.noise, 6) + " (absolute)";
    } else {
        options.noiseMultiplier = args.getDouble("noise-mult", 3.0);
        std::vector<std::string> subjects;
        std::string source;
        if (args.has("dataset")) {
            for (const auto& r : loadCounterFact(args.get("dataset")))
                subjects.push_back(r.rewrite.subject);
            source = std::to_string(subjects.size()) + " subjects of " + args.get("dataset");
        } else {
            subjects = {subject};
            source = "the traced subject alone; give --dataset for ROME's std over a dataset's subjects";
        }
        options.embeddingStd = subjectEmbeddingStd(model, tokenizer, subjects);
        const double level = options.noiseMultiplier * *options.embeddingStd;
        noiseJson = {{"level", level}, {"rule", "multiplier"}, {"multiplier", options.noiseMultiplier},
                     {"embedding_std", *options.embeddingStd}, {"subjects", subjects.size()}};
        if (args.has("dataset"))
            noiseJson["dataset"] = args.get("dataset");
        noiseText = fixed(level, 6) + " = " + number(options.noiseMultiplier) + " × " + fixed(*options.embeddingStd, 6)
                    + " (embedding std over " + source + ")";
    }
    if (options.uniformNoise)
        noiseText += ", uniform";
    if (options.replaceNoise)
        noiseText += ", replacing the embeddings";

    std::vector<CausalTrace> traces;
    for (TraceKind kind : kinds) {
        options.kind = kind;
        traces.push_back(traceCausalEffects(model, tokenizer, prompt, subject, options));
    }
    const CausalTrace& head = traces.front();

    std::ostringstream text;
    text << "model:   " << choice.description << "\n";
    text << "prompt:  " << quoted(head.prompt) << "\n";
    text << "subject: " << quoted(head.subject) << " = tokens " << head.subjectBegin << ".." << head.subjectEnd - 1 << " (marked *)\n";
    text << "answer:  " << quoted(head.answer) << " (id " << head.answerId << ")"
         << (head.answerIsArgmax ? "" : "  [not the clean argmax]") << "\n";
    text << "noise:   " << noiseText << "; " << head.samples << " samples, seed " << options.seed << "\n";
    nlohmann::json kindsJson = nlohmann::json::array();
    std::ostringstream csv;
    csv << "kind,token_index,token,subject,layer,score,low_score,high_score,answer\n";
    for (const auto& t : traces) {
        const auto peak = tracePeak(t);
        const int64_t lastSubject = t.subjectEnd - 1;
        const auto lastPeak = tracePeakAtToken(t, lastSubject);
        text << "\n" << kindTitle(t.kind, t.window) << "\n";
        text << "  high p(answer) clean = " << fixed(t.highScore, 4) << "   low p(answer) corrupted = " << fixed(t.lowScore, 4) << "\n";
        text << gridText(t);
        text << "  peak: layer " << peak.layer << " at token " << peak.token << " " << tokenLabel(t, peak.token) << ", p = "
             << fixed(peak.score, 4) << "\n";
        text << "  at the last subject token " << tokenLabel(t, lastSubject) << ": peak at layer " << lastPeak.layer
             << ", p = " << fixed(lastPeak.score, 4) << "\n";
        kindsJson.push_back({{"kind", traceKindName(t.kind)}, {"window", t.window}, {"high_score", t.highScore},
                             {"low_score", t.lowScore}, {"scores", t.scores}, {"peak", peakJson(t, peak)},
                             {"peak_at_last_subject_token", peakJson(t, lastPeak)}});
        for (size_t i = 0; i < t.scores.size(); ++i)
            for (size_t l = 0; l < t.scores[i].size(); ++l) {
                const bool inSubject = static_cast<int64_t>(i) >= t.subjectBegin && static_cast<int64_t>(i) < t.subjectEnd;
                csv << traceKindName(t.kind) << "," << i << "," << csvField(t.tokens[i]) << "," << (inSubject ? 1 : 0) << ","
                    << l << "," << number(t.scores[i][l]) << "," << number(t.lowScore) << "," << number(t.highScore) << ","
                    << csvField(t.answer) << "\n";
            }
    }
    if (args.has("csv")) {
        writeFileAtomically(args.get("csv"), csv.str());
        text << "\nwrote " << args.get("csv") << "\n";
    }
    const nlohmann::json json = {
        {"model", choice.json},
        {"prompt", head.prompt},
        {"subject", head.subject},
        {"tokens", head.tokens},
        {"token_ids", head.tokenIds},
        {"subject_range", {head.subjectBegin, head.subjectEnd}},
        {"answer", head.answer},
        {"answer_id", head.answerId},
        {"answer_is_argmax", head.answerIsArgmax},
        {"noise", noiseJson},
        {"samples", head.samples},
        {"seed", options.seed},
        {"num_layers", head.numLayers},
        {"kinds", kindsJson},
    };
    emit(args, json, text.str());
    return 0;
}

} // namespace editscope::cli
