// CompactTable: a read-only table for the inspector's sections. It has no scroll bars of its own (the
// inspector scrolls as a whole): its size hint is exactly its rows' height, measured when the layout
// asks (after the style has polished the header), and it may be narrower than its columns (long cells
// elide; the tool tip has them whole). Each cell keeps its raw value in Qt::UserRole beside the
// formatted text, so tests and copies read the stored number, not its rounding. GUI thread only.
#pragma once

#include <QStringList>
#include <QTableWidget>
#include <QVariant>

#include <vector>

namespace editscope {

struct CompactCell {
    QString text;
    QVariant raw;                // Qt::UserRole (invalid: none); a number right-aligns the cell
    QString toolTip;             // empty: the text
    bool emphasised = false;     // bold, in the palette's warning colour
};

class CompactTable : public QTableWidget {
public:
    CompactTable(const QStringList& headers, QWidget* parent = nullptr);

    void setHeaderToolTips(const QStringList& toolTips);   // one per column; empty strings for none
    // Replaces the rows and fits the columns (each at most ~48 characters wide).
    void setRows(const std::vector<std::vector<CompactCell>>& rows);
    // Tab-separated header and rows (the inspector's plain-text copy).
    QString plainText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::vector<std::vector<CompactCell>> rows_;
};

} // namespace editscope
