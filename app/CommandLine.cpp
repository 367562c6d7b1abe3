// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CollectCommands.h"
#include "IssuedCommands.h"

#include "PlanCommands.h"
#include "ReportCommand.h"
#include "io/PlanImporter.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>

namespace dx {
namespace {

const Command *find(const std::vector<Command> &table, const QString &name)
{
    const auto it =
        std::find_if(table.begin(), table.end(), [&name](const Command &c) { return c.name == name; });
    return it == table.end() ? nullptr : &*it;
}

/// The parser of one command, from its row: what dispatch parses with and what `COMMAND --help` prints.
void describeCommand(const Command &command, QCommandLineParser &parser)
{
    QString description = CommandLine::tr("DX Planner %1: %2").arg(command.name, command.summary);
    if (!command.details.isEmpty())
        description += QStringLiteral("\n") + command.details;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(command.options);
    for (const Command::Argument &a : command.arguments)
        parser.addPositionalArgument(a.name, a.description,
                                     a.repeated ? a.name + QStringLiteral("...") : QString());
}

bool wantsHelp(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

/// The options QGuiApplication and QApplication take out of argv themselves (Qt's documentation of
/// QGuiApplication and QApplication). They are not ours, so they must not turn a start of the window into
/// a usage error before QApplication has removed them.
bool isQtWindowOption(const QString &name)
{
    static const QStringList kQtOptions{QStringLiteral("platform"),
                                        QStringLiteral("platformpluginpath"),
                                        QStringLiteral("platformtheme"),
                                        QStringLiteral("plugin"),
                                        QStringLiteral("qwindowgeometry"),
                                        QStringLiteral("qwindowicon"),
                                        QStringLiteral("qwindowtitle"),
                                        QStringLiteral("qwindowalwaysontop"),
                                        QStringLiteral("reverse"),
                                        QStringLiteral("session"),
                                        QStringLiteral("display"),
                                        QStringLiteral("geometry"),
                                        QStringLiteral("style"),
                                        QStringLiteral("stylesheet"),
                                        QStringLiteral("widgetcount"),
                                        QStringLiteral("qmljsdebugger"),
                                        QStringLiteral("nograb"),
                                        QStringLiteral("dograb"),
                                        QStringLiteral("sync")};
    return kQtOptions.contains(name);
}

/// The top-level parser reads `-style` as one option, as QApplication does, not as -s -t -y -l -e.
void describeTopLevel(QCommandLineParser &parser)
{
    CommandLine::describeWindow(parser);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

/// Parses the top-level @p arguments; Qt's own window options (unknown to the parser) are no error.
bool parseTopLevel(QCommandLineParser &parser, const QStringList &arguments)
{
    if (parser.parse(arguments))
        return true;
    const QStringList unknown = parser.unknownOptionNames();
    return !unknown.isEmpty() && std::all_of(unknown.begin(), unknown.end(), isQtWindowOption);
}

/// The help text with "Usage: dxplanner COMMAND" (QCommandLineParser names the program as it was started,
/// often a whole path, and does not know about the command word).
QString helpText(const QCommandLineParser &parser, const QString &program, const Command *command)
{
    QString text = parser.helpText();
    const qsizetype at = text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(),
                     command ? QStringLiteral("dxplanner ") + command->name : QStringLiteral("dxplanner"));
    return text;
}

/// man(7) text: backslashes written \e, a leading dot or quote protected, and the dashes of options
/// (a dash after no letter or digit) made minus signs, while hyphens in words and dates stay hyphens.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    static const QRegularExpression optionDash(QStringLiteral("(?<![\\p{L}\\p{N}])-"));
    text.replace(optionDash, QStringLiteral("\\-"));
    static const QRegularExpression leadingControl(QStringLiteral("^([.'])"),
                                                   QRegularExpression::MultilineOption);
    text.replace(leadingControl, QStringLiteral("\\&\\1"));
    return text;
}

/// "--name VALUE" of an option, every spelling, for the man page.
QString manOptionHeading(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &n : option.names())
        names << QStringLiteral("\\fB") +
                     roff(n.size() == 1 ? QStringLiteral("-") + n : QStringLiteral("--") + n) +
                     QStringLiteral("\\fR");
    QString heading = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        heading += QStringLiteral(" \\fI") + roff(option.valueName()) + QStringLiteral("\\fR");
    return heading;
}

QString manOptionText(const QCommandLineOption &option)
{
    QString text = option.description();
    if (!option.defaultValues().isEmpty())
        text += QLatin1Char(' ') +
                CommandLine::tr("Default: %1.").arg(option.defaultValues().join(QLatin1String(", ")));
    return roff(text);
}

QString manArguments(const Command &command)
{
    QStringList names;
    for (const Command::Argument &a : command.arguments)
        names << QStringLiteral("\\fI") + roff(a.name) + QStringLiteral("\\fR") +
                     (a.repeated ? QStringLiteral("...") : QString());
    return names.join(QLatin1Char(' '));
}

} // namespace

