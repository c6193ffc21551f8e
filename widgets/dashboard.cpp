#include "widgets/dashboard.h"

#include "widgets/dashboard_plot.h"
#include "widgets/downstream_plot.h"
#include "widgets/entropy_plot.h"
#include "widgets/norm_plot.h"
#include "widgets/plot_linker.h"
#include "widgets/retention_plot.h"
#include "widgets/run_set.h"
#include "widgets/score_plots.h"

#include <qcustomplot.h>

#include <QActionGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace editscope {

Dashboard::Dashboard(RunDocument* doc, QWidget* parent)
    : QWidget(parent)
    , doc_(doc)
    , runSet_(new RunSet(doc, this))   // before the plots: it must see the document's runLoaded first
    , linker_(new PlotLinker(this))
    , bucket_(new QSpinBox)
    , window_(new QSpinBox)
    , log_(new QCheckBox(tr("Log scale (norms)")))
    , plotsMenu_(new QMenu(this))
{
    auto* controls = new QHBoxLayout;
    bucket_->setObjectName(QStringLiteral("bucket"));
    window_->setObjectName(QStringLiteral("window"));
    bucket_->setRange(1, 10000);
    bucket_->setValue(ScorePlot::kDefaultBucket);
    bucket_->setSuffix(tr(" edits"));
    bucket_->setToolTip(tr("Bucket size of the paper's smoothing: each dashed point is the mean of this many edits"));
    window_->setRange(1, 10000);
    window_->setValue(ScorePlot::kDefaultWindow);
    window_->setSuffix(tr(" buckets"));
    window_->setToolTip(tr("Moving-average window over the bucket means (the solid lines)"));
    auto* reset = new QPushButton(tr("Reset zoom"));
    reset->setToolTip(tr("Show the whole run on every plot"));
    auto* plotsButton = new QToolButton;
    plotsButton->setText(tr("Plots"));
    plotsButton->setToolTip(tr("Which plots the dashboard shows, and in how many columns"));
    plotsButton->setPopupMode(QToolButton::InstantPopup);
    plotsButton->setMenu(plotsMenu_);
    auto* bucketLabel = new QLabel(tr("&Bucket:"));
    bucketLabel->setBuddy(bucket_);
    auto* windowLabel = new QLabel(tr("Moving &window:"));
    windowLabel->setBuddy(window_);
    controls->addWidget(bucketLabel);
    controls->addWidget(bucket_);
    controls->addSpacing(12);
    controls->addWidget(windowLabel);
    controls->addWidget(window_);
    controls->addSpacing(12);
    controls->addWidget(log_);
    controls->addStretch(1);
    controls->addWidget(plotsButton);
    controls->addWidget(reset);

    auto* efficacy = new EfficacyPlot(doc);
    auto* paraphrase = new ParaphrasePlot(doc);
    auto* neighborhood = new NeighborhoodPlot(doc);
    normPlot_ = new NormPlot(doc);
    scorePlots_ = {efficacy, paraphrase, neighborhood};
    plots_ = {efficacy, paraphrase, neighborhood, new RetentionPlot(doc), new DownstreamPlot(doc), normPlot_,
              new EntropyPlot(doc)};

    grid_ = new QGridLayout;
    grid_->setSpacing(8);
    for (DashboardPlot* p : plots_) {
        p->setMinimumHeight(320);
        p->setRunSet(runSet_);
        linker_->add(p);
        order_ << p->kind();
    }
    visible_ = order_;
    auto* content = new QWidget;
    content->setLayout(grid_);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    relayout();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);

    connect(bucket_, &QSpinBox::valueChanged, this, &Dashboard::applySmoothing);
    connect(window_, &QSpinBox::valueChanged, this, &Dashboard::applySmoothing);
    connect(log_, &QCheckBox::toggled, this, [this](bool on) {
        normPlot_->setLogScale(on);
        Q_EMIT normLogScaleChanged(on);
    });
    connect(normPlot_, &NormPlot::quantityChanged, this, &Dashboard::layoutChanged);
    connect(reset, &QPushButton::clicked, this, &Dashboard::resetZoom);
    connect(plotsMenu_, &QMenu::aboutToShow, this, &Dashboard::updatePlotsMenu);
    updatePlotsMenu();
}

QStringList Dashboard::kinds()
{
    return {QStringLiteral("efficacy"), QStringLiteral("paraphrase"), QStringLiteral("neighborhood"),
            QStringLiteral("retention"), QStringLiteral("downstream"), QStringLiteral("norms"), QStringLiteral("entropy")};
}

