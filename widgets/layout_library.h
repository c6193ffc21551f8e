// LayoutLibrary: named arrangements of the dashboard (which plots, in which order, how many columns,
// smoothing, log scale — Dashboard::layoutState()) saved and restored by name. Stored in QSettings under
// "layouts/<name>" as compact JSON, so they survive restarts and apply to every run file. Three
// built-in layouts are always offered and cannot be overwritten: "All plots", "Scores" (the paper's
// efficacy / paraphrase / neighborhood) and "Forgetting" (retention, downstream, norms, entropy).
// Ownership: plain value type over QSettings. Thread-safety: GUI thread only.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace editscope {

class LayoutLibrary {
public:
    static QStringList builtInNames();
    QStringList userNames() const;          // sorted, case-insensitive
    QStringList names() const;              // built-ins first
    bool isBuiltIn(const QString& name) const;
    std::optional<QJsonObject> layout(const QString& name) const;
    // false for an empty or built-in name.
    bool save(const QString& name, const QJsonObject& state);
    bool remove(const QString& name);
};

} // namespace editscope
