// lens: the logit lens of a prompt for a fact's two answers on a model folder or a run's model after a
// step: per layer the rank and probability of target_true's and target_new's first token at the
// prompt's last position; --csv writes the whole layers × positions grid.
#include "cli_model.h"
#include "cli_probe_model.h"
#include "commands.h"

#include "core/formats/file_io.h"
#include "core/probe/logit_lens.h"
#include "core/util/error.h"

#include <chrono>
#include <iomanip>
#include <sstream>

namespace editscope::cli {
namespace {

std::string quoted(const std::string& s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A token as a CSV field, always quoted (leading spaces matter): the text with JSON's escapes for control
// characters (a newline token stays on its row) and U+FFFD for a partial UTF-8 character.
std::string csvToken(const std::string& s)
{
    const std::string q = quoted(s);
    std::string out = "\"";
    for (char c : q.substr(1, q.size() - 2))
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string number(double v)
{
    std::ostringstream o;
    o << std::setprecision(17) << v;
    return o.str();
}

nlohmann::json targetJson(const LensTarget& t)
{
    return {{"target", t.target}, {"token_id", t.tokenId}, {"token", t.token}, {"target_tokens", t.targetTokens}};
}

} // namespace

int cmdLens(int argc, char** argv, int first)
{
    auto specs = probeModelOptions();
    specs.insert(specs.end(), {{"prompt", true, "the prompt"},
                               {"true", true, "target_true (its first token is followed)"},
                               {"new", true, "target_new (its first token is followed)"},
                               {"csv", true, "write the layers x positions grid to FILE"}});
    CliArgs args("lens", specs, argc, argv, first);
    const auto prompt = args.required("prompt");
    if (prompt.empty())
        throw InputError("", "--prompt", "empty prompt (GPT-2 adds no BOS token, so a prompt needs a token)");
    const auto targetTrue = args.required("true"), targetNew = args.required("new");
    for (const auto* name : {"true", "new"})
        if (args.get(name).empty())
            throw InputError("", std::string("--") + name, "empty target");
    const auto choice = probeModelFromArgs(args);
    const auto start = std::chrono::steady_clock::now();
    const auto r = logitLens(*choice.model, prompt, targetTrue, targetNew);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const size_t last = r.positions() - 1;

    std::ostringstream text;
    text << "model: " << choice.description << "\n";
    text << "prompt: " << quoted(prompt) << " (" << r.positions() << " tokens; last: " << quoted(r.promptTokens[last]) << ")\n";
    for (const auto* t : {&r.targetTrue, &r.targetNew})
        if (t->targetTokens > 1)
            text << "note: " << quoted(t->target) << " is " << t->targetTokens << " tokens; the lens follows its first, "
                 << quoted(t->token) << "\n";
    text << "at the last position, per layer (rank 0 = top):\n";
    text << std::left << std::setw(12) << "layer" << std::setw(24) << ("true " + quoted(r.targetTrue.token))
         << std::setw(24) << ("new " + quoted(r.targetNew.token)) << "top-1\n";
    nlohmann::json lastJson = nlohmann::json::array();
    for (size_t l = 0; l < r.layers(); ++l) {
        const auto& c = r.at(l, last);
        std::ostringstream a, b;
        a << std::setw(6) << std::right << c.trueRank << "  " << std::scientific << std::setprecision(3) << c.trueProbability;
        b << std::setw(6) << std::right << c.newRank << "  " << std::scientific << std::setprecision(3) << c.newProbability;
        std::ostringstream t;
        t << quoted(c.topToken) << " " << std::fixed << std::setprecision(4) << c.topProbability;
        text << std::left << std::setw(12) << r.layerNames[l] << std::setw(24) << a.str() << std::setw(24) << b.str() << t.str() << "\n";
        lastJson.push_back({{"layer", l}, {"name", r.layerNames[l]}, {"true_rank", c.trueRank}, {"true_probability", c.trueProbability},
                            {"new_rank", c.newRank}, {"new_probability", c.newProbability}, {"top_id", c.topId},
                            {"top_token", c.topToken}, {"top_probability", c.topProbability}});
    }
    nlohmann::json json = {{"model", choice.json},
                           {"prompt", prompt},
                           {"prompt_ids", r.promptIds},
                           {"prompt_tokens", r.promptTokens},
                           {"target_true", targetJson(r.targetTrue)},
                           {"target_new", targetJson(r.targetNew)},
                           {"last_position", lastJson},
                           {"lens_seconds", seconds},
                           {"rebuild_seconds", choice.rebuildSeconds}};
    if (args.has("csv")) {
        const auto path = args.get("csv");
        std::ostringstream csv;
        csv << "# logit lens: per layer (0 = embeddings, l+1 = output of block l) and position, the hidden state through "
               "ln_f and the unembedding; rank 0 = top; targets followed by the first token of tok(\" \" + target): true "
            << quoted(r.targetTrue.token) << ", new " << quoted(r.targetNew.token) << "\n";
        csv << "layer,layer_name,position,token,true_rank,true_prob,new_rank,new_prob,top_token,top_prob\n";
        for (size_t l = 0; l < r.layers(); ++l)
            for (size_t p = 0; p < r.positions(); ++p) {
                const auto& c = r.at(l, p);
                csv << l << "," << r.layerNames[l] << "," << p << "," << csvToken(r.promptTokens[p]) << "," << c.trueRank << ","
                    << number(c.trueProbability) << "," << c.newRank << "," << number(c.newProbability) << ","
                    << csvToken(c.topToken) << "," << number(c.topProbability) << "\n";
            }
        writeFileAtomically(path, csv.str());
        json["csv"] = path;
        text << "wrote the " << r.layers() << " x " << r.positions() << " grid to " << path << "\n";
    }
    emit(args, json, text.str());
    return 0;
}

} // namespace editscope::cli
