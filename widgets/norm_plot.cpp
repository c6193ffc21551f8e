#include "widgets/norm_plot.h"

#include "widgets/run_document.h"

#include <qcustomplot.h>

#include <QComboBox>

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
}

void NormPlot::setLogScale(bool on)
{
    if (on == log_)
        return;
    log_ = on;
    setAxisLogScale(customPlot()->yAxis, on);
    rebuild();
}

void NormPlot::rebuild()
{
    clearSeries();
    const auto layers = document()->editedLayers();
    const std::string prefix = seriesPrefix(quantity_).toStdString() + ".";
    for (size_t i = 0; i < layers.size(); ++i) {
        const std::string id = prefix + std::to_string(layers[i]);
        auto points = document()->series(id);
        Style style;
        style.colour = static_cast<int>(i);
        style.width = 2.0;
        style.marker = points.size() <= 40 ? Marker::Circle : Marker::None;
        if (log_)
            for (auto& p : points)
                if (!(p.value > 0))
                    p.value = qQNaN();
        setPoints(addGraph(QString::fromStdString(id), tr("layer %1").arg(layers[i]), style), points);
    }
    finishRebuild();
}

} // namespace editscope
