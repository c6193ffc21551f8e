// NormPlot: the edited layers' c_proj weight norms after every step, one line per edited layer, for
// the quantity chosen in the combo box floating in its corner (not part of exported figures):
//   Drift          ‖W − W₀‖_F              series "norm.drift.L"
//   Weight         ‖W‖_F                   "norm.weight.L"
//   Update         ‖ΔW‖_F of the step      "norm.update.L"
//   DriftPerNumel  ‖W − W₀‖_F / numel(W)   "norm.drift_per_numel.L" (arXiv 2401.07453 Fig. 3)
// setLogScale(true) puts y on a log axis; values ≤ 0 cannot be drawn there and become gaps.
// In overlay mode each run's layers take the run's colour, told apart by pen style and marker.
// Ownership and thread-safety as DashboardPlot (GUI thread).
#pragma once

#include "widgets/dashboard_plot.h"

#include <optional>

class QComboBox;

namespace editscope {

class NormPlot : public DashboardPlot {
    Q_OBJECT
public:
    enum class Quantity { Drift, Weight, Update, DriftPerNumel };

    explicit NormPlot(RunDocument* doc, QWidget* parent = nullptr);
    QString title() const override { return tr("Edited-layer norms"); }
    QString yLabel() const override;
    QString kind() const override { return QStringLiteral("norms"); }

    void setQuantity(Quantity quantity);
    Quantity quantity() const { return quantity_; }
    void setLogScale(bool on);
    bool logScale() const { return log_; }
    // "norm.drift", "norm.weight", ... (the series-name prefix of a quantity)
    static QString seriesPrefix(Quantity quantity);
    // "drift", "weight", "update", "drift_per_numel" (layout state); nullopt for an unknown name.
    static QString quantityName(Quantity quantity);
    static std::optional<Quantity> quantityFromName(const QString& name);

Q_SIGNALS:
    void quantityChanged(editscope::NormPlot::Quantity quantity);

protected:
    void drawRun(const PlotRun& run) override;

private:
    QComboBox* combo_;
    Quantity quantity_ = Quantity::Drift;
    bool log_ = false;
};

} // namespace editscope
