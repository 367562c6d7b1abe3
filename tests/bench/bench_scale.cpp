// SPDX-License-Identifier: GPL-3.0-or-later
// dxbench scale: how each command grows with the plan. Runs the command line (status, report, export as
// json, xlsx and csv, check), the window's opening (`dxbench open`) and the writing of the plan (`dxbench
// make-plan`) as child processes on the synthetic plan at 1x, 4x and 10x (1x: 2,000 tasks, 300 indicators,
// 150,000 values), and prints, per command and size, the wall time, the CPU time (user + system) and the peak
// resident memory of that child alone (wait4's rusage), with the ratio of the wall time to 1x.
//
//   dxbench scale [--sizes 1,4,10] [--dir /tmp/dxbench-scale] [--dxplanner PATH] [--dxbench PATH]
//                 [--commands make-plan,status,report,report-docx,export,export-xlsx,export-csv,check,open]
//                 [--runs N] [--timeout S]
//
// Plans are made once and kept in --dir (plan-4x.dxplan ...); delete them to time make-plan again.
// --dxplanner and --dxbench (for make-plan and open; by default this one) let one build's table be
// measured with another build's programs.
// The sizes of one command are run alternately, N times each (median), so a change in the machine's
// load hits every size alike; the table says the load average before and after. Unix only.
#include "BenchRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <optional>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#endif

namespace {

struct Sample
{
    bool ok = false;
    bool timedOut = false;
    double wall = 0.0; ///< seconds
    double cpu = 0.0;  ///< user + system, seconds
    double peakMiB = 0.0;
    QString note; ///< a figure the child printed (open: "ready 190 ms, statuses 0.8 s")
};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

#if defined(Q_OS_UNIX)
double now()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// Runs @p program with @p args, its output to @p logPath, and measures it alone (wait4 gives the
/// rusage of that one child: getrusage(RUSAGE_CHILDREN) would mix every child's peak). Killed after
/// @p timeout seconds.
Sample runChild(const QString &program, const QStringList &args, const QString &logPath, double timeout)
{
    Sample s;
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage << QFile::encodeName(a);
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray log = QFile::encodeName(logPath);
    posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const double start = now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return s;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            return s;
        if (now() - start > timeout && !s.timedOut) {
            s.timedOut = true;
            kill(pid, SIGKILL); // our own child, by its id
        }
        usleep(20000);
    }
    s.wall = now() - start;
    s.cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    s.peakMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    s.ok = !s.timedOut && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return s;
}
#endif

QString cell(const Sample &s, const std::optional<Sample> &base)
{
    if (s.timedOut)
        return QStringLiteral("> %1 s (stopped)").arg(s.wall, 0, 'f', 0);
    if (!s.ok)
        return QStringLiteral("failed");
    QString text = QStringLiteral("%1 s, cpu %2 s, %3 MiB")
                       .arg(s.wall, 0, 'f', 2)
                       .arg(s.cpu, 0, 'f', 2)
                       .arg(s.peakMiB, 0, 'f', 0);
    if (base && base->ok && base->wall > 0)
        text += QStringLiteral(" (x%1)").arg(s.wall / base->wall, 0, 'f', 1);
    if (!s.note.isEmpty())
        text += QStringLiteral("; ") + s.note;
    return text;
}

Sample medianOf(QList<Sample> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Sample &a, const Sample &b) { return a.wall < b.wall; });
    return runs.at(runs.size() / 2);
}

