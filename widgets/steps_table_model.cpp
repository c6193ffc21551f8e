#include "widgets/steps_table_model.h"

#include "widgets/run_document.h"
#include "widgets/step_details.h"
#include "widgets/warning_colors.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QStringList>

#include <cmath>
#include <limits>

namespace editscope {
namespace {

bool flagged(const StepSummary& s) { return !s.flags.empty() || s.nonFinite; }

// NaN is "not measured": it sorts below every number instead of breaking the strict weak ordering.
QVariant sortable(double v) { return std::isnan(v) ? -std::numeric_limits<double>::infinity() : v; }

QString joined(const std::vector<RequestText>& requests, QString RequestText::*field)
{
    QStringList parts;
    for (const auto& r : requests)
        parts << r.*field;
    return parts.join(QStringLiteral("; "));
}

} // namespace

StepsTableModel::StepsTableModel(RunDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , doc_(document)
{
    setPalette(QApplication::palette());
    warningIcon_ = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);   // once: painting asks per row
    connect(doc_, &RunDocument::runLoaded, this, &StepsTableModel::resetFromDocument);
    connect(doc_, &RunDocument::closed, this, &StepsTableModel::resetFromDocument);
    connect(doc_, &RunDocument::stepsAppended, this, &StepsTableModel::appendFromDocument);
    rows_ = static_cast<int>(doc_->steps().size());
    cacheTexts(0);
}

void StepsTableModel::cacheTexts(int fromRow)
{
    const auto& steps = doc_->steps();
    texts_.resize(static_cast<size_t>(fromRow));
    for (size_t i = static_cast<size_t>(fromRow); i < static_cast<size_t>(rows_) && i < steps.size(); ++i) {
        const auto& s = steps[i];
        const auto requests = requestTexts(s.requests, s.caseIds);
        RowTexts t;
        QStringList ids, targets, flags;
        for (auto id : s.caseIds)
            ids << QString::number(id);
        for (const auto& r : requests)
            targets << tr("%1 → %2").arg(r.targetTrue, r.targetNew);
        for (const auto& f : s.flags)
            flags << QString::fromStdString(f.criterion);
        if (s.nonFinite)
            flags << tr("non-finite");
        t.cases = ids.join(QStringLiteral(", "));
        t.subject = joined(requests, &RequestText::subject);
        t.targets = targets.join(QStringLiteral("; "));
        t.flags = flags.join(QStringLiteral(", "));
        texts_.push_back(std::move(t));
    }
}

void StepsTableModel::resetFromDocument()
{
    beginResetModel();
    rows_ = static_cast<int>(doc_->steps().size());
    cacheTexts(0);
    endResetModel();
}

void StepsTableModel::appendFromDocument()
{
    const int total = static_cast<int>(doc_->steps().size());
    if (total < rows_) {   // cannot happen through stepsAppended; be safe rather than lie to views
        resetFromDocument();
        return;
    }
    if (total == rows_)
        return;
    beginInsertRows(QModelIndex(), rows_, total - 1);
    const int first = rows_;
    rows_ = total;
    cacheTexts(first);
    endInsertRows();
}

void StepsTableModel::setPalette(const QPalette& palette)
{
    flaggedBackground_ = warningBackground(palette);
    flaggedForeground_ = warningColor(palette);
    if (rows_ > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int StepsTableModel::rowForStep(int64_t step) const
{
    if (step < 1 || step > rows_)
        return -1;
    const auto* s = summaryAt(static_cast<int>(step - 1));
    return s && s->step == step ? static_cast<int>(step - 1) : -1;
}

int64_t StepsTableModel::stepAt(int row) const
{
    const auto* s = summaryAt(row);
    return s ? s->step : 0;
}

const StepSummary* StepsTableModel::summaryAt(int row) const
{
    const auto& steps = doc_->steps();
    if (row < 0 || row >= rows_ || row >= static_cast<int>(steps.size()))
        return nullptr;
    return &steps[static_cast<size_t>(row)];
}

const StepsTableModel::RowTexts& StepsTableModel::textsOf(const StepSummary& s) const
{
    static const RowTexts none;
    // `s` is an element of the document's step vector (summaryAt); its index is its row.
    const auto& steps = doc_->steps();
    const auto index = steps.empty() ? -1 : &s - steps.data();
    return index >= 0 && index < static_cast<std::ptrdiff_t>(texts_.size()) ? texts_[static_cast<size_t>(index)] : none;
}

int StepsTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_; }

int StepsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StepsTableModel::display(const StepSummary& s, int column) const
{
    switch (column) {
    case StepColumn: return QVariant::fromValue<qint64>(s.step);
    case CasesColumn: return textsOf(s).cases;
    case SubjectColumn: return textsOf(s).subject;
    case TargetsColumn: return textsOf(s).targets;
    case EsColumn: return formatPercent(s.es);
    case PsColumn: return formatPercent(s.ps);
    case NsColumn: return formatPercent(s.ns);
    // Two decimals line the column up; formatNumber takes over where they would hide the value.
    case UpdateNormColumn:
        return std::isfinite(s.updateNorm) && std::fabs(s.updateNorm) >= 0.01 && std::fabs(s.updateNorm) < 1e6
                   ? QLocale().toString(s.updateNorm, 'f', 2) : formatNumber(s.updateNorm);
    case FlagsColumn: return textsOf(s).flags;
    default: return {};
    }
}

QVariant StepsTableModel::sortValue(const StepSummary& s, int column) const
{
    switch (column) {
    case StepColumn: return QVariant::fromValue<qint64>(s.step);
    case CasesColumn: return QVariant::fromValue<qint64>(s.caseIds.empty() ? -1 : s.caseIds.front());
    case SubjectColumn: return textsOf(s).subject;
    case TargetsColumn: return textsOf(s).targets;
    case EsColumn: return sortable(s.es);
    case PsColumn: return sortable(s.ps);
    case NsColumn: return sortable(s.ns);
    // A non-finite update sorts above every finite one: it is the most extreme edit there is.
    case UpdateNormColumn: return std::isnan(s.updateNorm) || s.nonFinite ? std::numeric_limits<double>::infinity() : s.updateNorm;
    case FlagsColumn: return static_cast<int>(s.flags.size()) + (s.nonFinite ? 1 : 0);
    default: return {};
    }
}

QString StepsTableModel::toolTip(const StepSummary& s) const
{
    QStringList lines;
    lines << tr("Step %1 (%2 edits)").arg(s.step).arg(s.edits);
    for (const auto& r : requestTexts(s.requests, s.caseIds)) {
        lines << (r.caseId >= 0 ? tr("Case %1%2").arg(r.caseId).arg(r.relation.isEmpty() ? QString() : QStringLiteral(" · ") + r.relation)
                                : tr("Request"));
        lines << tr("  prompt: %1").arg(r.prompt);
        lines << tr("  subject: %1").arg(r.subject);
        lines << tr("  %1 → %2").arg(r.targetTrue, r.targetNew);
    }
    lines << tr("ES %1 · PS %2 · NS %3 · Σ‖ΔW‖ %4")
                 .arg(formatPercent(s.es), formatPercent(s.ps), formatPercent(s.ns), formatNumber(s.updateNorm));
    for (const auto& f : s.flags)
        lines << tr("⚠ %1").arg(QString::fromStdString(f.message.empty() ? f.criterion : f.message));
    if (s.nonFinite)
        lines << tr("⚠ a NaN or infinity appeared in the update or the edited weights");
    return lines.join(QLatin1Char('\n'));
}

QVariant StepsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const auto* s = summaryAt(index.row());
    if (!s)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(*s, column);
    case SortRole: return sortValue(*s, column);
    case StepRole: return QVariant::fromValue<qint64>(s->step);
    case FlaggedRole: return flagged(*s);
    case Qt::ToolTipRole: return toolTip(*s);
    case Qt::TextAlignmentRole:
        if (column == StepColumn || column == CasesColumn || column == EsColumn || column == PsColumn || column == NsColumn || column == UpdateNormColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == StepColumn && flagged(*s))
            return warningIcon_;
        return {};
    case Qt::BackgroundRole:
        if (flagged(*s))
            return flaggedBackground_;
        return {};
    case Qt::ForegroundRole:
        if (column == FlagsColumn && flagged(*s))
            return flaggedForeground_;
        return {};
    default: return {};
    }
}

QVariant StepsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StepColumn: return tr("Step");
        case CasesColumn: return tr("Case");
        case SubjectColumn: return tr("Subject");
        case TargetsColumn: return tr("target_true → target_new");
        case EsColumn: return tr("ES");
        case PsColumn: return tr("PS");
        case NsColumn: return tr("NS");
        case UpdateNormColumn: return tr("‖ΔW‖");
        case FlagsColumn: return tr("Flags");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StepColumn: return tr("Edit call number (1-based); with batches, a step edits several facts");
        case CasesColumn: return tr("CounterFact case id(s) edited at this step");
        case EsColumn: return tr("Efficacy success after the edit: P(new) > P(true) on the rewrite prompt (mean over the step's records)");
        case PsColumn: return tr("Paraphrase success after the edit (mean over the step's records)");
        case NsColumn: return tr("Neighborhood success after the edit: unrelated subjects keep P(true) > P(new)");
        case UpdateNormColumn: return tr("Σ over the edited layers of the Frobenius norm of this step's weight update");
        case FlagsColumn: return tr("Disabling-edit detector criteria that fired at this step");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

} // namespace editscope
