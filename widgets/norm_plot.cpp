#include "widgets/norm_plot.h"

#include "widgets/run_document.h"

#include <qcustomplot.h>

#include <QComboBox>

#include <iterator>

namespace editscope {

NormPlot::NormPlot(RunDocument* doc, QWidget* parent)
    : DashboardPlot(doc, parent)
    , combo_(new QComboBox)
{
    combo_->addItem(tr("‖W − W₀‖_F (drift)"), static_cast<int>(Quantity::Drift));
    combo_->addItem(tr("‖W‖_F (weight)"), static_cast<int>(Quantity::Weight));
    combo_->addItem(tr("‖ΔW‖_F (this edit)"), static_cast<int>(Quantity::Update));
    combo_->addItem(tr("‖W − W₀‖_F / numel"), static_cast<int>(Quantity::DriftPerNumel));
    combo_->setToolTip(tr("Which norm of the edited layers to plot"));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setCornerWidget(combo_);
    connect(combo_, &QComboBox::currentIndexChanged, this,
            [this](int index) { setQuantity(static_cast<Quantity>(combo_->itemData(index).toInt())); });
    rebuild();
}

QString NormPlot::seriesPrefix(Quantity quantity)
{
    switch (quantity) {
    case Quantity::Drift: return QStringLiteral("norm.drift");
    case Quantity::Weight: return QStringLiteral("norm.weight");
    case Quantity::Update: return QStringLiteral("norm.update");
    case Quantity::DriftPerNumel: return QStringLiteral("norm.drift_per_numel");
    }
    return {};
}

QString NormPlot::quantityName(Quantity quantity)
{
    return seriesPrefix(quantity).mid(5);   // without "norm."
}

std::optional<NormPlot::Quantity> NormPlot::quantityFromName(const QString& name)
{
    for (auto q : {Quantity::Drift, Quantity::Weight, Quantity::Update, Quantity::DriftPerNumel})
        if (quantityName(q) == name)
            return q;
    return std::nullopt;
}

QString NormPlot::yLabel() const
{
    switch (quantity_) {
    case Quantity::Drift: return tr("‖W − W₀‖_F");
    case Quantity::Weight: return tr("‖W‖_F");
    case Quantity::Update: return tr("‖ΔW‖_F of the step");
    case Quantity::DriftPerNumel: return tr("‖W − W₀‖_F / numel(W)");
    }
    return {};
}

void NormPlot::setQuantity(Quantity quantity)
{
    if (quantity == quantity_)
        return;
    quantity_ = quantity;
    const int index = combo_->findData(static_cast<int>(quantity));
    if (index >= 0 && combo_->currentIndex() != index)
        combo_->setCurrentIndex(index);
    rebuild();
    Q_EMIT quantityChanged(quantity);
}

void NormPlot::setLogScale(bool on)
{
    if (on == log_)
        return;
    log_ = on;
    setAxisLogScale(customPlot()->yAxis, on);
    rebuild();
}

void NormPlot::drawRun(const PlotRun& run)
{
    static constexpr Qt::PenStyle kPens[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    static constexpr Marker kMarkers[] = {Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond};
    const auto layers = run.doc->editedLayers();
    const std::string prefix = seriesPrefix(quantity_).toStdString() + ".";
    for (size_t i = 0; i < layers.size(); ++i) {
        const std::string id = prefix + std::to_string(layers[i]);
        auto points = run.doc->series(id);
        Style style;
        style.colour = static_cast<int>(i);
        style.width = 2.0;
        if (run.overlay())   // the colour is the run's: the layers differ in pen and marker
            style.pen = kPens[i % std::size(kPens)];
        const Marker marker = run.overlay() ? kMarkers[i % std::size(kMarkers)] : Marker::Circle;
        style.marker = points.size() <= 40 ? marker : Marker::None;
        if (log_)
            for (auto& p : points)
                if (!(p.value > 0))
                    p.value = qQNaN();
        setPoints(addGraph(run, QString::fromStdString(id), tr("layer %1").arg(layers[i]), style), points);
    }
}

} // namespace editscope
