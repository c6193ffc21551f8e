#include "widgets/dashboard.h"

#include "widgets/dashboard_plot.h"
#include "widgets/downstream_plot.h"
#include "widgets/entropy_plot.h"
#include "widgets/norm_plot.h"
#include "widgets/plot_linker.h"
#include "widgets/retention_plot.h"
#include "widgets/score_plots.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace editscope {

Dashboard::Dashboard(RunDocument* doc, QWidget* parent)
    : QWidget(parent)
    , doc_(doc)
    , linker_(new PlotLinker(this))
    , bucket_(new QSpinBox)
    , window_(new QSpinBox)
    , log_(new QCheckBox(tr("Log scale (norms)")))
{
    auto* controls = new QHBoxLayout;
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
    controls->addWidget(reset);

    auto* efficacy = new EfficacyPlot(doc);
    auto* paraphrase = new ParaphrasePlot(doc);
    auto* neighborhood = new NeighborhoodPlot(doc);
    normPlot_ = new NormPlot(doc);
    scorePlots_ = {efficacy, paraphrase, neighborhood};
    plots_ = {efficacy, paraphrase, neighborhood, new RetentionPlot(doc), new DownstreamPlot(doc), normPlot_,
              new EntropyPlot(doc)};

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    for (int i = 0; i < plots_.size(); ++i) {
        plots_[i]->setMinimumHeight(320);
        grid->addWidget(plots_[i], i / 2, i % 2);
        linker_->add(plots_[i]);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* content = new QWidget;
    content->setLayout(grid);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);

    auto smoothing = [this] {
        for (ScorePlot* p : scorePlots_)
            p->setSmoothing(bucket_->value(), window_->value());
    };
    connect(bucket_, &QSpinBox::valueChanged, this, smoothing);
    connect(window_, &QSpinBox::valueChanged, this, smoothing);
    connect(log_, &QCheckBox::toggled, normPlot_, &NormPlot::setLogScale);
    connect(reset, &QPushButton::clicked, this, &Dashboard::resetZoom);
}

DashboardPlot* Dashboard::plot(const QString& kind) const
{
    for (DashboardPlot* p : plots_)
        if (p->kind() == kind)
            return p;
    return nullptr;
}

void Dashboard::setSmoothing(int bucket, int window)
{
    bucket_->setValue(bucket);   // the spin boxes' valueChanged applies it
    window_->setValue(window);
}

void Dashboard::setNormLogScale(bool on)
{
    log_->setChecked(on);
}

void Dashboard::resetZoom()
{
    linker_->resetZoom();
}

bool Dashboard::exportAll(const QString& dir, const QStringList& formats, int dpi, QString* error,
                          QStringList* written) const
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(dir);
        return false;
    }
    for (DashboardPlot* p : plots_)
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
    for (int i = 0; i < plots_.size(); ++i) {
        if (i > 0)
            writer.newPage();
        plots_[i]->renderFigure(&painter, size);
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
    for (DashboardPlot* p : plots_) {
        const QStringList lines = p->visibleCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i)   // line 0: the header
            out += p->kind() + QLatin1Char(',') + lines[i] + QLatin1Char('\n');
    }
    return out;
}

} // namespace editscope
