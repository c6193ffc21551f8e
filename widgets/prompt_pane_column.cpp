#include "widgets/prompt_pane_column.h"

#include "core/run/run_records.h"
#include "widgets/compact_table.h"
#include "widgets/warning_colors.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace editscope {
namespace {

QString fromStd(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString html(const QString& s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")); }

// Length of the common prefix of two byte strings, backed off to a UTF-8 character boundary.
std::size_t commonPrefix(const std::string& a, const std::string& b)
{
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    if (n == a.size() && n == b.size())
        return n;
    while (n > 0 && n < a.size() && (static_cast<unsigned char>(a[n]) & 0xC0) == 0x80)
        --n;
    return n;
}

// The bar column of the top-token table: a bar as wide as the cell's probability (Qt::UserRole, 0..1).
class ProbabilityBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const double p = index.data(Qt::UserRole).toDouble();
        if (!(p > 0))
            return;
        QRect r = option.rect.adjusted(2, 3, -2, -3);
        r.setWidth(std::max(1, static_cast<int>(std::lround(r.width() * std::min(1.0, p)))));
        QColor c = option.palette.color(QPalette::Highlight);
        c.setAlpha(isDarkPalette(option.palette) ? 200 : 170);
        painter->fillRect(r, c);
    }
};

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

QString probeTokenLabel(const std::string& text)
{
    QString s = fromStd(text);
    s.replace(QLatin1Char(' '), QChar(0x2423)).replace(QLatin1Char('\n'), QChar(0x21B5)).replace(QLatin1Char('\t'), QChar(0x21E5));
    return s;
}

std::vector<EditPrompt> editPromptsOf(const nlohmann::json& requests, const StepRecord* record)
{
    std::vector<EditPrompt> out;
    if (!requests.is_array())
        return out;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        EditPrompt base;
        try {
            const auto& r = requests[i];
            base.subject = fromStd(r.at("subject").get<std::string>());
            const QString prompt = fromStd(r.at("prompt").get<std::string>());
            const auto at = prompt.indexOf(QLatin1String("{}"));
            base.prompt = at < 0 ? prompt : prompt.left(at) + base.subject + prompt.mid(at + 2);
            base.targetTrue = fromStd(r.at("target_true").at("str").get<std::string>());
            base.targetNew = fromStd(r.at("target_new").at("str").get<std::string>());
        } catch (const nlohmann::json::exception&) {
            continue;
        }
        base.kind = QStringLiteral("rewrite");
        out.push_back(base);
        if (!record || i >= record->caseIds.size())
            continue;
        const auto& evals = record->post.empty() ? record->pre : record->post;
        for (const auto& e : evals) {
            if (e.caseId != record->caseIds[i] || !e.scores.is_object())
                continue;
            for (const char* kind : {"paraphrase", "neighborhood"}) {
                const auto list = e.scores.find(std::string(kind) + "_prompts_probs");
                if (list == e.scores.end() || !list->is_array())
                    continue;
                for (const auto& p : *list) {
                    if (!p.is_object() || !p.contains("prompt") || !p["prompt"].is_string())
                        continue;
                    EditPrompt ep = base;
                    ep.kind = QLatin1String(kind);
                    ep.prompt = fromStd(p["prompt"].get<std::string>());
                    out.push_back(ep);
                }
            }
            break;
        }
    }
    return out;
}

