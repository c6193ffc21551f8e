// NewRunDialog: everything a sequential run needs, checked while the user types. The hparams file is
// validated against the chosen checkpoint (unknown layers or module names are listed inline with what
// the model has), the layer statistics the method reads are shown found / missing with a button that
// computes the missing ones (progress and cancel inside the dialog), and OK stays disabled until the
// inputs are usable. The result is the engine's NewRunOptions plus the run file to write.
// GUI thread; owns the statistics task while it runs.
#pragma once

#include "core/runner/sequential_run.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace editscope {

class BackgroundTask;

class NewRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewRunDialog(QWidget* parent = nullptr);
    ~NewRunDialog() override;

    void setOptions(const NewRunOptions& options, const QString& dbPath, const QString& corpusPath = {});
    NewRunOptions options() const;
    QString dbPath() const;
    QString corpusPath() const;

    // The validation state shown (for tests): empty when the inputs are usable.
    QStringList problems() const { return problems_; }
    bool statisticsMissing() const { return statisticsMissing_; }
    bool computingStatistics() const { return computingStats_; }

public Q_SLOTS:
    void revalidate();
    void computeStatistics();

private:
    void addPathRow(QLineEdit* edit, bool directory, const QString& filter, QWidget* row);

    QLineEdit* model_ = nullptr;
    QLineEdit* dataset_ = nullptr;
    QComboBox* method_ = nullptr;
    QLineEdit* hparams_ = nullptr;
    QLabel* hparamsStatus_ = nullptr;
    QLineEdit* statsDir_ = nullptr;
    QLineEdit* corpus_ = nullptr;
    QLabel* statsStatus_ = nullptr;
    QPushButton* computeStats_ = nullptr;
    QProgressBar* statsProgress_ = nullptr;
    QLineEdit* name_ = nullptr;
    QSpinBox* edits_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLineEdit* orderFile_ = nullptr;
    QLineEdit* orderSample_ = nullptr;
    QSpinBox* retentionEvery_ = nullptr;
    QSpinBox* downstreamEvery_ = nullptr;
    QSpinBox* generationEvery_ = nullptr;
    QLineEdit* downstreamDir_ = nullptr;
    QSpinBox* downstreamPerClass_ = nullptr;
    QComboBox* device_ = nullptr;
    QCheckBox* pauseOnFlag_ = nullptr;
    QLineEdit* db_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QStringList problems_;
    bool statisticsMissing_ = false;
    bool computingStats_ = false;
    std::unique_ptr<BackgroundTask> statsTask_;
};

} // namespace editscope
