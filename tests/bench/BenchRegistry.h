// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the benchmarks of dxbench. Each bench file registers its functions with DX_BENCH; main()
// dispatches on the first argument ("dxbench indicators --runs 50").
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace dxbench {

struct Bench
{
    QString name;
    QString help;
    std::function<int(const QStringList &args)> run; ///< exit code
};

class BenchRegistry
{
public:
    /// Registers @p bench; returns true so it can initialise a static in the bench's file.
    static bool add(Bench bench);
    static const QList<Bench> &all();

private:
    static QList<Bench> &list();
};

/// The integer value of "--name N" in @p args, else @p fallback.
int intOption(const QStringList &args, const QString &name, int fallback);
/// The value of "--name VALUE" in @p args, else @p fallback.
QString option(const QStringList &args, const QString &name, const QString &fallback = {});
/// Median of @p samples (milliseconds).
double median(QList<double> samples);

} // namespace dxbench

#define DX_BENCH_CONCAT2(a, b) a##b
#define DX_BENCH_CONCAT(a, b) DX_BENCH_CONCAT2(a, b)
/// DX_BENCH("name", "what it measures", function): registers function(const QStringList &) -> int.
#define DX_BENCH(name, help, function)                                                                       \
    static const bool DX_BENCH_CONCAT(dxBenchRegistered, __LINE__) =                                         \
        ::dxbench::BenchRegistry::add({QStringLiteral(name), QStringLiteral(help), function})
