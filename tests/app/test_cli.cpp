// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end: the real dxplanner binary (DX_BINARY) run with QProcess in a temporary
// folder, with its own HOME so the user's settings play no part.
#include "store/Schema.h"

#include <gtest/gtest.h>

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <optional>
#include <ostream>
#include <string>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace dx {
namespace {

void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char arg0[] = "dxapp_tests";
    static char *argv[] = {arg0, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the test process
}

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const Outcome &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout\n"
              << r.out.left(2000).toStdString() << "\n--- stderr\n"
              << r.err.toStdString();
}

/// Bytes and modification time of a file, to show a command left it alone.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    static FileState of(const QString &path)
    {
        QFile f(path);
        FileState s;
        if (f.open(QIODevice::ReadOnly))
            s.bytes = f.readAll();
        s.modified = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
        return s;
    }
    bool operator==(const FileState &o) const { return bytes == o.bytes && modified == o.modified; }
};

QStringList sideFiles(const QString &path)
{
    QStringList out;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            out << path + QLatin1String(suffix);
    return out;
}

const char *const kSeedGroups[8] = {
    "Tăng cường sự lãnh đạo của các cấp ủy, chính quyền, phát huy vai trò của Mặt trận Tổ quốc và các tổ "
    "chức "
    "chính trị - xã hội về chuyển đổi số",
    "Xây dựng cơ chế, chính sách thúc đẩy chuyển đổi số, phát triển nguồn nhân lực phục vụ quá trình chuyển "
    "đổi số",
    "Huy động nguồn lực đầu tư phát triển hạ tầng kỹ thuật đáp ứng yêu cầu chuyển đổi số của địa phương",
    "Xây dựng chính quyền số",
    "Phát triển kinh tế số",
    "Phát triển xã hội số, xây dựng các đô thị thông minh",
    "Bảo đảm an toàn, an ninh thông tin mạng",
    "Ưu tiên kinh phí từ nguồn ngân sách và huy động các nguồn đầu tư của doanh nghiệp, cộng đồng để đầu tư "
    "phát "
    "triển chuyển đổi số",
};

class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureCoreApplication();
        m_binary = qEnvironmentVariable("DX_BINARY");
        if (m_binary.isEmpty()) // the build tree's layout: build/tests/dxapp_tests, build/app/dxplanner
            m_binary =
                QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/dxplanner"));
        ASSERT_TRUE(QFileInfo::exists(m_binary)) << "set DX_BINARY to the dxplanner executable";
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << m_binary.toStdString();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("home/.config")));
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("runtime")));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Outcome run(const QStringList &args, const QString &language = QStringLiteral("C.UTF-8"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Ho_Chi_Minh"));
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(m_binary, args);
        Outcome r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            ADD_FAILURE() << "dxplanner did not finish: " << args.join(QLatin1Char(' ')).toStdString();
            return r;
        }
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "dxplanner crashed";
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// A plan made by `dxplanner new` from the bundled template.
    QString newPlan(const QString &name = QStringLiteral("plan.dxplan"))
    {
        const Outcome r = run({QStringLiteral("new"), path(name)});
        EXPECT_EQ(r.exitCode, 0) << r;
        return path(name);
    }

    QJsonObject exportJson(const QString &plan)
    {
        const Outcome r =
            run({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 0) << r;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_TRUE(doc.isObject()) << error.errorString().toStdString();
        return doc.object();
    }

    QString m_binary;
    QTemporaryDir m_dir;
};

TEST_F(Cli, NewCreatesAPlan)
{
    const QString file = path(QStringLiteral("plan.dxplan"));
    const Outcome r = run({QStringLiteral("new"), file});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(QFileInfo(file).size() > 0);
    EXPECT_TRUE(r.out.contains(file)) << r;
    EXPECT_TRUE(sideFiles(file).isEmpty());
    const Outcome check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 0) << check;
    EXPECT_TRUE(check.out.contains(file)) << check;
}

