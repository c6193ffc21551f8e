#include "widgets/branch_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace editscope {

BranchDialog::BranchDialog(int64_t globalStep, const QString& parentMethod, const QString& parentHparams, QWidget* parent)
    : QDialog(parent)
    , step_(globalStep)
    , parentMethod_(parentMethod)
{
    setWindowTitle(tr("Branch from step %1").arg(globalStep));
    auto* layout = new QVBoxLayout(this);
    rollBack_ = new QRadioButton(tr("Roll back edit %1 and continue without it (the child starts after step %2)")
                                     .arg(globalStep)
                                     .arg(globalStep - 1));
    keep_ = new QRadioButton(tr("Keep edit %1 and continue differently (the child starts after step %1)").arg(globalStep));
    rollBack_->setChecked(true);
    layout->addWidget(rollBack_);
    layout->addWidget(keep_);
    auto* form = new QFormLayout;
    method_ = new QComboBox;
    method_->addItem(tr("same as the parent (%1)").arg(parentMethod), QString());
    method_->addItem(tr("ROME"), "rome");
    method_->addItem(tr("r-ROME"), "r-rome");
    method_->addItem(tr("MEMIT"), "memit");
    form->addRow(tr("Method for the rest"), method_);
    hparams_ = new QLineEdit(parentHparams);
    form->addRow(tr("Hyperparameters"), hparams_);
    name_ = new QLineEdit;
    name_->setPlaceholderText(tr("optional"));
    form->addRow(tr("Name"), name_);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The child run is stored in the same file, next to its parent."));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start branch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void BranchDialog::setRollBack(bool rollBack) { (rollBack ? rollBack_ : keep_)->setChecked(true); }

void BranchDialog::setMethod(const QString& method, const QString& hparamsPath)
{
    method_->setCurrentIndex(std::max(0, method_->findData(method)));
    hparams_->setText(hparamsPath);
}

BranchOptions BranchDialog::options() const
{
    BranchOptions o;
    o.name = name_->text().toStdString();
    const bool rollBack = rollBack_->isChecked();
    o.atStep = rollBack ? step_ - 1 : step_;
    o.skip = rollBack ? 1 : 0;
    o.method = method_->currentData().toString().toStdString();
    if (!o.method.empty())
        o.hparamsPath = hparams_->text().trimmed().toStdString();
    return o;
}

} // namespace editscope