PromptColumnView::PromptColumnView(bool comparesWithBase, QWidget* parent)
    : QFrame(parent)
    , compares_(comparesWithBase)
{
    setFrameShape(QFrame::StyledPanel);
    title_ = new QLabel(this);
    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title_->setFont(bold);
    subtitle_ = new QLabel(this);
    subtitle_->setWordWrap(true);
    subtitle_->hide();
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setMaximumHeight(status_->fontMetrics().height() / 2 + 2);
    busy_->setTextVisible(false);
    busy_->hide();
    change_ = new QLabel(this);
    change_->setWordWrap(true);
    change_->hide();
    greedy_ = new QLabel(this);
    sampled_ = new QLabel(this);
    for (QLabel* l : {greedy_, sampled_}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    top_ = new CompactTable({tr("#"), tr("Next token"), tr("vs base"), tr("P"), QString()}, this);
    top_->setHeaderToolTips({tr("Rank"), tr("The token (␣ is a space)"), tr("Rank in the base model's top 10 (new: not among them)"),
                             tr("Probability of the next token"), QString()});
    top_->setItemDelegateForColumn(4, new ProbabilityBarDelegate(top_));
    top_->setColumnHidden(2, !compares_);
    targets_ = new CompactTable({tr("Target"), tr("NLL"), tr("argmax"), tr("Δ vs base")}, this);
    targets_->setHeaderToolTips({tr("Target (scored as \" \" + target)"), tr("Mean NLL per target token, nats"),
                                 tr("✓: every target token is the argmax under teacher forcing"), tr("NLL minus the base model's")});
    targets_->setColumnHidden(3, !compares_);

    auto* lay = new QVBoxLayout(this);
    lay->addWidget(title_);
    lay->addWidget(subtitle_);
    lay->addWidget(busy_);
    lay->addWidget(status_);
    lay->addWidget(change_);
    lay->addWidget(heading(tr("Greedy"), this));
    lay->addWidget(greedy_);
    lay->addWidget(heading(tr("Sampled"), this));
    lay->addWidget(sampled_);
    lay->addWidget(heading(tr("Top 10 next tokens"), this));
    lay->addWidget(top_);
    lay->addWidget(heading(tr("Targets"), this));
    lay->addWidget(targets_);
    lay->addStretch(1);
}

void PromptColumnView::setTitle(const QString& title, const QString& subtitle)
{
    title_->setText(title);
    subtitle_->setText(subtitle);
    subtitle_->setVisible(!subtitle.isEmpty());
}
QString PromptColumnView::title() const { return title_->text(); }
void PromptColumnView::setBusy(bool busy) { busy_->setVisible(busy); }
QString PromptColumnView::status() const { return status_->text(); }
QString PromptColumnView::changeNote() const { return change_->isHidden() ? QString() : change_->text(); }

void PromptColumnView::display(const PromptProbeResult* result, const PromptProbeResult* base, const QString& status, bool statusIsError)
{
    result_ = result ? std::optional<PromptProbeResult>(*result) : std::nullopt;
    base_ = base && compares_ ? std::optional<PromptProbeResult>(*base) : std::nullopt;
    statusText_ = status;
    statusIsError_ = statusIsError;
    render();
}

void PromptColumnView::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !rendering_)
        render();   // the marks carry colours of the palette they were made with
}

