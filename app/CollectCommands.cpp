// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectCommands.h"

#include "CommandLine.h"
#include "PlanCommands.h"
#include "io/CollectImport.h"
#include "io/CollectSnapshot.h"
#include "io/CollectStatus.h"
#include "io/CollectWorkbookWriter.h"
#include "io/CsvExporter.h"
#include "io/WorkbookExporter.h"
#include "store/PlanStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>

namespace dx {
namespace {

int openError(QTextStream &err, const Error &e)
{
    err << e.message << Qt::endl;
    return e.code == Error::Code::Invalid ? CommandLine::Usage : CommandLine::FileError;
}

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

Command CollectCommands::collectCommand()
{
    Command c;
    c.name = QStringLiteral("collect");
    c.summary = tr("write a data-entry workbook per unit, or show who has returned theirs");
    c.options = {
        QCommandLineOption(QStringLiteral("period"), tr("The period to collect: 2024, 2024-H1 or 2024-Q3."),
                           tr("period")),
        QCommandLineOption(QStringLiteral("out"), tr("The folder to write the workbooks to."), tr("folder")),
        QCommandLineOption(QStringLiteral("by"), tr("One workbook per agency or per locality."),
                           QStringLiteral("agency|locality"), QStringLiteral("agency")),
        QCommandLineOption(QStringLiteral("unit"), tr("Only this unit (repeatable): its name or short name."),
                           tr("name")),
        QCommandLineOption(QStringLiteral("due"), tr("When the workbooks must be back, YYYY-MM-DD."),
                           tr("date")),
        QCommandLineOption(QStringLiteral("send-to"), tr("Whom the units send their workbook to."),
                           tr("text")),
        QCommandLineOption(QStringLiteral("status"),
                           tr("Print the collection status (who returned, who not) instead of writing."))};
    c.arguments = {{QStringLiteral("FILE"), tr("The plan file (.dxplan).")}};
    c.run = collect;
    return c;
}

int CollectCommands::collect(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                             QTextStream &err)
{
    const QString period = QStringLiteral("period"), outDir = QStringLiteral("out"),
                  by = QStringLiteral("by"), unit = QStringLiteral("unit"), due = QStringLiteral("due"),
                  sendTo = QStringLiteral("send-to"), status = QStringLiteral("status");
    const auto p = Period::parse(parser.value(period));
    if (!p) {
        err << tr("Give the period with --period, e.g. --period 2024 or --period 2024-H1.") << Qt::endl;
        return CommandLine::Usage;
    }
    const QString byValue = parser.value(by);
    if (byValue != QLatin1String("agency") && byValue != QLatin1String("locality")) {
        err << tr("--by takes agency or locality.") << Qt::endl;
        return CommandLine::Usage;
    }
    const CollectUnit::Kind kind =
        byValue == QLatin1String("agency") ? CollectUnit::Kind::Agency : CollectUnit::Kind::Locality;
    // collect only reads: the plan is opened read-only like the other reading commands.
    int exitCode = CommandLine::Ok;
    const auto store = openPlanForCommand(arguments.first(), err, &exitCode);
    if (!store)
        return exitCode;
    const CollectSnapshot plan = CollectSnapshot::read(*store);

    if (parser.isSet(status)) {
        out << CollectStatus::toText(CollectStatus::rows(plan, kind, p->key()), p->key());
        return CommandLine::Ok;
    }
    if (!parser.isSet(outDir)) {
        err << tr("Give the folder to write to with --out.") << Qt::endl;
        return CommandLine::Usage;
    }
    QList<CollectUnit> units = plan.units(kind);
    if (parser.isSet(unit)) {
        QList<CollectUnit> chosen;
        for (const QString &wanted : parser.values(unit)) {
            bool found = false;
            for (const CollectUnit &u : units) {
                QStringList names{u.name};
                for (const Agency &a : plan.agencies)
                    if (kind == CollectUnit::Kind::Agency && a.id == u.id)
                        names << a.shortName;
                for (const Locality &l : plan.localities)
                    if (kind == CollectUnit::Kind::Locality && l.id == u.id)
                        names << l.code;
                if (names.contains(wanted.trimmed(), Qt::CaseInsensitive)) {
                    chosen << u;
                    found = true;
                }
            }
            if (!found) {
                QStringList known;
                for (const CollectUnit &u : units)
                    known << u.name;
                err << tr("No unit \"%1\" reports anything in this plan; the units are: %2.")
                           .arg(wanted, known.join(QStringLiteral(", ")))
                    << Qt::endl;
                return CommandLine::Usage;
            }
        }
        units = chosen;
    }
    CollectWorkbookWriter::Options options;
    options.period = *p;
    options.returnTo = parser.value(sendTo);
    options.made = QDateTime::currentDateTimeUtc(); // the clock is read here, at the edge
    if (parser.isSet(due)) {
        options.due = QDate::fromString(parser.value(due), Qt::ISODate);
        if (!options.due.isValid()) {
            err << tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31.").arg(parser.value(due))
                << Qt::endl;
            return CommandLine::Usage;
        }
    }
    const QDir dir(parser.value(outDir));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err << tr("Cannot create the folder \"%1\".").arg(dir.path()) << Qt::endl;
        return CommandLine::FileError;
    }
    for (const CollectUnit &u : units) {
        const QString file = dir.filePath(CollectWorkbookWriter::fileName(u));
        const Status s = CollectWorkbookWriter::write(plan, u, options, file);
        if (!s) {
            err << s.error().message << Qt::endl;
            return CommandLine::FileError;
        }
        out << tr("%1: %n row(s)", nullptr, int(plan.rows(u).size())).arg(file) << Qt::endl;
    }
    out << tr("%n workbook(s) written for %1.", nullptr, int(units.size())).arg(p->key()) << Qt::endl;
    return CommandLine::Ok;
}

Command CollectCommands::importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.summary = tr("read returned collection workbooks (.xlsx) or CSV files into the plan, as one change");
    c.details = tr("Exit code 0: imported; 2: a file was refused (nothing imported unless --skip-refused); "
                   "3: conflicts stopped it.");
    c.options = {
        QCommandLineOption(QStringLiteral("dry-run"), tr("Only show what would change; write nothing.")),
        QCommandLineOption(QStringLiteral("on-conflict"),
                           tr("What to do with conflicts: refuse (stop), keep (the plan's values) or "
                              "replace (with the files' values; the last file wins)."),
                           QStringLiteral("refuse|keep|replace"), QStringLiteral("refuse")),
        QCommandLineOption(QStringLiteral("skip-refused"),
                           tr("Import the rest when some files or cells are refused.")),
        QCommandLineOption(QStringLiteral("summary"), tr("Summary format: text or json."),
                           QStringLiteral("text|json"), QStringLiteral("text")),
        QCommandLineOption(QStringLiteral("period"), tr("Refuse workbooks made for another period."),
                           tr("period"))};
    c.arguments = {{QStringLiteral("FILE"), tr("The plan file (.dxplan).")},
                   {QStringLiteral("RETURNED"), tr("Returned workbooks, CSV files or folders."), true}};
    c.run = import;
    c.wrongArguments = tr("Give the plan file and at least one returned file.");
    return c;
}

