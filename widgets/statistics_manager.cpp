#include "widgets/statistics_manager.h"

#include "core/runner/run_inputs.h"
#include "core/util/error.h"
#include "widgets/session/background_task.h"
#include "widgets/warning_colors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace editscope {

struct StatisticsManager::Shared {
    std::mutex mutex;
    std::vector<StatisticsEntry> results;   // validated or written entries, not yet taken by the GUI
};

namespace {

QColor statusColour(StatisticsCheck check, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (check) {
    case StatisticsCheck::Valid: return dark ? QColor(0x6f, 0xcf, 0x87) : QColor(0x1e, 0x7b, 0x34);
    case StatisticsCheck::Invalid: return dark ? QColor(0xff, 0x7b, 0x6b) : QColor(0xc0, 0x39, 0x2b);
    case StatisticsCheck::Missing: return warningColor(palette);
    case StatisticsCheck::NotChecked: break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QTableWidgetItem* cell(const QString& text, const QVariant& raw = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (raw.isValid()) {
        item->setData(Qt::UserRole, raw);
        if (raw.typeId() != QMetaType::QString)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QString number(double v) { return std::isnan(v) ? QStringLiteral("—") : QString::number(v, 'g', 4); }

// A line edit with a "…" button that opens a file or folder chooser.
QWidget* pathRow(QWidget* parent, QLineEdit* edit, bool folder, const QString& caption)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(StatisticsManager::tr("Choose…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, folder, caption] {
        const QString chosen = folder ? QFileDialog::getExistingDirectory(edit, caption, edit->text())
                                      : QFileDialog::getOpenFileName(edit, caption, edit->text());
        if (!chosen.isEmpty()) {
            edit->setText(chosen);
            Q_EMIT edit->editingFinished();
        }
    });
    return row;
}

} // namespace

StatisticsManager::StatisticsManager(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Layer statistics"));
    modelEdit_ = new QLineEdit(this);
    statsEdit_ = new QLineEdit(this);
    methodBox_ = new QComboBox(this);
    methodBox_->addItems({QStringLiteral("rome"), QStringLiteral("r-rome"), QStringLiteral("memit")});
    hparamsEdit_ = new QLineEdit(this);
    hparamsEdit_->setPlaceholderText(tr("optional: list the files these hyperparameters read"));
    corpusEdit_ = new QLineEdit(this);
    corpusEdit_->setPlaceholderText(tr("plain text or .jsonl, for computing"));
    auto* hparamsRow = new QWidget(this);
    auto* hparamsLayout = new QHBoxLayout(hparamsRow);
    hparamsLayout->setContentsMargins(0, 0, 0, 0);
    hparamsLayout->addWidget(methodBox_);
    hparamsLayout->addWidget(pathRow(hparamsRow, hparamsEdit_, false, tr("Hyperparameters")), 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Model folder:"), pathRow(this, modelEdit_, true, tr("Model folder")));
    form->addRow(tr("Statistics folder:"), pathRow(this, statsEdit_, true, tr("Statistics folder")));
    form->addRow(tr("Hyperparameters:"), hparamsRow);
    form->addRow(tr("Corpus:"), pathRow(this, corpusEdit_, false, tr("Corpus")));

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setHorizontalHeaderLabels({tr("Layer"), tr("Corpus"), tr("Samples"), tr("Tokens"), tr("dtype"), tr("Size"),
                                       tr("λ min"), tr("λ max"), tr("Status")});
    table_->horizontalHeaderItem(SamplesColumn)->setToolTip(tr("Documents the moments were taken over (mom2_n_samples)"));
    table_->horizontalHeaderItem(MinEigenColumn)->setToolTip(tr("Smallest eigenvalue of C = Σ k kᵀ / tokens: near 0, C⁻¹ is unstable"));
    table_->horizontalHeaderItem(MaxEigenColumn)->setToolTip(tr("Largest eigenvalue of C"));
    table_->verticalHeader()->setVisible(false);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_ = new QLabel(this);
    detail_->setWordWrap(true);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setVisible(false);

    refreshButton_ = new QPushButton(tr("Refresh"), this);
    validateButton_ = new QPushButton(tr("Validate"), this);
    validateButton_->setToolTip(tr("Load every file and check it against the model: shape, finite values, symmetry, eigenvalues"));
    computeButton_ = new QPushButton(tr("Compute missing…"), this);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    for (auto* b : {refreshButton_, validateButton_, computeButton_, cancelButton_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(table_, 1);
    layout->addWidget(detail_);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    resize(1000, 480);

    for (auto* edit : {modelEdit_, statsEdit_, hparamsEdit_})
        connect(edit, &QLineEdit::editingFinished, this, &StatisticsManager::refresh);
    connect(methodBox_, &QComboBox::currentIndexChanged, this, &StatisticsManager::refresh);
    connect(corpusEdit_, &QLineEdit::textChanged, this, &StatisticsManager::updateButtons);
    connect(refreshButton_, &QPushButton::clicked, this, &StatisticsManager::refresh);
    connect(validateButton_, &QPushButton::clicked, this, &StatisticsManager::validateAll);
    connect(computeButton_, &QPushButton::clicked, this, &StatisticsManager::openComputeDialog);
    connect(cancelButton_, &QPushButton::clicked, this, &StatisticsManager::cancel);
    connect(close, &QDialogButtonBox::rejected, this, &StatisticsManager::reject);
    connect(table_, &QTableWidget::currentCellChanged, this, &StatisticsManager::showDetail);
    updateButtons();
}

StatisticsManager::~StatisticsManager()
{
    // QDialog's destructor hides the dialog, and a focused line edit then emits editingFinished into
    // this half-destroyed object: nothing of the children may call back from here on.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
    if (task_) {
        task_->disconnect(this);
        delete task_;   // cancels and waits for the job
    }
}

void StatisticsManager::setModelDir(const QString& dir)
{
    modelEdit_->setText(dir);
    refresh();
}
QString StatisticsManager::modelDir() const { return modelEdit_->text().trimmed(); }

void StatisticsManager::setStatsDir(const QString& dir)
{
    statsEdit_->setText(dir);
    refresh();
}
QString StatisticsManager::statsDir() const { return statsEdit_->text().trimmed(); }

void StatisticsManager::setHparams(const QString& method, const QString& path)
{
    const QSignalBlocker block(methodBox_);
    methodBox_->setCurrentText(method.isEmpty() ? QStringLiteral("rome") : method);
    hparamsEdit_->setText(path);
    refresh();
}
QString StatisticsManager::hparamsPath() const { return hparamsEdit_->text().trimmed(); }

void StatisticsManager::setCorpus(const QString& path) { corpusEdit_->setText(path); }
QString StatisticsManager::corpus() const { return corpusEdit_->text().trimmed(); }

void StatisticsManager::refresh()
{
    listError_.clear();
    entries_.clear();
    const std::string model = modelDir().toStdString(), stats = statsDir().toStdString();
    if (!model.empty() && !stats.empty()) {
        try {
            entries_ = catalogStatistics(model, stats, methodBox_->currentText().toStdString(), hparamsPath().toStdString());
        } catch (const std::exception& e) {   // a bad hparams file: still list what is there
            listError_ = QString::fromStdString(e.what());
            try {
                entries_ = listStatistics(model, stats);
            } catch (const std::exception& again) {
                listError_ = QString::fromStdString(again.what());
            }
        }
    }
    for (auto& e : entries_)
        if (auto known = remembered(e))
            e = *known;
    fillTable();
}

void StatisticsManager::remember(const StatisticsEntry& e)
{
    const QFileInfo info(QString::fromStdString(e.path));
    checked_[e.path] = {e, info.size(), info.lastModified()};
}

std::optional<StatisticsEntry> StatisticsManager::remembered(const StatisticsEntry& e) const
{
    const auto it = checked_.find(e.path);
    if (it == checked_.end())
        return std::nullopt;
    const QFileInfo info(QString::fromStdString(e.path));
    if (!info.exists() || info.size() != it->second.bytes || info.lastModified() != it->second.modified)
        return std::nullopt;   // replaced since: check again
    auto known = it->second.entry;
    known.neededByHparams = e.neededByHparams;
    return known;
}

void StatisticsManager::fillTable()
{
    const int current = table_->currentRow();
    table_->setRowCount(static_cast<int>(entries_.size()));
    int valid = 0, invalid = 0, missing = 0, unchecked = 0;
    bool needed = false;
    const QLocale locale;
    for (size_t i = 0; i < entries_.size(); ++i) {
        const auto& e = entries_[i];
        const int row = static_cast<int>(i);
        const bool present = e.check != StatisticsCheck::Missing;
        const bool checked = e.check == StatisticsCheck::Valid;
        const QString path = QString::fromStdString(e.path);
        QString layer = QString::number(e.layer);
        if (e.neededByHparams)
            layer += QStringLiteral(" ★");
        needed = needed || e.neededByHparams;
        table_->setItem(row, LayerColumn, cell(layer, QVariant::fromValue<qlonglong>(e.layer)));
        table_->setItem(row, CorpusColumn, cell(QString::fromStdString(e.dataset), QString::fromStdString(e.dataset)));
        table_->setItem(row, SamplesColumn, cell(QString::number(e.sampleSize), QVariant::fromValue<qlonglong>(e.sampleSize)));
        table_->setItem(row, TokensColumn, checked ? cell(locale.toString(static_cast<qlonglong>(e.tokens)), QVariant::fromValue<qlonglong>(e.tokens))
                                                   : cell(QStringLiteral("—")));
        table_->setItem(row, DtypeColumn, cell(QString::fromStdString(e.dtype), QString::fromStdString(e.dtype)));
        table_->setItem(row, SizeColumn, present ? cell(locale.formattedDataSize(e.fileBytes), QVariant::fromValue<qlonglong>(e.fileBytes))
                                                 : cell(QStringLiteral("—")));
        table_->setItem(row, MinEigenColumn, checked ? cell(number(e.minEigenvalue), e.minEigenvalue) : cell(QStringLiteral("—")));
        table_->setItem(row, MaxEigenColumn, checked ? cell(number(e.maxEigenvalue), e.maxEigenvalue) : cell(QStringLiteral("—")));
        QString status;
        switch (e.check) {
        case StatisticsCheck::Valid: status = QString::fromStdString(e.status); ++valid; break;
        case StatisticsCheck::Invalid:   // the file's name instead of its path: the path is in the tool tip
            status = tr("invalid: %1").arg(QString::fromStdString(e.status).replace(path, QFileInfo(path).fileName()));
            ++invalid;
            break;
        case StatisticsCheck::Missing: status = tr("missing"); ++missing; break;
        case StatisticsCheck::NotChecked: status = tr("not checked"); ++unchecked; break;
        }
        auto* statusItem = cell(status, QString::fromStdString(e.status));
        statusItem->setForeground(statusColour(e.check, palette()));
        statusItem->setToolTip(path + QLatin1Char('\n') + QString::fromStdString(e.status));
        table_->setItem(row, StatusColumn, statusItem);
        for (int c = 0; c < StatusColumn; ++c)
            table_->item(row, c)->setToolTip(path);
    }
    table_->resizeColumnsToContents();
    if (current >= 0 && current < table_->rowCount())
        table_->setCurrentCell(current, 0);
    showDetail(table_->currentRow());

    QStringList parts;
    if (!listError_.isEmpty())
        parts << listError_;
    else if (entries_.empty())
        parts << (modelDir().isEmpty() || statsDir().isEmpty() ? tr("Choose the model folder and the statistics folder.")
                                                               : tr("No statistics for this model in %1.").arg(statsDir()));
    else
        parts << tr("%n file(s)", nullptr, static_cast<int>(entries_.size()) - missing)
                     + QStringLiteral(": ") + tr("%1 valid, %2 invalid, %3 not checked").arg(valid).arg(invalid).arg(unchecked)
                     + (missing ? QStringLiteral("; ") + tr("%n missing for the hyperparameters", nullptr, missing) : QString())
                     + (needed ? QStringLiteral(" (") + tr("★: read by the hyperparameters") + QLatin1Char(')') : QString());
    if (!lastMessage_.isEmpty())
        parts << lastMessage_;
    status_->setText(parts.join(QLatin1Char('\n')));
    updateButtons();
}

void StatisticsManager::showDetail(int row)
{
    if (row < 0 || static_cast<size_t>(row) >= entries_.size()) {
        detail_->clear();
        return;
    }
    const auto& e = entries_[static_cast<size_t>(row)];
    const QString path = QString::fromStdString(e.path), status = QString::fromStdString(e.status);
    detail_->setText(status.contains(path) ? status : path + (status.isEmpty() ? QString() : QLatin1Char('\n') + status));
}

QString StatisticsManager::statusText() const { return status_->text(); }

void StatisticsManager::updateButtons()
{
    const bool busy = isBusy();
    const bool folders = !modelDir().isEmpty() && !statsDir().isEmpty();
    refreshButton_->setEnabled(!busy);
    validateButton_->setEnabled(!busy && !entries_.empty());
    computeButton_->setEnabled(!busy && folders && QFileInfo(corpus()).isFile());
    computeButton_->setToolTip(QFileInfo(corpus()).isFile() ? tr("Compute chosen layers over the corpus")
                                                             : tr("Choose the corpus the statistics are computed over"));
    cancelButton_->setEnabled(busy);
    for (auto* edit : {modelEdit_, statsEdit_, hparamsEdit_, corpusEdit_})
        edit->setReadOnly(busy);
}

void StatisticsManager::startTask(const QString& title, std::function<QString(BackgroundTask&)> job, bool computing)
{
    computing_ = computing;
    taskOk_ = false;
    lastMessage_.clear();
    task_ = new BackgroundTask(title, std::move(job), this);
    progress_->setValue(0);
    progress_->setFormat(title);
    progress_->setVisible(true);
    connect(task_, &BackgroundTask::progressed, this, [this](const QString& phase, double fraction, double eta, const QString& message) {
        progress_->setValue(fraction >= 0 ? static_cast<int>(fraction * 1000) : 0);
        progress_->setFormat(eta >= 0 ? tr("%1: %2, about %3 s left").arg(phase, message).arg(qRound(eta))
                                      : tr("%1: %2").arg(phase, message));
        takeResults();
    });
    connect(task_, &BackgroundTask::succeeded, this, [this](const QString& result) {
        taskOk_ = true;
        lastMessage_ = result;
    });
    connect(task_, &BackgroundTask::failed, this, [this](const QString& message) { lastMessage_ = tr("Failed: %1").arg(message); });
    connect(task_, &BackgroundTask::wasCancelled, this, [this] { lastMessage_ = tr("Cancelled."); });
    connect(task_, &BackgroundTask::finished, this, [this] {
        task_->deleteLater();
        task_ = nullptr;
        progress_->setVisible(false);
        const bool computed = computing_;
        computing_ = false;
        takeResults();
        if (computed)
            refresh();
        else
            fillTable();
        if (computed) {
            if (taskOk_)
                Q_EMIT statisticsWritten();
            Q_EMIT computeFinished(taskOk_, lastMessage_);
        } else {
            Q_EMIT validationFinished();
        }
    });
    updateButtons();
    task_->start();
}

void StatisticsManager::takeResults()
{
    if (!shared_)
        return;
    std::vector<StatisticsEntry> results;
    {
        std::lock_guard lock(shared_->mutex);
        results.swap(shared_->results);
    }
    if (results.empty())
        return;
    for (const auto& r : results) {
        remember(r);
        for (auto& e : entries_)
            if (e.path == r.path) {
                const bool needed = e.neededByHparams;
                e = r;
                e.neededByHparams = needed;
            }
    }
    fillTable();
}

void StatisticsManager::validateAll()
{
    if (isBusy() || entries_.empty())
        return;
    shared_ = std::make_shared<Shared>();
    const std::string model = modelDir().toStdString();
    startTask(tr("Validating"), [entries = entries_, model, shared = shared_](BackgroundTask& task) {
        const auto start = std::chrono::steady_clock::now();
        const size_t n = entries.size();
        for (size_t i = 0; i < n; ++i) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            const double eta = i > 0 ? seconds / static_cast<double>(i) * static_cast<double>(n - i) : -1;
            const QString name = QFileInfo(QString::fromStdString(entries[i].path)).fileName();
            if (!task.report(tr("Validating"), static_cast<double>(i) / static_cast<double>(n), eta,
                             tr("%1 of %2, %3").arg(i + 1).arg(n).arg(name)))
                throw Cancelled();
            auto checked = validateStatistics(entries[i], model);
            std::lock_guard lock(shared->mutex);
            shared->results.push_back(std::move(checked));
        }
        task.report(tr("Validating"), 1.0, 0.0, tr("done"));
        return tr("Checked %n file(s).", nullptr, static_cast<int>(n));
    }, false);
}

void StatisticsManager::computeLayers(const std::vector<int64_t>& layers, int64_t samples, const QString& dataset, const QString& dtype)
{
    if (isBusy())
        return;
    StatisticsRequest request;
    request.modelDir = modelDir().toStdString();
    request.statsDir = statsDir().toStdString();
    request.corpusPath = corpus().toStdString();
    request.dataset = dataset.trimmed().toStdString();
    request.layers = layers;
    request.samples = samples;
    request.dtype = dtype.toStdString();
    request.device = device_.toStdString();
    shared_ = std::make_shared<Shared>();
    startTask(tr("Computing statistics"), [request, shared = shared_](BackgroundTask& task) {
        if (!task.report(tr("Computing statistics"), -1, -1, tr("loading the model and the corpus")))
            throw Cancelled();
        auto written = computeLayerStatistics(request, [&task](const StatisticsComputeProgress& p) {
            const double fraction = p.documentsTotal > 0 ? static_cast<double>(p.documentsDone) / static_cast<double>(p.documentsTotal) : -1;
            return task.report(tr("Computing statistics"), fraction, p.etaSeconds,
                               tr("%1 / %2 documents, %3 tokens").arg(p.documentsDone).arg(p.documentsTotal).arg(p.tokens));
        });
        QStringList lines;
        for (const auto& e : written)
            lines << tr("layer %1 → %2 (%3)").arg(e.layer).arg(QString::fromStdString(e.path), QString::fromStdString(e.status));
        std::lock_guard lock(shared->mutex);
        shared->results = std::move(written);
        return lines.join(QLatin1Char('\n'));
    }, true);
}

void StatisticsManager::cancel()
{
    if (task_)
        task_->cancel();
}

void StatisticsManager::openComputeDialog()
{
    int layerCount = 0;
    try {
        layerCount = static_cast<int>(checkModelFolder(modelDir().toStdString()).layers);
    } catch (const std::exception& e) {
        lastMessage_ = QString::fromStdString(e.what());
        fillTable();
        return;
    }
    // Defaults from the hyperparameters when given (what a run with them will look for).
    std::vector<int64_t> wanted;
    QString dataset = QFileInfo(corpus()).completeBaseName(), dtype = QStringLiteral("float32");
    int64_t samples = 100000;
    if (!hparamsPath().isEmpty()) {
        try {
            const auto s = findStatistics(methodBox_->currentText().toStdString(), hparamsPath().toStdString(),
                                          modelDir().toStdString(), statsDir().toStdString());
            for (const auto& f : s.files)
                if (!f.present)
                    wanted.push_back(f.layer);
            dataset = QString::fromStdString(s.dataset);
            dtype = QString::fromStdString(s.dtype);
            samples = s.samples;
        } catch (const std::exception&) {   // listed in the status line already
        }
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compute layer statistics"));
    auto* layers = new QListWidget(&dialog);
    for (int l = 0; l < layerCount; ++l) {
        auto* item = new QListWidgetItem(tr("layer %1").arg(l), layers);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(std::find(wanted.begin(), wanted.end(), l) != wanted.end() ? Qt::Checked : Qt::Unchecked);
    }
    auto* samplesBox = new QSpinBox(&dialog);
    samplesBox->setRange(1, 100000000);
    samplesBox->setValue(static_cast<int>(samples));
    auto* datasetEdit = new QLineEdit(dataset, &dialog);
    auto* dtypeBox = new QComboBox(&dialog);
    dtypeBox->addItems({QStringLiteral("float32"), QStringLiteral("float64")});
    dtypeBox->setCurrentText(dtype);
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Over %1").arg(corpus()), &dialog));
    form->addRow(tr("Layers:"), layers);
    form->addRow(tr("Documents (mom2_n_samples):"), samplesBox);
    form->addRow(tr("Dataset name in the path:"), datasetEdit);
    form->addRow(tr("Accumulation dtype:"), dtypeBox);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Compute"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::vector<int64_t> chosen;
    for (int l = 0; l < layers->count(); ++l)
        if (layers->item(l)->checkState() == Qt::Checked)
            chosen.push_back(l);
    if (chosen.empty())
        return;
    computeLayers(chosen, samplesBox->value(), datasetEdit->text(), dtypeBox->currentText());
}

void StatisticsManager::reject()
{
    cancel();
    QDialog::reject();
}

void StatisticsManager::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && table_)
        fillTable();
}

} // namespace editscope
