#include "widgets/disabling_view.h"

#include "widgets/edit_inspector.h"
#include "widgets/loss_curve_chart.h"
#include "widgets/nll_chart.h"
#include "widgets/run_document.h"
#include "widgets/step_details.h"
#include "widgets/warning_colors.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace editscope {
namespace {

enum ListColumn { StepCol, CriterionCol, ValueCol, SubjectCol, ListColumns };

QTableWidgetItem* item(const QString& text, const QVariant& raw = {})
{
    auto* i = new QTableWidgetItem(text);
    if (raw.isValid())
        i->setData(Qt::UserRole, raw);
    return i;
}

} // namespace

DisablingEditsView::DisablingEditsView(RunDocument* document, QWidget* parent)
    : QWidget(parent)
    , doc_(document)
    , summary_(new QLabel(this))
    , list_(new QTableWidget(0, ListColumns, this))
    , comparison_(new QLabel(this))
    , flagged_(new EditInspector(document))
    , typicalInspector_(new EditInspector(document))
{
    summary_->setWordWrap(true);
    list_->setObjectName(QStringLiteral("flaggedSteps"));
    list_->setHorizontalHeaderLabels({tr("Step"), tr("Criterion"), tr("Value / threshold"), tr("Subject")});
    list_->verticalHeader()->hide();
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->setWordWrap(false);
    list_->setAlternatingRowColors(true);
    list_->horizontalHeader()->setStretchLastSection(true);
    list_->verticalHeader()->setDefaultSectionSize(list_->fontMetrics().height() + 6);

    comparison_->setTextFormat(Qt::RichText);
    comparison_->setWordWrap(true);

    flagged_->setFollowSelection(false);
    typicalInspector_->setFollowSelection(false);
    auto* sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->addWidget(flagged_);
    sideBySide->addWidget(typicalInspector_);
    sideBySide->setChildrenCollapsible(false);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(summary_);
    topLayout->addWidget(list_, 1);
    topLayout->addWidget(comparison_);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(sideBySide);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 4);
    vertical->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    // Both inspectors' charts on one scale, so that bar heights and loss levels compare directly.
    connect(flagged_, &EditInspector::stepShown, this, &DisablingEditsView::shareScales);
    connect(typicalInspector_, &EditInspector::stepShown, this, &DisablingEditsView::shareScales);
    connect(list_, &QTableWidget::itemSelectionChanged, this, &DisablingEditsView::onListSelectionChanged);
    connect(doc_, &RunDocument::selectedStepChanged, this, &DisablingEditsView::onDocumentSelection);
    connect(doc_, &RunDocument::runLoaded, this, [this] {
        shown_ = 0;
        listed_.clear();
        rebuildList();
    });
    connect(doc_, &RunDocument::closed, this, [this] {
        shown_ = 0;
        listed_.clear();
        rebuildList();
    });
    connect(doc_, &RunDocument::stepsAppended, this, &DisablingEditsView::rebuildList);
    rebuildList();
}

DisablingEditsView::~DisablingEditsView() = default;

void DisablingEditsView::rebuildList()
{
    const auto flaggedSteps = doc_->flaggedSteps();
    if (flaggedSteps != listed_ || list_->rowCount() == 0) {
        struct Row {
            int64_t step;
            QString criterion, value, subject, tip;
        };
        std::vector<Row> rows;
        for (auto step : flaggedSteps) {
            const auto* s = doc_->stepSummary(step);
            if (!s)
                continue;
            QStringList subjects;
            for (const auto& r : requestTexts(s->requests, s->caseIds))
                subjects << r.subject;
            const QString subject = subjects.join(QStringLiteral("; "));
            for (const auto& f : s->flags)
                rows.push_back({step, QString::fromStdString(f.criterion), tr("%1 / %2").arg(formatNumber(f.value), formatNumber(f.threshold)),
                                subject, QString::fromStdString(f.message)});
            if (s->nonFinite && std::none_of(s->flags.begin(), s->flags.end(), [](const FlagRecord& f) { return f.criterion == "non_finite"; }))
                rows.push_back({step, QStringLiteral("non_finite"), QStringLiteral("—"), subject,
                                tr("a NaN or infinity appeared in the update or the edited weights")});
        }
        syncing_ = true;
        const QColor warn = warningColor(palette());
        list_->setRowCount(static_cast<int>(rows.size()));
        for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
            const auto& r = rows[static_cast<size_t>(row)];
            list_->setItem(row, StepCol, item(QString::number(r.step), QVariant::fromValue<qint64>(r.step)));
            list_->setItem(row, CriterionCol, item(r.criterion));
            list_->setItem(row, ValueCol, item(r.value));
            list_->setItem(row, SubjectCol, item(r.subject));
            list_->item(row, CriterionCol)->setForeground(warn);
            list_->item(row, StepCol)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            for (int c = 0; c < ListColumns; ++c)
                list_->item(row, c)->setToolTip(r.tip);
        }
        list_->resizeColumnsToContents();
        syncing_ = false;
        listed_ = flaggedSteps;
    }
    summary_->setText(flaggedSteps.empty()
                          ? tr("No flagged step in this run: the disabling-edit detector has not fired. A typical edit is shown.")
                          : tr("%n flagged step(s). Pick one to compare it with a typical edit of this run.", nullptr,
                               static_cast<int>(flaggedSteps.size())));

    const int64_t selected = doc_->selectedStep();
    const bool selectedFlagged = std::binary_search(flaggedSteps.begin(), flaggedSteps.end(), selected);
    if (selectedFlagged)
        showStep(selected);
    else if (shown_ == 0 || !doc_->stepSummary(shown_))
        showStep(flaggedSteps.empty() ? 0 : flaggedSteps.front());
    else
        showStep(shown_);   // the typical step may have moved with the new steps
    selectRowOf(shown_);
}

