// RunSet: the runs being compared. It holds the run files opened for comparison (each listed with its
// runs, read through a read-only RunStore), and for every run a stable colour, a label, an "overlaid"
// flag and an optional smoothing of its own. The primary run — the main window's RunDocument, passed in
// — is always in the set and always drawn; every other overlaid run is backed by its own read-only
// RunDocument (open(path, run)), so the plots read all runs the same way and live runs keep growing.
//
// Identity: a run is (canonical file path, run id). Colours come from the Okabe–Ito colour-blind-safe
// set (runColour) in the order runs first enter the set, so a run keeps its colour when others come and
// go. In overlay mode (at least one run besides the primary is overlaid) these colours replace the
// plots' per-series colours, and each run's series ids get a tag: "run<ID>" for runs of the primary's
// file, "<file base name>/run<ID>" for runs of other files (DashboardPlot's CSV, dashboard_plot.h).
//
// Following the primary: when the document loads another run (MainWindow::openFile, "Show as primary"),
// its file joins the set; if the new primary was overlaid, the old primary becomes an overlay in its place
// (the comparison goes on with the roles swapped).
//
// Ownership: a QObject (the Dashboard's child); owns the read-only stores and overlay documents. The
// primary document is not owned and must outlive the set. Thread-safety: GUI thread only.
#pragma once

#include "storage/run_store.h"

#include <QColor>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace editscope {

class RunDocument;

struct RunKey {
    QString path;      // canonical absolute path of the run file
    int64_t run = 0;
    bool isNull() const { return path.isEmpty() || run <= 0; }
    bool operator==(const RunKey&) const = default;
};

class RunSet : public QObject {
    Q_OBJECT
public:
    // One run as the plots draw it.
    struct DrawnRun {
        RunDocument* doc = nullptr;   // the primary document, or the overlay's own
        RunKey key;
        bool primary = false;
        QString tag;                  // series-id prefix in overlay mode ("run2", "other/run3")
        QString label;                // legend prefix ("ROME demo"), made unique among the drawn runs
        QColor colour;
        int bucket = 0;               // the run's own smoothing; 0: the dashboard's
        int window = 0;
    };

    explicit RunSet(RunDocument* primary, QObject* parent = nullptr);
    ~RunSet() override;

    RunDocument* primary() const { return primary_; }
    RunKey primaryKey() const;        // null while the document shows no run

    // Opens a run file read-only and lists its runs (true if it is already in the set). On failure
    // returns false, sets *error and emits errorOccurred.
    bool addFile(const QString& path, QString* error = nullptr);
    // False when the file is not in the set or holds the primary run.
    bool removeFile(const QString& path);
    QStringList files() const;                                 // canonical paths, in the order added
    bool hasFile(const QString& path) const;
    std::vector<RunSummary> runs(const QString& path) const;  // the file's runs in id order
    std::optional<RunSummary> summary(const RunKey& key) const;

    QString label(const RunKey& key) const;    // the run's name, or its method when unnamed
    QString tag(const RunKey& key) const;
    QColor colour(const RunKey& key) const;    // invalid for an unknown run
    void setColour(const RunKey& key, const QColor& colour);
    bool isPrimary(const RunKey& key) const { return !key.isNull() && key == primaryKey(); }
    bool isOverlaid(const RunKey& key) const;  // the primary always is
    // Opens (or closes) the run's overlay document. False (+ *error, errorOccurred) when the run cannot
    // be read; turning the primary off is refused (false, no error).
    bool setOverlaid(const RunKey& key, bool on, QString* error = nullptr);
    // The run's own smoothing (bucket, window ≥ 1); nullopt: the dashboard's.
    std::optional<std::pair<int, int>> smoothing(const RunKey& key) const;
    void setSmoothing(const RunKey& key, int bucket, int window);
    void clearSmoothing(const RunKey& key);
    // The dashboard's smoothing (what a run without its own uses; shown by the run tree's dialog).
    void setDefaultSmoothing(int bucket, int window);
    std::pair<int, int> defaultSmoothing() const { return defaultSmoothing_; }

    // At least one run besides the primary is overlaid.
    bool overlayMode() const;
    // What the plots draw: the primary first, then the overlays in the order they were overlaid. Outside
    // overlay mode just the primary (no tag, label or colour needed, but filled in all the same).
    std::vector<DrawnRun> drawnRuns() const;
    RunDocument* overlayDocument(const RunKey& key) const;   // nullptr unless overlaid and not the primary

    // Poll interval of the run lists (new runs, branches, status; a stat of each file, and a re-read
    // only when it changed) and of the documents of overlaid runs that are still running or paused
    // (finished ones cannot grow); 0 stops.
    void setPollInterval(int milliseconds);
    // Re-lists the files that changed now (and lets the overlay documents of live runs check for new
    // steps).
    void refresh();

    // The Okabe–Ito colours (black left out, yellow darkened to read on white), in assignment order.
    static QColor runColour(int index);

Q_SIGNALS:
    void changed();            // files, runs, labels, colours, overlay flags or smoothing (the run tree)
    // setOverlaid changed a run's overlay (the user's check box, or an undo): what undo/redo records.
    // Not emitted for the swap that follows a primary change.
    void overlayToggled(const QString& path, qint64 run, bool on);
    void overlaysChanged();    // what the plots draw: overlays, their colours or smoothing, or their data
    void errorOccurred(const QString& message);

private:
    struct Entry;
    struct File;
    Entry* entry(const RunKey& key) const;
    File* file(const QString& canonicalPath) const;
    Entry& ensureEntry(const RunKey& key, const RunSummary& summary);
    bool relist(File& f, bool onlyIfTouched = false);   // true if the listing changed
    void onPrimaryLoaded();
    void closeOverlay(Entry& e);
    bool applyOverlay(const RunKey& key, bool on, QString* error);
    static bool isLive(const Entry& e);   // running or paused: its document polls the file
    void applyPolling(Entry& e);
    void fail(const QString& message, QString* error);

    RunDocument* primary_;
    std::vector<std::unique_ptr<File>> files_;
    std::vector<std::unique_ptr<Entry>> entries_;
    RunKey lastPrimary_;
    int nextColour_ = 0;
    int overlaySerial_ = 0;
    int pollInterval_ = 1000;
    std::pair<int, int> defaultSmoothing_{5, 10};
    QTimer poll_;
};

// The canonical form of a run file path (symlinks resolved; the absolute path when it does not exist).
QString canonicalRunPath(const QString& path);

} // namespace editscope
