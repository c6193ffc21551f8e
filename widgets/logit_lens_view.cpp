#include "widgets/logit_lens_view.h"

#include "core/util/error.h"
#include "widgets/heatmap_figure.h"
#include "widgets/prompt_pane_column.h"
#include "widgets/run_document.h"
#include "widgets/session/background_task.h"
#include "widgets/session/step_model_source.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace editscope {
namespace {

QString fromStd(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

} // namespace

LogitLensView::LogitLensView(RunDocument* document, std::shared_ptr<StepModelSource> models, QWidget* parent)
    : QWidget(parent)
    , doc_(document)
    , models_(std::move(models))
{
    promptEdit_ = new QLineEdit(this);
    promptEdit_->setPlaceholderText(tr("Prompt (default: the selected edit's rewrite prompt)"));
    trueEdit_ = new QLineEdit(this);
    trueEdit_->setPlaceholderText(tr("target_true"));
    newEdit_ = new QLineEdit(this);
    newEdit_->setPlaceholderText(tr("target_new"));
    followBox_ = new QCheckBox(tr("Follow the selected edit"), this);
    followBox_->setChecked(true);
    followBox_->setToolTip(tr("Use the selected edit's rewrite prompt and targets; typing your own turns this off"));
    quantityBox_ = new QComboBox(this);
    quantityBox_->addItem(tr("P(target_true)"), static_cast<int>(Quantity::TrueProbability));
    quantityBox_->addItem(tr("P(target_new)"), static_cast<int>(Quantity::NewProbability));
    quantityBox_->addItem(tr("Rank of target_true (log)"), static_cast<int>(Quantity::TrueRank));
    quantityBox_->addItem(tr("Rank of target_new (log)"), static_cast<int>(Quantity::NewRank));
    quantityBox_->setCurrentIndex(1);
    arrangementBox_ = new QComboBox(this);
    arrangementBox_->addItem(tr("Base and step side by side"), static_cast<int>(Arrangement::SideBySide));
    arrangementBox_->addItem(tr("Base model only"), static_cast<int>(Arrangement::BaseOnly));
    arrangementBox_->addItem(tr("Selected step only"), static_cast<int>(Arrangement::StepOnly));
    runButton_ = new QPushButton(tr("Run"), this);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setEnabled(false);
    exportButton_ = new QToolButton(this);
    exportButton_->setText(tr("Export"));
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton_);
    for (const char* fmt : {"png", "pdf", "svg", "csv"}) {
        const QString f = QLatin1String(fmt);
        connect(exportMenu->addAction(tr("%1…").arg(f.toUpper())), &QAction::triggered, this, [this, f] { exportWithDialog(f); });
    }
    exportButton_->setMenu(exportMenu);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Prompt:"), this), 0, 0);
    grid->addWidget(promptEdit_, 0, 1, 1, 3);
    grid->addWidget(followBox_, 0, 4, 1, 2);
    grid->addWidget(new QLabel(tr("True:"), this), 1, 0);
    grid->addWidget(trueEdit_, 1, 1);
    grid->addWidget(new QLabel(tr("New:"), this), 1, 2);
    grid->addWidget(newEdit_, 1, 3);
    grid->addWidget(runButton_, 1, 4);
    grid->addWidget(cancelButton_, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Colour:"), this));
    bar->addWidget(quantityBox_);
    bar->addWidget(arrangementBox_);
    bar->addStretch(1);
    bar->addWidget(exportButton_);

    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* figures = new QHBoxLayout;
    for (int p = 0; p < kPanes; ++p) {
        auto* fig = new HeatmapFigure(this);
        fig->setAxisLabels(tr("layer"), tr("prompt token"));
        fig->setGradient(HeatmapFigure::Gradient::Viridis);
        fig->setToolTipProvider([this, p](int row, int column) -> QString {
            const auto& r = panes_[static_cast<std::size_t>(p)].result;
            if (!r || row < 0 || column < 0 || static_cast<std::size_t>(row) >= r->layers()
                || static_cast<std::size_t>(column) >= r->positions())
                return {};
            const std::size_t layer = r->layers() - 1 - static_cast<std::size_t>(row);
            const LensCell& c = r->at(layer, static_cast<std::size_t>(column));
            return tr("<b>%1</b>, token %2 <b>%3</b><br>%4: rank %5, P = %6<br>%7: rank %8, P = %9<br>top: %10 (P = %11)")
                .arg(fromStd(r->layerNames.at(layer))).arg(column)
                .arg(probeTokenLabel(r->promptTokens.at(static_cast<std::size_t>(column))).toHtmlEscaped())
                .arg(probeTokenLabel(r->targetTrue.token).toHtmlEscaped()).arg(c.trueRank).arg(c.trueProbability, 0, 'g', 4)
                .arg(probeTokenLabel(r->targetNew.token).toHtmlEscaped()).arg(c.newRank).arg(c.newProbability, 0, 'g', 4)
                .arg(probeTokenLabel(c.topToken).toHtmlEscaped()).arg(c.topProbability, 0, 'g', 4);
        });
        figures->addWidget(fig, 1);
        figures_[static_cast<std::size_t>(p)] = fig;
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(bar);
    layout->addWidget(message_);
    layout->addLayout(figures, 1);

    connect(runButton_, &QPushButton::clicked, this, &LogitLensView::run);
    connect(cancelButton_, &QPushButton::clicked, this, &LogitLensView::cancel);
    for (QLineEdit* e : {promptEdit_, trueEdit_, newEdit_}) {
        connect(e, &QLineEdit::returnPressed, this, &LogitLensView::run);
        connect(e, &QLineEdit::textEdited, this, [this] { followBox_->setChecked(false); });
    }
    connect(followBox_, &QCheckBox::toggled, this, [this](bool on) {
        if (on && fillFromSelection() && isVisible())
            run();
    });
    connect(quantityBox_, &QComboBox::currentIndexChanged, this,
            [this] { setQuantity(static_cast<Quantity>(quantityBox_->currentData().toInt())); });
    connect(arrangementBox_, &QComboBox::currentIndexChanged, this,
            [this] { setArrangement(static_cast<Arrangement>(arrangementBox_->currentData().toInt())); });
    if (doc_) {
        connect(doc_, &RunDocument::selectedStepChanged, this, &LogitLensView::onSelectionChanged);
        connect(doc_, &RunDocument::runLoaded, this, [this] {
            cancel();
            panes_ = {};
            fillFromSelection();
            redraw();
        });
    }
    fillFromSelection();
    redraw();
}

LogitLensView::~LogitLensView()
{
    if (task_)
        task_->cancel();
    task_.reset();   // waits for the job; its queued deliveries die with this object
}

void LogitLensView::setPrompt(const QString& prompt, const QString& targetTrue, const QString& targetNew)
{
    followBox_->setChecked(false);
    promptEdit_->setText(prompt);
    trueEdit_->setText(targetTrue);
    newEdit_->setText(targetNew);
}

QString LogitLensView::prompt() const { return promptEdit_->text(); }
QString LogitLensView::targetTrue() const { return trueEdit_->text().trimmed(); }
QString LogitLensView::targetNew() const { return newEdit_->text().trimmed(); }
void LogitLensView::setFollowSelection(bool follow) { followBox_->setChecked(follow); }
bool LogitLensView::followSelection() const { return followBox_->isChecked(); }
bool LogitLensView::isBusy() const { return task_ != nullptr || pending_; }

std::optional<LogitLensResult> LogitLensView::result(int pane) const
{
    return pane >= 0 && pane < kPanes ? panes_[static_cast<std::size_t>(pane)].result : std::nullopt;
}

int64_t LogitLensView::paneStep(int pane) const
{
    return pane >= 0 && pane < kPanes && panes_[static_cast<std::size_t>(pane)].result ? panes_[static_cast<std::size_t>(pane)].step : -1;
}

QString LogitLensView::paneError(int pane) const
{
    return pane >= 0 && pane < kPanes ? panes_[static_cast<std::size_t>(pane)].error : QString();
}

HeatmapFigure* LogitLensView::figure(int pane) const
{
    return pane >= 0 && pane < kPanes ? figures_[static_cast<std::size_t>(pane)] : nullptr;
}

double LogitLensView::cellValue(const LensCell& cell, Quantity quantity)
{
    switch (quantity) {
    case Quantity::TrueProbability: return cell.trueProbability;
    case Quantity::NewProbability: return cell.newProbability;
    case Quantity::TrueRank: return static_cast<double>(cell.trueRank + 1);
    case Quantity::NewRank: return static_cast<double>(cell.newRank + 1);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double LogitLensView::shownValue(int pane, int layer, int position) const
{
    const HeatmapFigure* fig = figure(pane);
    if (!fig || fig->isEmpty() || layer < 0 || layer >= fig->rowCount())
        return std::numeric_limits<double>::quiet_NaN();
    return fig->drawnValue(fig->rowCount() - 1 - layer, position);
}

void LogitLensView::showMessage(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

bool LogitLensView::fillFromSelection()
{
    if (!followBox_->isChecked() || !doc_)
        return false;
    const StepSummary* summary = doc_->stepSummary(doc_->selectedStep());
    const auto prompts = summary ? editPromptsOf(summary->requests) : std::vector<EditPrompt>{};
    if (prompts.empty())
        return false;
    promptEdit_->setText(prompts.front().prompt);
    trueEdit_->setText(prompts.front().targetTrue);
    newEdit_->setText(prompts.front().targetNew);
    return true;
}

void LogitLensView::onSelectionChanged()
{
    fillFromSelection();
    const bool shown = panes_[BasePane].result || panes_[StepPane].result || isBusy();
    if (!isVisible()) {
        dirty_ = dirty_ || shown || followBox_->isChecked();
        return;
    }
    if (shown || followBox_->isChecked())
        run();
}

void LogitLensView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const bool never = !panes_[BasePane].result && !panes_[StepPane].result && !isBusy() && !promptEdit_->text().isEmpty();
    if (dirty_ || (never && followBox_->isChecked())) {
        dirty_ = false;
        run();
    }
}

void LogitLensView::run()
{
    pending_ = true;
    if (task_) {   // supersede: start once the running job has noticed the cancel
        task_->cancel();
        ++generation_;
        return;
    }
    start();
}

void LogitLensView::cancel()
{
    pending_ = false;
    if (task_) {
        task_->cancel();
        ++generation_;
        showMessage(tr("Cancelled."));
    }
    cancelButton_->setEnabled(false);
}

void LogitLensView::start()
{
    pending_ = false;
    auto fail = [this](const QString& why) {
        showMessage(why);
        cancelButton_->setEnabled(isBusy());
        Q_EMIT failed(why);
    };
    if (!doc_ || !doc_->isOpen() || doc_->runId() == 0)
        return fail(tr("Open a run file first: the models are rebuilt from its stored edits."));
    if (!models_)
        return fail(tr("No model source."));
    if (promptEdit_->text().isEmpty() || targetTrue().isEmpty() || targetNew().isEmpty())
        return fail(tr("Give a prompt and both targets (or select an edit)."));

    const uint64_t generation = ++generation_;
    runErrors_.clear();
    const std::string db = doc_->path().toStdString();
    const int64_t run = doc_->runId();
    const int64_t selected = doc_->selectedStep();
    const std::string prompt = promptEdit_->text().toStdString();
    const std::string tTrue = targetTrue().toStdString();
    const std::string tNew = targetNew().toStdString();
    auto models = models_;
    for (auto& p : panes_)
        p.error.clear();
    if (selected <= 0)
        panes_[StepPane] = {};
    showMessage(selected > 0 ? tr("Computing the lens of the base model and step %1…").arg(selected)
                             : tr("Computing the lens of the base model (select a step to compare)…"));

    task_ = std::make_unique<BackgroundTask>(tr("Logit lens"), [=, this](BackgroundTask& task) -> QString {
        LogitLensOptions options;
        options.cancelled = [&task] { return task.isCancelled(); };
        for (int p = 0; p < kPanes; ++p) {
            const int64_t wanted = p == BasePane ? 0 : selected;
            if (p == StepPane && wanted <= 0)
                continue;
            if (task.isCancelled())
                throw Cancelled();
            try {
                const ProbeModelPtr model = models->model({db, run, wanted});
                LogitLensResult r = logitLens(*model, prompt, tTrue, tNew, options);
                QMetaObject::invokeMethod(this, [=, this] { deliver(generation, p, r, wanted); }, Qt::QueuedConnection);
            } catch (const Cancelled&) {
                throw;
            } catch (const std::exception& e) {
                const QString why = QString::fromUtf8(e.what());
                QMetaObject::invokeMethod(this, [=, this] { deliverError(generation, p, why); }, Qt::QueuedConnection);
            }
        }
        return {};
    });
    connect(task_.get(), &BackgroundTask::finished, this, [this, generation] { onTaskFinished(generation); });
    cancelButton_->setEnabled(true);
    task_->start();
}

void LogitLensView::onTaskFinished(uint64_t generation)
{
    if (task_)
        task_.release()->deleteLater();   // the job has returned; the destructor waits for its thread
    if (pending_) {
        start();
        return;
    }
    cancelButton_->setEnabled(false);
    if (generation != generation_)
        return;
    if (!runErrors_.isEmpty()) {
        showMessage(runErrors_.join(QLatin1Char('\n')));
        Q_EMIT failed(runErrors_.join(QLatin1Char('\n')));
        return;
    }
    QString note;
    for (const auto& p : panes_) {
        if (p.result) {
            for (const LensTarget* t : {&p.result->targetTrue, &p.result->targetNew})
                if (t->targetTokens > 1)
                    note += tr("“%1” has %2 tokens; the lens follows its first, %3. ")
                                .arg(fromStd(t->target)).arg(t->targetTokens).arg(probeTokenLabel(t->token));
            break;
        }
    }
    showMessage(note);
    Q_EMIT finished();
}

void LogitLensView::deliver(uint64_t generation, int pane, const LogitLensResult& result, int64_t step)
{
    if (generation != generation_)
        return;
    auto& p = panes_[static_cast<std::size_t>(pane)];
    p.result = result;
    p.step = step;
    p.error.clear();
    redraw();
}

void LogitLensView::deliverError(uint64_t generation, int pane, const QString& message)
{
    if (generation != generation_)
        return;
    auto& p = panes_[static_cast<std::size_t>(pane)];
    p.result.reset();
    p.error = message;
    runErrors_ << (pane == BasePane ? tr("Base model: %1") : tr("Step: %1")).arg(message);
    redraw();
}

void LogitLensView::setQuantity(Quantity quantity)
{
    quantity_ = quantity;
    const int index = quantityBox_->findData(static_cast<int>(quantity));
    if (index != quantityBox_->currentIndex())
        quantityBox_->setCurrentIndex(index);
    redraw();
}

void LogitLensView::setArrangement(Arrangement arrangement)
{
    arrangement_ = arrangement;
    const int index = arrangementBox_->findData(static_cast<int>(arrangement));
    if (index != arrangementBox_->currentIndex())
        arrangementBox_->setCurrentIndex(index);
    figures_[BasePane]->setVisible(arrangement != Arrangement::StepOnly);
    figures_[StepPane]->setVisible(arrangement != Arrangement::BaseOnly);
}

void LogitLensView::redraw()
{
    for (int p = 0; p < kPanes; ++p)
        redrawPane(p);
}

void LogitLensView::redrawPane(int pane)
{
    HeatmapFigure* fig = figures_[static_cast<std::size_t>(pane)];
    const PaneState& state = panes_[static_cast<std::size_t>(pane)];
    const QString model = pane == BasePane ? tr("base model") : state.step > 0 ? tr("after step %1").arg(state.step)
                                                                                : tr("selected step");
    if (!state.result) {
        fig->clear();
        fig->setTitle(tr("Logit lens — %1").arg(model));
        fig->setSubtitle(state.error.isEmpty() ? tr("no result yet") : state.error);
        fig->replot();
        return;
    }
    const LogitLensResult& r = *state.result;
    const bool rank = quantity_ == Quantity::TrueRank || quantity_ == Quantity::NewRank;
    const bool isTrue = quantity_ == Quantity::TrueProbability || quantity_ == Quantity::TrueRank;
    const LensTarget& target = isTrue ? r.targetTrue : r.targetNew;
    const QString which = isTrue ? QStringLiteral("target_true") : QStringLiteral("target_new");

    std::vector<std::vector<double>> values;
    QStringList rows, columns;
    for (std::size_t row = 0; row < r.layers(); ++row) {
        const std::size_t layer = r.layers() - 1 - row;   // the last layer on top
        std::vector<double> line;
        for (std::size_t pos = 0; pos < r.positions(); ++pos)
            line.push_back(cellValue(r.at(layer, pos), quantity_));
        values.push_back(std::move(line));
        rows << (layer == 0 ? tr("emb") : QString::number(layer));
    }
    for (const auto& t : r.promptTokens)
        columns << probeTokenLabel(t);
    fig->setTitle(tr("Logit lens — %1").arg(model));
    QString prompt = fromStd(r.prompt);
    if (prompt.size() > 48)   // the figure is ~560 px wide; the tool tip and the CSV have it whole
        prompt = QChar(0x2026) + prompt.right(47);
    fig->setSubtitle(tr("%1(%2) · %3 · “%4”").arg(rank ? tr("rank") : tr("P"), probeTokenLabel(target.token), which, prompt));
    fig->setColorScaleLabel(rank ? tr("rank of %1 (1 = top)").arg(probeTokenLabel(target.token)) : tr("P(%1)").arg(probeTokenLabel(target.token)));
    fig->setLogScale(rank);
    if (rank) {   // one scale for both panes: 1 .. the largest rank shown in either
        double upper = 2;
        for (const auto& p : panes_)
            if (p.result)
                for (const auto& line : p.result->cells)
                    for (const auto& c : line)
                        upper = std::max(upper, cellValue(c, quantity_));
        fig->setColorRange(1, upper);
    } else {
        fig->setColorRange(0, 1);
    }
    fig->setMatrix(values, rows, columns);
    fig->replot();
}

} // namespace editscope