int CollectCommands::import(const QCommandLineParser &parser, const QStringList &positional, QTextStream &out,
                            QTextStream &err)
{
    const QString dryRun = QStringLiteral("dry-run"), onConflict = QStringLiteral("on-conflict"),
                  skipRefused = QStringLiteral("skip-refused"), summary = QStringLiteral("summary"),
                  period = QStringLiteral("period");
    const QString policy = parser.value(onConflict);
    if (policy != QLatin1String("refuse") && policy != QLatin1String("keep") &&
        policy != QLatin1String("replace")) {
        err << tr("--on-conflict takes refuse, keep or replace.") << Qt::endl;
        return CommandLine::Usage;
    }
    const QString format = parser.value(summary);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << tr("Unknown format \"%1\"; use text or json.").arg(format) << Qt::endl;
        return CommandLine::Usage;
    }
    QStringList files;
    for (const QString &arg : positional.mid(1)) {
        if (QFileInfo(arg).isDir()) {
            QStringList inDir;
            QDirIterator it(arg, {QStringLiteral("*.xlsx"), QStringLiteral("*.csv")}, QDir::Files);
            while (it.hasNext())
                inDir << it.next();
            inDir.sort();
            files << inDir;
        } else {
            files << arg;
        }
    }
    // A dry run only reads, so it opens the plan read-only like the other reading commands; the import
    // itself writes, so it opens the plan for writing (still checked before opening).
    std::unique_ptr<PlanStore> store;
    if (parser.isSet(dryRun)) {
        int exitCode = CommandLine::Ok;
        store = openPlanForCommand(positional.first(), err, &exitCode);
        if (!store)
            return exitCode;
    } else {
        auto opened = PlanStore::open(positional.first());
        if (!opened)
            return openError(err, opened.error());
        store = std::move(opened.value());
        for (const QString &warning : store->warnings())
            err << warning << Qt::endl;
        if (store->isReadOnly()) {
            err << (store->readOnlyReason().isEmpty()
                        ? tr("The plan \"%1\" cannot be written; nothing was imported.")
                              .arg(positional.first())
                        : store->readOnlyReason())
                << Qt::endl;
            return CommandLine::FileError;
        }
    }
    store->setUserName(userName());

    CollectImport::Options options;
    options.importedBy = userName();
    if (parser.isSet(period)) {
        const auto p = Period::parse(parser.value(period));
        if (!p) {
            err << tr("\"%1\" is not a period; write 2024, 2024-H1 or 2024-Q3.").arg(parser.value(period))
                << Qt::endl;
            return CommandLine::Usage;
        }
        options.expectedPeriod = p->key();
    }
    CollectPreview preview = CollectImport::preview(CollectSnapshot::read(*store), files, options);
    if (policy == QLatin1String("keep"))
        preview.settleAll(CollectPreviewRow::Resolution::KeepPlan);
    else if (policy == QLatin1String("replace"))
        preview.settleAll(CollectPreviewRow::Resolution::TakeFile);

    if (format == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(preview.toJson()).toJson(QJsonDocument::Indented));
    else
        out << preview.toText();
    out.flush();

    if (preview.refusedFiles() > 0 && !parser.isSet(skipRefused)) {
        err << tr("%n file(s) are refused; nothing was imported (use --skip-refused to import the rest).",
                  nullptr, preview.refusedFiles())
            << Qt::endl;
        return Refused;
    }
    if (preview.undecidedConflicts() > 0) {
        err << tr("%n conflict(s); nothing was imported. Settle them with --on-conflict keep or replace.",
                  nullptr, preview.undecidedConflicts())
            << Qt::endl;
        return Conflicts;
    }
    if (parser.isSet(dryRun)) {
        err << tr("Dry run: nothing was written.") << Qt::endl;
        return CommandLine::Ok;
    }
    const auto changes = CollectImport::changes(preview, parser.isSet(skipRefused));
    if (!changes) {
        err << changes.error().message << Qt::endl;
        return Refused;
    }
    if (changes->isEmpty()) {
        err << tr("Nothing to import: the plan already holds every value.") << Qt::endl;
        return CommandLine::Ok;
    }
    const Status s = CollectImport::apply(*store, changes.value());
    if (!s)
        return openError(err, s.error());
    err << tr("Imported %1 value(s) and %2 task(s) from %n file(s).", nullptr, int(preview.files.size()))
               .arg(changes->values.size())
               .arg(changes->tasks.size())
        << Qt::endl;
    return CommandLine::Ok;
}

