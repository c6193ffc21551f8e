// StepsTableModel: one row per stored step of the document's run (RunDocument::steps(), in step order),
// the rows of the steps table. Columns: step, case id(s), subject, target_true → target_new, ES, PS, NS
// (post-edit means, as %), Σ‖ΔW‖_F over the edited layers, flags (criterion names; "non-finite" too).
//
// Live: steps appended to the file arrive as rowsInserted (never a reset, so a sorted, filtered view
// keeps its selection and scroll position while a run writes); a (re)loaded run is a model reset.
// Display text is formatted; SortRole gives the raw value (numbers for numeric columns, NaN sorted as
// lowest) so that sorting by ‖ΔW‖ or ES is numeric. Flagged rows carry a warning icon and a tinted
// background derived from the palette given by setPalette (the view passes its own on PaletteChange).
//
// Ownership: the document is not owned and must outlive the model (or be destroyed with it, as a
// parent). GUI thread only.
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QPalette>

#include <cstdint>
#include <vector>

namespace editscope {

class RunDocument;
struct StepSummary;

class StepsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StepColumn, CasesColumn, SubjectColumn, TargetsColumn, EsColumn, PsColumn, NsColumn,
                  UpdateNormColumn, FlagsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,          // raw value: qint64 / double / QString (sort it case-insensitively) / flag count
        StepRole,                         // qint64 step number, any column
        FlaggedRole,                      // bool: the step has a flag or a non-finite update
    };

    explicit StepsTableModel(RunDocument* document, QObject* parent = nullptr);

    RunDocument* document() const { return doc_; }
    // The row of `step` (steps are consecutive from 1), or -1 if it is not (yet) a row.
    int rowForStep(int64_t step) const;
    int64_t stepAt(int row) const;                 // 0 for an invalid row
    const StepSummary* summaryAt(int row) const;   // nullptr for an invalid row

    // Colours for flagged rows follow this palette (the view's); default: the application's.
    void setPalette(const QPalette& palette);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void resetFromDocument();
    void appendFromDocument();
    void cacheTexts(int fromRow);
    struct RowTexts;
    const RowTexts& textsOf(const StepSummary& s) const;
    QVariant display(const StepSummary& s, int column) const;
    QVariant sortValue(const StepSummary& s, int column) const;
    QString toolTip(const StepSummary& s) const;

    RunDocument* doc_;
    int rows_ = 0;               // rows announced to views (the document's vector may already be longer)
    // The text columns of each row, decoded from the requests JSON once (sorting a 10,000-step run by
    // subject compares ~10⁵ times).
    struct RowTexts {
        QString cases, subject, targets, flags;
    };
    std::vector<RowTexts> texts_;
    QColor flaggedBackground_;
    QColor flaggedForeground_;
    QIcon warningIcon_;
};

} // namespace editscope