void PromptColumnView::render()
{
    rendering_ = true;
    const QPalette pal = palette();
    const QString warn = warningColor(pal).name();
    const QString muted = blendColors(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55).name();
    status_->setText(statusText_);
    status_->setStyleSheet(QStringLiteral("color: %1").arg(statusIsError_ ? warn : muted));
    if (!result_) {
        change_->clear();
        change_->hide();
        greedy_->clear();
        sampled_->clear();
        top_->setRows({});
        targets_->setRows({});
        rendering_ = false;
        return;
    }
    const PromptProbeResult& r = *result_;
    const PromptProbeResult* base = base_ ? &*base_ : nullptr;

    // What departs from the base column: the text after the common prefix is drawn in the warning colour.
    auto continuationHtml = [&](const ProbeContinuation& mine, const ProbeContinuation* theirs) {
        const std::string& text = mine.continuation;
        const QString out = QStringLiteral("<span style=\"color:%1\">…</span>").arg(muted);
        if (!theirs || theirs->continuation == text)
            return out + html(fromStd(text));
        const std::size_t n = commonPrefix(text, theirs->continuation);
        return out + html(fromStd(text.substr(0, n))) + QStringLiteral("<span style=\"color:%1; font-weight:bold\">").arg(warn)
            + html(fromStd(text.substr(n))) + QLatin1String("</span>");
    };
    greedy_->setText(continuationHtml(r.greedy, base ? &base->greedy : nullptr));
    sampled_->setText(continuationHtml(r.sampled, base ? &base->sampled : nullptr));
    greedy_->setToolTip(fromStd(r.greedy.text));
    sampled_->setToolTip(fromStd(r.sampled.text));

    QStringList changes;
    if (base && !r.top.empty() && !base->top.empty() && r.top.front().id != base->top.front().id)
        changes << tr("Top token changed: %1 → %2").arg(probeTokenLabel(base->top.front().text), probeTokenLabel(r.top.front().text));
    if (base && r.greedy.ids != base->greedy.ids)
        changes << tr("Greedy continuation differs from the base model's");
    change_->setText(changes.join(QLatin1String("<br>")));
    change_->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(warn));
    change_->setVisible(!changes.isEmpty());

    std::vector<std::vector<CompactCell>> rows;
    for (std::size_t i = 0; i < r.top.size(); ++i) {
        const ProbeToken& t = r.top[i];
        CompactCell vs;
        bool isNew = false;
        if (base) {
            std::size_t j = 0;
            while (j < base->top.size() && base->top[j].id != t.id)
                ++j;
            isNew = j == base->top.size();
            if (isNew)
                vs = {tr("new"), QVariant(), tr("Not among the base model's top %1").arg(base->top.size()), true};
            else if (j == i)
                vs = {QStringLiteral("="), static_cast<qlonglong>(j + 1), tr("Same rank as in the base model"), false};
            else
                vs = {(j > i ? QStringLiteral("↑%1") : QStringLiteral("↓%1")).arg(j > i ? j - i : i - j),
                      static_cast<qlonglong>(j + 1), tr("Rank %1 in the base model").arg(j + 1), false};
        }
        const bool topChanged = base && i == 0 && !base->top.empty() && t.id != base->top.front().id;
        rows.push_back({{QString::number(i + 1), static_cast<qlonglong>(i + 1), QString(), false},
                        {probeTokenLabel(t.text), fromStd(t.text), tr("token id %1").arg(t.id), isNew || topChanged},
                        vs,
                        {QString::number(t.probability, 'f', 4), t.probability, QString::number(t.probability, 'g', 17), false},
                        {QString(), t.probability, QString::number(t.probability * 100, 'f', 2) + QLatin1Char('%'), false}});
    }
    top_->setRows(rows);

    rows.clear();
    for (std::size_t i = 0; i < r.targets.size(); ++i) {
        const ProbeTargetScore& t = r.targets[i];
        CompactCell delta;
        bool flipped = false;
        if (base && i < base->targets.size() && base->targets[i].target == t.target) {
            const double d = t.meanNll - base->targets[i].meanNll;
            flipped = base->targets[i].argmaxCorrect != t.argmaxCorrect;
            delta = {QString::asprintf("%+.3f", d), d, tr("Base model: %1").arg(base->targets[i].meanNll, 0, 'f', 4), std::abs(d) > 1.0};
        }
        QStringList toks;
        for (const auto& tok : t.tokens)
            toks << probeTokenLabel(tok);
        rows.push_back({{fromStd(t.target), fromStd(t.target), tr("Tokens: %1").arg(toks.join(QLatin1String(" | "))), false},
                        {QString::number(t.meanNll, 'f', 3), t.meanNll, tr("exp(−NLL) = %1").arg(std::exp(-t.meanNll), 0, 'g', 4), false},
                        {t.argmaxCorrect ? QStringLiteral("✓") : QStringLiteral("✗"), t.argmaxCorrect,
                         t.argmaxCorrect ? tr("Every target token is the argmax") : tr("Not the argmax"), flipped},
                        delta});
    }
    targets_->setRows(rows);
    rendering_ = false;
}

} // namespace editscope
