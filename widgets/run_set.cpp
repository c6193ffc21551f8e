#include "widgets/run_set.h"

#include "core/util/error.h"
#include "widgets/run_document.h"

#include <QFileInfo>

#include <algorithm>
#include <array>

namespace editscope {
namespace {

// Okabe & Ito (2008): blue, orange, bluish green, reddish purple, sky blue, vermillion, a darkened
// yellow (the original F0E442 vanishes on white), grey. Vermillion comes late: red marks flags.
constexpr std::array<QRgb, 8> kRunColours = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7,
                                             0x56b4e9, 0xd55e00, 0xb8a200, 0x7f7f7f};

bool sameListing(const std::vector<RunSummary>& a, const std::vector<RunSummary>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].steps != b[i].steps || a[i].status != b[i].status || a[i].name != b[i].name
            || a[i].flaggedSteps != b[i].flaggedSteps)
            return false;
    return true;
}

} // namespace

QString canonicalRunPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

struct RunSet::File {
    QString path;
    std::unique_ptr<RunStore> store;
    std::vector<RunSummary> runs;
    QString stamp;   // size and mtime of the file and its WAL when last listed
};

namespace {

// Every commit of a writer (WAL mode) grows or rewrites the -wal file, a checkpoint the file itself:
// listing runs of a 10,000-step file costs ~10 ms, a stat almost nothing.
QString fileStamp(const QString& path)
{
    QString stamp;
    for (const QString& p : {path, path + QStringLiteral("-wal")}) {
        const QFileInfo info(p);
        stamp += QStringLiteral("%1:%2;").arg(info.exists() ? info.size() : -1).arg(
            info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0);
    }
    return stamp;
}

} // namespace

struct RunSet::Entry {
    RunKey key;
    RunSummary summary;
    QColor colour;
    bool overlaid = false;
    int overlayOrder = 0;                        // draw order among the overlays
    std::optional<std::pair<int, int>> smoothing;
    RunDocument* doc = nullptr;                  // the overlay document (a child of the set), or nullptr
};

RunSet::RunSet(RunDocument* primary, QObject* parent)
    : QObject(parent)
    , primary_(primary)
{
    poll_.setInterval(pollInterval_);
    connect(&poll_, &QTimer::timeout, this, &RunSet::refresh);
    poll_.start();
    connect(primary_, &RunDocument::runLoaded, this, &RunSet::onPrimaryLoaded);
    connect(primary_, &RunDocument::closed, this, &RunSet::onPrimaryLoaded);
    connect(primary_, &RunDocument::runsChanged, this, [this] {
        if (File* f = file(canonicalRunPath(primary_->path())); f && relist(*f))
            Q_EMIT changed();
    });
    if (primary_->isOpen())
        onPrimaryLoaded();
}

RunSet::~RunSet() = default;

QColor RunSet::runColour(int index)
{
    return QColor::fromRgb(kRunColours[static_cast<size_t>(std::max(index, 0)) % kRunColours.size()]);
}

RunKey RunSet::primaryKey() const
{
    if (!primary_->isOpen() || primary_->runId() <= 0)
        return {};
    return {canonicalRunPath(primary_->path()), primary_->runId()};
}

RunSet::Entry* RunSet::entry(const RunKey& key) const
{
    for (const auto& e : entries_)
        if (e->key == key)
            return e.get();
    return nullptr;
}

RunSet::File* RunSet::file(const QString& canonicalPath) const
{
    for (const auto& f : files_)
        if (f->path == canonicalPath)
            return f.get();
    return nullptr;
}

RunSet::Entry& RunSet::ensureEntry(const RunKey& key, const RunSummary& summary)
{
    if (Entry* e = entry(key)) {
        e->summary = summary;
        return *e;
    }
    auto e = std::make_unique<Entry>();
    e->key = key;
    e->summary = summary;
    e->colour = runColour(nextColour_++);
    entries_.push_back(std::move(e));
    return *entries_.back();
}

void RunSet::fail(const QString& message, QString* error)
{
    if (error)
        *error = message;
    Q_EMIT errorOccurred(message);
}

bool RunSet::relist(File& f, bool onlyIfTouched)
{
    const QString stamp = fileStamp(f.path);
    if (onlyIfTouched && stamp == f.stamp)
        return false;
    f.stamp = stamp;
    std::vector<RunSummary> runs;
    try {
        runs = f.store->runs();
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()), nullptr);
        return false;
    }
    if (sameListing(runs, f.runs))
        return false;
    f.runs = std::move(runs);
    for (const auto& r : f.runs)
        applyPolling(ensureEntry({f.path, r.id}, r));
    return true;
}

bool RunSet::isLive(const Entry& e)
{
    return e.summary.status == RunStatus::Running || e.summary.status == RunStatus::Paused;
}

