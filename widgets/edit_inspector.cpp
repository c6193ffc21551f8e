#include "widgets/edit_inspector.h"

#include "core/run/disabling_detector.h"
#include "widgets/compact_table.h"
#include "widgets/loss_curve_chart.h"
#include "widgets/nll_chart.h"
#include "widgets/run_document.h"
#include "widgets/step_details.h"
#include "widgets/warning_colors.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace editscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

CompactCell num(double v, bool emphasised = false) { return {formatNumber(v), v, {}, emphasised}; }
CompactCell txt(const QString& s, const QString& tip = {}) { return {s, {}, tip, false}; }

QString esc(const QString& s) { return s.toHtmlEscaped(); }

// The value of a per-layer series just before `step` (the previous step that edited the layer).
double valueBefore(const RunDocument& doc, const std::string& family, int64_t layer, int64_t step, double none)
{
    const auto& points = doc.series(family + std::to_string(layer));
    auto it = std::lower_bound(points.begin(), points.end(), step, [](const SeriesPoint& p, int64_t s) { return p.step < s; });
    return it == points.begin() ? none : std::prev(it)->value;
}

double detectorUpdateFactor(const RunDocument& doc)
{
    try {
        return DetectorSettings::fromJson(doc.spec().detector).updateNormFactor;
    } catch (const std::exception&) {
        return DetectorSettings{}.updateNormFactor;
    }
}

} // namespace

EditInspector::EditInspector(RunDocument* document, QWidget* parent)
    : QWidget(parent)
    , doc_(document)
    , ratio_(kNaN)
    , title_(new QLabel(this))
    , scroll_(new QScrollArea(this))
    , content_(new QWidget)
    , contentLayout_(new QVBoxLayout(content_))
{
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);
    title_->setWordWrap(true);
    title_->hide();

    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setWidget(content_);
    contentLayout_->setContentsMargins(6, 4, 6, 6);
    contentLayout_->setSpacing(4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title_);
    layout->addWidget(scroll_, 1);

    placeholder_ = new QLabel(tr("Select a step in the steps table or on a plot to inspect its edit."), content_);
    placeholder_->setWordWrap(true);
    placeholder_->setForegroundRole(QPalette::PlaceholderText);
    contentLayout_->addWidget(placeholder_);

    header_ = new QLabel(content_);
    header_->setTextFormat(Qt::RichText);
    header_->setWordWrap(true);
    contentLayout_->addWidget(header_);
    sections_.push_back(header_);

    requests_ = addSection(tr("Request"));
    promptsNote_ = addSection(tr("Prompts: NLL (nats) before → after the edit"));
    prompts_ = new CompactTable({tr("Kind"), tr("true, before"), tr("true, after"), tr("new, before"), tr("new, after"), tr("Prompt")}, content_);
    prompts_->setHeaderToolTips({{}, tr("NLL of target_true before the edit"), tr("NLL of target_true after the edit"),
                                 tr("NLL of target_new before the edit"), tr("NLL of target_new after the edit"), {}});
    contentLayout_->addWidget(prompts_);
    nllChart_ = new NllChart(content_);
    contentLayout_->addWidget(nllChart_);
    sections_.insert(sections_.end(), {prompts_, nllChart_});

    addSection(tr("Target vector optimisation (v* / z)"), false);
    lossChart_ = new LossCurveChart(content_);
    contentLayout_->addWidget(lossChart_);
    optimisation_ = new CompactTable({tr("Request"), tr("Loss"), tr("‖δ‖"), tr("‖v‖"), tr("Clamped"), tr("Denom."), tr("Key mism.")}, content_);
    optimisation_->setHeaderToolTips({{}, tr("Loss at the first and the last optimisation step"), tr("Norm of the optimised delta added to v"),
                                      tr("Norm of v before optimisation (δ is clamped to clamp_norm_factor × this)"),
                                      tr("Whether δ hit the clamp"), tr("ROME's denominator (C⁻¹k)ᵀk of the rank-one update"),
                                      tr("ROME: relative difference between the key used and the subject's key")});
    contentLayout_->addWidget(optimisation_);
    sections_.insert(sections_.end(), {lossChart_, optimisation_});

    addSection(tr("Update size"), false);
    update_ = new CompactTable({tr("Quantity"), tr("Value")}, content_);
    contentLayout_->addWidget(update_);
    sections_.push_back(update_);

    addSection(tr("Edited layers: norms before → after"), false);
    norms_ = new CompactTable({tr("Layer"), tr("‖W‖ before"), tr("after"), tr("‖W−W₀‖ before"), tr("after"), tr("‖ΔW‖"), tr("per numel")}, content_);
    norms_->setHeaderToolTips({tr("Edited block (its mlp.c_proj weight)"), tr("‖W‖_F after the previous step (the base model's is not stored)"),
                               tr("‖W‖_F after this step"), tr("‖W − W₀‖_F after the previous step (0 before the first edit)"),
                               tr("‖W − W₀‖_F after this step"), tr("‖ΔW‖_F of this step's update"),
                               tr("‖W − W₀‖_F / numel(W) after this step (the paper's normalised growth)")});
    contentLayout_->addWidget(norms_);
    sections_.push_back(norms_);

    generationsLabel_ = addSection(tr("Generation samples"));
    flagsNote_ = addSection(tr("Detector flags"));
    flags_ = new CompactTable({tr("Criterion"), tr("Value"), tr("Threshold")}, content_);
    contentLayout_->addWidget(flags_);
    sections_.push_back(flags_);
    contentLayout_->addStretch(1);

    connect(doc_, &RunDocument::selectedStepChanged, this, &EditInspector::onSelectionChanged);
    connect(doc_, &RunDocument::runLoaded, this, [this] {
        baseGenerations_.reset();
        generationStep_ = -1;
        reload();
    });
    connect(doc_, &RunDocument::closed, this, [this] {
        baseGenerations_.reset();
        step_ = 0;
        reload();
    });
    // A step set before it was stored (a live run) appears when it arrives.
    connect(doc_, &RunDocument::stepsAppended, this, [this](int64_t first, int64_t last) {
        if (!record_ && step_ >= first && step_ <= last)
            reload();
    });
    if (follow_)
        step_ = doc_->selectedStep();
    reload();
}

