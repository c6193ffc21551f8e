// The parts of the "Try a prompt" pane (prompt_pane.h) that show one model's probe: PromptColumnView, a
// column with a title, a busy bar and status line, the greedy and sampled continuations, the top next
// tokens (a compact table with probability bars) and the targets' NLLs; when given the base model's
// result it marks what differs (a changed top token, tokens new to the top 10 and rank moves, the
// continuation from where it departs in the warning colour, NLL deltas and argmax flips). Also the
// helpers the probe views share: token texts with visible spaces, and the prompts of a stored edit.
//
// Ownership: plain child widgets; the column keeps copies of the results it shows (to redraw on a
// palette change). GUI thread only.
#pragma once

#include "core/probe/prompt_probe.h"

#include <nlohmann/json_fwd.hpp>

#include <QFrame>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QProgressBar;

namespace editscope {

class CompactTable;
struct StepRecord;

// A token's bytes for display: spaces as "␣", line breaks as "↵", tabs as "⇥" (GPT-2 tokens carry
// their leading space, and " Paris" and "Paris" are different tokens).
QString probeTokenLabel(const std::string& text);

// A prompt of an edit with the edit's two answers as targets.
struct EditPrompt {
    QString kind;         // "rewrite" | "paraphrase" | "neighborhood"
    QString subject;
    QString prompt;       // the subject filled in
    QString targetTrue;
    QString targetNew;
};

// The rewrite prompt of each request of `requests` (the stored requested_rewrite array), each followed,
// when `record` is given, by the paraphrase and neighbourhood prompts stored with its post (else pre)
// scores. Malformed entries are skipped.
std::vector<EditPrompt> editPromptsOf(const nlohmann::json& requests, const StepRecord* record = nullptr);

class PromptColumnView : public QFrame {
    Q_OBJECT
public:
    // comparesWithBase: show the "vs base" / "Δ vs base" columns (false for the base column itself).
    explicit PromptColumnView(bool comparesWithBase, QWidget* parent = nullptr);

    void setTitle(const QString& title, const QString& subtitle = {});   // subtitle: a smaller line under it
    QString title() const;
    void setBusy(bool busy);
    // Shows `result` (nullptr: clears the result parts) under a status line (in the warning colour when
    // `statusIsError`); `base` (may be nullptr) is what differences are marked against.
    void display(const PromptProbeResult* result, const PromptProbeResult* base, const QString& status, bool statusIsError);
    QString status() const;
    QString changeNote() const;   // "Top token changed ..." lines; empty when nothing differs

    CompactTable* topTable() const { return top_; }
    CompactTable* targetsTable() const { return targets_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    bool compares_;
    QLabel* title_ = nullptr;
    QLabel* subtitle_ = nullptr;
    QLabel* status_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QLabel* change_ = nullptr;
    QLabel* greedy_ = nullptr;
    QLabel* sampled_ = nullptr;
    CompactTable* top_ = nullptr;
    CompactTable* targets_ = nullptr;
    std::optional<PromptProbeResult> result_;
    std::optional<PromptProbeResult> base_;
    QString statusText_;
    bool statusIsError_ = false;
    bool rendering_ = false;
};

} // namespace editscope
