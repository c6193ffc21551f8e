#include "widgets/new_run_dialog.h"

#include "core/runner/run_inputs.h"
#include "widgets/session/background_task.h"
#include "widgets/session/demo_world_setup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace editscope {
namespace {

QSpinBox* spin(int min, int max, int value, const QString& special = {})
{
    auto* s = new QSpinBox;
    s->setRange(min, max);
    s->setValue(value);
    if (!special.isEmpty())
        s->setSpecialValueText(special);
    return s;
}

QString html(const QStringList& lines, const QString& colour)
{
    QStringList escaped;
    for (const auto& l : lines)
        escaped << l.toHtmlEscaped();
    return QString("<span style='color:%1'>%2</span>").arg(colour, escaped.join("<br>"));
}

} // namespace

NewRunDialog::NewRunDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New run"));
    auto* outer = new QVBoxLayout(this);

    auto* inputs = new QGroupBox(tr("Model and edits"));
    auto* form = new QFormLayout(inputs);
    auto row = [&](QFormLayout* f, const QString& label, QLineEdit*& edit, bool directory, const QString& filter) {
        edit = new QLineEdit;
        auto* w = new QWidget;
        addPathRow(edit, directory, filter, w);
        f->addRow(label, w);
    };
    row(form, tr("Model folder"), model_, true, {});
    row(form, tr("Dataset (CounterFact JSON)"), dataset_, false, tr("JSON (*.json)"));
    method_ = new QComboBox;
    method_->addItem(tr("ROME"), "rome");
    method_->addItem(tr("r-ROME"), "r-rome");
    method_->addItem(tr("MEMIT"), "memit");
    form->addRow(tr("Method"), method_);
    row(form, tr("Hyperparameters"), hparams_, false, tr("JSON (*.json)"));
    hparamsStatus_ = new QLabel;
    hparamsStatus_->setWordWrap(true);
    hparamsStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), hparamsStatus_);
    row(form, tr("Statistics folder"), statsDir_, true, {});
    row(form, tr("Statistics corpus"), corpus_, false, tr("Text (*.txt *.jsonl)"));
    statsStatus_ = new QLabel;
    statsStatus_->setWordWrap(true);
    statsStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    computeStats_ = new QPushButton(tr("Compute missing statistics"));
    statsProgress_ = new QProgressBar;
    statsProgress_->setVisible(false);
    auto* statsRow = new QWidget;
    auto* statsLayout = new QHBoxLayout(statsRow);
    statsLayout->setContentsMargins(0, 0, 0, 0);
    statsLayout->addWidget(statsStatus_, 1);
    statsLayout->addWidget(statsProgress_);
    statsLayout->addWidget(computeStats_);
    form->addRow(QString(), statsRow);
    outer->addWidget(inputs);

    auto* plan = new QGroupBox(tr("Run"));
    auto* planForm = new QFormLayout(plan);
    name_ = new QLineEdit;
    planForm->addRow(tr("Name"), name_);
    edits_ = spin(0, 1000000, 100, tr("all records"));
    planForm->addRow(tr("Number of edits"), edits_);
    batch_ = spin(1, 10000, 1);
    batch_->setToolTip(tr("Requests per edit call (MEMIT batches; the paper edits one at a time)"));
    planForm->addRow(tr("Batch size"), batch_);
    seed_ = spin(0, 2147483647, 0);
    planForm->addRow(tr("Seed (order, templates, samplers)"), seed_);
    orderFile_ = new QLineEdit;
    orderFile_->setPlaceholderText(tr("empty: shuffled with the seed"));
    auto* orderRow = new QWidget;
    addPathRow(orderFile_, false, tr("JSON (*.json)"), orderRow);
    planForm->addRow(tr("Order file"), orderRow);
    orderSample_ = new QLineEdit;
    orderSample_->setPlaceholderText("0");
    planForm->addRow(tr("Order sample key"), orderSample_);
    retentionEvery_ = spin(0, 100000, 20, tr("never"));
    planForm->addRow(tr("Retention every (steps)"), retentionEvery_);
    downstreamEvery_ = spin(0, 100000, 5, tr("never"));
    planForm->addRow(tr("Downstream every (steps)"), downstreamEvery_);
    downstreamDir_ = new QLineEdit;
    auto* downstreamRow = new QWidget;
    addPathRow(downstreamDir_, true, {}, downstreamRow);
    planForm->addRow(tr("Downstream folder"), downstreamRow);
    downstreamPerClass_ = spin(1, 100000, 100);
    planForm->addRow(tr("Downstream examples per class"), downstreamPerClass_);
    generationEvery_ = spin(0, 100000, 10, tr("never"));
    planForm->addRow(tr("Generation every (steps)"), generationEvery_);
    device_ = new QComboBox;
    device_->addItems({"auto", "cpu", "cuda"});
    planForm->addRow(tr("Device"), device_);
    pauseOnFlag_ = new QCheckBox(tr("Pause when the detector flags a step"));
    planForm->addRow(QString(), pauseOnFlag_);
    db_ = new QLineEdit;
    auto* dbRow = new QWidget;
    addPathRow(db_, false, tr("Run files (*.db)"), dbRow);
    planForm->addRow(tr("Run file"), dbRow);
    outer->addWidget(plan);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Start run"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons_);

    for (auto* e : {model_, dataset_, hparams_, statsDir_, corpus_, downstreamDir_, db_, orderFile_})
        connect(e, &QLineEdit::textChanged, this, &NewRunDialog::revalidate);
    connect(method_, &QComboBox::currentIndexChanged, this, &NewRunDialog::revalidate);
    connect(downstreamEvery_, &QSpinBox::valueChanged, this, &NewRunDialog::revalidate);
    connect(computeStats_, &QPushButton::clicked, this, &NewRunDialog::computeStatistics);
    revalidate();
}

