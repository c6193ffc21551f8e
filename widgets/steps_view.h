// StepsView: the steps table (StepsTableModel behind a sorting, filtering proxy) with a filter field
// (syntax: widgets/step_filter.h; "flag:" shows only flagged steps) and a "shown / total" count.
//
// It follows the document both ways: picking a row selects that step in the document; the document's
// selection (from a plot click, the inspector, the keyboard) selects and scrolls to its row. A guard
// keeps the two directions from feeding back into each other. A selected step that the filter hides
// leaves the table without a selection; clearing the filter brings the row back selected.
//
// Keyboard, while the table has focus: ←/→ previous/next edit, Home/End first/last, N / Shift+N
// next/previous flagged edit, all in the document's step order (widgets/step_navigation.h; flagged
// navigation wraps around); ↑/↓ move through the rows as sorted. The main window may bind the same
// public slots to window-wide QActions instead (a window shortcut then takes the key before the table).
//
// Ownership: the document is not owned and must outlive the view; the view owns its model and proxy.
// GUI thread only.
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace editscope {

class RunDocument;
class StepsProxyModel;
class StepsTableModel;

class StepsView : public QWidget {
    Q_OBJECT
public:
    explicit StepsView(RunDocument* document, QWidget* parent = nullptr);
    ~StepsView() override;

    RunDocument* document() const { return doc_; }
    StepsTableModel* model() const { return model_; }
    QSortFilterProxyModel* proxyModel() const;
    QTableView* table() const { return table_; }
    QLineEdit* filterEdit() const { return filter_; }

    QString filterText() const;
    void setFilterText(const QString& text);
    // Steps shown after filtering, in the view's (sorted) order.
    int visibleRowCount() const;
    int64_t stepAtVisibleRow(int row) const;

public Q_SLOTS:
    void selectNext();
    void selectPrevious();
    void selectFirst();
    void selectLast();
    void selectNextFlagged();
    void selectPreviousFlagged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void followDocumentSelection();
    void onTableSelectionChanged();
    void updateCount();
    void applyColumnWidths();

    RunDocument* doc_;
    StepsTableModel* model_;
    StepsProxyModel* proxy_;
    QLineEdit* filter_;
    QLabel* count_;
    QTableView* table_;
    bool syncing_ = false;   // true while the view moves its selection to the document's
};

} // namespace editscope
