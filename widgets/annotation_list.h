// AnnotationList: the notes on the steps of one run (RunStore::annotations, table `annotations` of the run
// file) as the workbench sees and edits them.
//
// Reading goes through a read-only RunStore opened for each reload (a schema-1 file reads as having no
// notes). Writing a note is the only write the GUI makes to a run file besides the runs it starts: setNote
// opens a short-lived *writable* RunStore, stores the note in one transaction and closes it. Opening it
// writable migrates a schema-1 file to schema 2 (it adds the empty `annotations` table; nothing else
// changes). While this app's worker or another process appends steps, the write waits for their
// transaction (SQLite's single writer, at most the store's 5 s busy timeout).
//
// Errors (missing file, read-only file or file system, locked file, unknown step, newer schema) never
// throw out of here: they become errorOccurred(message), setNote returns false and the notes shown stay
// as they were. Owned by its QObject parent. GUI thread only.
#pragma once

#include <QMap>
#include <QObject>
#include <QString>

namespace editscope {

class AnnotationList : public QObject {
    Q_OBJECT
public:
    // Loads the notes of `run` in `path` (errorOccurred is emitted from the constructor on failure, so
    // connect before calling reload() if that message matters; lastError() keeps it).
    AnnotationList(const QString& path, qint64 run, QObject* parent = nullptr);

    QString path() const { return path_; }
    qint64 run() const { return run_; }
    QMap<qint64, QString> notes() const { return notes_; }   // step → note
    QString note(qint64 step) const { return notes_.value(step); }
    QString updatedAt(qint64 step) const { return updated_.value(step); }   // ISO 8601 UTC, "" if none
    QString lastError() const { return lastError_; }

    // Re-reads the notes (another process may have changed them); emits changed() if they differ.
    bool reload();
    // Stores `text` as the note of `step` (an empty or blank text removes it), then reloads. Returns false
    // and emits errorOccurred on failure.
    bool setNote(qint64 step, const QString& text);

Q_SIGNALS:
    void changed();
    void errorOccurred(const QString& message);

private:
    void fail(const QString& message);

    QString path_;
    qint64 run_;
    QMap<qint64, QString> notes_;
    QMap<qint64, QString> updated_;
    QString lastError_;
};

} // namespace editscope
