// HeatmapFigure (widgets/heatmap_figure.h) on a small hand-made matrix: the colour map holds exactly the
// given values (NaN cells stay NaN, a log scale drops values ≤ 0), the colour range follows the data or
// the fixed bounds, highlighted rows get their marker, clicking a cell's centre emits that cell, the
// owner's tooltip text is used, the exports (PNG at a DPI, PDF, SVG) are written in the print palette
// whatever the screen palette, and the CSV lists every cell with its labels and exact value.
#include "widgets/heatmap_figure.h"

#include "support/test_main.h"

#include <qcustomplot.h>

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace editscope;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// A CSV line split on commas outside quotes, with "" inside quotes read as one quote.
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TestHeatmapFigure : public QObject {
    Q_OBJECT
    const std::vector<std::vector<double>> values_ = {{0.1, 0.25, 0.5, 0.75}, {0.2, kNaN, 0.9, 0.05}, {-0.3, 0.0, 0.4, 1.5}};
    const QStringList rows_ = {QStringLiteral("The"), QStringLiteral(" Eiffel, \"tower\""), QStringLiteral(" is")};
    const QStringList cols_ = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};

    void fill(HeatmapFigure& fig) const
    {
        fig.setTitle(QStringLiteral("Impact of restoring state"));
        fig.setSubtitle(QStringLiteral("answer Paris"));
        fig.setAxisLabels(QStringLiteral("token"), QStringLiteral("layer"));
        fig.setColorScaleLabel(QStringLiteral("p(Paris)"));
        fig.setMatrix(values_, rows_, cols_);
        fig.setHighlightedRows({1});
    }

