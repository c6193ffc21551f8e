#include "widgets/prompt_pane.h"

#include "core/run/run_records.h"
#include "core/util/error.h"
#include "widgets/prompt_pane_column.h"
#include "widgets/run_document.h"
#include "widgets/session/background_task.h"
#include "widgets/session/step_model_source.h"

#include <QAction>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace editscope {

PromptPane::PromptPane(RunDocument* document, std::shared_ptr<StepModelSource> models, QWidget* parent)
    : QWidget(parent)
    , doc_(document)
    , models_(std::move(models))
{
    promptEdit_ = new QLineEdit(this);
    promptEdit_->setPlaceholderText(tr("Type a prompt, e.g. \"The Eiffel Tower is located in\""));
    promptEdit_->setClearButtonEnabled(true);
    targetsEdit_ = new QLineEdit(this);
    targetsEdit_->setPlaceholderText(tr("targets, comma-separated (optional)"));
    targetsEdit_->setToolTip(tr("The mean NLL of \" \" + target after the prompt is shown for each target, as ROME scores it"));
    seedSpin_ = new QSpinBox(this);
    seedSpin_->setRange(0, 2147483647);
    seedSpin_->setToolTip(tr("Seed of the sampled continuation (top-k %1)").arg(PromptProbeOptions{}.topK));
    lengthSpin_ = new QSpinBox(this);
    lengthSpin_->setRange(1, 1024);
    lengthSpin_->setValue(static_cast<int>(PromptProbeOptions{}.maxOutLen));
    lengthSpin_->setToolTip(tr("Tokens per continuation, prompt included (capped at the model's context)"));
    runButton_ = new QPushButton(tr("Run"), this);
    runButton_->setToolTip(tr("Probe the three models (Ctrl+Return)"));
    runButton_->setDefault(true);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    editMenu_ = new QMenu(this);
    editButton_ = new QToolButton(this);
    editButton_->setText(tr("Edit's prompt"));
    editButton_->setToolTip(tr("Use the selected edit's rewrite prompt and its targets; the arrow lists its paraphrase and neighbourhood prompts"));
    editButton_->setPopupMode(QToolButton::MenuButtonPopup);
    editButton_->setMenu(editMenu_);

    auto* inputs = new QGridLayout;
    inputs->addWidget(new QLabel(tr("Prompt:"), this), 0, 0);
    inputs->addWidget(promptEdit_, 0, 1, 1, 5);
    inputs->addWidget(editButton_, 0, 6);
    inputs->addWidget(new QLabel(tr("Targets:"), this), 1, 0);
    inputs->addWidget(targetsEdit_, 1, 1);
    inputs->addWidget(new QLabel(tr("Seed:"), this), 1, 2);
    inputs->addWidget(seedSpin_, 1, 3);
    inputs->addWidget(new QLabel(tr("Length:"), this), 1, 4);
    inputs->addWidget(lengthSpin_, 1, 5);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton_);
    buttons->addWidget(cancelButton_);
    inputs->addLayout(buttons, 1, 6);
    inputs->setColumnStretch(1, 1);

    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();

    auto* columns = new QHBoxLayout;
    for (int c = 0; c < kColumns; ++c) {
        auto* view = new PromptColumnView(c != BaseColumn, this);
        columns->addWidget(view, 1);
        views_[static_cast<std::size_t>(c)] = view;
    }
    auto* body = new QWidget(this);
    body->setLayout(columns);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(message_);
    layout->addWidget(scroll, 1);

    connect(runButton_, &QPushButton::clicked, this, &PromptPane::run);
    connect(promptEdit_, &QLineEdit::returnPressed, this, &PromptPane::run);
    connect(targetsEdit_, &QLineEdit::returnPressed, this, &PromptPane::run);
    connect(cancelButton_, &QPushButton::clicked, this, &PromptPane::cancel);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &PromptPane::run);
    connect(editButton_, &QToolButton::clicked, this, [this] { useSelectedEditPrompt(); });
    connect(editMenu_, &QMenu::aboutToShow, this, &PromptPane::fillEditMenu);
    if (doc_) {
        connect(doc_, &RunDocument::selectedStepChanged, this, &PromptPane::onSelectionChanged);
        connect(doc_, &RunDocument::runLoaded, this, [this] {
            cancel();
            for (auto& s : state_)
                s = ColumnState{};
            renderAll();
        });
        connect(doc_, &RunDocument::stepsAppended, this, &PromptPane::updateTitles);
    }
    renderAll();
}