DashboardPlot* Dashboard::plot(const QString& kind) const
{
    for (DashboardPlot* p : plots_)
        if (p->kind() == kind)
            return p;
    return nullptr;
}

void Dashboard::applySmoothing()
{
    const int bucket = bucket_->value(), window = window_->value();
    runSet_->setDefaultSmoothing(bucket, window);
    bool changed = false;
    for (ScorePlot* p : scorePlots_) {
        changed |= p->bucket() != bucket || p->window() != window;
        p->setSmoothing(bucket, window);
    }
    if (changed)
        Q_EMIT smoothingChanged(bucket, window);
}

void Dashboard::setSmoothing(int bucket, int window)
{
    {   // both at once: one rebuild, one smoothingChanged
        const QSignalBlocker blockBucket(bucket_);
        const QSignalBlocker blockWindow(window_);
        bucket_->setValue(bucket);
        window_->setValue(window);
    }
    applySmoothing();
}

int Dashboard::bucket() const { return bucket_->value(); }
int Dashboard::window() const { return window_->value(); }

void Dashboard::setNormLogScale(bool on)
{
    log_->setChecked(on);   // toggled applies it and emits normLogScaleChanged
}

bool Dashboard::normLogScale() const { return log_->isChecked(); }

void Dashboard::resetZoom()
{
    linker_->resetZoom();
}

// --- layout ---------------------------------------------------------------------------------------

QStringList Dashboard::visiblePlots() const { return visible_; }

QList<DashboardPlot*> Dashboard::shownPlots() const
{
    QList<DashboardPlot*> out;
    for (const QString& kind : visible_)
        out << plot(kind);
    return out;
}

void Dashboard::setVisiblePlots(const QStringList& kindsInOrder)
{
    QStringList visible;
    for (const QString& kind : kindsInOrder)
        if (plot(kind) && !visible.contains(kind))
            visible << kind;
    if (visible == visible_)
        return;
    QStringList order = visible;   // the hidden ones keep their relative order behind the shown ones
    for (const QString& kind : order_)
        if (!order.contains(kind))
            order << kind;
    visible_ = visible;
    order_ = order;
    relayout();
    Q_EMIT layoutChanged();
}

void Dashboard::setColumns(int columns)
{
    columns = std::clamp(columns, 1, 4);
    if (columns == columns_)
        return;
    columns_ = columns;
    relayout();
    Q_EMIT layoutChanged();
}

void Dashboard::relayout()
{
    for (DashboardPlot* p : plots_)
        grid_->removeWidget(p);
    for (int c = 0; c < 4; ++c)
        grid_->setColumnStretch(c, c < columns_ ? 1 : 0);
    for (int r = 0; r < grid_->rowCount(); ++r)
        grid_->setRowStretch(r, 0);
    for (qsizetype i = 0; i < visible_.size(); ++i) {
        DashboardPlot* p = plot(visible_[i]);
        grid_->addWidget(p, static_cast<int>(i) / columns_, static_cast<int>(i) % columns_);
        p->show();
    }
    for (DashboardPlot* p : plots_)
        if (!visible_.contains(p->kind()))
            p->hide();
}

void Dashboard::updatePlotsMenu()
{
    plotsMenu_->clear();
    for (const QString& kind : order_) {
        DashboardPlot* p = plot(kind);
        QAction* a = plotsMenu_->addAction(p->title());
        a->setCheckable(true);
        a->setChecked(visible_.contains(kind));
        a->setEnabled(!(visible_.size() == 1 && visible_.contains(kind)));   // keep at least one
        connect(a, &QAction::toggled, this, [this, kind](bool on) {
            QStringList visible;
            for (const QString& k : order_)   // a plot shown again comes back at its place in the order
                if (k == kind ? on : visible_.contains(k))
                    visible << k;
            setVisiblePlots(visible);
        });
    }
    plotsMenu_->addSeparator();
    auto* group = new QActionGroup(plotsMenu_);
    for (int c = 1; c <= 3; ++c) {
        QAction* a = plotsMenu_->addAction(c == 1 ? tr("1 column") : tr("%1 columns").arg(c));
        a->setCheckable(true);
        a->setChecked(columns_ == c);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, c] { setColumns(c); });
    }
}