void RunSet::applyPolling(Entry& e)
{
    // A finished run no longer changes: its document need not ask the file twice a second (each check
    // lists the file's runs, ~10 ms on a 10,000-step file). The run list notices a resumed run.
    if (e.doc)
        e.doc->setPollInterval(isLive(e) ? pollInterval_ : 0);
}

bool RunSet::addFile(const QString& path, QString* error)
{
    const QString canonical = canonicalRunPath(path);
    if (file(canonical))
        return true;
    auto f = std::make_unique<File>();
    f->path = canonical;
    try {
        if (!QFileInfo(canonical).isFile())
            throw InputError(path.toStdString(), "file", "no such file");
        f->store = std::make_unique<RunStore>(canonical.toStdString(), true);
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()), error);
        return false;
    }
    File& added = *f;
    files_.push_back(std::move(f));
    relist(added);
    Q_EMIT changed();
    return true;
}

bool RunSet::removeFile(const QString& path)
{
    const QString canonical = canonicalRunPath(path);
    if (!file(canonical) || primaryKey().path == canonical)
        return false;
    bool hadOverlay = false;
    for (auto& e : entries_)
        if (e->key.path == canonical && e->overlaid) {
            closeOverlay(*e);
            hadOverlay = true;
        }
    std::erase_if(entries_, [&](const auto& e) { return e->key.path == canonical; });
    std::erase_if(files_, [&](const auto& f) { return f->path == canonical; });
    Q_EMIT changed();
    if (hadOverlay)
        Q_EMIT overlaysChanged();
    return true;
}

QStringList RunSet::files() const
{
    QStringList out;
    for (const auto& f : files_)
        out << f->path;
    return out;
}

bool RunSet::hasFile(const QString& path) const { return file(canonicalRunPath(path)) != nullptr; }

std::vector<RunSummary> RunSet::runs(const QString& path) const
{
    const File* f = file(canonicalRunPath(path));
    return f ? f->runs : std::vector<RunSummary>{};
}

std::optional<RunSummary> RunSet::summary(const RunKey& key) const
{
    if (const Entry* e = entry(key))
        return e->summary;
    return std::nullopt;
}

QString RunSet::label(const RunKey& key) const
{
    const Entry* e = entry(key);
    if (!e)
        return {};
    if (!e->summary.name.empty())
        return QString::fromStdString(e->summary.name);
    return e->summary.method.empty() ? tr("run %1").arg(key.run) : QString::fromStdString(e->summary.method);
}

QString RunSet::tag(const RunKey& key) const
{
    const QString run = QStringLiteral("run%1").arg(key.run);
    if (key.path == primaryKey().path)
        return run;
    return QFileInfo(key.path).completeBaseName() + QLatin1Char('/') + run;
}

QColor RunSet::colour(const RunKey& key) const
{
    const Entry* e = entry(key);
    return e ? e->colour : QColor();
}

void RunSet::setColour(const RunKey& key, const QColor& colour)
{
    Entry* e = entry(key);
    if (!e || !colour.isValid() || e->colour == colour)
        return;
    e->colour = colour;
    Q_EMIT changed();
    if (isOverlaid(key) && overlayMode())
        Q_EMIT overlaysChanged();
}

bool RunSet::isOverlaid(const RunKey& key) const
{
    if (isPrimary(key))
        return true;
    const Entry* e = entry(key);
    return e && e->overlaid;
}

void RunSet::closeOverlay(Entry& e)
{
    e.overlaid = false;
    if (e.doc) {
        e.doc->setPollInterval(0);
        disconnect(e.doc, nullptr, this, nullptr);
        e.doc->deleteLater();   // plots may still hold it until their rebuild on overlaysChanged
        e.doc = nullptr;
    }
}

bool RunSet::setOverlaid(const RunKey& key, bool on, QString* error)
{
    const bool before = isOverlaid(key);
    const bool ok = applyOverlay(key, on, error);
    if (ok && before != isOverlaid(key))
        Q_EMIT overlayToggled(key.path, key.run, on);
    return ok;
}

bool RunSet::applyOverlay(const RunKey& key, bool on, QString* error)
{
    Entry* e = entry(key);
    if (!e)
        return false;
    if (isPrimary(key))
        return on;
    if (e->overlaid == on)
        return true;
    if (!on) {
        closeOverlay(*e);
        Q_EMIT changed();
        Q_EMIT overlaysChanged();
        return true;
    }
    auto* doc = new RunDocument(this);
    doc->setPollInterval(0);
    if (!doc->open(key.path, key.run) || doc->runId() != key.run) {
        const QString why = doc->lastError().isEmpty() ? tr("%1: run %2 cannot be read").arg(key.path).arg(key.run)
                                                       : doc->lastError();
        delete doc;
        fail(why, error);
        return false;
    }
    e->doc = doc;
    e->overlaid = true;
    e->overlayOrder = ++overlaySerial_;
    e->summary = doc->summary();
    applyPolling(*e);
    // New steps of a live overlay redraw the plots like the primary's do.
    connect(doc, &RunDocument::stepsAppended, this, &RunSet::overlaysChanged);
    connect(doc, &RunDocument::runLoaded, this, &RunSet::overlaysChanged);
    Q_EMIT changed();
    Q_EMIT overlaysChanged();
    return true;
}

