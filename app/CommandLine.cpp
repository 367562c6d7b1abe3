// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ReportCommand.h"
#include "io/PlanExporter.h"
#include "io/PlanImporter.h"
#include "report/StatusReport.h"
#include "store/PlanStore.h"

#include <QCommandLineParser>
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

/// Flushes @p out and checks that every byte reached its file: a full disk, /dev/full or a closed pipe
/// is exit code 2 with the reason, never a silent 0 with a cut file.
int flushed(QTextStream &out, QTextStream &err, int code)
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

/// Writes @p bytes to @p path: a regular file through QSaveFile (replaced only by a complete new one);
/// anything else that exists (a pipe, /dev/stdout, /dev/full) directly, never replaced by a file.
int writeOut(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    const QFileInfo info(path);
    bool ok = false;
    QString why;
    if (info.exists() && !info.isFile()) {
        QFile f(path);
        ok = f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
        why = f.errorString();
    } else {
        QSaveFile f(path);
        ok = f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
        why = f.errorString();
    }
    if (ok)
        return CommandLine::Ok;
    err << CommandLine::tr("Cannot write \"%1\": %2").arg(path, why) << Qt::endl;
    return CommandLine::FileError;
}

} // namespace

QStringList CommandLine::commandNames()
{
    return {QStringLiteral("new"), QStringLiteral("export"), QStringLiteral("check"),
            QStringLiteral("status"), QStringLiteral("report")};
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && commandNames().contains(arguments.at(1));
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("DX Planner %1: %2").arg(command, [&] {
        if (command == QLatin1String("new"))
            return tr("create a plan file from a template");
        if (command == QLatin1String("export"))
            return tr("write the whole plan as JSON");
        if (command == QLatin1String("status"))
            return tr("print every indicator's status as of a date");
        if (command == QLatin1String("report"))
            return tr("write the meeting report as PDF");
        return tr("check a plan file's integrity and format");
    }()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file (.dxplan)."));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        tr("Template name (%1) or path of a template or export file.")
            .arg(PlanImporter::bundledTemplates().join(QLatin1String(", "))),
        tr("name"), QStringLiteral("resolution-06"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: json."), tr("format"),
                                          QStringLiteral("json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Write to this file instead of standard output."), tr("path"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        tr("The \"as of\" date, YYYY-MM-DD (default: today)."), tr("date"));
    if (command == QLatin1String("new"))
        parser.addOption(templateOption);
    if (command == QLatin1String("status")) {
        parser.addOption(asOfOption);
        parser.addOption(QCommandLineOption(QStringLiteral("format"), tr("Output format: text or json."),
                                            tr("format"), QStringLiteral("text")));
    }
    if (command == QLatin1String("report"))
        addReportOptions(parser);
    if (command == QLatin1String("export")) {
        parser.addOption(formatOption);
        parser.addOption(outOption);
    }
    QStringList args = arguments;
    args.removeAt(1); // the command word
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("Give exactly one plan file.") << Qt::endl << parser.helpText();
        return Usage;
    }
    const QString file = files.first();

    if (command == QLatin1String("new")) {
        const auto store = PlanImporter::createFromTemplate(file, parser.value(templateOption));
        if (!store)
            return fileError(err, store.error());
        out << tr("Created %1 from template \"%2\".").arg(file, parser.value(templateOption)) << Qt::endl;
        return Ok;
    }

    // Every other command only reads: the plan is opened read-only and nothing is created beside it
    // (a plan on read-only media or in a folder the user may not write is read all the same).
    auto store = PlanStore::open(file, PlanStore::IntegrityCheck::BeforeOpening, PlanStore::Access::ReadOnly);
    if (!store)
        return fileError(err, store.error());
    for (const QString &warning : store.value()->warnings())
        err << warning << Qt::endl;
    // What `check` calls damaged is not exported, counted or printed either (a foreign "-wal" that was
    // not applied is only warned about: the plan is read from its main file).
    if (command != QLatin1String("check"))
        if (const Status sound = store.value()->checkIntegrity();
            !sound && !store.value()->warnings().contains(sound.error().message))
            return fileError(err, sound.error());

    if (command == QLatin1String("status") || command == QLatin1String("report")) {
        QDate asOf = QDate::currentDate(); // the clock is read here, at the edge; analysis takes the date
        if (parser.isSet(asOfOption)) {
            asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
            if (!asOf.isValid()) {
                err << tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31.")
                           .arg(parser.value(asOfOption))
                    << Qt::endl;
                return Usage;
            }
        }
        if (command == QLatin1String("report"))
            return runReport(parser, *store.value(), asOf, out, err);
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            err << tr("Unknown format \"%1\"; use text or json.").arg(format) << Qt::endl;
            return Usage;
        }
        const auto rows =
            StatusReport::rows(store.value()->indicators(), store.value()->allMeasurements(), asOf);
        if (format == QLatin1String("json"))
            out << QString::fromUtf8(
                QJsonDocument(StatusReport::toJson(rows, asOf)).toJson(QJsonDocument::Indented));
        else
            out << StatusReport::toText(rows, asOf);
        return flushed(out, err, Ok);
    }

    if (command == QLatin1String("check")) {
        const Status s = store.value()->checkIntegrity();
        if (!s)
            return fileError(err, s.error());
        out << tr("%1: the plan is sound.").arg(file) << Qt::endl;
        return flushed(out, err, Ok);
    }

    // export
    if (parser.value(formatOption) != QLatin1String("json")) {
        err << tr("Unknown format \"%1\"; the supported format is json.").arg(parser.value(formatOption))
            << Qt::endl;
        return Usage;
    }
    const QByteArray json =
        QJsonDocument(PlanExporter::toJson(*store.value())).toJson(QJsonDocument::Indented);
    if (!parser.isSet(outOption)) {
        out.flush();
        if (out.device() && out.device()->write(json) != json.size()) {
            err << tr("Cannot write the output: %1").arg(out.device()->errorString()) << Qt::endl;
            return FileError;
        }
        if (!out.device())
            out << QString::fromUtf8(json);
        return flushed(out, err, Ok);
    }
    return writeOut(parser.value(outOption), json, err);
}

} // namespace dx
