// CausalTraceView: the exports — the three figures into a folder and the CSV of the shown traces. See
// causal_trace_view.h for the formats.
#include "widgets/causal_trace_view.h"

#include "widgets/heatmap_figure.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>

#include <cmath>

namespace editscope {
namespace {

constexpr TraceKind kKinds[3] = {TraceKind::Hidden, TraceKind::Mlp, TraceKind::Attn};

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString exact(double v) { return std::isnan(v) ? QStringLiteral("nan") : QString::asprintf("%.17g", v); }

} // namespace

bool CausalTraceView::exportFigures(const QString& folder, const QString& format, int dpi, QString* error) const
{
    if (!committed_[0]) {
        if (error)
            *error = tr("Nothing to export: trace a prompt first.");
        return false;
    }
    for (int k = 0; k < 3; ++k) {
        const QString path = QDir(folder).filePath(QStringLiteral("causal_trace_%1.%2").arg(qs(traceKindName(kKinds[k])), format.toLower()));
        if (!figures_[k]->exportFigure(path, format, dpi, error))
            return false;
    }
    return true;
}

QString CausalTraceView::csv() const
{
    QString out = csvHeader() + QLatin1Char('\n');
    for (int k = 0; k < 3; ++k) {
        if (!shown_[k])
            continue;
        const CausalTrace& t = *shown_[k];
        const QString tail = QLatin1Char(',') + exact(t.lowScore) + QLatin1Char(',') + exact(t.highScore) + QLatin1Char(',')
                             + csvField(qs(t.answer)) + QLatin1Char(',') + QString::number(tracedStep_) + QLatin1Char('\n');
        for (size_t i = 0; i < t.scores.size(); ++i) {
            const bool inSubject = static_cast<int64_t>(i) >= t.subjectBegin && static_cast<int64_t>(i) < t.subjectEnd;
            for (size_t l = 0; l < t.scores[i].size(); ++l)
                out += qs(traceKindName(t.kind)) + QLatin1Char(',') + QString::number(i) + QLatin1Char(',')
                       + csvField(qs(t.tokens[i])) + QLatin1Char(',') + (inSubject ? QLatin1Char('1') : QLatin1Char('0'))
                       + QLatin1Char(',') + QString::number(l) + QLatin1Char(',') + exact(t.scores[i][l]) + tail;
        }
    }
    return out;
}

bool CausalTraceView::exportCsv(const QString& path, QString* error) const
{
    QFile file(path);
    const QByteArray bytes = csv().toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CausalTraceView::exportInteractive(const QString& format)
{
    QString error;
    bool ok = false;
    if (format == QLatin1String("csv")) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the causal trace"),
                                                          QDir::home().filePath(QStringLiteral("causal_trace.csv")),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        ok = exportCsv(path, &error);
    } else {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the three figures into a folder"));
        if (folder.isEmpty())
            return;
        ok = exportFigures(folder, format, 300, &error);
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace editscope
