// Paper presets, the LaTeX side: a PaperFigure as a pgfplots tikzpicture with its data inline, and the
// standalone figures.tex that \input's them (format in widgets/paper_figures.h).
#include "widgets/paper_figures.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace editscope {
namespace {

constexpr int kLegendColumns = 4;

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 12) : QStringLiteral("nan");
}

QString lineStyle(PaperCurve::Line line)
{
    switch (line) {
    case PaperCurve::Line::Dashed: return QStringLiteral("dashed");
    case PaperCurve::Line::Dotted: return QStringLiteral("densely dotted");
    case PaperCurve::Line::DashDotted: return QStringLiteral("dashdotted");
    case PaperCurve::Line::Solid: break;
    }
    return QStringLiteral("solid");
}

// TeX colour names take letters only: A..Z, then AA, AB, ...
QString colourName(int index)
{
    QString letters;
    for (int i = index; ; i = i / 26 - 1) {
        letters.prepend(QChar('A' + i % 26));
        if (i < 26)
            break;
    }
    return QStringLiteral("esColour") + letters;
}

struct Colours {
    QList<QColor> list;
    QString nameOf(const QColor& c)
    {
        const QColor opaque = QColor(c.rgb());
        qsizetype i = list.indexOf(opaque);
        if (i < 0) {
            list << opaque;
            i = list.size() - 1;
        }
        return colourName(static_cast<int>(i));
    }
    QString definitions() const
    {
        QString out;
        for (int i = 0; i < list.size(); ++i)
            out += QStringLiteral("\\definecolor{%1}{RGB}{%2,%3,%4}\n")
                       .arg(colourName(i))
                       .arg(list[i].red())
                       .arg(list[i].green())
                       .arg(list[i].blue());
        return out;
    }
};

QString curveOptions(const PaperCurve& c, Colours& colours)
{
    QStringList o{QStringLiteral("color=") + colours.nameOf(c.colour), lineStyle(c.line),
                  QStringLiteral("line width=%1pt").arg(c.width * 0.75, 0, 'f', 2)};
    if (c.faint)
        o << QStringLiteral("opacity=0.35");
    o << (c.markers ? QStringLiteral("mark=*, mark size=1.3pt, mark options={solid}") : QStringLiteral("mark=none"));
    return o.join(QStringLiteral(", "));
}

QString curveTable(const PaperCurve& c, const PaperPanel& panel, Colours& colours)
{
    QString out = QStringLiteral("% curve %1\n\\addplot[%2, forget plot] table[row sep=\\\\] {\nx y\\\\\n")
                      .arg(c.id, curveOptions(c, colours));
    for (qsizetype i = 0; i < c.x.size() && i < c.y.size(); ++i) {
        const double y = panel.logY && c.y[i] <= 0 ? std::nan("") : c.y[i];
        out += number(c.x[i]) + QLatin1Char(' ') + number(y) + QStringLiteral("\\\\\n");
    }
    return out + QStringLiteral("};\n");
}

// Options of one axis (or group panel): labels, limits, log mode.
QStringList axisOptions(const PaperPanel& panel)
{
    QStringList o;
    o << QStringLiteral("xlabel={%1}").arg(panel.xLabelTex) << QStringLiteral("ylabel={%1}").arg(panel.yLabelTex);
    if (!panel.title.isEmpty())
        o << QStringLiteral("title={%1}").arg(latexEscaped(panel.title));
    double xlo = HUGE_VAL, xhi = -HUGE_VAL;
    bool anyY = false;
    for (const auto& c : panel.curves)
        for (qsizetype i = 0; i < c.x.size() && i < c.y.size(); ++i)
            if (std::isfinite(c.x[i]) && std::isfinite(c.y[i]) && !(panel.logY && c.y[i] <= 0)) {
                xlo = std::min(xlo, c.x[i]);
                xhi = std::max(xhi, c.x[i]);
                anyY = true;
            }
    xlo = std::min(xlo, 0.0);   // from the unedited model on
    if (!anyY) {   // nothing to draw: fixed limits, or pgfplots has no range to compute
        xlo = 0;
        xhi = 1;
    } else if (xhi <= xlo) {
        xlo -= 1;
        xhi += 1;
    }
    // Ticks on whole edits, 1, 2 or 5 × 10^k apart (as the PNG/PDF/SVG figures).
    const double raw = std::max((xhi - xlo) / 6.0, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {5.0, 2.0, 1.0})
        if (m * magnitude >= raw)
            step = m * magnitude;
    o << QStringLiteral("xmin=%1, xmax=%2, xtick distance=%3").arg(number(xlo), number(xhi), number(step));
    if (panel.logY)
        o << QStringLiteral("ymode=log");
    if (panel.yRange) {
        const double pad = 0.03 * (panel.yRange->second - panel.yRange->first);
        o << QStringLiteral("ymin=%1, ymax=%2").arg(number(panel.yRange->first - pad), number(panel.yRange->second + pad));
    } else if (!anyY) {
        o << QStringLiteral("ymin=0, ymax=1");
    }
    return o;
}

