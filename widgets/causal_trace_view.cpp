// CausalTraceView: inputs, the worker thread and the figures (exports in causal_trace_view_export.cpp).
#include "widgets/causal_trace_view.h"

#include "core/dataset/counterfact.h"
#include "core/util/error.h"
#include "widgets/heatmap_figure.h"
#include "widgets/run_document.h"
#include "widgets/session/step_model_source.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace editscope {
namespace {

constexpr int64_t kSelectedStep = -2;   // model combo: follow the document's selected step
constexpr TraceKind kKinds[3] = {TraceKind::Hidden, TraceKind::Mlp, TraceKind::Attn};

int kindIndex(TraceKind kind) { return kind == TraceKind::Hidden ? 0 : kind == TraceKind::Mlp ? 1 : 2; }

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString p4(double v) { return QString::number(v, 'f', 4); }

} // namespace

// Caches shared by the view and its workers: the subjects of a dataset file and the embedding std of a
// model (keyed "db|run|step"; edits never touch wte, but the cache does not rely on that).
struct CausalTraceView::Shared {
    std::mutex mutex;
    std::map<std::string, std::vector<std::string>> subjects;
    std::map<std::string, double> stds;
};

CausalTraceView::CausalTraceView(RunDocument* doc, std::shared_ptr<StepModelSource> models, QWidget* parent)
    : QWidget(parent), doc_(doc), models_(std::move(models)), shared_(std::make_shared<Shared>())
{
    buildUi();
    connect(doc_, &RunDocument::runLoaded, this, [this] {
        refreshModelChoices();
        onSelectionChanged();
    });
    connect(doc_, &RunDocument::stepsAppended, this, &CausalTraceView::refreshModelChoices);
    connect(doc_, &RunDocument::selectedStepChanged, this, &CausalTraceView::onSelectionChanged);
    refreshModelChoices();
    onSelectionChanged();
}

CausalTraceView::~CausalTraceView()
{
    if (thread_) {
        cancelFlag_->store(true);
        thread_->wait();
        delete thread_;
    }
}

