// Runs editscope-cli (path from $EDITSCOPE_CLI, set by CTest) and captures exit code, stdout, stderr.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>
#include <string>

namespace editscope::testing {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments, int timeoutMs = 300000)
{
    QProcess process;
    const char* cli = std::getenv("EDITSCOPE_CLI");
    process.start(QString::fromLocal8Bit(cli ? cli : "editscope-cli"), arguments);
    CliResult r;
    if (!process.waitForFinished(timeoutMs))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline std::string testWorldDir()
{
    const char* dir = std::getenv("EDITSCOPE_TEST_WORLD");
    return dir ? dir : "";
}

} // namespace editscope::testing