// The legend as images, once per distinct entry of the whole figure: a group plot's panels share it.
QString legendImages(const PaperFigure& figure, Colours& colours, int* entries)
{
    QString out;
    QSet<QString> seen;
    for (const auto& panel : figure.panels)
        for (const auto& c : panel.curves) {
            if (c.label.isEmpty())
                continue;
            const QString options = curveOptions(c, colours);
            const QString key = c.label + QLatin1Char('\n') + options;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out += QStringLiteral("\\addlegendimage{%1}\n\\addlegendentry{%2}\n").arg(options, latexEscaped(c.label));
        }
    *entries = static_cast<int>(seen.size());
    return out;
}

const char* const kCommonOptions =
    "    unbounded coords=jump, scaled x ticks=false, grid=major, grid style={black!12},\n"
    "    tick label style={font=\\small}, label style={font=\\small}, title style={font=\\small\\bfseries},\n"
    "    legend cell align=left,\n";

} // namespace

QString latexEscaped(const QString& text)
{
    QString out;
    for (char32_t c : text.toUcs4()) {
        switch (c) {
        case U'\\': out += QStringLiteral("\\textbackslash{}"); continue;
        case U'{': out += QStringLiteral("\\{"); continue;
        case U'}': out += QStringLiteral("\\}"); continue;
        case U'$': out += QStringLiteral("\\$"); continue;
        case U'&': out += QStringLiteral("\\&"); continue;
        case U'#': out += QStringLiteral("\\#"); continue;
        case U'%': out += QStringLiteral("\\%"); continue;
        case U'_': out += QStringLiteral("\\_"); continue;
        case U'^': out += QStringLiteral("\\^{}"); continue;
        case U'~': out += QStringLiteral("\\~{}"); continue;
        case U'<': out += QStringLiteral("\\textless{}"); continue;
        case U'>': out += QStringLiteral("\\textgreater{}"); continue;
        case U'|': out += QStringLiteral("\\textbar{}"); continue;
        case U'"': out += QStringLiteral("\\textquotedbl{}"); continue;
        case U'×': out += QStringLiteral("$\\times$"); continue;
        case U'−': out += QStringLiteral("-"); continue;
        case U'–': out += QStringLiteral("--"); continue;
        case U'—': out += QStringLiteral("---"); continue;
        case U'‖': out += QStringLiteral("$\\|$"); continue;
        case U'·': out += QStringLiteral("$\\cdot$"); continue;
        case U'Δ': out += QStringLiteral("$\\Delta$"); continue;
        case U'≥': out += QStringLiteral("$\\geq$"); continue;
        case U'≤': out += QStringLiteral("$\\leq$"); continue;
        case U'‘': case U'’': out += QStringLiteral("'"); continue;
        case U'“': out += QStringLiteral("``"); continue;
        case U'”': out += QStringLiteral("''"); continue;
        default: break;
        }
        if (c >= U'₀' && c <= U'₉') {
            out += QStringLiteral("$_%1$").arg(static_cast<int>(c - U'₀'));
        } else if (c < 0x20 || c == 0x7f) {
            out += QLatin1Char(' ');   // a newline in a label
        } else if (c > 0xff) {
            out += QLatin1Char('?');   // pdflatex's default fonts have no glyph for it
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    }
    return out;
}

QString paperFigureTex(const PaperFigure& figure)
{
    Colours colours;
    int entries = 0;
    const QString legend = legendImages(figure, colours, &entries);
    const bool group = figure.panels.size() > 1;
    const int columns = std::max(figure.columns, 1);
    const int rows = static_cast<int>((figure.panels.size() + columns - 1) / columns);
    const QString legendStyle =
        QStringLiteral("    legend columns=%1,\n    legend style={%2, draw=none, fill=none, font=\\small, "
                       "/tikz/every even column/.append style={column sep=8pt}},\n")
            .arg(std::clamp(entries, 1, kLegendColumns))
            .arg(group ? QStringLiteral("at={(0,1)}, anchor=south west, yshift=2.2em")
                       : QStringLiteral("at={(0.5,1.03)}, anchor=south"));

    QString body;
    for (int i = 0; i < figure.panels.size(); ++i) {
        const PaperPanel& panel = figure.panels[i];
        QStringList options = axisOptions(panel);
        if (group) {
            body += QStringLiteral("\\nextgroupplot[%1%2]\n").arg(options.join(QStringLiteral(", ")),
                                                                 i == 0 ? QStringLiteral(",\n") + legendStyle.trimmed() : QString());
        } else {
            body += QStringLiteral("\\begin{axis}[\n    width=0.92\\linewidth, height=6.5cm,\n    %1,\n")
                        .arg(options.join(QStringLiteral(",\n    ")))
                + QString::fromLatin1(kCommonOptions) + legendStyle + QStringLiteral("]\n");
        }
        if (i == 0)
            body += legend;
        for (const auto& c : panel.curves)
            body += curveTable(c, panel, colours);
        if (!group)
            body += QStringLiteral("\\end{axis}\n");
    }
    if (group)
        body = QStringLiteral("\\begin{groupplot}[\n    group style={group size=%1 by %2, horizontal sep=1.9cm, vertical sep=2.4cm},\n"
                              "    width=0.46\\linewidth, height=5.2cm,\n")
                   .arg(columns)
                   .arg(rows)
            + QString::fromLatin1(kCommonOptions) + QStringLiteral("]\n") + body + QStringLiteral("\\end{groupplot}\n");

    QString out = QStringLiteral("% EditScope: ") + figure.kind + QStringLiteral(" (the figure set of arXiv 2401.07453).\n");
    out += QStringLiteral("% Needs \\usepackage{pgfplots}, \\pgfplotsset{compat=1.18}");
    out += group ? QStringLiteral(" and \\usepgfplotslibrary{groupplots}.\n") : QStringLiteral(".\n");
    out += QStringLiteral("% One table per curve (\"% curve ID\" before it): x = number of edits, y as the axis label;\n"
                          "% nan = no value (drawn as a gap).\n");
    // The colours are known only once the tables are written: define them first.
    return out + colours.definitions() + QStringLiteral("\\begin{tikzpicture}\n") + body + QStringLiteral("\\end{tikzpicture}\n");
}

QString paperFiguresDocument(const QList<PaperFigure>& figures, const QStringList& runLabels, const QStringList& leftOut)
{
    QString out = QStringLiteral(
        "% EditScope: the figure set of arXiv 2401.07453 (Gupta et al., Findings of ACL 2024) for these runs.\n"
        "% Compile with: pdflatex figures.tex   (every FIGURE.tex can also be \\input into a paper on its own)\n"
        "\\documentclass{article}\n"
        "\\usepackage[T1]{fontenc}\n"
        "\\usepackage[utf8]{inputenc}\n"
        "\\usepackage[a4paper, margin=2cm]{geometry}\n"
        "\\usepackage{pgfplots}\n"
        "\\usepgfplotslibrary{groupplots}\n"
        "\\pgfplotsset{compat=1.18}\n"
        "\\begin{document}\n"
        "\\section*{Sequential editing: the figures of arXiv 2401.07453}\n");
    QStringList runs;
    for (const auto& label : runLabels)
        runs << latexEscaped(label);
    out += QStringLiteral("Runs: %1. The x axis is the number of edits.").arg(runs.join(QStringLiteral(", ")));
    if (!leftOut.isEmpty()) {
        QStringList names;
        for (const auto& title : leftOut)
            names << latexEscaped(title);
        out += QStringLiteral(" Not drawn, no data in these runs: %1.").arg(names.join(QStringLiteral("; ")));
    }
    out += QStringLiteral("\n\n");
    for (const auto& f : figures)
        out += QStringLiteral("\\begin{figure}[htbp]\n\\centering\n\\input{%1.tex}\n\\caption{%2}\n\\label{fig:%1}\n"
                              "\\end{figure}\n\n")
                   .arg(f.kind, f.captionTex);
    return out + QStringLiteral("\\end{document}\n");
}

} // namespace editscope