void CausalTraceView::buildUi()
{
    promptEdit_ = new QLineEdit(this);
    promptEdit_->setPlaceholderText(tr("prompt, with {} for the subject"));
    subjectEdit_ = new QLineEdit(this);
    subjectEdit_->setPlaceholderText(tr("subject"));
    for (QLineEdit* edit : {promptEdit_, subjectEdit_})
        connect(edit, &QLineEdit::textEdited, this, [this] { followSelection_ = false; });
    fromEditButton_ = new QPushButton(tr("From the selected edit"), this);
    fromEditButton_->setToolTip(tr("Trace the selected edit's prompt and subject (and follow the selection)"));
    connect(fromEditButton_, &QPushButton::clicked, this, &CausalTraceView::useSelectedEdit);

    modelCombo_ = new QComboBox(this);
    modelCombo_->setToolTip(tr("The base model, or the model after a step rebuilt from the stored updates"));
    samplesSpin_ = new QSpinBox(this);
    samplesSpin_->setRange(1, 1000);
    samplesSpin_->setValue(10);
    samplesSpin_->setToolTip(tr("Corrupted copies of the prompt (ROME: 10)"));
    noiseSpin_ = new QDoubleSpinBox(this);
    noiseSpin_->setRange(0.0, 100.0);
    noiseSpin_->setDecimals(2);
    noiseSpin_->setSingleStep(0.5);
    noiseSpin_->setValue(3.0);
    noiseSpin_->setPrefix(tr("× "));
    noiseSpin_->setToolTip(tr("Noise = this multiple of the std of the dataset's subject embeddings (ROME: 3)"));
    connect(noiseSpin_, &QDoubleSpinBox::valueChanged, this, [this] { absoluteNoise_.reset(); });
    windowSpin_ = new QSpinBox(this);
    windowSpin_->setRange(1, 1000);
    windowSpin_->setValue(10);
    windowSpin_->setToolTip(tr("Layers restored around each MLP / attention cell (ROME: 10)"));
    answerCombo_ = new QComboBox(this);
    answerCombo_->setEditable(true);
    answerCombo_->setMinimumContentsLength(10);
    answerCombo_->lineEdit()->setPlaceholderText(tr("the model's top prediction"));
    answerCombo_->setToolTip(tr("Trace this answer's first token (a leading space is added) instead of the clean argmax"));

    runButton_ = new QPushButton(tr("Trace"), this);
    runButton_->setDefault(true);
    connect(runButton_, &QPushButton::clicked, this, &CausalTraceView::run);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    connect(cancelButton_, &QPushButton::clicked, this, &CausalTraceView::cancel);
    exportButton_ = new QToolButton(this);
    exportButton_->setText(tr("Export"));
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton_);
    menu->addAction(tr("Figures as PNG (300 DPI)…"), this, [this] { exportInteractive(QStringLiteral("png")); });
    menu->addAction(tr("Figures as PDF…"), this, [this] { exportInteractive(QStringLiteral("pdf")); });
    menu->addAction(tr("Figures as SVG…"), this, [this] { exportInteractive(QStringLiteral("svg")); });
    menu->addAction(tr("Data as CSV…"), this, [this] { exportInteractive(QStringLiteral("csv")); });
    exportButton_->setMenu(menu);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* inputs = new QHBoxLayout;
    inputs->addWidget(new QLabel(tr("Prompt"), this));
    inputs->addWidget(promptEdit_, 3);
    inputs->addWidget(new QLabel(tr("Subject"), this));
    inputs->addWidget(subjectEdit_, 2);
    inputs->addWidget(fromEditButton_);
    auto* settings = new QHBoxLayout;
    const std::pair<QString, QWidget*> row2[] = {{tr("Model"), modelCombo_}, {tr("Samples"), samplesSpin_},
                                                 {tr("Noise"), noiseSpin_}, {tr("Window"), windowSpin_},
                                                 {tr("Answer"), answerCombo_}};
    for (const auto& [label, widget] : row2) {
        settings->addSpacing(6);
        settings->addWidget(new QLabel(label, this));
        settings->addWidget(widget, widget == answerCombo_ ? 1 : 0);
    }
    auto* actions = new QHBoxLayout;
    actions->addWidget(runButton_);
    actions->addWidget(cancelButton_);
    actions->addWidget(progress_, 1);
    actions->addWidget(exportButton_);

    auto* figures = new QHBoxLayout;
    const HeatmapFigure::Gradient gradients[3] = {HeatmapFigure::Gradient::Purples, HeatmapFigure::Gradient::Greens,
                                                  HeatmapFigure::Gradient::Reds};
    for (int k = 0; k < 3; ++k) {
        auto* column = new QVBoxLayout;
        figures_[k] = new HeatmapFigure(this);
        figures_[k]->setGradient(gradients[k]);
        figures_[k]->setMinimumSize(300, 260);
        figures_[k]->setToolTipProvider([this, k](int row, int col) { return cellToolTip(k, row, col); });
        connect(figures_[k], &HeatmapFigure::cellClicked, this, &CausalTraceView::onCellClicked);
        peakLabels_[k] = new QLabel(this);
        peakLabels_[k]->setWordWrap(true);
        peakLabels_[k]->setTextFormat(Qt::PlainText);
        peakLabels_[k]->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        peakLabels_[k]->setMinimumHeight(3 * peakLabels_[k]->fontMetrics().lineSpacing() + 4);   // figures stay aligned
        column->addWidget(figures_[k], 1);
        column->addWidget(peakLabels_[k]);
        figures->addLayout(column, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addLayout(settings);
    layout->addLayout(actions);
    layout->addWidget(status_);
    layout->addLayout(figures, 1);
    for (int k = 0; k < 3; ++k)
        showTrace(k);
    setStatus(tr("Choose a prompt and a subject, then Trace. Each figure shows p(answer) when one state is "
                 "restored in the run with the subject's embeddings corrupted."));
    updateButtons();
}

void CausalTraceView::setPrompt(const QString& prompt, const QString& subject)
{
    followSelection_ = false;
    promptEdit_->setText(prompt);
    subjectEdit_->setText(subject);
}

void CausalTraceView::useSelectedEdit()
{
    followSelection_ = true;
    const int64_t step = doc_->selectedStep();
    if (step <= 0)
        return;
    const auto record = doc_->loadStep(step);
    if (!record || !record->requests.is_array() || record->requests.empty() || !record->requests.front().is_object())
        return;
    const auto& request = record->requests.front();
    promptEdit_->setText(qs(request.value("prompt", std::string())));
    subjectEdit_->setText(qs(request.value("subject", std::string())));
    const QString current = answerCombo_->currentText();
    answerCombo_->clear();
    answerCombo_->addItem(QString());
    for (const char* key : {"target_true", "target_new"})
        if (request.contains(key) && request[key].is_object())
            answerCombo_->addItem(qs(request[key].value("str", std::string())));
    answerCombo_->setEditText(current);
}

QString CausalTraceView::prompt() const { return promptEdit_->text(); }
QString CausalTraceView::subject() const { return subjectEdit_->text(); }

void CausalTraceView::onSelectionChanged()
{
    if (followSelection_)
        useSelectedEdit();
    refreshModelChoices();
}

void CausalTraceView::refreshModelChoices()
{
    const qint64 current = modelCombo_->count() > 0 ? modelCombo_->currentData().toLongLong() : kSelectedStep;
    const QSignalBlocker block(modelCombo_);
    modelCombo_->clear();
    modelCombo_->addItem(tr("Base model"), qint64(0));
    const int64_t selected = doc_->selectedStep();
    modelCombo_->addItem(selected > 0 ? tr("After the selected step (%1)").arg(selected)
                                      : tr("After the selected step (none: base)"),
                         qint64(kSelectedStep));
    modelCombo_->addItem(tr("After the last step (%1)").arg(doc_->lastStep()), qint64(-1));
    if (explicitStep_ > 0)
        modelCombo_->addItem(tr("After step %1").arg(explicitStep_), qint64(explicitStep_));
    const int index = modelCombo_->findData(current);
    modelCombo_->setCurrentIndex(index >= 0 ? index : 1);
}

void CausalTraceView::setModelStep(int64_t step)
{
    if (step > 0)
        explicitStep_ = step;   // a fixed step: it does not follow the selection afterwards
    refreshModelChoices();
    modelCombo_->setCurrentIndex(std::max(0, modelCombo_->findData(qint64(step < 0 ? -1 : step))));
}

int64_t CausalTraceView::modelStep() const
{
    const qint64 code = modelCombo_->currentData().toLongLong();
    return code == kSelectedStep ? std::max<int64_t>(0, doc_->selectedStep()) : code;
}

void CausalTraceView::setSamples(int samples) { samplesSpin_->setValue(samples); }
int CausalTraceView::samples() const { return samplesSpin_->value(); }
void CausalTraceView::setNoiseMultiplier(double multiplier)
{
    noiseSpin_->setValue(multiplier);
    absoluteNoise_.reset();
}
double CausalTraceView::noiseMultiplier() const { return noiseSpin_->value(); }
void CausalTraceView::setAbsoluteNoise(std::optional<double> noise) { absoluteNoise_ = noise; }
void CausalTraceView::setWindow(int window) { windowSpin_->setValue(window); }
int CausalTraceView::window() const { return windowSpin_->value(); }
void CausalTraceView::setAnswer(const QString& answer) { answerCombo_->setEditText(answer); }
QString CausalTraceView::answer() const { return answerCombo_->currentText(); }

CausalTraceOptions CausalTraceView::options() const
{
    CausalTraceOptions o;
    o.samples = samples();
    o.window = window();
    o.noiseMultiplier = noiseMultiplier();
    o.noise = absoluteNoise_;
    const QString a = answer();
    if (!a.trimmed().isEmpty())
        o.answer = (a.startsWith(QLatin1Char(' ')) ? a : QLatin1Char(' ') + a).toStdString();
    return o;
}

void CausalTraceView::run()
{
    if (isBusy())
        return;
    auto refuse = [this](const QString& why) {
        setStatus(why);
        Q_EMIT failed(why);
    };
    if (!doc_->isOpen() || doc_->runId() == 0)
        return refuse(tr("No run is open: causal tracing uses the run's model."));
    if (prompt().trimmed().isEmpty() || subject().trimmed().isEmpty())
        return refuse(tr("Give a prompt and a subject."));

    StepModelRef ref{doc_->path().toStdString(), doc_->runId(), modelStep()};
    const std::string promptText = prompt().toStdString(), subjectText = subject().toStdString();
    const CausalTraceOptions base = options();
    std::string dataset = doc_->spec().datasetPath;
    if (!dataset.empty() && QFileInfo(qs(dataset)).isRelative())
        dataset = QFileInfo(QFileInfo(doc_->path()).absoluteDir(), qs(dataset)).absoluteFilePath().toStdString();

    const uint64_t gen = ++generation_;
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    auto flag = cancelFlag_;
    auto shared = shared_;
    auto models = models_;
    shown_ = committed_;   // the figures keep the previous result until each kind is replaced

    thread_ = QThread::create([this, gen, ref, promptText, subjectText, base, dataset, flag, shared, models]() mutable {
        auto post = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
        auto phase = [&](const QString& text) {
            post([this, gen, text] { onProgress(gen, 0, 0, text); });
        };
        int outcome = 0;   // 0 done, 1 cancelled, 2 failed
        QString message, noiseText;
        double stdValue = std::numeric_limits<double>::quiet_NaN();
        CausalTraceOptions options = base;
        try {
            if (ref.step < 0)
                ref.step = models->resolveStep(ref);
            phase(ref.step == 0 ? tr("Loading the base model…") : tr("Rebuilding the model after step %1…").arg(ref.step));
            const ProbeModelPtr model = models->model(ref);
            if (flag->load())
                throw Cancelled();
            if (options.noise) {
                noiseText = tr("noise %1 (absolute)").arg(*options.noise, 0, 'g', 4);
            } else {
                const std::string key = ref.dbPath + "|" + std::to_string(ref.run) + "|" + std::to_string(ref.step);
                std::optional<double> cached;
                std::vector<std::string> subjects;
                QString source;
                {
                    std::lock_guard lock(shared->mutex);
                    if (auto it = shared->stds.find(key); it != shared->stds.end())
                        cached = it->second;
                    if (auto it = shared->subjects.find(dataset); it != shared->subjects.end())
                        subjects = it->second;
                }
                if (!cached && subjects.empty() && !dataset.empty()) {
                    phase(tr("Reading the dataset's subjects…"));
                    try {
                        for (const auto& r : loadCounterFact(dataset))
                            subjects.push_back(r.rewrite.subject);
                        std::lock_guard lock(shared->mutex);
                        shared->subjects[dataset] = subjects;
                    } catch (const std::exception& e) {
                        source = tr("the traced subject alone (the dataset could not be read: %1)").arg(qs(e.what()));
                    }
                }
                if (!cached) {
                    const bool own = subjects.empty();
                    if (own)
                        subjects = {subjectText};
                    stdValue = subjectEmbeddingStd(*model->model, *model->tokenizer, subjects);
                    if (!own) {
                        std::lock_guard lock(shared->mutex);
                        shared->stds[key] = stdValue;
                    }
                } else {
                    stdValue = *cached;
                }
                if (source.isEmpty())
                    source = tr("the subjects of %1").arg(QFileInfo(qs(dataset)).fileName());
                options.embeddingStd = stdValue;
                noiseText = tr("noise %1 = %2 × %3 (std of the embeddings of %4)")
                                .arg(options.noiseMultiplier * stdValue, 0, 'g', 4)
                                .arg(options.noiseMultiplier)
                                .arg(stdValue, 0, 'g', 4)
                                .arg(source);
            }
            int64_t perKind = 0;
            auto last = std::chrono::steady_clock::now() - std::chrono::seconds(1);
            for (int k = 0; k < 3; ++k) {
                options.kind = kKinds[k];
                auto progress = [&](const TraceProgress& p) {
                    if (flag->load())
                        return false;
                    perKind = p.forwardsTotal;
                    const auto now = std::chrono::steady_clock::now();
                    if (now - last >= std::chrono::milliseconds(40)) {
                        last = now;
                        const int done = static_cast<int>(k * perKind + p.forwardsDone), total = static_cast<int>(3 * perKind);
                        post([this, gen, done, total, k] {
                            onProgress(gen, done, total, tr("Tracing %1…").arg(qs(traceKindName(kKinds[k]))));
                        });
                    }
                    return true;
                };
                CausalTrace trace = traceCausalEffects(*model->model, *model->tokenizer, promptText, subjectText, options, progress);
                post([this, gen, trace = std::move(trace)] { onKindDone(gen, trace); });
            }
            const int total = static_cast<int>(3 * perKind);
            post([this, gen, total] { onProgress(gen, total, total, QString()); });
        } catch (const Cancelled&) {
            outcome = 1;
        } catch (const std::exception& e) {
            outcome = 2;
            message = qs(e.what());
        }
        const int64_t step = ref.step;
        post([this, gen, outcome, message, stdValue, step, noiseText] {
            onWorkerEnd(gen, outcome, message, stdValue, step, noiseText);
        });
    });
    runStarted_ = static_cast<double>(QDateTime::currentMSecsSinceEpoch());
    progress_->setRange(0, 0);   // busy until the first forward pass reports
    setStatus(tr("Starting…"));
    thread_->start();
    updateButtons();
}

void CausalTraceView::cancel()
{
    if (!thread_)
        return;
    cancelFlag_->store(true);
    setStatus(tr("Cancelling…"));
    updateButtons();
}

void CausalTraceView::onProgress(uint64_t generation, int done, int total, const QString& phase)
{
    if (generation != generation_ || !thread_)
        return;
    if (total > 0) {
        progress_->setRange(0, total);
        progress_->setValue(done);
        Q_EMIT progressed(done, total);
    }
    if (!phase.isEmpty() && !cancelFlag_->load())
        setStatus(phase);
}

void CausalTraceView::onKindDone(uint64_t generation, const CausalTrace& trace)
{
    if (generation != generation_ || cancelFlag_->load())
        return;
    const int k = kindIndex(trace.kind);
    shown_[k] = trace;
    showTrace(k);
}

void CausalTraceView::onWorkerEnd(uint64_t generation, int outcome, const QString& message, double stdValue,
                                  int64_t step, const QString& noiseText)
{
    if (!thread_ || generation != generation_)
        return;
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    progress_->setRange(0, 1);
    progress_->setValue(outcome == 0 ? 1 : 0);
    if (outcome == 0) {
        committed_ = shown_;
        lastStd_ = std::isnan(stdValue) ? std::nullopt : std::optional<double>(stdValue);
        tracedStep_ = step;
        lastSeconds_ = (static_cast<double>(QDateTime::currentMSecsSinceEpoch()) - runStarted_) / 1000.0;
        noiseText_ = noiseText;
        const CausalTrace& t = *committed_[0];
        setStatus(tr("%1 · answer “%2” · %3 · %4 samples · %5 s")
                      .arg(step == 0 ? tr("base model") : tr("model after step %1").arg(step), qs(t.answer).trimmed(),
                           noiseText_, QString::number(t.samples), QString::number(lastSeconds_, 'f', 1)));
        updateButtons();
        Q_EMIT finished();
        return;
    }
    restoreCommitted();
    updateButtons();
    if (outcome == 1) {
        setStatus(tr("Cancelled; the figures show the previous trace."));
        Q_EMIT cancelled();
    } else {
        setStatus(tr("The trace failed: %1").arg(message));
        Q_EMIT failed(message);
    }
}

void CausalTraceView::restoreCommitted()
{
    shown_ = committed_;
    for (int k = 0; k < 3; ++k)
        showTrace(k);
}

void CausalTraceView::showTrace(int k)
{
    HeatmapFigure* fig = figures_[k];
    const TraceKind kind = kKinds[k];
    const QString kindName = kind == TraceKind::Mlp ? tr("MLP") : tr("Attn");
    fig->setTitle(kind == TraceKind::Hidden ? tr("Impact of restoring state after corrupted input")
                                            : tr("Impact of restoring %1 after corrupted input").arg(kindName));
    if (!shown_[k]) {
        fig->clear();
        fig->setSubtitle(QString());
        fig->setAxisLabels(QString(), kind == TraceKind::Hidden ? tr("single restored layer within GPT-2")
                                                                : tr("center of interval of restored %1 layers").arg(kindName));
        fig->setColorScaleLabel(tr("p(answer)"));
        peakLabels_[k]->setText(QString());
        return;
    }
    const CausalTrace& t = *shown_[k];
    QStringList rows, cols;
    for (const auto& token : t.tokens)
        rows << qs(token);
    for (int64_t l = 0; l < t.numLayers; ++l)
        cols << QString::number(l);
    fig->setMatrix(t.scores, rows, cols);
    std::vector<int> subjectRows;
    for (int64_t i = t.subjectBegin; i < t.subjectEnd; ++i)
        subjectRows.push_back(static_cast<int>(i));
    fig->setHighlightedRows(subjectRows);
    fig->setColorRange(t.lowScore);   // ROME: vmin = low_score, vmax from the data
    const QString answer = qs(t.answer).trimmed();
    fig->setAxisLabels(QString(), kind == TraceKind::Hidden
                                      ? tr("single restored layer within GPT-2")
                                      : tr("center of interval of %1 restored %2 layers").arg(t.window).arg(kindName));
    fig->setColorScaleLabel(tr("p(%1)").arg(answer));
    fig->setSubtitle(tr("answer “%1”%2 · corrupted %3 · clean %4")
                         .arg(answer, t.answerIsArgmax ? QString() : tr(" (not the top prediction)"), p4(t.lowScore),
                              p4(t.highScore)));
    fig->setFigureSize(QSize(520, std::clamp(130 + 22 * static_cast<int>(rows.size()), 280, 900)));
    const TracePeak peak = tracePeak(t);
    QString text;
    if (peak.token >= 0) {
        text = tr("Peak: layer %1 at “%2” (token %3), p = %4")
                   .arg(QString::number(peak.layer), fig->rowTickLabel(static_cast<int>(peak.token)),
                        QString::number(peak.token), p4(peak.score));
        // ROME edits at the subject's last token: its best layer is what a new run's hparams would take.
        const TracePeak last = tracePeakAtToken(t, t.subjectEnd - 1);
        text += QLatin1Char('\n') + tr("At the last subject token “%1”: layer %2, p = %3")
                                       .arg(fig->rowTickLabel(static_cast<int>(t.subjectEnd - 1)),
                                            QString::number(last.layer), p4(last.score));
        const auto firstWindow = traceWindowLayers(0, t.window, t.numLayers);
        const auto lastWindow = traceWindowLayers(t.numLayers - 1, t.window, t.numLayers);
        if (kind != TraceKind::Hidden && static_cast<int64_t>(firstWindow.size()) == t.numLayers
            && static_cast<int64_t>(lastWindow.size()) == t.numLayers)
            text += QLatin1Char('\n') + tr("The window of %1 covers all %2 layers: every column restores the same "
                                           "layers, so rows are flat (try a smaller window).")
                                            .arg(t.window)
                                            .arg(t.numLayers);
    }
    peakLabels_[k]->setText(text);
}

QString CausalTraceView::cellToolTip(int k, int row, int column) const
{
    if (!shown_[k])
        return {};
    const CausalTrace& t = *shown_[k];
    const double score = t.scores[static_cast<size_t>(row)][static_cast<size_t>(column)];
    const bool subjectToken = row >= t.subjectBegin && row < t.subjectEnd;
    QString what;
    if (t.kind == TraceKind::Hidden) {
        what = tr("restoring the hidden state after layer %1 at this token").arg(column);
    } else {
        const auto layers = traceWindowLayers(column, t.window, t.numLayers);
        const QString kindName = t.kind == TraceKind::Mlp ? tr("MLP outputs") : tr("attention outputs");
        what = tr("restoring the %1 of layers %2–%3 at this token")
                   .arg(kindName, QString::number(layers.front()), QString::number(layers.back()));
    }
    // One multi-argument arg() per line: a token's text may itself contain "%1".
    return tr("<b>token %1 “%2”</b>%3 · layer %4").arg(QString::number(row), qs(t.tokens[static_cast<size_t>(row)]).toHtmlEscaped(),
                                                      subjectToken ? tr(" (subject)") : QString(), QString::number(column))
           + QStringLiteral("<br>") + tr("p(%1) = %2, %3").arg(qs(t.answer).trimmed().toHtmlEscaped(), p4(score), what)
           + QStringLiteral("<br>")
           + tr("corrupted %1 · clean %2 · indirect effect %3")
                 .arg(p4(t.lowScore), p4(t.highScore), QString::asprintf("%+.4f", score - t.lowScore))
           + QStringLiteral("<br><i>") + tr("click: use layer %1 in a new run").arg(column) + QStringLiteral("</i>");
}

void CausalTraceView::onCellClicked(int row, int column)
{
    for (HeatmapFigure* fig : figures_)
        fig->setCellCursor(row, column);
    Q_EMIT layerChosen(column);
}

void CausalTraceView::updateButtons()
{
    const bool busy = isBusy();
    runButton_->setEnabled(!busy);
    cancelButton_->setEnabled(busy && !(cancelFlag_ && cancelFlag_->load()));
    exportButton_->setEnabled(!busy && committed_[0].has_value());
}

void CausalTraceView::setStatus(const QString& text)
{
    statusText_ = text;
    status_->setText(text);
}

QString CausalTraceView::statusText() const { return statusText_; }

const std::optional<CausalTrace>& CausalTraceView::trace(TraceKind kind) const { return shown_[kindIndex(kind)]; }

std::optional<TracePeak> CausalTraceView::peak(TraceKind kind) const
{
    const auto& t = shown_[kindIndex(kind)];
    return t ? std::optional<TracePeak>(tracePeak(*t)) : std::nullopt;
}

HeatmapFigure* CausalTraceView::figure(TraceKind kind) const { return figures_[kindIndex(kind)]; }

} // namespace editscope
