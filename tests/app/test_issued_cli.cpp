// SPDX-License-Identifier: GPL-3.0-or-later
// Issued reports on the command line, end to end with the real binary: `report --issue` keeps the very PDF
// it writes in the plan, `reports` lists it, `report --since-last` adds Biểu 03 with the edits made since
// and Biểu 01's "Kỳ trước"; without an issued report --since-last is a usage error that writes nothing;
// a file that is not a plan, or is newer, is never modified by --issue.
#include "cli_fixture.h"
#include "store/PlanStore.h"
#include "store/Schema.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <ostream>

namespace dx {
namespace {

using CliRun = test::ProcessRun;

QString squeeze(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_C);
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class IssuedCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureCliApplication(); }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFileInfo(test::dxplannerBinary()).isExecutable());
        test::prepareRunFolder(m_dir.path());
        const CliRun made = dx({QStringLiteral("new"), plan()});
        ASSERT_EQ(made.exitCode, 0) << made;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString plan() const { return path(QStringLiteral("plan.dxplan")); }

    CliRun exec(const QString &program, const QStringList &args) const
    {
        QProcessEnvironment user;
        user.insert(QStringLiteral("USER"), QStringLiteral("chuyenvien")); // the history's name
        return test::runProgram(m_dir.path(), program, args, 120000, user);
    }
    CliRun dx(const QStringList &args) const { return exec(test::dxplannerBinary(), args); }
    CliRun report(const QString &out, const QStringList &extra) const
    {
        return dx(QStringList{QStringLiteral("report"), plan(), QStringLiteral("--out"), out,
                              QStringLiteral("--period"), QStringLiteral("2025-Q1"),
                              QStringLiteral("--as-of"), QStringLiteral("2025-03-31")} +
                  extra);
    }
    QString text(const QString &pdf) const
    {
        const CliRun r =
            exec(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                               QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_EQ(r.exitCode, 0) << r;
        return r.out;
    }

    QTemporaryDir m_dir;
};

TEST_F(IssuedCli, SinceLastWithoutAnIssuedReportIsAUsageErrorAndWritesNothing)
{
    const QString out = path(QStringLiteral("since.pdf"));
    const CliRun r = report(out, {QStringLiteral("--since-last")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("No report has been issued from this plan yet"))) << r;
    EXPECT_FALSE(QFileInfo::exists(out));
    const CliRun list = dx({QStringLiteral("reports"), plan()});
    EXPECT_EQ(list.exitCode, 0) << list;
    EXPECT_TRUE(list.out.contains(QStringLiteral("No report has been issued from this plan yet."))) << list;
}

TEST_F(IssuedCli, IssueKeepsTheWrittenPdfAndSinceLastListsTheEditsMadeAfter)
{
    const QString issued = path(QStringLiteral("issued.pdf"));
    const CliRun r = report(issued, {QStringLiteral("--issue")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Issued report"))) << r;
    ASSERT_TRUE(QFileInfo::exists(issued));

    const CliRun list = dx({QStringLiteral("reports"), plan()});
    ASSERT_EQ(list.exitCode, 0) << list;
    EXPECT_TRUE(list.out.contains(QStringLiteral("period 2025-Q1, figures as of 31/03/2025"))) << list;
    EXPECT_TRUE(list.out.contains(QStringLiteral("by chuyenvien"))) << list;
    EXPECT_EQ(list.out.count(QLatin1Char('\n')), 1) << list;

    // The plan keeps exactly the PDF written; then a task is completed through the store.
    {
        auto store = PlanStore::open(plan());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        const QList<IssuedReport> reports = store.value()->issuedReports();
        ASSERT_EQ(reports.size(), 1);
        EXPECT_EQ(store.value()->issuedReportPdf(reports[0].id), bytesOf(issued));
        // The edit is logged "on" 25/03/2025, before the cut-off of the reports (31/03/2025), so the
        // since-last report counts it.
        store.value()->setClockForTesting([] { return QDateTime(QDate(2025, 3, 25), QTime(9, 0), Qt::UTC); });
        for (Task t : store.value()->tasks())
            if (t.title.startsWith(QStringLiteral("Triển khai phong trào thi đua"))) {
                t.status = TaskStatus::Done;
                t.percentComplete = 100;
                t.completionDate = QDate(2025, 3, 20);
                ASSERT_TRUE(store.value()->updateTask(t).ok());
            }
    }

    const QString since = path(QStringLiteral("since.pdf"));
    const CliRun s = report(since, {QStringLiteral("--since-last")});
    ASSERT_EQ(s.exitCode, 0) << s;
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString body = squeeze(text(since));
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("NHỮNG THAY ĐỔI KỂ TỪ BÁO CÁO TRƯỚC"))))
        << body.toStdString();
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("Nhiệm vụ đã hoàn thành"))));
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("Hoàn thành ngày 20/03/2025"))));
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("Kỳ trước"))));
    EXPECT_FALSE(body.contains(squeeze(QStringLiteral("Nhiệm vụ mới quá hạn"))));
    // Without --since-last (and the plan's setting off) the report has no Biểu 03.
    const QString plain = path(QStringLiteral("plain.pdf"));
    ASSERT_EQ(report(plain, {}).exitCode, 0);
    EXPECT_FALSE(
        squeeze(text(plain)).contains(squeeze(QStringLiteral("NHỮNG THAY ĐỔI KỂ TỪ BÁO CÁO TRƯỚC"))));
}

TEST_F(IssuedCli, IssueNeverModifiesAFileThatIsNotAPlanOrIsNewer)
{
    const QString notPlan = path(QStringLiteral("notes.dxplan"));
    {
        QFile f(notPlan);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(9000, 'x'));
    }
    const QString newer = path(QStringLiteral("newer.dxplan"));
    ASSERT_TRUE(QFile::copy(plan(), newer));
    {
        const QString name = QStringLiteral("issued-cli-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(newer);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(
                QStringLiteral("UPDATE schema_version SET version = %1").arg(schema::kCurrentVersion + 1)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    for (const QString &file : {notPlan, newer}) {
        const QByteArray before = bytesOf(file);
        const QString out = path(QStringLiteral("out.pdf"));
        const CliRun r =
            dx({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--as-of"),
                QStringLiteral("2025-03-31"), QStringLiteral("--issue")});
        EXPECT_EQ(r.exitCode, 2) << r;
        EXPECT_EQ(bytesOf(file), before) << file.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out));
    }
}

} // namespace
} // namespace dx