private Q_SLOTS:
    void holdsTheMatrix()
    {
        HeatmapFigure fig;
        fill(fig);
        QCOMPARE(fig.rowCount(), 3);
        QCOMPARE(fig.columnCount(), 4);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; ++c) {
                QVERIFY(same(fig.value(r, c), values_[r][c]));
                QVERIFY2(same(fig.drawnValue(r, c), values_[r][c]), qPrintable(QStringLiteral("cell %1,%2").arg(r).arg(c)));
            }
        QVERIFY(std::isnan(fig.value(3, 0)));
        QVERIFY(std::isnan(fig.value(0, -1)));
        // Colour range: the finite data's min and max, or the fixed bound.
        QCOMPARE(fig.colorLower(), -0.3);
        QCOMPARE(fig.colorUpper(), 1.5);
        fig.setColorRange(0.2);
        QCOMPARE(fig.colorLower(), 0.2);
        QCOMPARE(fig.colorUpper(), 1.5);
        // Log scale: values ≤ 0 are not drawn, the range starts at the smallest positive value.
        fig.setColorRange();
        fig.setLogScale(true);
        QVERIFY(std::isnan(fig.drawnValue(2, 0)));
        QVERIFY(std::isnan(fig.drawnValue(2, 1)));
        QCOMPARE(fig.drawnValue(1, 3), 0.05);
        QCOMPARE(fig.colorLower(), 0.05);
        QCOMPARE(fig.value(2, 0), -0.3);   // the data itself is kept
        fig.setLogScale(false);
        QCOMPARE(fig.drawnValue(2, 0), -0.3);
        // Marker on highlighted rows only.
        QCOMPARE(fig.rowTickLabel(1), QStringLiteral(" Eiffel, \"tower\"*"));
        QCOMPARE(fig.rowTickLabel(0), QStringLiteral("The"));
        QVERIFY(fig.isHighlighted(1) && !fig.isHighlighted(0));
        // Sizes must match.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fig.setMatrix({{1.0, 2.0}}, {QStringLiteral("a")}, {QStringLiteral("x")}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fig.setMatrix({{1.0}}, {}, {QStringLiteral("x")}));
    }

    void oneCellDimensions()
    {
        HeatmapFigure fig;
        fig.setMatrix({{0.7}}, {QStringLiteral("a")}, {QStringLiteral("0")});
        QCOMPARE(fig.drawnValue(0, 0), 0.7);
        fig.setMatrix({{0.1, 0.2, 0.3}}, {QStringLiteral("a")}, {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
        for (int c = 0; c < 3; ++c)
            QCOMPARE(fig.drawnValue(0, c), 0.1 * (c + 1));
    }

    void clickAndHover()
    {
        HeatmapFigure fig;
        fill(fig);
        fig.setToolTipProvider([](int row, int column) { return QStringLiteral("cell %1/%2").arg(row).arg(column); });
        fig.resize(600, 400);
        fig.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fig));
        fig.replot();
        QSignalSpy clicked(&fig, &HeatmapFigure::cellClicked);
        for (const auto& [r, c] : {std::pair{0, 0}, std::pair{1, 2}, std::pair{2, 3}}) {
            const QPointF centre = fig.cellCentre(r, c);
            int row = -1, column = -1;
            QVERIFY(fig.cellAt(centre, &row, &column));
            QCOMPARE(row, r);
            QCOMPARE(column, c);
            QTest::mouseClick(fig.customPlot(), Qt::LeftButton, {}, centre.toPoint());
            QCOMPARE(clicked.size(), 1);
            QCOMPARE(clicked.takeFirst(), (QList<QVariant>{r, c}));
            QCOMPARE(fig.cursorRow(), r);
            QCOMPARE(fig.cursorColumn(), c);
            QCOMPARE(fig.toolTipAt(r, c), QStringLiteral("cell %1/%2").arg(r).arg(c));
        }
        // Outside the cells: nothing.
        QVERIFY(!fig.cellAt(QPointF(1, 1), nullptr, nullptr));
        QTest::mouseClick(fig.customPlot(), Qt::LeftButton, {}, QPoint(1, 1));
        QCOMPARE(clicked.size(), 0);
        fig.setCellCursor(-1, -1);
        QCOMPARE(fig.cursorRow(), -1);
    }

    void exportsInPrintPalette()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HeatmapFigure fig;
        fill(fig);
        QPalette dark = fig.palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        fig.setPalette(dark);
        fig.resize(560, 360);
        fig.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fig));
        fig.setCellCursor(0, 0);
        fig.replot();
        const QImage screen = fig.grab().toImage();
        QCOMPARE(QColor(screen.pixel(2, 2)), QColor(30, 30, 30));   // the screen follows the palette

        QString error;
        const QString png = dir.filePath(QStringLiteral("h.png"));
        QVERIFY2(fig.exportFigure(png, QStringLiteral("png"), 192, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), fig.figureSize() * 2);   // 192 DPI = 2 × the 96-DPI figure size
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
        QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));   // print palette
        QCOMPARE(fig.cursorRow(), 0);   // the cursor stays (it is only hidden in the file)

        const QString pdf = dir.filePath(QStringLiteral("h.pdf"));
        QVERIFY2(fig.exportFigure(pdf, QStringLiteral("PDF"), 150, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.size() > 500);
        QVERIFY(pdfFile.read(5) == "%PDF-");

        const QString svg = dir.filePath(QStringLiteral("h.svg"));
        QVERIFY2(fig.exportFigure(svg, QStringLiteral("svg"), 150, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Impact of restoring state"));

        QVERIFY(!fig.exportFigure(dir.filePath(QStringLiteral("h.bmp")), QStringLiteral("bmp"), 150, &error));
        QVERIFY(error.contains(QStringLiteral("bmp")));
        QVERIFY(!fig.exportFigure(dir.filePath(QStringLiteral("missing/h.png")), QStringLiteral("png"), 150, &error));
        QVERIFY(!fig.exportFigure(png, QStringLiteral("png"), 5, &error));
        // After exporting, the screen shows the screen palette again.
        fig.replot();
        QCOMPARE(QColor(fig.grab().toImage().pixel(2, 2)), QColor(30, 30, 30));
    }

    void csvListsEveryCell()
    {
        QTemporaryDir dir;
        HeatmapFigure fig;
        fill(fig);
        const QString path = dir.filePath(QStringLiteral("h.csv"));
        QString error;
        QVERIFY2(fig.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text, fig.csv());
        QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.takeLast(), QString());   // trailing newline
        QCOMPARE(lines.takeFirst(), HeatmapFigure::csvHeader());
        QCOMPARE(lines.size(), 12);
        int i = 0;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; ++c, ++i) {
                const QStringList f = splitCsv(lines[i]);
                QCOMPARE(f.size(), 6);
                QCOMPARE(f[0].toInt(), r);
                QCOMPARE(f[1], rows_[r]);
                QCOMPARE(f[2], r == 1 ? QStringLiteral("1") : QStringLiteral("0"));
                QCOMPARE(f[3].toInt(), c);
                QCOMPARE(f[4], cols_[c]);
                if (std::isnan(values_[r][c])) {
                    QCOMPARE(f[5], QStringLiteral("nan"));
                } else {
                    bool ok = false;
                    QCOMPARE(f[5].toDouble(&ok), values_[r][c]);   // %.17g round-trips exactly
                    QVERIFY(ok);
                }
            }
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestHeatmapFigure)
#include "test_heatmap_figure.moc"
