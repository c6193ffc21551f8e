#include "widgets/compact_table.h"

#include "widgets/warning_colors.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace editscope {

CompactTable::CompactTable(const QStringList& headers, QWidget* parent)
    : QTableWidget(0, static_cast<int>(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CompactTable::setHeaderToolTips(const QStringList& toolTips)
{
    for (int c = 0; c < std::min(columnCount(), static_cast<int>(toolTips.size())); ++c)
        if (auto* item = horizontalHeaderItem(c))
            item->setToolTip(toolTips[c]);
}

void CompactTable::setRows(const std::vector<std::vector<CompactCell>>& rows)
{
    rows_ = rows;
    setRowCount(static_cast<int>(rows.size()));
    const QColor warn = warningColor(palette());
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            const CompactCell cell = c < static_cast<int>(rows[r].size()) ? rows[r][c] : CompactCell{};
            auto* item = new QTableWidgetItem(cell.text);
            if (cell.raw.isValid())
                item->setData(Qt::UserRole, cell.raw);
            const bool numeric = cell.raw.isValid() && cell.raw.typeId() != QMetaType::QString && cell.raw.typeId() != QMetaType::Bool;
            item->setTextAlignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            item->setToolTip(cell.toolTip.isEmpty() ? cell.text : cell.toolTip);
            if (cell.emphasised) {
                item->setForeground(warn);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            setItem(r, c, item);
        }
    }
    resizeColumnsToContents();
    const int widest = 48 * fontMetrics().horizontalAdvance(QLatin1Char('n'));
    for (int c = 0; c < columnCount(); ++c)
        setColumnWidth(c, std::min(columnWidth(c) + 10, widest));
    updateGeometry();
}

QSize CompactTable::sizeHint() const
{
    int height = 2 * frameWidth() + (horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height());
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    int width = 2 * frameWidth();
    for (int c = 0; c < columnCount(); ++c)
        width += columnWidth(c);
    return {width, height};
}

QSize CompactTable::minimumSizeHint() const { return {fontMetrics().horizontalAdvance(QLatin1Char('n')) * 16, sizeHint().height()}; }

void CompactTable::changeEvent(QEvent* event)
{
    // Emphasised cells carry the warning colour of the palette they were made with.
    if (event->type() == QEvent::PaletteChange && !rows_.empty())
        setRows(std::vector<std::vector<CompactCell>>(rows_));
    QTableWidget::changeEvent(event);
}

QString CompactTable::plainText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << (horizontalHeaderItem(c) ? horizontalHeaderItem(c)->text() : QString());
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << (item(r, c) ? item(r, c)->text() : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace editscope
