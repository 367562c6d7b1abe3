// SPDX-License-Identifier: GPL-3.0-or-later
// dxbench: runs one registered benchmark. Widgets are built offscreen unless a platform is chosen.
#include "BenchRegistry.h"

#include <QApplication>
#include <QTextStream>
#include <algorithm>

namespace dxbench {

QList<Bench> &BenchRegistry::list()
{
    static QList<Bench> benches; // filled by the static registrations of the bench files, before main()
    return benches;
}

bool BenchRegistry::add(Bench bench)
{
    list() << std::move(bench);
    return true;
}

const QList<Bench> &BenchRegistry::all()
{
    return list();
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const int i = int(args.indexOf(name));
    bool ok = false;
    const int v = i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt(&ok) : 0;
    return ok ? v : fallback;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const int n = int(samples.size());
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
}

} // namespace dxbench

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DXPlannerBench"));
    QCoreApplication::setApplicationName(QStringLiteral("dxbench"));
    QStringList args = app.arguments();
    args.removeFirst();
    QTextStream out(stdout);
    const QString name = args.value(0);
    for (const dxbench::Bench &b : dxbench::BenchRegistry::all())
        if (b.name == name)
            return b.run(args.mid(1));
    out << "usage: dxbench <name> [options]\n\nbenchmarks:\n";
    for (const dxbench::Bench &b : dxbench::BenchRegistry::all())
        out << "  " << b.name << "\t" << b.help << "\n";
    return name.isEmpty() || name == QLatin1String("--help") ? 0 : 2;
}