PromptPane::~PromptPane()
{
    if (task_)
        task_->cancel();
    task_.reset();   // waits for the job; its queued deliveries die with this object
}

void PromptPane::setPrompt(const QString& prompt) { promptEdit_->setText(prompt); }
QString PromptPane::prompt() const { return promptEdit_->text(); }

void PromptPane::setTargets(const QStringList& targets)
{
    QStringList kept;
    for (const auto& t : targets)
        if (!t.trimmed().isEmpty())
            kept << t.trimmed();
    targetsEdit_->setText(kept.join(QLatin1String(", ")));
}

QStringList PromptPane::targets() const
{
    QStringList out;
    for (const auto& t : targetsEdit_->text().split(QLatin1Char(',')))
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    return out;
}

void PromptPane::setSeed(uint64_t seed) { seedSpin_->setValue(static_cast<int>(std::min<uint64_t>(seed, 2147483647))); }
void PromptPane::setMaxLength(int tokens) { lengthSpin_->setValue(tokens); }

PromptPane::Inputs PromptPane::currentInputs() const
{
    return {promptEdit_->text(), targets(), static_cast<uint64_t>(seedSpin_->value()), lengthSpin_->value()};
}

int64_t PromptPane::refStep(int column) const
{
    switch (column) {
    case BaseColumn: return 0;
    case StepColumn: return doc_ ? doc_->selectedStep() : 0;
    default: return -1;
    }
}

bool PromptPane::isBusy() const { return task_ != nullptr || pendingMask_ != 0; }

std::optional<PromptProbeResult> PromptPane::result(int column) const
{
    if (column < 0 || column >= kColumns)
        return std::nullopt;
    return state_[static_cast<std::size_t>(column)].result;
}

QString PromptPane::columnError(int column) const
{
    return column >= 0 && column < kColumns ? state_[static_cast<std::size_t>(column)].error : QString();
}

int64_t PromptPane::columnStep(int column) const
{
    return column >= 0 && column < kColumns && state_[static_cast<std::size_t>(column)].result
        ? state_[static_cast<std::size_t>(column)].step : -1;
}

QString PromptPane::columnTitle(int column) const
{
    return column >= 0 && column < kColumns ? views_[static_cast<std::size_t>(column)]->title() : QString();
}

void PromptPane::run() { request((1u << kColumns) - 1); }

void PromptPane::cancel()
{
    pendingMask_ = 0;
    if (task_) {
        task_->cancel();
        ++generation_;   // whatever it still delivers is stale
        for (auto& s : state_) {
            if (s.busy)
                s.phase = tr("Cancelled");
            s.busy = false;
        }
    }
    updateBusyUi();
}

void PromptPane::request(unsigned columnMask)
{
    pendingMask_ |= columnMask;
    if (task_) {   // supersede: restart once the running job has noticed the cancel
        pendingMask_ |= runningMask_;
        task_->cancel();
        ++generation_;
        updateBusyUi();
        return;
    }
    startPending();
}