void DisablingEditsView::selectRowOf(int64_t step)
{
    syncing_ = true;
    list_->clearSelection();
    for (int row = 0; row < list_->rowCount(); ++row)
        if (list_->item(row, StepCol)->data(Qt::UserRole).toLongLong() == step) {
            list_->selectRow(row);
            list_->scrollToItem(list_->item(row, StepCol));
            break;
        }
    syncing_ = false;
}

void DisablingEditsView::onListSelectionChanged()
{
    if (syncing_)
        return;
    const auto rows = list_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int64_t step = list_->item(rows.front().row(), StepCol)->data(Qt::UserRole).toLongLong();
    showStep(step);
    syncing_ = true;
    doc_->selectStep(step);
    syncing_ = false;
}

void DisablingEditsView::onDocumentSelection(int64_t step)
{
    if (syncing_)
        return;
    const auto flaggedSteps = doc_->flaggedSteps();
    if (std::find(flaggedSteps.begin(), flaggedSteps.end(), step) == flaggedSteps.end())
        return;
    showStep(step);
    selectRowOf(step);
}

void DisablingEditsView::showStep(int64_t step)
{
    shown_ = step;
    typical_ = doc_->medianStep();
    flagged_->setStep(step);
    flagged_->setTitle(step > 0 ? tr("Flagged edit: step %1").arg(step) : QString());
    typicalInspector_->setStep(typical_);
    typicalInspector_->setTitle(typical_ > 0 ? tr("Typical edit: step %1 (median Σ‖ΔW‖ of the unflagged steps)").arg(typical_)
                                             : tr("Typical edit: none (no unflagged step yet)"));
    updateComparison();
}

void DisablingEditsView::updateComparison()
{
    const QString warn = warningColor(palette()).name();
    auto describe = [&](int64_t step, const QString& what, bool emphasise) {
        const auto* s = doc_->stepSummary(step);
        if (!s)
            return QString();
        const double median = doc_->medianUpdateNormBefore(step);
        const double ratio = std::isfinite(median) && median > 0 ? s->updateNorm / median : std::nan("");
        QString r = formatRatio(ratio);
        if (emphasise)
            r = QStringLiteral("<b><span style=\"color:%1\">%2</span></b>").arg(warn, r);
        return tr("%1 (step %2): Σ‖ΔW‖ %3 = %4 the median of the steps before it (%5)")
            .arg(what).arg(step).arg(formatNumber(s->updateNorm), r, formatNumber(median));
    };
    QStringList lines;
    if (shown_ > 0)
        lines << describe(shown_, tr("Flagged"), true);
    if (typical_ > 0)
        lines << describe(typical_, tr("Typical"), false);
    comparison_->setText(lines.join(QStringLiteral("<br>")));
    comparison_->setVisible(!lines.isEmpty());
}

void DisablingEditsView::shareScales()
{
    const double nll = std::max(flagged_->nllChart()->dataMaximum(), typicalInspector_->nllChart()->dataMaximum());
    flagged_->nllChart()->setCommonMaximum(nll);
    typicalInspector_->nllChart()->setCommonMaximum(nll);
    const double loss = std::max(flagged_->lossChart()->dataMaximum(), typicalInspector_->lossChart()->dataMaximum());
    flagged_->lossChart()->setCommonMaximum(loss);
    typicalInspector_->lossChart()->setCommonMaximum(loss);
}

QString DisablingEditsView::comparisonText() const
{
    return QTextDocumentFragment::fromHtml(comparison_->text()).toPlainText();
}

void DisablingEditsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        const QColor warn = warningColor(palette());
        for (int row = 0; row < list_->rowCount(); ++row)
            list_->item(row, CriterionCol)->setForeground(warn);
        updateComparison();
    }
    QWidget::changeEvent(event);
}

} // namespace editscope
