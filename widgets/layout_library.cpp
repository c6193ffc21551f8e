#include "widgets/layout_library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace editscope {
namespace {

const char* const kGroup = "layouts";

// The built-ins name plots by DashboardPlot::kind(); smoothing stays the user's (not in these states).
QJsonObject builtIn(const QString& name)
{
    QStringList plots;
    int columns = 2;
    if (name == QLatin1String("All plots"))
        plots = {"efficacy", "paraphrase", "neighborhood", "retention", "downstream", "norms", "entropy"};
    else if (name == QLatin1String("Scores")) {
        plots = {"efficacy", "paraphrase", "neighborhood"};
        columns = 1;
    } else if (name == QLatin1String("Forgetting"))
        plots = {"retention", "downstream", "norms", "entropy"};
    else
        return {};
    return QJsonObject{{"plots", QJsonArray::fromStringList(plots)}, {"columns", columns}};
}

} // namespace

QStringList LayoutLibrary::builtInNames()
{
    return {QStringLiteral("All plots"), QStringLiteral("Scores"), QStringLiteral("Forgetting")};
}

bool LayoutLibrary::isBuiltIn(const QString& name) const
{
    return builtInNames().contains(name);
}

QStringList LayoutLibrary::userNames() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList names;
    // Names are stored percent-encoded: QSettings keys may not contain '/' or '\'.
    for (const QString& key : settings.childKeys())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toUtf8()));
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

QStringList LayoutLibrary::names() const
{
    QStringList all = builtInNames();
    for (const QString& n : userNames())
        if (!all.contains(n)) all << n;
    return all;
}

static QString keyFor(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

std::optional<QJsonObject> LayoutLibrary::layout(const QString& name) const
{
    if (isBuiltIn(name)) return builtIn(name);
    QSettings settings;
    settings.beginGroup(kGroup);
    const QByteArray text = settings.value(keyFor(name)).toByteArray();
    if (text.isEmpty()) return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject()) return std::nullopt;
    return doc.object();
}

bool LayoutLibrary::save(const QString& name, const QJsonObject& state)
{
    if (name.trimmed().isEmpty() || isBuiltIn(name)) return false;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(keyFor(name.trimmed()), QJsonDocument(state).toJson(QJsonDocument::Compact));
    return true;
}

bool LayoutLibrary::remove(const QString& name)
{
    if (isBuiltIn(name)) return false;
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.contains(keyFor(name))) return false;
    settings.remove(keyFor(name));
    return true;
}

} // namespace editscope