NewRunDialog::~NewRunDialog() = default;

void NewRunDialog::addPathRow(QLineEdit* edit, bool directory, const QString& filter, QWidget* row)
{
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QToolButton;
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Browse"));
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, directory, filter] {
        const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
        const QString chosen = directory ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), start)
                                         : QFileDialog::getSaveFileName(this, tr("Choose a file"), start, filter, nullptr,
                                                                        QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
}

void NewRunDialog::setOptions(const NewRunOptions& o, const QString& dbPath, const QString& corpusPath)
{
    model_->setText(QString::fromStdString(o.modelDir));
    dataset_->setText(QString::fromStdString(o.datasetPath));
    method_->setCurrentIndex(std::max(0, method_->findData(QString::fromStdString(o.method))));
    hparams_->setText(QString::fromStdString(o.hparamsPath));
    statsDir_->setText(QString::fromStdString(o.statsDir));
    corpus_->setText(corpusPath);
    name_->setText(QString::fromStdString(o.name));
    edits_->setValue(static_cast<int>(o.edits));
    batch_->setValue(static_cast<int>(o.batchSize));
    seed_->setValue(static_cast<int>(o.seed));
    orderFile_->setText(QString::fromStdString(o.orderFile));
    orderSample_->setText(QString::fromStdString(o.orderSample));
    retentionEvery_->setValue(static_cast<int>(o.retentionEvery));
    downstreamEvery_->setValue(static_cast<int>(o.downstreamEvery));
    downstreamDir_->setText(QString::fromStdString(o.downstreamDir));
    downstreamPerClass_->setValue(static_cast<int>(o.downstreamPerClass));
    generationEvery_->setValue(static_cast<int>(o.generationEvery));
    device_->setCurrentText(QString::fromStdString(o.device));
    pauseOnFlag_->setChecked(o.pauseOnFlag);
    db_->setText(dbPath);
    revalidate();
}

NewRunOptions NewRunDialog::options() const
{
    NewRunOptions o;
    o.name = name_->text().toStdString();
    o.modelDir = model_->text().trimmed().toStdString();
    o.datasetPath = dataset_->text().trimmed().toStdString();
    o.method = method_->currentData().toString().toStdString();
    o.hparamsPath = hparams_->text().trimmed().toStdString();
    o.statsDir = statsDir_->text().trimmed().toStdString();
    o.edits = edits_->value();
    o.batchSize = batch_->value();
    o.seed = static_cast<uint64_t>(seed_->value());
    o.orderFile = orderFile_->text().trimmed().toStdString();
    o.orderSample = orderSample_->text().trimmed().toStdString();
    o.retentionEvery = retentionEvery_->value();
    o.downstreamDir = downstreamDir_->text().trimmed().toStdString();
    o.downstreamEvery = o.downstreamDir.empty() ? 0 : downstreamEvery_->value();
    o.downstreamPerClass = downstreamPerClass_->value();
    o.generationEvery = generationEvery_->value();
    o.device = device_->currentText().toStdString();
    o.pauseOnFlag = pauseOnFlag_->isChecked();
    return o;
}

QString NewRunDialog::dbPath() const { return db_->text().trimmed(); }
QString NewRunDialog::corpusPath() const { return corpus_->text().trimmed(); }

