// WelcomePage: what the window shows when no run file is open. It tells the demo world's state and,
// while the world is being built in the background, its phase, a progress bar, the ETA and a Cancel
// button; once the world is there it offers "New run on the demo world". Recent run files are one
// click away. The page only displays: the main window owns the build task and acts on the signals.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace editscope {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void showWorldReady(const QString& worldDir);
    void showWorldMissing(const QString& worldDir);
    void showBuilding(const QString& phase, double fraction, double etaSeconds, const QString& message);
    void showBuildFailed(const QString& message);
    void setRecentFiles(const QStringList& files);

    QString statusText() const;      // what the page says now (tests)

Q_SIGNALS:
    void newRunRequested();
    void openRequested();
    void buildRequested();
    void cancelBuildRequested();
    void recentFileActivated(const QString& path);

private:
    QLabel* title_ = nullptr;
    QLabel* status_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* newRun_ = nullptr;
    QPushButton* build_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QListWidget* recent_ = nullptr;
};

// "1 h 05 min", "3 min 20 s", "45 s"; "?" for a negative value.
QString formatDuration(double seconds);

} // namespace editscope