void PromptPane::startPending()
{
    unsigned mask = pendingMask_;
    pendingMask_ = 0;
    message_->hide();
    const Inputs in = currentInputs();
    auto fail = [this](const QString& why) {
        for (auto& s : state_)
            s.busy = false;
        message_->setText(why);
        message_->show();
        renderAll();
        Q_EMIT failed(why);
    };
    if (!doc_ || !doc_->isOpen() || doc_->runId() == 0)
        return fail(tr("Open a run file first: the models are rebuilt from its stored edits."));
    if (!models_)
        return fail(tr("No model source."));
    if (in.prompt.isEmpty())
        return fail(tr("Type a prompt first."));
    if (refStep(StepColumn) <= 0) {   // nothing selected: the step column stays empty
        auto& s = state_[StepColumn];
        if (mask & (1u << StepColumn))
            s = ColumnState{};
        mask &= ~(1u << StepColumn);
    }

    const uint64_t generation = ++generation_;
    runningMask_ = mask;
    runErrors_.clear();
    std::array<int64_t, kColumns> steps{};
    for (int c = 0; c < kColumns; ++c) {
        auto& s = state_[static_cast<std::size_t>(c)];
        steps[static_cast<std::size_t>(c)] = refStep(c);
        if (!(mask & (1u << c)))
            continue;
        s.busy = true;
        s.phase = tr("Waiting…");
        s.wantedStep = refStep(c);
        s.inputs = in;
        s.error.clear();
    }
    PromptProbeOptions options;
    for (const auto& t : in.targets)
        options.targets.push_back(t.toStdString());
    options.seed = in.seed;
    options.maxOutLen = in.maxLength;
    const std::string db = doc_->path().toStdString();
    const int64_t run = doc_->runId();
    const std::string prompt = in.prompt.toStdString();
    auto models = models_;

    task_ = std::make_unique<BackgroundTask>(tr("Try a prompt"), [=, this](BackgroundTask& task) -> QString {
        PromptProbeOptions opts = options;
        opts.cancelled = [&task] { return task.isCancelled(); };
        for (int c = 0; c < kColumns; ++c) {
            if (!(mask & (1u << c)))
                continue;
            if (task.isCancelled())
                throw Cancelled();
            try {
                QMetaObject::invokeMethod(this, [=, this] { setPhase(generation, c, tr("Rebuilding the model…")); }, Qt::QueuedConnection);
                QElapsedTimer timer;
                timer.start();
                const StepModelRef ref{db, run, steps[static_cast<std::size_t>(c)]};
                const int64_t step = models->resolveStep(ref);
                const ProbeModelPtr model = models->model({db, run, step});
                QMetaObject::invokeMethod(this, [=, this] { setPhase(generation, c, tr("Probing…")); }, Qt::QueuedConnection);
                PromptProbeResult r = probePrompt(*model, prompt, opts);
                const double seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
                QMetaObject::invokeMethod(this, [=, this] { deliver(generation, c, r, step, seconds); }, Qt::QueuedConnection);
            } catch (const Cancelled&) {
                throw;
            } catch (const std::exception& e) {
                const QString why = QString::fromUtf8(e.what());
                QMetaObject::invokeMethod(this, [=, this] { deliverError(generation, c, why); }, Qt::QueuedConnection);
            }
        }
        return {};
    });
    // Queued after the deliveries the job posted, so every column has arrived when this runs.
    connect(task_.get(), &BackgroundTask::finished, this, [this, generation] { onTaskFinished(generation); });
    task_->start();
    renderAll();
    updateBusyUi();
}

void PromptPane::onTaskFinished(uint64_t generation)
{
    if (task_) {
        // The job has returned; its thread is about to end, and the task's destructor waits for it.
        task_.release()->deleteLater();
    }
    const bool current = generation == generation_;
    runningMask_ = 0;
    if (pendingMask_) {
        startPending();
        return;
    }
    updateBusyUi();
    if (!current)
        return;
    if (runErrors_.isEmpty())
        Q_EMIT finished();
    else
        Q_EMIT failed(runErrors_.join(QLatin1Char('\n')));
}

void PromptPane::setPhase(uint64_t generation, int column, const QString& phase)
{
    if (generation != generation_)
        return;
    state_[static_cast<std::size_t>(column)].phase = phase;
    render(column);
}

void PromptPane::deliver(uint64_t generation, int column, const PromptProbeResult& result, int64_t step, double seconds)
{
    if (generation != generation_)
        return;
    auto& s = state_[static_cast<std::size_t>(column)];
    s.result = result;
    s.step = step;
    s.seconds = seconds;
    s.busy = false;
    s.error.clear();
    if (column == BaseColumn)
        renderAll();   // the other columns compare with it
    else
        render(column);
    updateBusyUi();
}

void PromptPane::deliverError(uint64_t generation, int column, const QString& message)
{
    if (generation != generation_)
        return;
    auto& s = state_[static_cast<std::size_t>(column)];
    s.result.reset();
    s.error = message;
    s.busy = false;
    runErrors_ << message;
    render(column);
    updateBusyUi();
}

void PromptPane::onSelectionChanged()
{
    updateTitles();
    auto& s = state_[StepColumn];
    const bool shown = s.result.has_value() || s.busy || state_[BaseColumn].result.has_value();
    if (!shown)
        return;
    if (refStep(StepColumn) <= 0) {
        if (s.busy)
            request(0);
        s = ColumnState{};
        render(StepColumn);
        return;
    }
    // The other columns are kept when they still show the current inputs.
    const Inputs in = currentInputs();
    unsigned mask = 1u << StepColumn;
    for (int c : {BaseColumn, CurrentColumn}) {
        const auto& o = state_[static_cast<std::size_t>(c)];
        if (!o.busy && (!o.result || !(o.inputs == in)))
            mask |= 1u << c;
    }
    request(mask);
}

