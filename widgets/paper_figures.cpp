// Paper presets: exportPaperFigures, the one action that writes the whole figure set into a folder
// (widgets/paper_figures.h). The data, picture and LaTeX sides are paper_figures_{data,plot,tex}.cpp.
#include "widgets/paper_figures.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace editscope {
namespace {

bool writeText(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = PaperFigures::tr("%1: could not write the file: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool exportPaperFigures(const QList<PaperRun>& runs, const PaperExportOptions& options, QString* error,
                        QStringList* written)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    static const QStringList known = {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg"),
                                      QStringLiteral("tex")};
    QStringList formats;
    for (const QString& f : options.formats) {
        const QString format = f.trimmed().toLower();
        if (!known.contains(format))
            return fail(PaperFigures::tr("unknown format \"%1\" (png, pdf, svg or tex)").arg(f));
        if (!formats.contains(format))
            formats << format;
    }
    if (formats.isEmpty())
        return fail(PaperFigures::tr("no format chosen (png, pdf, svg or tex)"));
    if (formats.contains(QStringLiteral("png")) && (options.dpi < 24 || options.dpi > 1200))
        return fail(PaperFigures::tr("DPI %1 is outside 24..1200").arg(options.dpi));
    if (options.dir.isEmpty())
        return fail(PaperFigures::tr("no folder chosen"));
    const QDir dir(options.dir);
    if (!dir.exists() && !QDir().mkpath(options.dir))
        return fail(PaperFigures::tr("%1: could not create the folder").arg(options.dir));

    QList<PaperFigure> figures;
    QStringList labels;
    if (!buildPaperFigures(runs, options.bucket, options.window, &figures, error, &labels))
        return false;
    QList<PaperFigure> drawn;
    QStringList leftOut;
    for (const auto& figure : figures) {
        if (figure.hasData())
            drawn << figure;
        else
            leftOut << figure.kind;
    }
    if (drawn.isEmpty())
        return fail(PaperFigures::tr("these runs have no data to draw yet"));

    for (const auto& figure : drawn)
        for (const QString& format : formats) {
            const QString path = dir.absoluteFilePath(figure.kind + QLatin1Char('.') + format);
            const bool ok = format == QLatin1String("tex") ? writeText(path, paperFigureTex(figure), error)
                                                           : savePaperFigure(figure, path, format, options.dpi, error);
            if (!ok)
                return false;
            if (written)
                *written << path;
        }
    if (formats.contains(QStringLiteral("tex"))) {
        const QString path = dir.absoluteFilePath(QStringLiteral("figures.tex"));
        if (!writeText(path, paperFiguresDocument(drawn, labels, leftOut), error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

} // namespace editscope