int scale(const QStringList &args)
{
    QTextStream out(stdout);
#if !defined(Q_OS_UNIX)
    Q_UNUSED(args)
    out << "dxbench scale needs a Unix system (posix_spawn, wait4)\n";
    return 2;
#else
    const QString self = QCoreApplication::applicationFilePath();
    const QString dir = dxbench::option(args, QStringLiteral("--dir"), QStringLiteral("/tmp/dxbench-scale"));
    const QString dxplanner =
        dxbench::option(args, QStringLiteral("--dxplanner"),
                        QFileInfo(self).dir().absoluteFilePath(QStringLiteral("../../app/dxplanner")));
    const QString maker = dxbench::option(args, QStringLiteral("--dxbench"), self);
    const int runs = std::max(1, dxbench::intOption(args, QStringLiteral("--runs"), 1));
    const double timeout = dxbench::intOption(args, QStringLiteral("--timeout"), 600);
    QList<int> sizes;
    for (const QString &s : dxbench::option(args, QStringLiteral("--sizes"), QStringLiteral("1,4,10"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << s.toInt();
    const QStringList commands =
        dxbench::option(
            args, QStringLiteral("--commands"),
            QStringLiteral("make-plan,status,report,report-docx,export,export-xlsx,export-csv,check,open"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!QDir().mkpath(dir) || !QFileInfo(dxplanner).isExecutable()) {
        out << "usage: dxbench scale [--sizes 1,4,10] [--dir DIR] [--dxplanner PATH] [--dxbench PATH] "
               "[--commands LIST] [--runs N] [--timeout S]\n(no "
            << dxplanner << ")\n";
        return 2;
    }
    const QString loadBefore = loadAverage();
    const auto planOf = [&](int size) {
        return QDir(dir).absoluteFilePath(QStringLiteral("plan-%1x.dxplan").arg(size));
    };
    const QString log = QDir(dir).absoluteFilePath(QStringLiteral("child.log"));
    std::map<QString, std::map<int, Sample>> table;

    // The plans first: make-plan is timed only when it really writes one.
    for (int size : sizes) {
        if (QFileInfo::exists(planOf(size)))
            continue;
        out << "writing " << planOf(size) << " ...\n";
        out.flush();
        Sample s = runChild(maker,
                            {QStringLiteral("make-plan"), planOf(size), QStringLiteral("--tasks"),
                             QString::number(2000 * size), QStringLiteral("--indicators"),
                             QString::number(300 * size), QStringLiteral("--measurements"),
                             QString::number(150000 * size)},
                            log, 3600);
        if (!s.ok) {
            out << "cannot write the plan (see " << log << ")\n";
            return 1;
        }
        table[QStringLiteral("make-plan")][size] = s;
    }

    const QRegularExpression openFigures(
        QStringLiteral("first window ready in ([0-9.]+) ms; every indicator status in ([0-9.]+) ms"
                       "(; quick_check passed in ([0-9.]+) ms)?"));
    for (const QString &command : commands) {
        if (command == QLatin1String("make-plan"))
            continue;
        std::map<int, QList<Sample>> samples;
        for (int run = 0; run < runs; ++run)
            for (int size : sizes) { // alternately: a change of load hits every size
                const QString plan = planOf(size);
                QString program = dxplanner;
                QStringList a;
                if (command == QLatin1String("status"))
                    a = {QStringLiteral("status"), plan, QStringLiteral("--as-of"),
                         QStringLiteral("2023-12-31")};
                else if (command == QLatin1String("report"))
                    a = {QStringLiteral("report"),  plan,
                         QStringLiteral("--as-of"), QStringLiteral("2023-12-31"),
                         QStringLiteral("--out"),   QDir(dir).absoluteFilePath(QStringLiteral("report.pdf"))};
                else if (command == QLatin1String("report-docx")) // the same report as a Word document
                    a = {
                        QStringLiteral("report"),  plan,
                        QStringLiteral("--as-of"), QStringLiteral("2023-12-31"),
                        QStringLiteral("--out"),   QDir(dir).absoluteFilePath(QStringLiteral("report.docx"))};
                else if (command == QLatin1String("export"))
                    a = {QStringLiteral("export"),
                         plan,
                         QStringLiteral("--format"),
                         QStringLiteral("json"),
                         QStringLiteral("--out"),
                         QDir(dir).absoluteFilePath(QStringLiteral("export.json"))};
                else if (command == QLatin1String("export-xlsx")) // Biểu 01 as of a fixed date
                    a = {QStringLiteral("export"),
                         plan,
                         QStringLiteral("--format"),
                         QStringLiteral("xlsx"),
                         QStringLiteral("--as-of"),
                         QStringLiteral("2023-12-31"),
                         QStringLiteral("--out"),
                         QDir(dir).absoluteFilePath(QStringLiteral("export.xlsx"))};
                else if (command == QLatin1String("export-csv"))
                    a = {
                        QStringLiteral("export"),   plan,
                        QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"),    QDir(dir).absoluteFilePath(QStringLiteral("export.csv"))};
                else if (command == QLatin1String("check"))
                    a = {QStringLiteral("check"), plan};
                else if (command == QLatin1String("open")) {
                    program = maker;
                    a = {QStringLiteral("open"), plan};
                } else {
                    out << "unknown command " << command << "\n";
                    return 2;
                }
                Sample s = runChild(program, a, log, timeout);
                if (command == QLatin1String("open") && s.ok) {
                    QFile f(log);
                    f.open(QIODevice::ReadOnly);
                    const auto m = openFigures.match(QString::fromUtf8(f.readAll()));
                    if (m.hasMatch())
                        s.note = QStringLiteral("window ready %1 ms, statuses %2 s")
                                     .arg(m.captured(1).toDouble(), 0, 'f', 0)
                                     .arg(m.captured(2).toDouble() / 1000.0, 0, 'f', 2);
                    if (m.hasMatch() && !m.captured(4).isEmpty()) // a build whose "ready" excludes the check
                        s.note +=
                            QStringLiteral(", check passed %1 ms").arg(m.captured(4).toDouble(), 0, 'f', 0);
                }
                samples[size] << s;
                out << "  " << command << " " << size << "x: " << cell(s, std::nullopt) << "\n";
                out.flush();
            }
        for (auto &[size, list] : samples)
            table[command][size] = medianOf(list);
    }

    out << "\nload average before " << loadBefore << ", after " << loadAverage() << "; median of " << runs
        << " run(s); wall, user+sys CPU, peak RSS of the child (ratio of wall time to 1x)\n\n| command |";
    for (int size : sizes)
        out << " " << size << "x |";
    out << "\n|---|";
    for (int i = 0; i < sizes.size(); ++i)
        out << "---|";
    out << "\n";
    QStringList order = commands;
    if (!order.contains(QStringLiteral("make-plan")) && table.count(QStringLiteral("make-plan")))
        order.prepend(QStringLiteral("make-plan"));
    for (const QString &command : order) {
        if (!table.count(command))
            continue;
        const auto &row = table[command];
        const auto base =
            row.count(sizes.first()) ? std::optional<Sample>(row.at(sizes.first())) : std::nullopt;
        out << "| " << command << " |";
        for (int size : sizes)
            out << " " << (row.count(size) ? cell(row.at(size), base) : QStringLiteral("(cached)")) << " |";
        out << "\n";
    }
    return 0;
#endif
}

DX_BENCH("scale", "each command at 1x, 4x, 10x of the synthetic plan: wall, CPU, peak memory, ratio", scale);

} // namespace
