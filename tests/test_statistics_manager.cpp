// StatisticsManager (widgets/statistics_manager.h) on a copy of the gui_run fixture's statistics and the
// test world's model: the table lists layer 0 with the sample size, token count and λ_min that
// loadSecondMoment reads from the file; a truncated copy is reported invalid with a reason naming it;
// an hparams file for a layer without statistics shows that layer missing; computing that layer with a
// few documents writes a file at the reference path that loadSecondMoment accepts and the table lists
// as valid; cancelling a computation writes nothing; closing the shown dialog with a focused field is safe.
#include <ATen/ATen.h>   // before the engine headers that use tensor operators

#include "support/test_main.h"

#include "core/editing/edit_method.h"
#include "core/editing/stats_file.h"
#include "core/runner/run_inputs.h"
#include "widgets/statistics_manager.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

using namespace editscope;

namespace {

QString envPath(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QString() : QDir(value).absolutePath();
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

int rowOf(const StatisticsManager& m, const std::string& path)
{
    for (size_t i = 0; i < m.entries().size(); ++i)
        if (m.entries()[i].path == path)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class TestStatisticsManager : public QObject {
    Q_OBJECT

    QString world_, model_, fixtureStats_;
    QTemporaryDir tmp_;
    QString stats_;
    std::string layer0_;    // the fixture's layer-0 file in the copy
    int64_t inner_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        world_ = envPath("EDITSCOPE_TEST_WORLD");
        fixtureStats_ = envPath("EDITSCOPE_GUI_STATS");
        if (world_.isEmpty() || fixtureStats_.isEmpty())
            QSKIP("EDITSCOPE_TEST_WORLD / EDITSCOPE_GUI_STATS not set (run through ctest: fixture gui_run)");
        model_ = world_ + "/model";
        QVERIFY(tmp_.isValid());
        stats_ = tmp_.filePath("stats");
        QVERIFY(copyTree(fixtureStats_, stats_));   // the fixture stays as it is
        layer0_ = secondMomentPath(stats_.toStdString(), statsModelName(model_.toStdString()), "demo_corpus", 0, "float32", 40);
        QVERIFY2(QFileInfo::exists(QString::fromStdString(layer0_)), layer0_.c_str());
        inner_ = checkModelFolder(model_.toStdString()).innerWidth;
    }

    void listsAndValidatesTheFixtureFile()
    {
        StatisticsManager m;
        m.setModelDir(model_);
        m.setStatsDir(stats_);
        QCOMPARE(m.entries().size(), size_t{1});
        const auto& listed = m.entries()[0];
        QCOMPARE(listed.path, layer0_);
        QCOMPARE(listed.layer, int64_t{0});
        QCOMPARE(listed.dataset, std::string("demo_corpus"));
        QCOMPARE(listed.sampleSize, int64_t{40});
        QVERIFY(listed.check == StatisticsCheck::NotChecked);
        QCOMPARE(m.table()->rowCount(), 1);
        QCOMPARE(m.table()->item(0, StatisticsManager::StatusColumn)->text(), StatisticsManager::tr("not checked"));

        QSignalSpy done(&m, &StatisticsManager::validationFinished);
        m.validateAll();
        QVERIFY(m.isBusy());
        QVERIFY(done.wait(60000));
        QVERIFY(!m.isBusy());
        const auto oracle = loadSecondMoment(layer0_, inner_, 0);
        const auto& e = m.entries()[0];
        QVERIFY2(e.check == StatisticsCheck::Valid, e.status.c_str());
        QCOMPARE(e.sampleSize, oracle.moment.sampleSize);
        QCOMPARE(e.sampleSize, int64_t{40});
        QCOMPARE(e.tokens, oracle.moment.count);
        QCOMPARE(e.minEigenvalue, oracle.minEigenvalue);
        QCOMPARE(e.maxEigenvalue, oracle.maxEigenvalue);
        QCOMPARE(e.dtype, oracle.dtypeName);
        // The table shows the same numbers (raw values in Qt::UserRole).
        auto raw = [&](int column) { return m.table()->item(0, column)->data(Qt::UserRole); };
        QCOMPARE(raw(StatisticsManager::LayerColumn).toLongLong(), 0LL);
        QCOMPARE(raw(StatisticsManager::SamplesColumn).toLongLong(), static_cast<qlonglong>(oracle.moment.sampleSize));
        QCOMPARE(raw(StatisticsManager::TokensColumn).toLongLong(), static_cast<qlonglong>(oracle.moment.count));
        QCOMPARE(raw(StatisticsManager::MinEigenColumn).toDouble(), oracle.minEigenvalue);
        QCOMPARE(raw(StatisticsManager::MaxEigenColumn).toDouble(), oracle.maxEigenvalue);
        QCOMPARE(m.table()->item(0, StatisticsManager::CorpusColumn)->text(), QStringLiteral("demo_corpus"));
        QVERIFY(m.table()->item(0, StatisticsManager::StatusColumn)->text().startsWith(QStringLiteral("valid")));
        // A refresh keeps the result for the unchanged file.
        m.refresh();
        QVERIFY(m.entries()[0].check == StatisticsCheck::Valid);
    }

    void closingWithAFocusedFieldIsSafe()
    {
        // Hiding in QDialog's destructor makes the focused model-folder field emit editingFinished, which
        // called refresh() on already destroyed members (a crash) until the destructor disconnected its
        // children.
        auto m = std::make_unique<StatisticsManager>();
        m->setModelDir(model_);
        m->setStatsDir(stats_);
        m->show();
        QVERIFY(QTest::qWaitForWindowExposed(m.get()));
        m->activateWindow();
        QSignalSpy done(m.get(), &StatisticsManager::validationFinished);
        m->validateAll();   // disables the focused button: the focus moves on to a field
        QVERIFY(done.wait(60000));
        auto* field = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(field);
        QSignalSpy edited(field, &QLineEdit::editingFinished);
        m.reset();
        QCOMPARE(edited.count(), 1);   // the path was taken
    }

    void truncatedCopyIsInvalidAndNamed()
    {
        const std::string truncated = secondMomentPath(stats_.toStdString(), statsModelName(model_.toStdString()), "demo_corpus", 0,
                                                       "float32", 41);
        {
            QFile in(QString::fromStdString(layer0_));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            QFile out(QString::fromStdString(truncated));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.left(bytes.size() / 2));
        }
        StatisticsManager m;
        m.setModelDir(model_);
        m.setStatsDir(stats_);
        QCOMPARE(m.entries().size(), size_t{2});
        QSignalSpy done(&m, &StatisticsManager::validationFinished);
        m.validateAll();
        QVERIFY(done.wait(60000));
        const int bad = rowOf(m, truncated), good = rowOf(m, layer0_);
        QVERIFY(bad >= 0 && good >= 0);
        const auto& e = m.entries()[static_cast<size_t>(bad)];
        QVERIFY(e.check == StatisticsCheck::Invalid);
        QVERIFY2(e.status.find(truncated) != std::string::npos, e.status.c_str());
        const QString shown = m.table()->item(bad, StatisticsManager::StatusColumn)->text();
        QVERIFY2(shown.startsWith(StatisticsManager::tr("invalid: %1").arg(QString())), qPrintable(shown));
        QVERIFY2(shown.contains(QFileInfo(QString::fromStdString(truncated)).fileName()), qPrintable(shown));
        QVERIFY(m.entries()[static_cast<size_t>(good)].check == StatisticsCheck::Valid);
        QVERIFY(QFile::remove(QString::fromStdString(truncated)));
    }

    void computesAMissingLayerThatThenValidates()
    {
        // Hyperparameters that edit layer 2 of the test model, which has no statistics yet.
        auto hparams = nlohmann::json::parse(std::ifstream((world_ + "/hparams/ROME/demo.json").toStdString()));
        hparams["layers"] = {2};
        hparams["mom2_n_samples"] = 5;
        const QString hparamsPath = tmp_.filePath("layer2.json");
        std::ofstream(hparamsPath.toStdString()) << hparams.dump(2);
        StatisticsManager m;
        m.setModelDir(model_);
        m.setStatsDir(stats_);
        m.setHparams("rome", hparamsPath);
        m.setCorpus(world_ + "/corpus.txt");
        const std::string expected = secondMomentPath(stats_.toStdString(), statsModelName(model_.toStdString()), "demo_corpus", 2,
                                                      "float32", 5);
        QCOMPARE(missingStatisticsLayers("rome", hparamsPath.toStdString(), model_.toStdString(), stats_.toStdString()),
                 std::vector<int64_t>{2});
        const int missing = rowOf(m, expected);
        QVERIFY(missing >= 0);
        QVERIFY(m.entries()[static_cast<size_t>(missing)].check == StatisticsCheck::Missing);
        QVERIFY(m.entries()[static_cast<size_t>(missing)].neededByHparams);

        QSignalSpy finished(&m, &StatisticsManager::computeFinished);
        QSignalSpy written(&m, &StatisticsManager::statisticsWritten);
        m.computeLayers({2}, 5, "demo_corpus", "float32");
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(written.count(), 1);
        QVERIFY(QFileInfo::exists(QString::fromStdString(expected)));
        const auto oracle = loadSecondMoment(expected, inner_, 2);
        QCOMPARE(oracle.moment.sampleSize, int64_t{5});
        const int row = rowOf(m, expected);
        QVERIFY(row >= 0);
        const auto& e = m.entries()[static_cast<size_t>(row)];
        QVERIFY2(e.check == StatisticsCheck::Valid, e.status.c_str());
        QCOMPARE(e.tokens, oracle.moment.count);
        QCOMPARE(e.minEigenvalue, oracle.minEigenvalue);
        QVERIFY(e.neededByHparams);
        // Validating again from scratch (a fresh dialog) agrees.
        StatisticsManager again;
        again.setModelDir(model_);
        again.setStatsDir(stats_);
        QSignalSpy done(&again, &StatisticsManager::validationFinished);
        again.validateAll();
        QVERIFY(done.wait(60000));
        const auto& f = again.entries()[static_cast<size_t>(rowOf(again, expected))];
        QVERIFY2(f.check == StatisticsCheck::Valid, f.status.c_str());
        QCOMPARE(f.sampleSize, int64_t{5});
        QVERIFY(missingStatisticsLayers("rome", hparamsPath.toStdString(), model_.toStdString(), stats_.toStdString()).empty());
    }

    void cancelWritesNothing()
    {
        StatisticsManager m;
        m.setModelDir(model_);
        m.setStatsDir(stats_);
        m.setCorpus(world_ + "/corpus.txt");
        const std::string path = secondMomentPath(stats_.toStdString(), statsModelName(model_.toStdString()), "demo_corpus", 3,
                                                  "float32", 40);
        QSignalSpy finished(&m, &StatisticsManager::computeFinished);
        QSignalSpy written(&m, &StatisticsManager::statisticsWritten);
        m.computeLayers({3}, 40, "demo_corpus", "float32");
        QVERIFY(m.isBusy());
        m.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), StatisticsManager::tr("Cancelled."));
        QCOMPARE(written.count(), 0);
        QVERIFY(!m.isBusy());
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path)));
        QCOMPARE(rowOf(m, path), -1);
    }
};

EDITSCOPE_GUI_TEST_MAIN(TestStatisticsManager)
#include "test_statistics_manager.moc"