TEST_F(Cli, NewRefusesAnExistingFileAndLeavesItUnchanged)
{
    const QString file = newPlan();
    const FileState before = FileState::of(file);
    const Outcome r = run({QStringLiteral("new"), file});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_TRUE(FileState::of(file) == before);

    const QString text = path(QStringLiteral("notes.dxplan"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("ghi chú\n");
    f.close();
    const FileState textBefore = FileState::of(text);
    EXPECT_EQ(run({QStringLiteral("new"), text}).exitCode, 2);
    EXPECT_TRUE(FileState::of(text) == textBefore);
}

TEST_F(Cli, NewReportsBadTemplatesAndFoldersWithoutLeavingAFile)
{
    const QString file = path(QStringLiteral("x.dxplan"));
    Outcome r =
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("resolution-99")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("resolution-99"))) << r;
    EXPECT_FALSE(QFileInfo::exists(file));

    const QString notJson = path(QStringLiteral("template.json"));
    QFile f(notJson);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    r = run({QStringLiteral("new"), file, QStringLiteral("--template"), notJson});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(sideFiles(file).isEmpty());

    r = run({QStringLiteral("new"), path(QStringLiteral("missing-folder/x.dxplan"))});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_FALSE(r.err.trimmed().isEmpty());

    r = run({QStringLiteral("new")});
    EXPECT_EQ(r.exitCode, 1) << r;
}

/// An export with ids and keys taken out and references replaced by what they name, so two plans with
/// the same content but different ids compare equal.
QJsonValue canonical(const QJsonValue &v, const QHash<QString, QString> &names)
{
    static const QStringList kRefs{QStringLiteral("parent"),      QStringLiteral("locality"),
                                   QStringLiteral("agency"),      QStringLiteral("leadAgency"),
                                   QStringLiteral("ownerAgency"), QStringLiteral("person"),
                                   QStringLiteral("group"),       QStringLiteral("cooperatingAgencies"),
                                   QStringLiteral("localities"),  QStringLiteral("groups")};
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(canonical(x, names));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("key"))
            continue;
        QJsonValue x = it.value();
        if (kRefs.contains(it.key()) && x.isString()) {
            x = names.value(x.toString(), QStringLiteral("?") + x.toString());
        } else if (kRefs.contains(it.key()) && x.isArray()) {
            QJsonArray a;
            for (const QJsonValue &k : x.toArray())
                a.append(names.value(k.toString(), QStringLiteral("?") + k.toString()));
            x = a;
        } else {
            x = canonical(x, names);
        }
        out.insert(it.key(), x);
    }
    return out;
}

QJsonObject canonical(const QJsonObject &doc)
{
    QHash<QString, QString> names;
    for (const char *list : {"localities", "agencies", "persons", "groups"})
        for (const QJsonValue &v : doc.value(QLatin1String(list)).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.contains(QLatin1String("title"))
                                     ? o.value(QLatin1String("title")).toString()
                                     : o.value(QLatin1String("name")).toString();
            names.insert(o.value(QLatin1String("key")).toString(),
                         QLatin1String(list) + QLatin1Char(':') + name);
        }
    return canonical(QJsonValue(doc), names).toObject();
}