QJsonObject Dashboard::layoutState() const
{
    QJsonObject state;
    state[QStringLiteral("plots")] = QJsonArray::fromStringList(visible_);
    state[QStringLiteral("columns")] = columns_;
    state[QStringLiteral("smoothing")] = QJsonObject{{QStringLiteral("bucket"), bucket()}, {QStringLiteral("window"), window()}};
    state[QStringLiteral("normLogScale")] = normLogScale();
    state[QStringLiteral("normQuantity")] = NormPlot::quantityName(normPlot_->quantity());
    return state;
}

bool Dashboard::restoreLayoutState(const QJsonObject& state)
{
    const QJsonObject before = layoutState();
    bool applied = false;
    {   // everything first, then the signals: a listener sees the whole new state at the first one
        const QSignalBlocker quiet(this);
        applied = applyLayoutState(state);
    }
    const QJsonObject after = layoutState();
    auto differs = [&](const char* key) { return before.value(QLatin1String(key)) != after.value(QLatin1String(key)); };
    if (differs("plots") || differs("columns") || differs("normQuantity"))
        Q_EMIT layoutChanged();
    if (differs("smoothing"))
        Q_EMIT smoothingChanged(bucket(), window());
    if (differs("normLogScale"))
        Q_EMIT normLogScaleChanged(normLogScale());
    return applied;
}

bool Dashboard::applyLayoutState(const QJsonObject& state)
{
    bool applied = false;
    if (const QJsonValue plots = state.value(QStringLiteral("plots")); plots.isArray()) {
        QStringList kinds;
        for (const QJsonValue& v : plots.toArray())
            if (v.isString())
                kinds << v.toString();
        setVisiblePlots(kinds);
        applied = true;
    }
    if (const QJsonValue columns = state.value(QStringLiteral("columns")); columns.isDouble()) {
        setColumns(columns.toInt());
        applied = true;
    }
    if (const QJsonValue smoothing = state.value(QStringLiteral("smoothing")); smoothing.isObject()) {
        const QJsonObject s = smoothing.toObject();
        const int b = s.value(QStringLiteral("bucket")).toInt(bucket()), w = s.value(QStringLiteral("window")).toInt(window());
        if (b >= 1 && w >= 1) {
            setSmoothing(b, w);
            applied = true;
        }
    }
    if (const QJsonValue log = state.value(QStringLiteral("normLogScale")); log.isBool()) {
        setNormLogScale(log.toBool());
        applied = true;
    }
    if (const auto q = NormPlot::quantityFromName(state.value(QStringLiteral("normQuantity")).toString())) {
        normPlot_->setQuantity(*q);
        applied = true;
    }
    return applied;
}

void Dashboard::setAnnotations(const QMap<qint64, QString>& notes)
{
    notes_ = notes;
    for (DashboardPlot* p : plots_)
        p->setAnnotations(notes);
}

bool Dashboard::exportAll(const QString& dir, const QStringList& formats, int dpi, QString* error,
                          QStringList* written) const
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(dir);
        return false;
    }
    for (DashboardPlot* p : shownPlots())
        for (const QString& format : formats) {
            const QString path = QDir(dir).filePath(p->kind() + QLatin1Char('.') + format.toLower());
            if (!p->exportFigure(path, format, dpi, error))
                return false;
            if (written)
                written->append(path);
        }
    return true;
}

bool Dashboard::exportPdf(const QString& path, QString* error) const
{
    if (!QFileInfo(path).absoluteDir().exists()) {
        if (error)
            *error = tr("%1: the folder does not exist").arg(path);
        return false;
    }
    const QSize size = DashboardPlot::figureSize();
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("EditScope"));
    writer.setTitle(tr("EditScope dashboard"));
    writer.setResolution(96);   // one device unit = one logical pixel of the figure
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QCPPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("%1: could not write the PDF file").arg(path);
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    const QList<DashboardPlot*> shown = shownPlots();
    for (int i = 0; i < shown.size(); ++i) {
        if (i > 0)
            writer.newPage();
        shown[i]->renderFigure(&painter, size);
    }
    if (!painter.end()) {
        if (error)
            *error = tr("%1: could not finish the PDF file").arg(path);
        return false;
    }
    return true;
}

QString Dashboard::visibleCsv() const
{
    QString out = QStringLiteral("plot,") + DashboardPlot::csvHeader() + QLatin1Char('\n');
    for (DashboardPlot* p : shownPlots()) {
        out += p->csvRows(p->kind() + QLatin1Char(','));
    }
    return out;
}

} // namespace editscope
