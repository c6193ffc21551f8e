#include "widgets/run_document.h"

#include "core/util/error.h"
#include "storage/run_store_journal.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace editscope {
namespace {

const std::vector<SeriesPoint> kNoPoints;

QString describe(const std::exception& e) { return QString::fromStdString(e.what()); }

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

RunDocument::RunDocument(QObject* parent)
    : QObject(parent)
{
    poll_.setInterval(500);
    connect(&poll_, &QTimer::timeout, this, &RunDocument::refresh);
}

RunDocument::~RunDocument() = default;

void RunDocument::fail(const QString& message)
{
    lastError_ = message;
    Q_EMIT errorOccurred(message);
}

bool RunDocument::open(const QString& path, int64_t run)
{
    lastError_.clear();
    std::unique_ptr<RunStore> store;
    std::vector<RunSummary> runs;
    try {
        if (!QFileInfo(path).isFile())
            throw InputError(path.toStdString(), "file", "no such file");
        store = std::make_unique<RunStore>(path.toStdString(), true);
        runs = store->runs();
    } catch (const std::exception& e) {
        fail(describe(e));
        return false;
    }
    store_ = std::move(store);
    runs_ = std::move(runs);
    path_ = path;
    runId_ = 0;
    steps_.clear();
    series_.clear();
    seriesNames_.clear();
    selectedStep_ = 0;
    try {
        definitions_ = store_->metricDefinitions();
    } catch (const std::exception& e) {
        fail(describe(e));
    }
    if (runs_.empty()) {
        summary_ = {};
        spec_ = {};
        Q_EMIT runsChanged();
        Q_EMIT runLoaded();
    }
    if (poll_.interval() > 0)
        poll_.start();
    // A run that cannot be read (a corrupt row) leaves the file open with no run shown: the run list
    // still offers the others.
    return runs_.empty() || loadRun(run > 0 ? run : runs_.back().id);
}

void RunDocument::close()
{
    poll_.stop();
    store_.reset();
    path_.clear();
    runs_.clear();
    runId_ = 0;
    summary_ = {};
    spec_ = {};
    steps_.clear();
    series_.clear();
    seriesNames_.clear();
    selectedStep_ = 0;
    stepOffset_ = 0;
    Q_EMIT closed();
}

bool RunDocument::setRun(int64_t run)
{
    if (!store_)
        return false;
    return loadRun(run);
}

bool RunDocument::loadRun(int64_t run)
{
    try {
        auto summary = store_->run(run);
        auto spec = store_->runSpec(run);
        auto steps = store_->stepSummaries(run);
        const int64_t offset = runStepOffset(*store_, run);
        summary_ = std::move(summary);
        spec_ = std::move(spec);
        steps_ = std::move(steps);
        stepOffset_ = offset;
        runId_ = run;
        reloadSeries();
    } catch (const std::exception& e) {
        fail(describe(e));
        return false;
    }
    selectedStep_ = std::min(selectedStep_, lastStep());
    Q_EMIT runLoaded();
    Q_EMIT selectedStepChanged(selectedStep_);
    return true;
}

void RunDocument::reloadSeries()
{
    std::map<std::string, std::vector<SeriesPoint>> series;
    auto names = store_->availableSeries(runId_);
    for (const auto& name : names)
        series[name] = store_->series(runId_, name);
    series_ = std::move(series);
    seriesNames_ = std::move(names);
}

void RunDocument::appendSeries(int64_t afterStep)
{
    // Only the new steps' points: a 10,000-step file re-read whole would block the window for a second
    // on every step. New names (a layer or task seen for the first time) are read whole.
    auto names = store_->availableSeries(runId_);
    for (const auto& name : names) {
        auto& points = series_[name];
        auto fresh = store_->series(runId_, name, points.empty() ? -1 : afterStep);
        points.insert(points.end(), fresh.begin(), fresh.end());
    }
    seriesNames_ = std::move(names);
}

void RunDocument::refresh()
{
    if (!store_)
        return;
    if (!QFileInfo::exists(path_)) {
        poll_.stop();
        fail(tr("%1: the file was deleted or moved while open; the data shown is what was read before").arg(path_));
        return;
    }
    try {
        auto runs = store_->runs();
        const bool listChanged = runs.size() != runs_.size()
            || std::any_of(runs.begin(), runs.end(), [&](const RunSummary& r) {
                   auto it = std::find_if(runs_.begin(), runs_.end(), [&](const RunSummary& o) { return o.id == r.id; });
                   return it == runs_.end() || it->status != r.status || it->steps != r.steps || it->statusMessage != r.statusMessage;
               });
        runs_ = std::move(runs);
        if (runId_ == 0 && !runs_.empty()) {   // an empty file that a writer has just filled
            loadRun(runs_.back().id);
            Q_EMIT runsChanged();
            return;
        }
        if (runId_ == 0)
            return;
        const int64_t before = lastStep();
        auto fresh = store_->stepSummaries(runId_, before);
        summary_ = store_->run(runId_);
        if (!fresh.empty()) {
            steps_.insert(steps_.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
            appendSeries(before);
            Q_EMIT stepsAppended(before + 1, lastStep());
        } else if (static_cast<int64_t>(steps_.size()) > summary_.steps) {   // truncated by a replay
            loadRun(runId_);
        }
        if (listChanged)
            Q_EMIT runsChanged();
    } catch (const std::exception& e) {
        poll_.stop();   // one message, not one every 500 ms; File > Reload starts it again
        fail(describe(e));
    }
}

void RunDocument::setPollInterval(int milliseconds)
{
    poll_.stop();
    poll_.setInterval(std::max(milliseconds, 0));
    if (milliseconds > 0 && store_)
        poll_.start();
}

const StepSummary* RunDocument::stepSummary(int64_t step) const
{
    // Steps are consecutive from 1 (storage/SCHEMA.md), so the row of step k is at k − 1.
    if (step < 1 || step > static_cast<int64_t>(steps_.size()))
        return nullptr;
    const auto& s = steps_[static_cast<size_t>(step - 1)];
    return s.step == step ? &s : nullptr;
}

const std::vector<SeriesPoint>& RunDocument::series(const std::string& name) const
{
    auto it = series_.find(name);
    return it == series_.end() ? kNoPoints : it->second;
}

const MetricDefinition* RunDocument::definition(const std::string& name) const
{
    const std::string family = RunStore::metricFamily(name);
    for (const auto& d : definitions_)
        if (d.name == name || d.name == family)
            return &d;
    return nullptr;
}

std::vector<int64_t> RunDocument::editedLayers() const
{
    std::vector<int64_t> layers;
    const std::string prefix = "norm.weight.";
    for (const auto& name : seriesNames_)
        if (name.rfind(prefix, 0) == 0)
            layers.push_back(std::stoll(name.substr(prefix.size())));
    std::sort(layers.begin(), layers.end());
    return layers;
}

std::vector<std::string> RunDocument::downstreamTasks() const
{
    std::vector<std::string> tasks;
    const std::string prefix = "downstream.", suffix = ".accuracy";
    for (const auto& name : seriesNames_)
        if (name.rfind(prefix, 0) == 0 && name.size() > prefix.size() + suffix.size()
            && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            tasks.push_back(name.substr(prefix.size(), name.size() - prefix.size() - suffix.size()));
    return tasks;
}

std::vector<int64_t> RunDocument::flaggedSteps() const
{
    std::vector<int64_t> out;
    for (const auto& s : steps_)
        if (!s.flags.empty() || s.nonFinite)
            out.push_back(s.step);
    return out;
}

std::optional<StepRecord> RunDocument::loadStep(int64_t step)
{
    if (!store_ || runId_ == 0)
        return std::nullopt;
    try {
        return store_->step(runId_, step);
    } catch (const std::exception& e) {
        fail(describe(e));
        return std::nullopt;
    }
}

int64_t RunDocument::medianStep() const
{
    std::vector<std::pair<double, int64_t>> norms;
    for (const auto& s : steps_)
        if (s.flags.empty() && !s.nonFinite && std::isfinite(s.updateNorm))
            norms.emplace_back(s.updateNorm, s.step);
    if (norms.empty())
        return 0;
    std::sort(norms.begin(), norms.end());
    return norms[(norms.size() - 1) / 2].second;
}

double RunDocument::medianUpdateNormBefore(int64_t step) const
{
    std::vector<double> earlier;
    for (const auto& s : steps_)
        if (s.step < step && std::isfinite(s.updateNorm))
            earlier.push_back(s.updateNorm);
    return median(std::move(earlier));
}

void RunDocument::selectStep(int64_t step)
{
    step = std::clamp<int64_t>(step, 0, lastStep());
    if (step == selectedStep_)
        return;
    selectedStep_ = step;
    Q_EMIT selectedStepChanged(step);
}

} // namespace editscope