TEST_F(Cli, NewFromAnExportRoundTrips)
{
    const QString a = newPlan(QStringLiteral("a.dxplan"));
    const QString aJson = path(QStringLiteral("a.json"));
    Outcome r = run({QStringLiteral("export"), a, QStringLiteral("--out"), aJson});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.isEmpty()) << "with --out nothing goes to standard output";
    ASSERT_TRUE(QFileInfo::exists(aJson));

    const QString b = path(QStringLiteral("b.dxplan"));
    r = run({QStringLiteral("new"), b, QStringLiteral("--template"), aJson});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QString bJson = path(QStringLiteral("b.json"));
    r = run({QStringLiteral("export"), b, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--out"), bJson});
    ASSERT_EQ(r.exitCode, 0) << r;

    const auto read = [](const QString &file) {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object();
    };
    const QJsonObject docA = read(aJson);
    const QJsonObject docB = read(bJson);
    for (const char *list : {"groups", "tasks", "indicators", "measurements", "localities", "agencies"})
        EXPECT_EQ(docA.value(QLatin1String(list)).toArray().size(),
                  docB.value(QLatin1String(list)).toArray().size())
            << list;
    EXPECT_EQ(docA.value(QLatin1String("groups")).toArray().size(), 8);
    EXPECT_EQ(docA.value(QLatin1String("measurements")).toArray().size(), 12);

    const QJsonObject ca = canonical(docA);
    const QJsonObject cb = canonical(docB);
    for (auto it = ca.begin(); it != ca.end(); ++it)
        EXPECT_EQ(
            QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact).toStdString(),
            QJsonDocument::fromVariant(cb.value(it.key()).toVariant())
                .toJson(QJsonDocument::Compact)
                .toStdString())
            << "section " << it.key().toStdString();
    EXPECT_EQ(ca.keys(), cb.keys());
}

TEST_F(Cli, ExportPrintsTheSeedGroupsAndTargets)
{
    const QJsonObject doc = exportJson(newPlan());
    EXPECT_EQ(doc.value(QLatin1String("format")).toString(), QStringLiteral("dxplanner-plan"));
    const QJsonArray groups = doc.value(QLatin1String("groups")).toArray();
    ASSERT_EQ(groups.size(), 8);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(groups[i].toObject().value(QLatin1String("title")).toString(),
                  QString::fromUtf8(kSeedGroups[i]));

    struct Row
    {
        const char *code;
        const char *comparison;
        std::optional<double> by2025, by2030;
    };
    const Row rows[] = {
        {"TQ-01", "<=", 20, 15},
        {"CQS-01", ">=", 80, 100},
        {"CQS-02", ">=", 100, std::nullopt},
        {"CQS-03", ">=", 95, std::nullopt},
        {"CQS-04", ">=", 90, 100},
        {"CQS-05", ">=", 80, 95},
        {"CQS-06", ">=", 70, 80},
        {"KTS-01", ">=", 20, 30},
        {"KTS-02", ">=", 10, std::nullopt},
        {"KTS-03", ">=", 8, 10},
        {"KTS-04", ">", 700, 1000},
        {"XHS-01", ">=", 1, 2},
        {"XHS-02", ">=", std::nullopt, 1},
    };
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : doc.value(QLatin1String("indicators")).toArray())
        byCode.insert(v.toObject().value(QLatin1String("code")).toString(), v.toObject());
    for (const Row &row : rows) {
        SCOPED_TRACE(row.code);
        ASSERT_TRUE(byCode.contains(QLatin1String(row.code)));
        for (const auto &[year, expected] : {std::pair(2025, row.by2025), std::pair(2030, row.by2030)}) {
            std::optional<QJsonObject> found;
            for (const QJsonValue &t :
                 byCode[QLatin1String(row.code)].value(QLatin1String("targets")).toArray())
                if (t.toObject().value(QLatin1String("year")).toInt() == year)
                    found = t.toObject();
            ASSERT_EQ(found.has_value(), expected.has_value()) << year;
            if (!found)
                continue;
            EXPECT_DOUBLE_EQ(found->value(QLatin1String("value")).toDouble(), *expected) << year;
            EXPECT_EQ(found->value(QLatin1String("comparison")).toString(), QLatin1String(row.comparison))
                << year;
        }
    }
}

