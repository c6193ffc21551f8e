// RetentionPlot: how many earlier edits the model still knows, at each retention evaluation
// (every `retention_every` steps): "retention" = share of earlier edited records with ES = 1, and
// "retention.es_mean" = their mean ES, both ×100 (storage/SCHEMA.md, Series).
// Ownership and thread-safety as DashboardPlot (GUI thread).
#pragma once

#include "widgets/dashboard_plot.h"

namespace editscope {

class RetentionPlot : public DashboardPlot {
    Q_OBJECT
public:
    explicit RetentionPlot(RunDocument* doc, QWidget* parent = nullptr);
    QString title() const override { return tr("Retention of earlier edits"); }
    QString yLabel() const override { return tr("Earlier edits (%)"); }
    QString kind() const override { return QStringLiteral("retention"); }

protected:
    void drawRun(const PlotRun& run) override;
};

} // namespace editscope