EditInspector::~EditInspector() = default;

QLabel* EditInspector::addSection(const QString& heading, bool withBody)
{
    auto* h = new QLabel(heading, content_);
    QFont f = h->font();
    f.setBold(true);
    h->setFont(f);
    h->setContentsMargins(0, 8, 0, 0);
    contentLayout_->addWidget(h);
    sections_.push_back(h);
    if (!withBody)
        return h;
    auto* body = new QLabel(content_);
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout_->addWidget(body);
    sections_.push_back(body);
    return body;
}

void EditInspector::setStep(int64_t step)
{
    if (step == step_ && (record_ || step == 0))
        return;
    step_ = step;
    reload();
}

void EditInspector::setFollowSelection(bool follow)
{
    follow_ = follow;
    if (follow_)
        setStep(doc_->selectedStep());
}

void EditInspector::onSelectionChanged(int64_t step)
{
    if (follow_)
        setStep(step);
}

void EditInspector::setTitle(const QString& title)
{
    title_->setText(title);
    title_->setVisible(!title.isEmpty());
}

QString EditInspector::title() const { return title_->text(); }

void EditInspector::reload()
{
    record_.reset();
    ratio_ = kNaN;
    if (step_ > 0 && doc_->stepSummary(step_))
        record_ = doc_->loadStep(step_);
    generations_.clear();
    generationStep_ = -1;
    if (record_) {
        if (!record_->generations.empty()) {
            generationStep_ = step_;
            generations_ = record_->generations;
        } else {   // the latest sampled step before this one (generation runs every N steps)
            for (const auto& p : doc_->series("generation_entropy"))
                if (p.step > 0 && p.step < step_)
                    generationStep_ = p.step;
            if (generationStep_ > 0)
                if (auto earlier = doc_->loadStep(generationStep_))
                    generations_ = earlier->generations;
        }
    }
    render();
    Q_EMIT stepShown(record_ ? step_ : 0);
}

const std::vector<GenerationRecord>& EditInspector::baseGenerations()
{
    if (!baseGenerations_) {
        auto base = doc_->loadStep(0);
        baseGenerations_ = base ? base->generations : std::vector<GenerationRecord>{};
    }
    return *baseGenerations_;
}

