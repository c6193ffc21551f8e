#include "widgets/welcome_page.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace editscope {

QString formatDuration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return QStringLiteral("?");
    const auto s = static_cast<qint64>(std::llround(seconds));
    if (s >= 3600)
        return WelcomePage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar('0'));
    if (s >= 60)
        return WelcomePage::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
    return WelcomePage::tr("%1 s").arg(s);
}

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    title_ = new QLabel(tr("<h2>EditScope</h2><p>Sequential knowledge editing, one edit at a time.</p>"));
    column->addWidget(title_);
    status_ = new QLabel;
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(status_);
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setVisible(false);
    column->addWidget(progress_);
    auto* buttons = new QHBoxLayout;
    newRun_ = new QPushButton(tr("New run on the demo world…"));
    build_ = new QPushButton(tr("Build the demo world"));
    cancel_ = new QPushButton(tr("Cancel"));
    auto* open = new QPushButton(tr("Open run file…"));
    for (auto* b : {newRun_, build_, cancel_, open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addWidget(new QLabel(tr("Recent run files")));
    recent_ = new QListWidget;
    recent_->setMaximumHeight(160);
    column->addWidget(recent_);
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(newRun_, &QPushButton::clicked, this, &WelcomePage::newRunRequested);
    connect(build_, &QPushButton::clicked, this, &WelcomePage::buildRequested);
    connect(cancel_, &QPushButton::clicked, this, &WelcomePage::cancelBuildRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(recent_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentFileActivated(item->data(Qt::UserRole).toString()); });
    showWorldMissing(QString());
}

void WelcomePage::showWorldReady(const QString& worldDir)
{
    status_->setText(tr("The demo world is ready in %1.").arg(worldDir));
    progress_->setVisible(false);
    newRun_->setVisible(true);
    build_->setVisible(false);
    cancel_->setVisible(false);
}

void WelcomePage::showWorldMissing(const QString& worldDir)
{
    status_->setText(worldDir.isEmpty() ? QString() : tr("The demo world is not built yet (%1).").arg(worldDir));
    progress_->setVisible(false);
    newRun_->setVisible(false);
    build_->setVisible(!worldDir.isEmpty());
    cancel_->setVisible(false);
}

void WelcomePage::showBuilding(const QString& phase, double fraction, double etaSeconds, const QString& message)
{
    status_->setText(tr("Building the demo world: %1%2").arg(phase, message.isEmpty() ? QString() : QStringLiteral(" (") + message + ")"));
    progress_->setVisible(true);
    progress_->setValue(fraction >= 0 ? static_cast<int>(fraction * 1000) : 0);
    progress_->setFormat(tr("%1: %p%, ETA %2").arg(phase, formatDuration(etaSeconds)));
    newRun_->setVisible(false);
    build_->setVisible(false);
    cancel_->setVisible(true);
}

void WelcomePage::showBuildFailed(const QString& message)
{
    status_->setText(tr("The demo world could not be built: %1").arg(message));
    progress_->setVisible(false);
    newRun_->setVisible(false);
    build_->setVisible(true);
    cancel_->setVisible(false);
}

void WelcomePage::setRecentFiles(const QStringList& files)
{
    recent_->clear();
    for (const auto& f : files) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName() + QStringLiteral("  —  ") + f, recent_);
        item->setData(Qt::UserRole, f);
    }
}

QString WelcomePage::statusText() const { return status_->text(); }

} // namespace editscope