int CollectCommands::exportWorkbook(const QCommandLineParser &parser, PlanStore &store, QTextStream &,
                                    QTextStream &err)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!parser.isSet(QStringLiteral("out"))) {
        err << tr("Give the file to write with --out.") << Qt::endl;
        return CommandLine::Usage;
    }
    const QString path = parser.value(QStringLiteral("out"));
    Status s = success();
    if (format == QLatin1String("csv")) {
        const QString sep = parser.value(QStringLiteral("separator"));
        char separator = ',';
        if (sep == QLatin1String("semicolon") || sep == QLatin1String(";"))
            separator = ';';
        else if (sep == QLatin1String("tab"))
            separator = '\t';
        else if (sep != QLatin1String("comma") && sep != QLatin1String(",")) {
            err << tr("--separator takes comma, semicolon or tab.") << Qt::endl;
            return CommandLine::Usage;
        }
        s = CsvExporter::write(store, path, separator);
    } else {
        QDate asOf = QDate::currentDate(); // the clock is read here, at the edge
        if (parser.isSet(QStringLiteral("as-of"))) {
            asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!asOf.isValid()) {
                err << tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31.")
                           .arg(parser.value(QStringLiteral("as-of")))
                    << Qt::endl;
                return CommandLine::Usage;
            }
        }
        s = WorkbookExporter::write(store, path, asOf);
    }
    if (!s) {
        err << s.error().message << Qt::endl;
        return CommandLine::FileError;
    }
    return CommandLine::Ok;
}

} // namespace dx