void EditInspector::render()
{
    const bool shown = record_.has_value();
    placeholder_->setVisible(!shown);
    if (!shown && step_ > 0 && doc_->stepSummary(step_))   // stored, but its record could not be read
        placeholder_->setText(tr("Step %1 could not be read: %2").arg(step_).arg(doc_->lastError()));
    else if (!shown && step_ > 0)
        placeholder_->setText(tr("Step %1 is not stored in this run (yet).").arg(step_));
    else if (!shown)
        placeholder_->setText(tr("Select a step in the steps table or on a plot to inspect its edit."));
    for (auto* w : sections_)
        w->setVisible(shown);
    if (!shown) {
        nllChart_->clear();
        lossChart_->clear();
        return;
    }
    const auto* summary = doc_->stepSummary(step_);
    const bool flagged = !record_->flags.empty() || record_->nonFinite;
    const QString warn = warningColor(palette()).name();
    QString head = tr("<b>Step %1</b> of %2 · %3 edits · %4").arg(step_).arg(doc_->lastStep()).arg(step_ * doc_->batchSize())
                       .arg(esc(QString::fromStdString(doc_->spec().method).toUpper()));
    if (summary)
        head += tr("<br>after the edit: ES %1 · PS %2 · NS %3").arg(formatPercent(summary->es), formatPercent(summary->ps), formatPercent(summary->ns));
    if (flagged)
        head += QStringLiteral("<br><span style=\"color:%1\"><b>⚠ %2</b></span>").arg(warn, tr("flagged by the disabling-edit detector"));
    header_->setText(head);
    renderRequests();
    renderPrompts();
    renderOptimisation();
    renderUpdate();
    renderNorms();
    renderGenerations();
    renderFlags();
}

void EditInspector::renderRequests()
{
    QStringList parts;
    for (const auto& r : requestTexts(record_->requests, record_->caseIds)) {
        QString meta = r.caseId >= 0 ? tr("case %1").arg(r.caseId) : QString();
        if (!r.relation.isEmpty())
            meta += (meta.isEmpty() ? QString() : QStringLiteral(" · ")) + esc(r.relation);
        parts << tr("<b>%1</b> <span style=\"color:%2\">%3</span><br>%4 <b>%5</b> → <b>%6</b>")
                     .arg(esc(r.subject), palette().color(QPalette::PlaceholderText).name(), meta, esc(r.prompt), esc(r.targetTrue), esc(r.targetNew));
    }
    requests_->setText(parts.isEmpty() ? tr("No request stored.") : parts.join(QStringLiteral("<br><br>")));
}

void EditInspector::renderPrompts()
{
    const auto prompts = promptNlls(record_->pre, record_->post);
    std::vector<std::vector<CompactCell>> rows;
    for (const auto& p : prompts)
        rows.push_back({txt(promptKindName(p.kind)), num(p.trueBefore), num(p.trueAfter), num(p.newBefore), num(p.newAfter), txt(p.prompt)});
    prompts_->setRows(rows);
    prompts_->setVisible(!prompts.empty());
    nllChart_->setVisible(!prompts.empty());
    nllChart_->setPrompts(prompts);
    promptsNote_->setText(prompts.empty() ? tr("Per-prompt NLLs are not stored for this step (the run saved space).")
                                          : tr("target_true and target_new on each evaluated prompt; lower is more likely."));
}

void EditInspector::renderOptimisation()
{
    const auto d = parseDiagnostics(record_->diagnostics);
    lossChart_->setTraces(d.traces);
    lossChart_->setVisible(!d.traces.empty());
    std::vector<std::vector<CompactCell>> rows;
    for (size_t i = 0; i < d.traces.size(); ++i) {
        const auto& t = d.traces[i];
        const double first = t.loss.empty() ? kNaN : t.loss.front(), last = t.loss.empty() ? kNaN : t.loss.back();
        rows.push_back({txt(t.label, tr("%n optimisation step(s)", nullptr, static_cast<int>(t.loss.size()))),
                        txt(tr("%1 → %2").arg(formatNumber(first), formatNumber(last))), num(t.deltaNorm), num(t.initNorm),
                        {t.clamped ? tr("yes") : tr("no"), t.clamped, {}, t.clamped},
                        num(i < d.denominators.size() ? d.denominators[i] : kNaN),
                        num(i < d.keyMismatches.size() ? d.keyMismatches[i] : kNaN)});
    }
    optimisation_->setRows(rows);
    optimisation_->setVisible(!rows.empty());
}

void EditInspector::renderUpdate()
{
    double total = 0;
    for (const auto& n : record_->norms)
        total += n.updateNorm;
    const double median = doc_->medianUpdateNormBefore(step_);
    ratio_ = std::isfinite(median) && median > 0 ? total / median : kNaN;
    const double factor = detectorUpdateFactor(*doc_);
    const bool large = std::isfinite(ratio_) && ratio_ > factor;
    std::vector<std::vector<CompactCell>> rows{
        {txt(tr("Σ‖ΔW‖ of this step")), num(total, large)},
        {txt(tr("median Σ‖ΔW‖ of the earlier steps")), num(median)},
        {txt(tr("ratio")), {formatRatio(ratio_), ratio_, tr("the detector flags a ratio above %1").arg(formatNumber(factor)), large}},
        {txt(tr("detector factor (update_norm_vs_median)")), num(factor)},
    };
    update_->setRows(rows);
}