void NewRunDialog::revalidate()
{
    problems_.clear();
    statisticsMissing_ = false;
    const auto o = options();
    const QString model = QString::fromStdString(o.modelDir);
    bool modelOk = false;
    if (model.isEmpty() || !QFileInfo(model + "/config.json").isFile()) {
        problems_ << tr("Model folder: no config.json in '%1'").arg(model);
    } else {
        modelOk = true;
    }
    if (!QFileInfo(QString::fromStdString(o.datasetPath)).isFile())
        problems_ << tr("Dataset: no such file '%1'").arg(QString::fromStdString(o.datasetPath));

    QStringList hparamsLines;
    if (modelOk) {
        const auto check = checkHparams(o.method, o.hparamsPath, o.modelDir);
        for (const auto& p : check.problems)
            hparamsLines << QString::fromStdString(p);
        problems_ << hparamsLines;
        if (check.ok) {
            const auto info = checkModelFolder(o.modelDir);
            QStringList layers;
            for (auto l : check.layers)
                layers << QString::number(l);
            QStringList lines{tr("Edits layer(s) %1 of %2 (width %3).").arg(layers.join(", ")).arg(info.layers).arg(info.width)};
            for (const auto& w : check.warnings)
                lines << QString::fromStdString(w);
            hparamsStatus_->setText(html(lines, palette().color(QPalette::WindowText).name()));
        } else {
            hparamsStatus_->setText(html(hparamsLines, "#c0392b"));
        }
        if (check.ok && check.needsStatistics) {
            try {
                const auto stats = findStatistics(o.method, o.hparamsPath, o.modelDir, o.statsDir);
                QStringList lines;
                for (const auto& f : stats.files)
                    lines << (f.present ? tr("layer %1: found %2") : tr("layer %1: missing %2")).arg(f.layer)
                                 .arg(QString::fromStdString(f.path));
                statisticsMissing_ = !stats.allPresent();
                statsStatus_->setText(html(lines, statisticsMissing_ ? "#c0392b" : palette().color(QPalette::WindowText).name()));
                if (statisticsMissing_)
                    problems_ << tr("Statistics: missing (compute them with the button)");
            } catch (const std::exception& e) {
                statsStatus_->setText(html({QString::fromStdString(e.what())}, "#c0392b"));
                problems_ << QString::fromStdString(e.what());
            }
        } else {
            statsStatus_->setText(check.ok ? tr("This configuration reads no statistics.") : QString());
        }
    } else {
        hparamsStatus_->setText(html({tr("Choose a model folder to check the hyperparameters against it.")}, "#c0392b"));
        statsStatus_->clear();
    }
    if (!o.orderFile.empty() && !QFileInfo(QString::fromStdString(o.orderFile)).isFile())
        problems_ << tr("Order file: no such file");
    if (downstreamEvery_->value() > 0 && !o.downstreamDir.empty() && !QFileInfo(QString::fromStdString(o.downstreamDir)).isDir())
        problems_ << tr("Downstream folder: not a folder");
    if (dbPath().isEmpty())
        problems_ << tr("Run file: choose where the run is stored");
    const bool computing = computingStats_;
    computeStats_->setEnabled(statisticsMissing_ && !computing && QFileInfo(corpusPath()).isFile());
    computeStats_->setToolTip(QFileInfo(corpusPath()).isFile() ? QString() : tr("Choose the corpus the statistics are computed over"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problems_.isEmpty() && !computing);
    buttons_->button(QDialogButtonBox::Ok)->setToolTip(problems_.join('\n'));
}

void NewRunDialog::computeStatistics()
{
    if (computingStats_) {
        statsTask_->cancel();
        return;
    }
    computingStats_ = true;
    statsTask_ = std::make_unique<BackgroundTask>(tr("Layer statistics"), computeStatisticsJob(options(), corpusPath()));
    statsProgress_->setVisible(true);
    statsProgress_->setRange(0, 1000);
    statsProgress_->setValue(0);
    computeStats_->setText(tr("Cancel"));
    computeStats_->setEnabled(true);
    connect(statsTask_.get(), &BackgroundTask::progressed, this, [this](const QString&, double fraction, double eta, const QString& message) {
        statsProgress_->setValue(fraction >= 0 ? static_cast<int>(fraction * 1000) : 0);
        statsProgress_->setFormat(eta >= 0 ? tr("%1, ETA %2 s").arg(message).arg(qRound(eta)) : message);
    });
    connect(statsTask_.get(), &BackgroundTask::failed, this, [this](const QString& message) {
        statsStatus_->setText(html({message}, "#c0392b"));
    });
    connect(statsTask_.get(), &BackgroundTask::finished, this, [this] {
        computingStats_ = false;
        statsProgress_->setVisible(false);
        computeStats_->setText(tr("Compute missing statistics"));
        revalidate();
    });
    statsTask_->start();
    revalidate();
}

} // namespace editscope
