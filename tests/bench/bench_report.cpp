// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting report timed as a user meets it: from the command `dxplanner report FILE --out R.pdf` (and
// `--out R.docx`, the Word document) to the finished file, for the bundled plan and for the synthetic plan
// (300 indicators, 2,000 tasks, 150,000 values), with the peak memory of the report process. Goals: under 2 s
// and 20 s.
//   dxbench report [--binary PATH] [--runs N] [--keep DIR]
#include "BenchRegistry.h"
#include "SyntheticPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Sample
{
    double ms = 0.0;
    double peakMiB = 0.0;
    bool ok = false;
};

/// Runs @p binary with @p args as a child process; its wall time and its own peak resident memory
/// (wait4's rusage: this child's alone, not the largest child so far).
Sample runChild(const QString &binary, const QStringList &args)
{
    QList<QByteArray> storage{binary.toLocal8Bit()};
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    QList<char *> argv;
    for (QByteArray &s : storage)
        argv << s.data();
    argv << nullptr;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    Sample s;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        s.ms = double(timer.nsecsElapsed()) / 1e6;
        s.peakMiB = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
        s.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return s;
}

int benchReport(const QStringList &args)
{
    QTextStream out(stdout);
    QString binary = dxbench::option(args, QStringLiteral("--binary"));
    if (binary.isEmpty())
        binary = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/dxplanner"));
    if (!QFileInfo(binary).isExecutable()) {
        out << "dxplanner not found at " << binary << "; give --binary PATH\n";
        return 2;
    }
    const int runs = std::max(1, dxbench::intOption(args, QStringLiteral("--runs"), 5));
    QTemporaryDir tmp;
    const QString keep = dxbench::option(args, QStringLiteral("--keep"));
    const QDir dir(keep.isEmpty() ? tmp.path() : keep);
    QDir().mkpath(dir.path());
    qputenv("QT_QPA_PLATFORM", "offscreen");

    const QString bundled = dir.filePath(QStringLiteral("bundled.dxplan"));
    const QString large = dir.filePath(QStringLiteral("synthetic-300.dxplan"));
    QFile::remove(bundled);
    QFile::remove(large);
    if (!runChild(binary, {QStringLiteral("new"), bundled}).ok) {
        out << "cannot create the bundled plan\n";
        return 2;
    }
    {
        auto store = dxbench::syntheticPlan(large, dxbench::SyntheticSize{}, out);
        if (!store)
            return 2;
        out << "synthetic plan: " << store->indicators().size() << " indicators, " << store->tasks().size()
            << " tasks, " << store->allMeasurements().size() << " values\n";
    }

    int failures = 0;
    for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("docx")})
        for (const auto &[name, plan, goalMs] :
             {std::tuple{QStringLiteral("bundled plan"), bundled, 2000.0},
              std::tuple{QStringLiteral("synthetic plan, 300 indicators"), large, 20000.0}}) {
            QList<double> times;
            double peak = 0.0;
            int pages = 0;
            const QString file = dir.filePath(QFileInfo(plan).completeBaseName() + QLatin1Char('.') + suffix);
            for (int i = 0; i < runs; ++i) {
                const Sample s =
                    runChild(binary, {QStringLiteral("report"), plan, QStringLiteral("--out"), file,
                                      QStringLiteral("--as-of"), QStringLiteral("2024-12-31")});
                if (!s.ok) {
                    out << name << ": the report failed\n";
                    return 2;
                }
                times << s.ms;
                peak = std::max(peak, s.peakMiB);
            }
            QProcess info;
            if (suffix == QLatin1String("pdf")) {
                info.start(QStringLiteral("pdfinfo"), {file});
                if (info.waitForFinished(30000))
                    for (const QString &line :
                         QString::fromUtf8(info.readAllStandardOutput()).split(QLatin1Char('\n')))
                        if (line.startsWith(QLatin1String("Pages:")))
                            pages = line.mid(6).trimmed().toInt();
            }
            const double median = dxbench::median(times);
            const double worst = *std::max_element(times.begin(), times.end());
            out << QStringLiteral(
                       "%1 (%10): %2 pages, %3 KiB; command to finished file median %4 ms, worst %5 ms (%6 "
                       "runs); peak memory %7 MiB; goal < %8 s: %9\n")
                       .arg(name)
                       .arg(pages > 0 ? QString::number(pages) : QStringLiteral("?"))
                       .arg(QFileInfo(file).size() / 1024)
                       .arg(median, 0, 'f', 0)
                       .arg(worst, 0, 'f', 0)
                       .arg(runs)
                       .arg(peak, 0, 'f', 1)
                       .arg(goalMs / 1000, 0, 'f', 0)
                       .arg(worst < goalMs ? QStringLiteral("met") : QStringLiteral("MISSED"))
                       .arg(suffix.toUpper());
            failures += worst < goalMs ? 0 : 1;
        }
    return failures == 0 ? 0 : 1;
}

} // namespace

DX_BENCH(
    "report",
    "the meeting report as PDF and as DOCX, command to finished file, bundled and 300-indicator plans, peak "
    "memory: report [--binary PATH] [--runs N] [--keep DIR]",
    benchReport);
