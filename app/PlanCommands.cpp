// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommands.h"

#include "CollectCommands.h"

#include "CommandLine.h"
#include "io/PlanExporter.h"
#include "io/PlanImporter.h"
#include "report/StatusReport.h"
#include "store/PlanStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace dx {
namespace {

int fileError(QTextStream &err, const Error &e)
{
    err << e.message << Qt::endl;
    return e.code == Error::Code::Invalid ? CommandLine::Usage : CommandLine::FileError;
}

} // namespace

std::unique_ptr<PlanStore> openPlanForCommand(const QString &file, QTextStream &err, int *exitCode,
                                              bool refuseDamaged)
{
    // Commands only read: the plan is opened read-only and nothing is created beside it (a plan on
    // read-only media or in a folder the user may not write is read all the same).
    auto store = PlanStore::open(file, PlanStore::IntegrityCheck::BeforeOpening, PlanStore::Access::ReadOnly);
    if (!store) {
        *exitCode = fileError(err, store.error());
        return nullptr;
    }
    for (const QString &warning : store.value()->warnings())
        err << warning << Qt::endl;
    // What `check` calls damaged is not exported, counted or printed either (a foreign "-wal" that was
    // not applied is only warned about: the plan is read from its main file). Every page was read by the
    // quick_check of opening: the rest of the check reads what that leaves out, not every page again.
    if (refuseDamaged)
        if (const Status sound = store.value()->checkIntegrity(PlanStore::CheckDepth::AfterQuickCheck);
            !sound && !store.value()->warnings().contains(sound.error().message)) {
            *exitCode = fileError(err, sound.error());
            return nullptr;
        }
    return std::move(store.value());
}

int flushedOutput(QTextStream &out, QTextStream &err, int code)
{
    out.flush();
    bool ok = out.status() == QTextStream::Ok;
    auto *file = qobject_cast<QFileDevice *>(out.device());
    if (file)
        ok = file->flush() && ok && file->error() == QFileDevice::NoError;
    if (ok)
        return code;
    err << CommandLine::tr("Cannot write the output: %1")
               .arg(file && !file->errorString().isEmpty() ? file->errorString()
                                                           : CommandLine::tr("the disk may be full"))
        << Qt::endl;
    return CommandLine::FileError;
}

int writeOutput(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    return writeOutput(path, err, [&bytes](QIODevice &f) { return f.write(bytes) == bytes.size(); });
}

int writeOutput(const QString &path, QTextStream &err, const std::function<bool(QIODevice &)> &write)
{
    const QFileInfo info(path);
    bool ok = false;
    QString why;
    if (info.exists() && !info.isFile()) {
        QFile f(path);
        ok = f.open(QIODevice::WriteOnly) && write(f) && f.flush();
        why = f.errorString();
    } else {
        QSaveFile f(path);
        ok = f.open(QIODevice::WriteOnly) && write(f) && f.commit();
        why = f.errorString();
    }
    if (ok)
        return CommandLine::Ok;
    err << CommandLine::tr("Cannot write \"%1\": %2").arg(path, why) << Qt::endl;
    return CommandLine::FileError;
}

std::optional<QDate> dateOptionForCommand(const QCommandLineParser &parser, const QString &option,
                                          QTextStream &err)
{
    if (!parser.isSet(option))
        return QDate();
    const QString text = parser.value(option).trimmed();
    // Both the ISO form and the day-first form of Vietnamese documents; a two-digit year is refused.
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    if (!date.isValid()) {
        err << CommandLine::tr(
                   "\"%1\" is not a date; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2025-12-31 or "
                   "31/12/2025.")
                   .arg(parser.value(option))
            << Qt::endl;
        return std::nullopt;
    }
    return date;
}

std::optional<QDate> asOfForCommand(const QCommandLineParser &parser, QTextStream &err)
{
    const std::optional<QDate> asOf = dateOptionForCommand(parser, QStringLiteral("as-of"), err);
    if (asOf && !asOf->isValid())
        return QDate::currentDate(); // the clock is read here, at the edge; analysis takes the date
    return asOf;
}

int runNewCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                  QTextStream &err)
{
    const QString file = arguments.first();
    const QString templateName = parser.value(QStringLiteral("template"));
    const auto store = PlanImporter::createFromTemplate(file, templateName);
    if (!store)
        return fileError(err, store.error());
    out << CommandLine::tr("Created %1 from template \"%2\".").arg(file, templateName) << Qt::endl;
    return CommandLine::Ok;
}

int runExportCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                     QTextStream &err)
{
    int exitCode = CommandLine::Ok;
    const auto store = openPlanForCommand(arguments.first(), err, &exitCode);
    if (!store)
        return exitCode;
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("xlsx") || format == QLatin1String("csv"))
        return CollectCommands::exportWorkbook(parser, *store, out, err);
    if (format != QLatin1String("json")) {
        err << CommandLine::tr("Unknown format \"%1\"; use json, xlsx or csv.").arg(format) << Qt::endl;
        return CommandLine::Usage;
    }
    // Streamed (PlanExporter::write): a large plan's document is never held in memory whole.
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        out.flush();
        if (out.device()) {
            if (const Status s = PlanExporter::write(*store, *out.device()); !s) {
                err << CommandLine::tr("Cannot write the output: %1").arg(out.device()->errorString())
                    << Qt::endl;
                return CommandLine::FileError;
            }
        } else {
            out << QString::fromUtf8(
                QJsonDocument(PlanExporter::toJson(*store)).toJson(QJsonDocument::Indented));
        }
        return flushedOutput(out, err, CommandLine::Ok);
    }
    return writeOutput(outPath, err,
                       [&store](QIODevice &device) { return bool(PlanExporter::write(*store, device)); });
}

int runCheckCommand(const QCommandLineParser &, const QStringList &arguments, QTextStream &out,
                    QTextStream &err)
{
    const QString file = arguments.first();
    int exitCode = CommandLine::Ok;
    const auto store = openPlanForCommand(file, err, &exitCode, /*refuseDamaged=*/false);
    if (!store)
        return exitCode;
    const Status s = store->checkIntegrity();
    if (!s)
        return fileError(err, s.error());
    out << CommandLine::tr("%1: the plan is sound.").arg(file) << Qt::endl;
    return flushedOutput(out, err, CommandLine::Ok);
}

int runStatusCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                     QTextStream &err)
{
    int exitCode = CommandLine::Ok;
    const auto store = openPlanForCommand(arguments.first(), err, &exitCode);
    if (!store)
        return exitCode;
    const auto asOf = asOfForCommand(parser, err);
    if (!asOf)
        return CommandLine::Usage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << CommandLine::tr("Unknown format \"%1\"; use text or json.").arg(format) << Qt::endl;
        return CommandLine::Usage;
    }
    const auto rows = StatusReport::rows(*store, *asOf);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(
            QJsonDocument(StatusReport::toJson(rows, *asOf)).toJson(QJsonDocument::Indented));
    else
        out << StatusReport::toText(rows, *asOf);
    return flushedOutput(out, err, CommandLine::Ok);
}

} // namespace dx
