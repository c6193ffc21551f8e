#include "widgets/step_filter.h"

#include "storage/run_store.h"
#include "widgets/step_details.h"

#include <QCoreApplication>
#include <QStringList>

namespace editscope {
namespace {

QStringList tokenize(const QString& text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

bool parseInt(const QString& s, int64_t& out)
{
    bool ok = false;
    out = s.trimmed().toLongLong(&ok);
    return ok;
}

bool isNonFiniteName(const QString& name)
{
    return name == QLatin1String("non-finite") || name == QLatin1String("nonfinite") || name == QLatin1String("nan");
}

} // namespace

StepFilter StepFilter::parse(const QString& text)
{
    StepFilter filter;
    for (const auto& token : tokenize(text))
        filter.terms_.push_back(parseTerm(token));
    return filter;
}

StepFilter::Term StepFilter::parseTerm(QString token)
{
    Term t;
    if (token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
        t.negated = true;
        token.remove(0, 1);
    }
    const QString lower = token.toLower();
    auto valueAfter = [&](const char* prefix) { return lower.mid(static_cast<int>(qstrlen(prefix))); };
    if (lower == QLatin1String("flag:") || lower == QLatin1String("flagged") || lower == QLatin1String("flags:")) {
        t.kind = Kind::Flagged;
    } else if (lower.startsWith(QLatin1String("flag:"))) {
        t.kind = Kind::FlagName;
        t.text = valueAfter("flag:");
    } else if (lower.startsWith(QLatin1String("case:"))) {
        t.kind = parseInt(valueAfter("case:"), t.low) ? Kind::Case : Kind::Invalid;
    } else if (lower.startsWith(QLatin1String("step:"))) {
        QString range = valueAfter("step:");
        range.replace(QLatin1String(".."), QLatin1String("-"));
        const int dash = range.indexOf(QLatin1Char('-'), 1);
        bool ok = false;
        if (dash < 0) {
            ok = parseInt(range, t.low);
            t.high = t.low;
        } else {
            ok = parseInt(range.left(dash), t.low) && parseInt(range.mid(dash + 1), t.high);
        }
        t.kind = ok ? Kind::StepRange : Kind::Invalid;
    } else {
        t.kind = Kind::Text;
        t.text = lower;
    }
    return t;
}

bool StepFilter::matchesTerm(const Term& t, const StepSummary& s)
{
    switch (t.kind) {
    case Kind::Flagged: return !s.flags.empty() || s.nonFinite;
    case Kind::FlagName:
        if (s.nonFinite && isNonFiniteName(t.text))
            return true;
        for (const auto& f : s.flags)
            if (QString::fromStdString(f.criterion).toLower().contains(t.text))
                return true;
        return false;
    case Kind::Case:
        for (auto id : s.caseIds)
            if (id == t.low)
                return true;
        return false;
    case Kind::StepRange: return s.step >= t.low && s.step <= t.high;
    case Kind::Invalid: return false;
    case Kind::Text: break;
    }
    for (const auto& r : requestTexts(s.requests, s.caseIds))
        for (const QString* field : {&r.subject, &r.prompt, &r.targetTrue, &r.targetNew, &r.relation})
            if (field->toLower().contains(t.text))
                return true;
    for (auto id : s.caseIds)
        if (QString::number(id).contains(t.text))
            return true;
    for (const auto& f : s.flags)
        if (QString::fromStdString(f.criterion).toLower().contains(t.text))
            return true;
    return s.nonFinite && QStringLiteral("non-finite").contains(t.text);
}

bool StepFilter::matches(const StepSummary& s) const
{
    for (const auto& t : terms_)
        if (matchesTerm(t, s) == t.negated)
            return false;
    return true;
}

QString StepFilter::syntaxHelp()
{
    return QCoreApplication::translate(
        "editscope::StepFilter",
        "Words match subjects, prompts, targets, relation and case ids and flag names (all words must match).\n"
        "flag:  flagged steps only    flag:NAME  steps with that detector criterion\n"
        "case:N  that case id    step:N or step:A-B  step numbers\n"
        "-TERM  negates a term (-flag: = unflagged steps)    \"a phrase\" keeps words together");
}

} // namespace editscope
