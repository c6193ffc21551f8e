// probe: try a prompt on a model folder or on a run's model after a step: greedy and seeded sampled
// continuations (the run loop's generation settings), the top next tokens, and the NLL of targets.
#include "cli_model.h"
#include "cli_probe_model.h"
#include "commands.h"

#include "core/probe/prompt_probe.h"
#include "core/util/error.h"

#include <iomanip>
#include <sstream>

namespace editscope::cli {
namespace {

std::string quoted(const std::string& s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json continuationJson(const ProbeContinuation& c)
{
    return {{"ids", c.ids}, {"continuation", c.continuation}, {"text", c.text}};
}

} // namespace

int cmdProbe(int argc, char** argv, int first)
{
    auto specs = probeModelOptions();
    specs.insert(specs.end(), {{"prompt", true, "the prompt"},
                               {"target", true, "a target whose NLL after the prompt is shown (repeatable)"},
                               {"seed", true, "seed of the sampled continuation (default 0)"},
                               {"top-k", true, "top-k of the sampled continuation (default 5, as the run loop)"},
                               {"max-len", true, "tokens per continuation, prompt included (default 100, as the run loop)"},
                               {"top", true, "next tokens listed (default 10)"}});
    CliArgs args("probe", specs, argc, argv, first);
    const auto prompt = args.required("prompt");
    if (prompt.empty())
        throw InputError("", "--prompt", "empty prompt (GPT-2 adds no BOS token, so a prompt needs a token)");
    PromptProbeOptions options;
    options.seed = static_cast<uint64_t>(args.getInt("seed", 0));
    options.topK = args.getInt("top-k", 5);
    options.maxOutLen = args.getInt("max-len", 100);
    options.topTokens = args.getInt("top", 10);
    if (args.has("target"))
        options.targets = args.all("target");
    const auto choice = probeModelFromArgs(args);
    const auto r = probePrompt(*choice.model, prompt, options);

    nlohmann::json top = nlohmann::json::array();
    std::ostringstream text;
    text << "model: " << choice.description << "\n";
    if (choice.model->appliedUpdates > 0)
        text << "  rebuilt from " << choice.model->appliedUpdates << " stored update(s) in " << std::fixed
             << std::setprecision(3) << choice.rebuildSeconds << " s\n";
    text.unsetf(std::ios::floatfield);
    text << "prompt: " << quoted(prompt) << " (" << r.promptIds.size() << " tokens)\n";
    text << "greedy: " << quoted(r.greedy.continuation) << "\n";
    text << "sampled (seed " << options.seed << ", top-" << options.topK << "): " << quoted(r.sampled.continuation) << "\n";
    text << "top " << r.top.size() << " next tokens:\n";
    for (size_t i = 0; i < r.top.size(); ++i) {
        const auto& t = r.top[i];
        top.push_back({{"id", t.id}, {"token", t.text}, {"probability", t.probability}});
        text << "  " << std::setw(2) << i + 1 << "  " << std::left << std::setw(20) << quoted(t.text) << std::right
             << std::fixed << std::setprecision(6) << t.probability << "\n";
        text.unsetf(std::ios::floatfield);
    }
    nlohmann::json targets = nlohmann::json::array();
    for (const auto& t : r.targets) {
        targets.push_back({{"target", t.target}, {"mean_nll", t.meanNll}, {"argmax_correct", t.argmaxCorrect}, {"tokens", t.tokens}});
        text << "target " << quoted(t.target) << ": mean NLL " << std::setprecision(6) << t.meanNll << " over "
             << t.tokens.size() << " token(s), every token the argmax: " << (t.argmaxCorrect ? "yes" : "no") << "\n";
    }
    nlohmann::json json = {{"model", choice.json},
                           {"prompt", prompt},
                           {"prompt_ids", r.promptIds},
                           {"prompt_tokens", r.promptTokens},
                           {"greedy", continuationJson(r.greedy)},
                           {"sampled", continuationJson(r.sampled)},
                           {"seed", options.seed},
                           {"top_k", options.topK},
                           {"top", top},
                           {"targets", targets},
                           {"rebuild_seconds", choice.rebuildSeconds}};
    emit(args, json, text.str());
    return 0;
}

} // namespace editscope::cli