std::vector<Command> CommandLine::commands()
{
    const Command::Argument planFile{QStringLiteral("FILE"), tr("The plan file (.dxplan).")};
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The \"as of\" date, YYYY-MM-DD or DD/MM/YYYY (default: today)."),
                                  tr("date"));
    std::vector<Command> table;
    table.push_back({QStringLiteral("new"),
                     tr("create a plan file from a template"),
                     {QCommandLineOption(QStringLiteral("template"),
                                         tr("Template name (%1) or path of a template or export file.")
                                             .arg(PlanImporter::bundledTemplates().join(QLatin1String(", "))),
                                         tr("name"), QStringLiteral("resolution-06"))},
                     {planFile},
                     false,
                     runNewCommand});
    table.push_back(
        {QStringLiteral("export"),
         tr("write the whole plan as JSON, an Excel workbook or CSV values"),
         {QCommandLineOption(QStringLiteral("format"), tr("Output format: json, xlsx or csv."), tr("format"),
                             QStringLiteral("json")),
          QCommandLineOption(QStringLiteral("out"), tr("Write to this file instead of standard output."),
                             tr("path")),
          QCommandLineOption(QStringLiteral("separator"), tr("CSV separator: comma, semicolon or tab."),
                             QStringLiteral("comma|semicolon|tab"), QStringLiteral("comma")),
          asOf},
         {planFile},
         false,
         runExportCommand});
    table.push_back({QStringLiteral("check"),
                     tr("check a plan file's integrity and format"),
                     {},
                     {planFile},
                     false,
                     runCheckCommand});
    table.push_back({QStringLiteral("status"),
                     tr("print every indicator's status as of a date"),
                     {asOf, QCommandLineOption(QStringLiteral("format"), tr("Output format: text or json."),
                                               tr("format"), QStringLiteral("text"))},
                     {planFile},
                     false,
                     runStatusCommand});
    table.push_back(
        {QStringLiteral("report"),
         tr("write the meeting report as PDF or as a Word document (.docx)"),
         {QCommandLineOption(QStringLiteral("out"),
                             tr("Write the report here (required): a .pdf file, or a .docx file to edit in "
                                "Word or LibreOffice Writer."),
                             tr("path")),
          QCommandLineOption(QStringLiteral("period"),
                             tr("The reporting period: a year (2024), a half (2024-H1) or a quarter "
                                "(2024-Q3). Default: the year of the data cut-off."),
                             tr("period")),
          QCommandLineOption(
              QStringLiteral("as-of"),
              tr("The data cut-off, YYYY-MM-DD or DD/MM/YYYY: figures and tasks as they were "
                 "at the end of that day. Default: the period's cut-off in the plan's "
                 "reporting calendar (14/12 for a year), or today while that day is still to come."),
              tr("date")),
          QCommandLineOption(QStringLiteral("date"),
                             tr("The report's own date in its date line, YYYY-MM-DD or DD/MM/YYYY. Default: "
                                "the cut-off plus the days the plan's report settings give."),
                             tr("date")),
          QCommandLineOption(QStringLiteral("format"),
                             tr("Header format: state (Nghị định 30/2020) or party (Hướng dẫn 36-HD/VPTW). "
                                "Default: the plan's report settings."),
                             tr("format")),
          QCommandLineOption(QStringLiteral("lang"),
                             tr("Language of the report: vi or en. Default: the plan's report settings."),
                             tr("language"))},
         {planFile},
         true,
         runReportCommand});
    for (const QCommandLineOption &o : IssuedCommands::reportOptions())
        table.back().options << o;
    table.push_back(IssuedCommands::reportsCommand());
    // Rows of their own file, so their strings keep the CollectCommands context of the catalogue.
    table.push_back(CollectCommands::collectCommand());
    table.push_back(CollectCommands::importCommand());
    return table;
}

