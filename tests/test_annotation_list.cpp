// AnnotationList (widgets/annotation_list.h): the workbench's notes on steps read through a read-only
// store and written through a short-lived writable one; a schema-1 file is migrated by the first note;
// failures (locked file, unknown step, file gone, write-protected file) are signals, never exceptions,
// and leave the notes as they were.
#include "run_store_fixtures.h"
#include "storage/run_store.h"
#include "support/test_main.h"
#include "widgets/annotation_list.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <unistd.h>

using namespace editscope;
using namespace editscope::test;

class TestAnnotationList : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int counter_ = 0;

    std::string makeRunFile(int64_t steps)
    {
        const std::string path = dir_.filePath(QString("run%1.sqlite").arg(++counter_)).toStdString();
        RunStore store(path);
        const int64_t run = store.createRun(makeSpec("notes"));
        for (int64_t k = 1; k <= steps; ++k)
            store.appendStep(run, makeStep(k));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void notesRoundTripThroughTheFile()
    {
        const std::string path = makeRunFile(4);
        AnnotationList list(QString::fromStdString(path), 1);
        QVERIFY(list.notes().isEmpty());
        QSignalSpy changed(&list, &AnnotationList::changed);
        QSignalSpy errors(&list, &AnnotationList::errorOccurred);

        QVERIFY(list.setNote(3, QStringLiteral("Umlaut ü, 中文 ✓")));
        QVERIFY(list.setNote(1, QStringLiteral("first")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(list.notes(), (QMap<qint64, QString>{{1, QStringLiteral("first")}, {3, QStringLiteral("Umlaut ü, 中文 ✓")}}));
        QCOMPARE(list.updatedAt(1).size(), 24);

        // What another reader of the file sees: the same notes, UTF-8 intact.
        RunStore reader(path, true);
        const auto stored = reader.annotations(1);
        QCOMPARE(stored.size(), size_t{2});
        QCOMPARE(QString::fromStdString(stored[1].text), QStringLiteral("Umlaut ü, 中文 ✓"));

        // Another process edits the file: reload() picks it up and says so.
        { RunStore writer(path); writer.setAnnotation(1, 2, "from the CLI"); }
        QVERIFY(list.reload());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(list.note(2), QStringLiteral("from the CLI"));
        QVERIFY(list.reload());
        QCOMPARE(changed.count(), 3);   // nothing new: no signal

        QVERIFY(list.setNote(3, QString()));
        QCOMPARE(list.notes().keys(), (QList<qint64>{1, 2}));
    }

    void firstNoteMigratesASchemaOneFile()
    {
        const std::string path = makeRunFile(2);
        { Database raw(path); raw.exec("DROP TABLE annotations"); raw.setUserVersion(1); }
        AnnotationList list(QString::fromStdString(path), 1);
        QVERIFY(list.lastError().isEmpty());
        QVERIFY(list.notes().isEmpty());
        { Database raw(path, Database::Mode::ReadOnly); QCOMPARE(raw.userVersion(), 1); }   // reading did not migrate
        QVERIFY(list.setNote(2, QStringLiteral("after migration")));
        { Database raw(path, Database::Mode::ReadOnly); QCOMPARE(raw.userVersion(), 2); }
        QCOMPARE(list.note(2), QStringLiteral("after migration"));
    }

    void failuresAreSignalsAndKeepTheNotes()
    {
        const std::string path = makeRunFile(2);
        AnnotationList list(QString::fromStdString(path), 1);
        QVERIFY(list.setNote(1, QStringLiteral("kept")));
        QSignalSpy errors(&list, &AnnotationList::errorOccurred);

        QVERIFY(!list.setNote(7, QStringLiteral("no such step")));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(list.lastError().contains(QStringLiteral("has no stored step 7")), qPrintable(list.lastError()));

        // Another connection holds the write lock (a run appending a long step): the write gives up
        // after the store's busy timeout with the file named.
        {
            Database other(path);
            Transaction holdsTheWriteLock(other);
            QVERIFY(!list.setNote(2, QStringLiteral("locked out")));
        }
        QCOMPARE(errors.count(), 2);
        QVERIFY2(list.lastError().contains(QString::fromStdString(path)), qPrintable(list.lastError()));
        QVERIFY2(list.lastError().contains(QStringLiteral("locked")), qPrintable(list.lastError()));
        QCOMPARE(list.notes(), (QMap<qint64, QString>{{1, QStringLiteral("kept")}}));

        // An unknown run: the constructor reports it.
        AnnotationList wrongRun(QString::fromStdString(path), 9);
        QVERIFY(wrongRun.lastError().contains(QStringLiteral("no run with id 9")));

        // Write-protected file (not for root, which writes anyway).
        if (geteuid() != 0) {
            QVERIFY(QFile::setPermissions(QString::fromStdString(path), QFile::ReadOwner));
            QVERIFY(!list.setNote(2, QStringLiteral("protected")));
            QVERIFY2(list.lastError().contains(QStringLiteral("no permission to write")), qPrintable(list.lastError()));
            QVERIFY(QFile::setPermissions(QString::fromStdString(path), QFile::ReadOwner | QFile::WriteOwner));
        }

        // The file is gone: no empty run file is created in its place.
        QVERIFY(QFile::remove(QString::fromStdString(path)));
        QFile::remove(QString::fromStdString(path) + "-wal");
        QFile::remove(QString::fromStdString(path) + "-shm");
        QVERIFY(!list.setNote(1, QStringLiteral("gone")));
        QVERIFY2(list.lastError().contains(QStringLiteral("no longer exists")), qPrintable(list.lastError()));
        QVERIFY(!QFile::exists(QString::fromStdString(path)));
        QVERIFY(!list.reload());
        QCOMPARE(list.notes(), (QMap<qint64, QString>{{1, QStringLiteral("kept")}}));
    }
};

EDITSCOPE_TEST_MAIN(TestAnnotationList)
#include "test_annotation_list.moc"