void EditInspector::renderNorms()
{
    std::vector<std::vector<CompactCell>> rows;
    for (const auto& n : record_->norms) {
        // Before the run's first edit of a layer the layer is the base model's: drift 0, ‖W₀‖ not stored.
        const double weightBefore = valueBefore(*doc_, "norm.weight.", n.layer, step_, kNaN);
        const double driftBefore = valueBefore(*doc_, "norm.drift.", n.layer, step_, 0.0);
        rows.push_back({{QString::number(n.layer), static_cast<qlonglong>(n.layer), {}, false},
                        num(weightBefore), num(n.weightNorm), num(driftBefore), num(n.driftNorm),
                        num(n.updateNorm), num(n.driftPerNumel)});
    }
    if (record_->nonFinite)
        rows.push_back({txt(tr("⚠")), txt(tr("a NaN or infinity appeared in the update or the edited weights"))});
    norms_->setRows(rows);
}

void EditInspector::renderGenerations()
{
    const auto& base = baseGenerations();
    if (generations_.empty() && base.empty()) {
        generationsLabel_->setText(tr("No generation samples stored in this run."));
        return;
    }
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString note = generationStep_ == step_ ? tr("Samples at this step beside those of the unedited model (step 0).")
                   : generationStep_ > 0    ? tr("No samples at this step: those of step %1, the latest sampled before it, beside step 0's.").arg(generationStep_)
                                            : tr("No samples at or before this step; step 0's only.");
    QString html = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(muted, esc(note));
    // One small table per prompt: a muted "step · entropy" column beside the wrapped text.
    auto row = [&](int64_t step, const GenerationRecord& g) {
        return QStringLiteral("<tr><td style=\"color:%1; white-space:nowrap; padding-right:8px\">%2<br>%3</td><td>%4</td></tr>")
            .arg(muted, tr("step %1").arg(step), tr("%1 bits").arg(formatNumber(g.entropy)), esc(QString::fromStdString(g.text)));
    };
    const size_t n = std::max(generations_.size(), base.size());
    for (size_t i = 0; i < n; ++i) {
        const GenerationRecord* b = i < base.size() ? &base[i] : nullptr;
        const GenerationRecord* g = i < generations_.size() ? &generations_[i] : nullptr;
        html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"1\">")
                    .arg(esc(QString::fromStdString(g ? g->prompt : b->prompt)));
        if (b)
            html += row(0, *b);
        if (g)
            html += row(generationStep_, *g);
        html += QStringLiteral("</table>");
    }
    generationsLabel_->setText(html);
}

void EditInspector::renderFlags()
{
    std::vector<std::vector<CompactCell>> rows;
    QStringList messages;
    bool nonFiniteListed = false;
    for (const auto& f : record_->flags) {
        nonFiniteListed = nonFiniteListed || f.criterion == "non_finite";
        const QString message = QString::fromStdString(f.message);
        rows.push_back({{QString::fromStdString(f.criterion), QString::fromStdString(f.criterion), message, true},
                        num(f.value), num(f.threshold)});
        if (!message.isEmpty())
            messages << esc(message);
    }
    if (record_->nonFinite && !nonFiniteListed) {
        rows.push_back({{QStringLiteral("non_finite"), QStringLiteral("non_finite"), {}, true}, num(kNaN), num(kNaN)});
        messages << tr("A NaN or infinity appeared in the update or the edited weights.");
    }
    flags_->setRows(rows);
    flags_->setVisible(!rows.empty());
    // The detector's own sentences (value against threshold, in words) under the heading; the table has the numbers.
    flagsNote_->setText(rows.empty() ? tr("No flag at this step.") : messages.join(QStringLiteral("<br>")));
}

QString EditInspector::toPlainText() const
{
    QStringList parts;
    if (!title_->text().isEmpty())
        parts << title_->text();
    if (!record_)
        return (parts << placeholder_->text()).join(QStringLiteral("\n\n"));
    for (int i = 0; i < contentLayout_->count(); ++i) {
        QWidget* w = contentLayout_->itemAt(i)->widget();
        if (!w || w->isHidden())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            parts << (label->textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text());
        else if (auto* table = dynamic_cast<CompactTable*>(w))
            parts << table->plainText();
    }
    return parts.join(QStringLiteral("\n\n"));
}

void EditInspector::changeEvent(QEvent* event)
{
    // Rich texts and emphasised cells carry colours from the palette: render again (no reload).
    if (event->type() == QEvent::PaletteChange && record_)
        render();
    QWidget::changeEvent(event);
}

} // namespace editscope