QStringList CommandLine::commandNames()
{
    QStringList names;
    for (const Command &c : commands())
        names << c.name;
    return names;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && commandNames().contains(arguments.at(1));
}

QString CommandLine::versionText()
{
    return QStringLiteral("DX Planner ") + QStringLiteral(DX_VERSION);
}

void CommandLine::describeWindow(QCommandLineParser &parser)
{
    QString list;
    const std::vector<Command> table = commands();
    qsizetype width = 0;
    for (const Command &c : table)
        width = std::max(width, c.name.size());
    for (const Command &c : table)
        list += QStringLiteral("\n  ") + c.name.leftJustified(width + 2) + c.summary;
    parser.setApplicationDescription(tr("DX Planner: plan and monitor a digital-transformation resolution. "
                                        "With a plan file, or none for the last one, it opens the window.") +
                                     QStringLiteral("\n\n") +
                                     tr("Commands (run \"dxplanner COMMAND --help\" for each):") + list);
    parser.addHelpOption();
    parser.addVersionOption();
    // In the context it had in main.cpp, so its translations stay.
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "Plan to open (default: the last one)."),
                                 QStringLiteral("[FILE]"));
}

CommandLine::Mode CommandLine::mode(const QStringList &arguments)
{
    const std::vector<Command> table = commands();
    if (const Command *command = find(table, arguments.value(1))) {
        if (!command->paints)
            return Mode::Headless;
        QCommandLineParser parser;
        describeCommand(*command, parser);
        QStringList args = arguments;
        args.removeAt(1);
        if (!parser.parse(args) || wantsHelp(parser) || parser.isSet(QStringLiteral("version")))
            return Mode::Headless;
        return Mode::Painting;
    }
    // Qt's window options are taken out of the arguments by QApplication; the window's parser then runs on
    // what is left.
    QCommandLineParser parser;
    describeTopLevel(parser);
    if (!parseTopLevel(parser, arguments))
        return Mode::Headless;
    return wantsHelp(parser) || parser.isSet(QStringLiteral("version")) ? Mode::Headless : Mode::Window;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::vector<Command> table = commands();
    const Command *command = find(table, arguments.value(1));
    QCommandLineParser parser;
    QStringList args = arguments;
    if (command) {
        describeCommand(*command, parser);
        args.removeAt(1); // the command word
    } else {
        describeTopLevel(parser);
    }
    if (command ? !parser.parse(args) : !parseTopLevel(parser, args)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (wantsHelp(parser)) {
        out << helpText(parser, arguments.value(0), command);
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << versionText() << Qt::endl;
        return Ok;
    }
    if (!command) {
        // Only the window takes a plan without a command; main() opens it instead of calling run().
        err << tr("Give a command (%1) or open the window without --help and --version.")
                   .arg(commandNames().join(QLatin1String(", ")))
            << Qt::endl;
        return Usage;
    }
    const QStringList given = parser.positionalArguments();
    const bool repeated = !command->arguments.isEmpty() && command->arguments.constLast().repeated;
    if (repeated ? given.size() < command->arguments.size() : given.size() != command->arguments.size()) {
        err << (command->wrongArguments.isEmpty() ? tr("Give exactly one plan file.")
                                                  : command->wrongArguments)
            << Qt::endl
            << helpText(parser, arguments.value(0), command);
        return Usage;
    }
    return command->run(parser, given, out, err);
}

QString CommandLine::manPage()
{
    const std::vector<Command> table = commands();
    QString man;
    QTextStream s(&man);
    s << ".\\\" Generated by `dxplanner --manpage` from the command table in app/CommandLine.cpp.\n"
      << ".TH DXPLANNER 1 \"\" \"" << roff(versionText()) << "\" \"User Commands\"\n"
      << ".SH NAME\n"
      << "dxplanner \\- " << roff(tr("plan and monitor a digital-transformation resolution")) << "\n"
      << ".SH SYNOPSIS\n"
      << ".B dxplanner\n[\\fIFILE\\fR]\n";
    for (const Command &c : table)
        s << ".br\n.B dxplanner " << roff(c.name) << "\n"
          << manArguments(c) << (c.options.isEmpty() ? "" : " [\\fIoptions\\fR]") << "\n";
    s << ".br\n.B dxplanner\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n"
      << ".SH DESCRIPTION\n"
      << roff(tr("DX Planner keeps a digital-transformation resolution: its groups of tasks, every task with "
                 "its agencies, people and deadlines, and the indicators with their yearly values and "
                 "targets. Without a command it opens the window on FILE, or on the last plan used (on the "
                 "very first start, a new plan from the bundled template)."))
      << "\n.PP\n"
      << roff(tr("The commands run without a display. Every command also takes --help and --version."))
      << "\n.SH COMMANDS\n";
    for (const Command &c : table) {
        s << ".SS \"" << roff(c.name) << "\"\n"
          << ".B dxplanner " << roff(c.name) << "\n"
          << manArguments(c) << (c.options.isEmpty() ? "" : " [\\fIoptions\\fR]") << "\n.PP\n"
          << roff(c.summary.left(1).toUpper() + c.summary.mid(1) + QLatin1Char('.')) << "\n";
        if (!c.details.isEmpty())
            s << ".PP\n" << roff(c.details) << "\n";
        for (const Command::Argument &a : c.arguments)
            s << ".TP\n\\fI" << roff(a.name) << "\\fR\n" << roff(a.description) << "\n";
        for (const QCommandLineOption &o : c.options)
            s << ".TP\n" << manOptionHeading(o) << "\n" << manOptionText(o) << "\n";
    }
    s << ".SH OPTIONS\n"
      << ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\n"
      << roff(tr("Print the help and exit.")) << "\n"
      << ".TP\n\\fB\\-v\\fR, \\fB\\-\\-version\\fR\n"
      << roff(tr("Print the version and exit.")) << "\n"
      << ".SH \"EXIT STATUS\"\n"
      << ".TP\n0\n"
      << roff(tr("Success.")) << "\n"
      << ".TP\n1\n"
      << roff(tr("Bad usage: an unknown option, a missing argument or a value that is not valid.")) << "\n"
      << ".TP\n2\n"
      << roff(tr("The file is missing, unreadable, not a plan, damaged or written by a newer version; it is "
                 "left untouched."))
      << "\n"
      << ".TP\n3\n"
      << roff(tr("import only: conflicts stopped it and nothing was imported (import also exits with 2 when "
                 "a returned file is refused)."))
      << "\n"
      << ".SH FILES\n"
      << ".TP\n\\fI~/.local/share/DXPlanner/DXPlanner/resolution\\-06.dxplan\\fR\n"
      << roff(tr("The plan created on the very first start.")) << "\n"
      << ".TP\n\\fI~/.config/DXPlanner/DXPlanner.conf\\fR\n"
      << roff(tr("Settings: the recent files, the language and the window's layout.")) << "\n";
    s.flush();
    return man;
}

} // namespace dx
