// SPDX-License-Identifier: GPL-3.0-or-later
// A second program writing to a plan, for the lost-update tests (tests/core/test_lost_update.cpp): it opens
// the plan through its own PlanStore in its own process, as a second window or a second PC would.
//
//   dx_test_writer PLAN USER set-percent TASK VALUE    one write of a freshly read task; exit 0, or 1
//   dx_test_writer PLAN USER append-notes TASK TAG N   N times: read the task, append "TAG<i>;" to its
//                                                      notes, write the copy; a refused stale write is read
//                                                      again and retried. Prints "written=N stale=S".
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace dx;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout), err(stderr);
    if (args.size() < 6) {
        err << "usage: dx_test_writer PLAN USER set-percent TASK VALUE | append-notes TASK TAG N\n";
        return 64;
    }
    auto opened = PlanStore::open(args[1]);
    if (!opened) {
        err << opened.error().message << '\n';
        return 1;
    }
    PlanStore &store = *opened.value();
    store.setUserName(args[2]);
    const Id task = args[4].toLongLong();
    if (args[3] == QLatin1String("set-percent")) {
        Task t = *store.task(task);
        t.percentComplete = args[5].toInt();
        const Status s = store.updateTask(t, TaskField::PercentComplete);
        if (!s)
            err << s.error().message << '\n';
        return s ? 0 : 1;
    }
    if (args[3] == QLatin1String("append-notes") && args.size() >= 7) {
        const int n = args[6].toInt();
        int stale = 0;
        for (int i = 0; i < n;) {
            Task t = *store.task(task);
            QThread::usleep(300); // widen the gap between reading and writing, as a planner's pause would
            t.notes += QStringLiteral("%1%2;").arg(args[5]).arg(i);
            const Status s = store.updateTask(t, TaskField::Notes);
            if (s) {
                ++i;
            } else if (s.error().code == Error::Code::Stale) {
                ++stale;
            } else {
                err << s.error().message << '\n';
                return 1;
            }
        }
        out << "written=" << n << " stale=" << stale << '\n';
        return 0;
    }
    err << "unknown mode " << args[3] << '\n';
    return 64;
}