std::optional<std::pair<int, int>> RunSet::smoothing(const RunKey& key) const
{
    const Entry* e = entry(key);
    return e ? e->smoothing : std::nullopt;
}

void RunSet::setSmoothing(const RunKey& key, int bucket, int window)
{
    Entry* e = entry(key);
    if (!e)
        return;
    const std::pair<int, int> s{std::max(bucket, 1), std::max(window, 1)};
    if (e->smoothing == s)
        return;
    e->smoothing = s;
    Q_EMIT changed();
    if (isOverlaid(key))
        Q_EMIT overlaysChanged();
}

void RunSet::clearSmoothing(const RunKey& key)
{
    Entry* e = entry(key);
    if (!e || !e->smoothing)
        return;
    e->smoothing.reset();
    Q_EMIT changed();
    if (isOverlaid(key))
        Q_EMIT overlaysChanged();
}

void RunSet::setDefaultSmoothing(int bucket, int window)
{
    defaultSmoothing_ = {std::max(bucket, 1), std::max(window, 1)};
}

bool RunSet::overlayMode() const
{
    const RunKey primary = primaryKey();
    return std::any_of(entries_.begin(), entries_.end(),
                       [&](const auto& e) { return e->overlaid && e->doc && !(e->key == primary); });
}

std::vector<RunSet::DrawnRun> RunSet::drawnRuns() const
{
    std::vector<DrawnRun> out;
    const RunKey primary = primaryKey();
    auto drawn = [&](const Entry* e, RunDocument* doc, const RunKey& key) {
        DrawnRun d;
        d.doc = doc;
        d.key = key;
        d.primary = key == primary;
        d.tag = tag(key);
        d.label = e ? label(key) : QString::fromStdString(primary_->summary().name);
        d.colour = e ? e->colour : runColour(0);
        if (e && e->smoothing) {
            d.bucket = e->smoothing->first;
            d.window = e->smoothing->second;
        }
        return d;
    };
    out.push_back(drawn(entry(primary), primary_, primary));
    std::vector<const Entry*> overlays;
    for (const auto& e : entries_)
        if (e->overlaid && e->doc && !(e->key == primary))
            overlays.push_back(e.get());
    std::sort(overlays.begin(), overlays.end(), [](const Entry* a, const Entry* b) { return a->overlayOrder < b->overlayOrder; });
    for (const Entry* e : overlays)
        out.push_back(drawn(e, e->doc, e->key));
    // Two runs with the same name (a branch keeps its parent's): tell them apart by id.
    for (size_t i = 0; i < out.size(); ++i)
        for (size_t j = 0; j < out.size(); ++j)
            if (i != j && out[i].label == out[j].label) {
                out[i].label += QStringLiteral(" #%1").arg(out[i].key.run);
                break;
            }
    return out;
}

RunDocument* RunSet::overlayDocument(const RunKey& key) const
{
    const Entry* e = entry(key);
    return e && e->overlaid && !isPrimary(key) ? e->doc : nullptr;
}

void RunSet::setPollInterval(int milliseconds)
{
    pollInterval_ = std::max(milliseconds, 0);
    if (pollInterval_ > 0) {
        poll_.setInterval(pollInterval_);
        poll_.start();
    } else {
        poll_.stop();
    }
    for (const auto& e : entries_)
        applyPolling(*e);
}

void RunSet::refresh()
{
    bool any = false;
    for (const auto& f : files_)
        any |= relist(*f, true);
    if (any)
        Q_EMIT changed();
    if (pollInterval_ == 0)   // the documents of live runs poll themselves otherwise
        for (const auto& e : entries_)
            if (e->doc && isLive(*e))
                e->doc->refresh();
}

void RunSet::onPrimaryLoaded()
{
    const RunKey now = primaryKey();
    // No overlaysChanged here: the plots rebuild on the document's own runLoaded/closed, which reach
    // them after this slot (the set is connected first), so they see the new roles already.
    if (now == lastPrimary_)
        return;
    const RunKey before = lastPrimary_;
    lastPrimary_ = now;
    if (!now.isNull()) {
        if (!file(now.path))
            addFile(now.path);
        else if (File* f = file(now.path))
            relist(*f);
        if (!entry(now))
            ensureEntry(now, primary_->summary());
        Entry* e = entry(now);
        const bool swap = e->overlaid;
        closeOverlay(*e);   // the primary document draws it now
        if (swap && !before.isNull() && entry(before) && file(before.path))
            applyOverlay(before, true, nullptr);
    }
    Q_EMIT changed();
}

} // namespace editscope
