// BranchDialog: "roll back to before this edit and continue". For the selected step N of the open run
// it offers a child run that starts from the model after step N − 1 (the edit at N rolled back and
// skipped) or after step N (kept), and continues the parent's edit order with the same method or a
// different one (e.g. r-ROME for the rest). The result is the engine's BranchOptions; the run file is
// the parent's. GUI thread.
#pragma once

#include "core/runner/sequential_run.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace editscope {

class BranchDialog : public QDialog {
    Q_OBJECT
public:
    // `globalStep`: the selected step on the root run's axis; `parentMethod` / `parentHparams`: the open run's.
    BranchDialog(int64_t globalStep, const QString& parentMethod, const QString& parentHparams, QWidget* parent = nullptr);

    BranchOptions options() const;

    void setRollBack(bool rollBack);                            // tests
    void setMethod(const QString& method, const QString& hparamsPath);

private:
    int64_t step_;
    QString parentMethod_;
    QRadioButton* rollBack_ = nullptr;
    QRadioButton* keep_ = nullptr;
    QComboBox* method_ = nullptr;
    QLineEdit* hparams_ = nullptr;
    QLineEdit* name_ = nullptr;
};

} // namespace editscope