TEST_F(Cli, ExportOutWritesTheFileAndUnknownFormatIsUsageError)
{
    const QString plan = newPlan();
    const QString out = path(QStringLiteral("out/plan.json"));
    Outcome r = run({QStringLiteral("export"), plan, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2) << "missing folder: " << r;
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    r = run({QStringLiteral("export"), plan, QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(written.value(QLatin1String("groups")).toArray().size(), 8);

    const FileState before = FileState::of(plan);
    r = run({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("pdf"))) << r;
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(FileState::of(plan) == before) << "export never writes to the plan";
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

/// Sets schema_version of a plan to one this build does not know, with a raw connection.
void makeFuture(const QString &path)
{
    const QString name = QStringLiteral("cli-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(
            QStringLiteral("UPDATE schema_version SET version = %1").arg(schema::kCurrentVersion + 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(Cli, BadFilesExitWithFileErrorAndStayUnchanged)
{
    const QString sound = newPlan(QStringLiteral("sound.dxplan"));
    QFile f(sound);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    ASSERT_GT(bytes.size(), 8192);

    struct Bad
    {
        const char *name;
        QByteArray content;
    };
    const Bad bad[] = {
        {"truncated.dxplan", bytes.left(bytes.size() / 2)},
        {"short.dxplan", bytes.left(1000)},
        {"text.dxplan", QByteArray("Kế hoạch chuyển đổi số\n").repeated(50)},
        {"empty.dxplan", QByteArray()},
        {"future.dxplan", bytes},
    };
    for (const Bad &b : bad) {
        const QString file = path(QString::fromLatin1(b.name));
        writeBytes(file, b.content);
        if (QLatin1String(b.name) == QLatin1String("future.dxplan"))
            makeFuture(file);
    }
    for (const Bad &b : bad) {
        SCOPED_TRACE(b.name);
        const QString file = path(QString::fromLatin1(b.name));
        const FileState before = FileState::of(file);
        for (const char *command : {"check", "export"}) {
            SCOPED_TRACE(command);
            const Outcome r = run({QString::fromLatin1(command), file});
            EXPECT_EQ(r.exitCode, 2) << r;
            EXPECT_TRUE(r.err.contains(file)) << r;
            EXPECT_TRUE(r.out.isEmpty()) << r;
            EXPECT_TRUE(FileState::of(file) == before) << "the file was modified";
            EXPECT_TRUE(sideFiles(file).isEmpty()) << sideFiles(file).join(QLatin1Char(' ')).toStdString();
        }
    }
    const Outcome missing = run({QStringLiteral("check"), path(QStringLiteral("missing.dxplan"))});
    EXPECT_EQ(missing.exitCode, 2) << missing;
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << missing;
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("missing.dxplan"))));
}

TEST_F(Cli, HelpAndVersion)
{
    Outcome r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r;
    for (const char *command : {"new", "export", "check"})
        EXPECT_TRUE(r.out.contains(QLatin1String(command))) << r;
    r = run({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral(DX_VERSION))) << r;
    r = run({QStringLiteral("new"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("--template"))) << r;
    r = run({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("--format"))) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("--out"))) << r;
    r = run({QStringLiteral("check"), QStringLiteral("--no-such-option"), path(QStringLiteral("x.dxplan"))});
    EXPECT_EQ(r.exitCode, 1) << r;
}

/// The Vietnamese translation of the "does not exist" message in dxplanner_vi.ts, or empty while the
/// catalogue still has it unfinished.
QString vietnameseForDoesNotExist()
{
    QString root = qEnvironmentVariable("DX_SOURCE_DIR");
    if (root.isEmpty()) // beside this source file: tests/app/../..
        root = QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(QStringLiteral("../.."));
    QFile ts(QDir(root).filePath(QStringLiteral("resources/translations/dxplanner_vi.ts")));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(ts.readAll());
    static const QRegularExpression re(
        QStringLiteral("<source>The file &quot;%1&quot; does not exist\\.</source>\\s*<translation( "
                       "type=\"[a-z]+\")?>([^<]*)</translation>"));
    const auto m = re.match(text);
    if (!m.hasMatch() || !m.captured(1).isEmpty() || m.captured(2).trimmed().isEmpty())
        return {};
    return m.captured(2).replace(QLatin1String("&quot;"), QLatin1String("\""));
}

TEST_F(Cli, MessagesInVietnameseUnderAVietnameseLocale)
{
    const QString vi = vietnameseForDoesNotExist();
    if (vi.isEmpty())
        GTEST_SKIP() << "dxplanner_vi.ts has no finished translation of \"does not exist\" yet";
    const QString file = path(QStringLiteral("missing.dxplan"));
    const Outcome r = run({QStringLiteral("check"), file}, QStringLiteral("vi_VN.UTF-8"));
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QString(vi).arg(file))) << r;
    EXPECT_FALSE(r.err.contains(QStringLiteral("does not exist"))) << r;
}

// Issue 15 item 9 on the command line: `status` words every indicator as the window does. A value without a
// target is Monitoring with its value; a milestone whose year has ended is judged once; an indicator with
// targets and no value is "No data" and never "not met".
TEST_F(Cli, StatusWordsMonitoringAndAPassedMilestoneAsTheWindowDoes)
{
    const QString plan = newPlan();
    const Outcome en =
        run({QStringLiteral("status"), plan, QStringLiteral("--as-of"), QStringLiteral("2026-12-01")});
    ASSERT_EQ(en.exitCode, 0) << en;
    const auto block = [](const QString &text, const QString &code) {
        const qsizetype from = text.indexOf(QStringLiteral("\n") + code + QStringLiteral("  "));
        const qsizetype to = text.indexOf(QStringLiteral("\n\n"), from + 1);
        return from < 0 ? QString() : text.mid(from, to < 0 ? -1 : to - from);
    };
    const QString cqs07 = block(en.out, QStringLiteral("CQS-07"));
    EXPECT_TRUE(cqs07.contains(QStringLiteral("Status: Monitoring"))) << cqs07.toStdString();
    EXPECT_TRUE(cqs07.contains(QStringLiteral("Latest value: 89"))) << cqs07.toStdString();
    const QString kts01 = block(en.out, QStringLiteral("KTS-01"));
    EXPECT_TRUE(kts01.contains(QStringLiteral("2025: not met, 17.5 against ≥ 20"))) << kts01.toStdString();
    EXPECT_TRUE(kts01.contains(QStringLiteral("2030: not yet met, 17.5 against ≥ 30 (needs +")))
        << kts01.toStdString();
    const QString cqs01 = block(en.out, QStringLiteral("CQS-01"));
    EXPECT_TRUE(cqs01.contains(QStringLiteral("Status: No data"))) << cqs01.toStdString();
    EXPECT_FALSE(cqs01.contains(QStringLiteral("not met"))) << cqs01.toStdString();

    const Outcome vi =
        run({QStringLiteral("status"), plan, QStringLiteral("--as-of"), QStringLiteral("2026-12-01")},
            QStringLiteral("vi_VN.UTF-8"));
    ASSERT_EQ(vi.exitCode, 0) << vi;
    EXPECT_TRUE(block(vi.out, QStringLiteral("CQS-07")).contains(QStringLiteral("Theo dõi"))) << vi;
    EXPECT_TRUE(
        block(vi.out, QStringLiteral("KTS-01")).contains(QStringLiteral("2025: không đạt, 17,5 so với ≥ 20")))
        << vi;

    const Outcome json =
        run({QStringLiteral("status"), plan, QStringLiteral("--as-of"), QStringLiteral("2026-12-01"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json;
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"monitoring\""))) << json;
}

// Issue 11 item 4: a report without a signer's name is still written (exit 0), with a warning on stderr.
TEST_F(Cli, ReportWarnsOfAMissingSignerButIsWritten)
{
    const QString plan = newPlan();
    const QString pdf = path(QStringLiteral("report.pdf"));
    const Outcome r = run({QStringLiteral("report"), plan, QStringLiteral("--out"), pdf,
                           QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(QFileInfo(pdf).size() > 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Warning: The report has no signer's name."))) << r;
    EXPECT_FALSE(r.out.contains(QStringLiteral("Warning"))) << r;
}

} // namespace
} // namespace dx
