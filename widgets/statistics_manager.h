// StatisticsManager: the layer-statistics files of a model (core/runner/statistics_catalog.h) in one
// dialog. The user picks the model folder and the statistics tree (the window pre-fills both), and
// optionally an hparams file (its missing files are listed too) and a corpus (for computing). The table
// shows per file: layer, corpus (dataset), samples (documents), tokens, dtype, size, λ_min and λ_max of
// C = M / count, and a status coloured valid / invalid / missing / not checked (the reason in full as
// tool tip and in the status line under the table). Each cell keeps its raw value in Qt::UserRole.
//
// Validate loads every listed file (shape, finite, symmetric, eigenvalues) and Compute missing… runs
// the model over the corpus for the chosen layers (StatisticsRequest); both run on a BackgroundTask
// with progress, ETA and Cancel, one task at a time, and results cross back as copied plain values.
// Validation results are kept per file (path, size, modification time) across refreshes.
// Ownership: a QDialog; it owns its task (closing cancels and waits). GUI thread only.
#pragma once

#include "core/runner/statistics_catalog.h"

#include <QDateTime>
#include <QDialog>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace editscope {

class BackgroundTask;

class StatisticsManager : public QDialog {
    Q_OBJECT
public:
    enum Column { LayerColumn, CorpusColumn, SamplesColumn, TokensColumn, DtypeColumn, SizeColumn, MinEigenColumn,
                  MaxEigenColumn, StatusColumn, ColumnCount };

    explicit StatisticsManager(QWidget* parent = nullptr);
    ~StatisticsManager() override;

    // Setting a folder or hparams file refreshes the list.
    void setModelDir(const QString& dir);
    QString modelDir() const;
    void setStatsDir(const QString& dir);
    QString statsDir() const;
    void setHparams(const QString& method, const QString& path);   // method: rome | r-rome | memit; "" path: none
    QString hparamsPath() const;
    void setCorpus(const QString& path);
    QString corpus() const;
    void setDevice(const QString& device) { device_ = device; }   // "auto" (default), "cpu", "cuda:0"

    // Re-lists the files (cheap: names and sizes) and redraws the table.
    void refresh();
    // Loads and checks every listed file off the GUI thread; validationFinished when done.
    void validateAll();
    // Computes the layers over corpus() off the GUI thread; computeFinished when done. dataset "" = the
    // corpus file's stem; dtype float32 | float64. The written files are validated and listed.
    void computeLayers(const std::vector<int64_t>& layers, int64_t samples, const QString& dataset,
                       const QString& dtype = QStringLiteral("float32"));
    void cancel();
    bool isBusy() const { return task_ != nullptr; }

    const std::vector<StatisticsEntry>& entries() const { return entries_; }
    QTableWidget* table() const { return table_; }
    QString statusText() const;
    QString listError() const { return listError_; }   // why the list could not be made ("" when fine)

Q_SIGNALS:
    void validationFinished();
    void computeFinished(bool ok, const QString& message);   // ok false: failed or cancelled
    void statisticsWritten();                                  // new files (a New-run dialog may re-check)

protected:
    void reject() override;
    void changeEvent(QEvent* event) override;

private:
    struct Shared;   // results handed from the task's thread
    void fillTable();
    void showDetail(int row);
    void updateButtons();
    void openComputeDialog();
    void startTask(const QString& title, std::function<QString(BackgroundTask&)> job, bool computing);
    void takeResults();
    void remember(const StatisticsEntry& e);
    std::optional<StatisticsEntry> remembered(const StatisticsEntry& e) const;

    QLineEdit* modelEdit_ = nullptr;
    QLineEdit* statsEdit_ = nullptr;
    QComboBox* methodBox_ = nullptr;
    QLineEdit* hparamsEdit_ = nullptr;
    QLineEdit* corpusEdit_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* detail_ = nullptr;    // the selected file: path and full status
    QProgressBar* progress_ = nullptr;
    QPushButton* refreshButton_ = nullptr;
    QPushButton* validateButton_ = nullptr;
    QPushButton* computeButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QString device_ = QStringLiteral("auto");

    std::vector<StatisticsEntry> entries_;
    QString listError_;
    QString lastMessage_;
    struct Checked {
        StatisticsEntry entry;
        int64_t bytes = 0;
        QDateTime modified;
    };
    std::map<std::string, Checked> checked_;   // validation results by path
    BackgroundTask* task_ = nullptr;
    bool computing_ = false;
    bool taskOk_ = false;
    std::shared_ptr<Shared> shared_;
};

} // namespace editscope