bool PromptPane::useSelectedEditPrompt()
{
    const StepSummary* summary = doc_ ? doc_->stepSummary(doc_->selectedStep()) : nullptr;
    const auto prompts = summary ? editPromptsOf(summary->requests) : std::vector<EditPrompt>{};
    if (prompts.empty()) {
        message_->setText(tr("Select an edit first (a step in the table or a plot)."));
        message_->show();
        return false;
    }
    setPrompt(prompts.front().prompt);
    setTargets({prompts.front().targetTrue, prompts.front().targetNew});
    run();
    return true;
}

void PromptPane::fillEditMenu()
{
    editMenu_->clear();
    const int64_t step = doc_ ? doc_->selectedStep() : 0;
    const std::optional<StepRecord> record = step > 0 ? doc_->loadStep(step) : std::nullopt;
    const auto prompts = record ? editPromptsOf(record->requests, &*record) : std::vector<EditPrompt>{};
    if (prompts.empty()) {
        editMenu_->addAction(tr("No edit selected"))->setEnabled(false);
        return;
    }
    QString subject;
    QString kind;
    for (const auto& p : prompts) {
        if (p.kind == QLatin1String("rewrite")) {
            editMenu_->addSection(tr("Step %1: %2 — %3 → %4").arg(step).arg(p.subject, p.targetTrue, p.targetNew));
        } else if (p.kind != kind) {
            editMenu_->addSection(p.kind == QLatin1String("paraphrase") ? tr("Paraphrases") : tr("Neighbourhood (should not change)"));
        }
        kind = p.kind;
        QAction* a = editMenu_->addAction(p.prompt);
        a->setToolTip(tr("Targets: %1, %2").arg(p.targetTrue, p.targetNew));
        connect(a, &QAction::triggered, this, [this, p] {
            setPrompt(p.prompt);
            setTargets({p.targetTrue, p.targetNew});
            run();
        });
    }
}

void PromptPane::updateTitles()
{
    const int64_t selected = refStep(StepColumn);
    views_[BaseColumn]->setTitle(tr("Base model"), tr("unedited (step 0)"));
    QString edit;   // what the selected step edited, so the column says which fact it is about
    if (const StepSummary* summary = selected > 0 ? doc_->stepSummary(selected) : nullptr) {
        const auto prompts = editPromptsOf(summary->requests);
        if (!prompts.empty())
            edit = tr("%1: %2 → %3").arg(prompts.front().subject, prompts.front().targetTrue, prompts.front().targetNew)
                + (prompts.size() > 1 ? tr(" (+%1)").arg(prompts.size() - 1) : QString());
    }
    views_[StepColumn]->setTitle(selected > 0 ? tr("After step %1").arg(selected) : tr("After step — (select a step)"), edit);
    const auto& cur = state_[CurrentColumn];
    const int64_t current = cur.result ? cur.step : doc_ && doc_->runId() ? doc_->lastStep() : -1;
    views_[CurrentColumn]->setTitle(current >= 0 ? tr("Current (step %1)").arg(current) : tr("Current"),
                                    current >= 0 ? tr("after %1 edits").arg(current * (doc_ ? doc_->batchSize() : 1)) : QString());
}

void PromptPane::updateBusyUi()
{
    cancelButton_->setEnabled(isBusy());
    for (int c = 0; c < kColumns; ++c)
        views_[static_cast<std::size_t>(c)]->setBusy(state_[static_cast<std::size_t>(c)].busy && isBusy());
}

void PromptPane::renderAll()
{
    for (int c = 0; c < kColumns; ++c)
        render(c);
    updateTitles();
    updateBusyUi();
}

void PromptPane::render(int column)
{
    const auto& s = state_[static_cast<std::size_t>(column)];
    const PromptProbeResult* base = column != BaseColumn && state_[BaseColumn].result ? &*state_[BaseColumn].result : nullptr;
    QString status;
    if (s.busy)
        status = s.phase;
    else if (!s.error.isEmpty())
        status = tr("Failed: %1").arg(s.error);
    else if (s.result)
        status = tr("%1 s · %2 prompt tokens").arg(s.seconds, 0, 'f', 2).arg(s.result->promptIds.size());
    else if (column == StepColumn && refStep(StepColumn) <= 0)
        status = tr("Select a step to compare.");
    else
        status = tr("Type a prompt and press Run.");
    views_[static_cast<std::size_t>(column)]->display(s.result ? &*s.result : nullptr, base, status, !s.busy && !s.error.isEmpty());
    updateTitles();
}

} // namespace editscope
