// ViewHistory (undo/redo of view changes) on a plain value standing in for a view: recording does not
// re-apply, undo/redo restore exactly the recorded states, bursts with the same key merge into one entry
// (undo goes back to before the burst), different keys or a pause do not merge, a change triggered by
// undo/redo itself is not recorded, a new change after undo drops the redo branch. LayoutLibrary:
// built-ins exist and are protected, user layouts round-trip through QSettings (names with '/').
#include "widgets/layout_library.h"
#include "widgets/view_history.h"

#include "support/test_main.h"

#include <QApplication>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace editscope;

class TestViewHistory : public QObject {
    Q_OBJECT

    int value_ = 0;
    ViewHistory* history_ = nullptr;

    // The "view": setting the value reports the change, as the main window's hooks do.
    void setValue(int v, int key = ViewHistory::NoMerge)
    {
        const int old = value_;
        value_ = v;
        history_->record(QStringLiteral("value %1").arg(v), [this, old] { setValue(old); }, [this, v] { setValue(v); }, key);
    }

private Q_SLOTS:
    void init()
    {
        value_ = 0;
        delete history_;
        history_ = new ViewHistory;
    }

    void undoRedoRestoreRecordedStates()
    {
        setValue(1);
        setValue(2);
        setValue(3);
        QCOMPARE(value_, 3);   // recording applied nothing twice
        QCOMPARE(history_->stack()->count(), 3);
        history_->stack()->undo();
        QCOMPARE(value_, 2);
        history_->stack()->undo();
        QCOMPARE(value_, 1);
        // The setValue inside the undo closure was not recorded.
        QCOMPARE(history_->stack()->count(), 3);
        history_->stack()->redo();
        QCOMPARE(value_, 2);
        QCOMPARE(history_->stack()->undoText(), QStringLiteral("value 2"));
        // A new change after undo drops the redo branch (value 3).
        setValue(7);
        QCOMPARE(history_->stack()->count(), 3);
        QVERIFY(!history_->stack()->canRedo());
        history_->stack()->undo();
        QCOMPARE(value_, 2);
    }

    void burstsMergeIntoOneEntry()
    {
        history_->setMergeWindowMs(60000);
        setValue(1, ViewHistory::Zoom);
        setValue(2, ViewHistory::Zoom);
        setValue(3, ViewHistory::Zoom);
        QCOMPARE(history_->stack()->count(), 1);
        QCOMPARE(history_->stack()->undoText(), QStringLiteral("value 3"));
        history_->stack()->undo();
        QCOMPARE(value_, 0);   // back to before the burst
        history_->stack()->redo();
        QCOMPARE(value_, 3);   // the burst's last state

        // Another key does not merge; NoMerge never merges.
        setValue(4, ViewHistory::Smoothing);
        setValue(5);
        setValue(6);
        QCOMPARE(history_->stack()->count(), 4);
    }

    void aPauseEndsTheBurst()
    {
        history_->setMergeWindowMs(30);
        setValue(1, ViewHistory::Selection);
        QTest::qWait(80);
        setValue(2, ViewHistory::Selection);
        QCOMPARE(history_->stack()->count(), 2);
        history_->stack()->undo();
        QCOMPARE(value_, 1);
    }

    void layoutsRoundTrip()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName("EditScopeTest");
        QCoreApplication::setApplicationName("test_view_history");
        QSettings().clear();

        LayoutLibrary lib;
        QCOMPARE(lib.names(), LayoutLibrary::builtInNames());
        const auto scores = lib.layout("Scores");
        QVERIFY(scores.has_value());
        QCOMPARE(scores->value("plots").toArray().size(), 3);
        QVERIFY(!lib.save("Scores", QJsonObject{{"columns", 3}}));   // built-ins are protected
        QVERIFY(!lib.remove("All plots"));
        QVERIFY(!lib.save("  ", QJsonObject{}));

        const QJsonObject state{{"plots", QJsonArray{"norms", "efficacy"}}, {"columns", 1}, {"bucket", 7}};
        QVERIFY(lib.save("norms/first", state));
        QVERIFY(lib.save("alpha", QJsonObject{{"columns", 2}}));
        QCOMPARE(lib.userNames(), (QStringList{"alpha", "norms/first"}));
        QCOMPARE(LayoutLibrary().layout("norms/first").value(), state);
        QVERIFY(lib.remove("alpha"));
        QVERIFY(!lib.layout("alpha").has_value());
        QCOMPARE(lib.names().size(), 4);
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestViewHistory)
#include "test_view_history.moc"
