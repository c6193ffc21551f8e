#include "widgets/annotation_list.h"

#include "storage/run_store.h"

#include <QFileInfo>

#include <exception>

namespace editscope {

AnnotationList::AnnotationList(const QString& path, qint64 run, QObject* parent)
    : QObject(parent)
    , path_(path)
    , run_(run)
{
    reload();
}

void AnnotationList::fail(const QString& message)
{
    lastError_ = message;
    Q_EMIT errorOccurred(message);
}

bool AnnotationList::reload()
{
    QMap<qint64, QString> notes, updated;
    try {
        RunStore store(path_.toStdString(), true);
        for (const auto& a : store.annotations(run_)) {
            notes.insert(a.step, QString::fromStdString(a.text));
            updated.insert(a.step, QString::fromStdString(a.updatedAt));
        }
    } catch (const std::exception& e) {
        fail(tr("Could not read the notes of run %1: %2").arg(run_).arg(QString::fromStdString(e.what())));
        return false;
    }
    const bool different = notes != notes_ || updated != updated_;
    notes_ = std::move(notes);
    updated_ = std::move(updated);
    if (different)
        Q_EMIT changed();
    return true;
}

bool AnnotationList::setNote(qint64 step, const QString& text)
{
    // A writable RunStore would create a missing file: say that it is gone instead.
    if (!QFileInfo(path_).isFile()) {
        fail(tr("Could not save the note on step %1: the run file %2 no longer exists").arg(step).arg(path_));
        return false;
    }
    try {
        RunStore store(path_.toStdString(), false);
        store.setAnnotation(run_, step, text.toStdString());
    } catch (const std::exception& e) {
        fail(tr("Could not save the note on step %1: %2").arg(step).arg(QString::fromStdString(e.what())));
        return false;
    }
    return reload();
}

} // namespace editscope
