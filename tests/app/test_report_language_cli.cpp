// SPDX-License-Identifier: GPL-3.0-or-later
// `dxplanner report --lang` end to end: the report is in the language asked for whatever the program's
// own (the system locale, LC_ALL): the PDF's text is the same as when both agree, and carries the
// report language's chart words, none of the other's.
#include "cli_fixture.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace dx {
namespace {

class ReportLanguageCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureCliApplication(); }

    void SetUp() override
    {
        m_binary = test::dxplannerBinary();
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "set DX_BINARY to the dxplanner executable";
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        ASSERT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("home/.config"));
        QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        ASSERT_EQ(run(m_binary, {QStringLiteral("new"), plan()}, QStringLiteral("C.UTF-8")), 0);
    }

    QString plan() const { return m_dir.filePath(QStringLiteral("plan.dxplan")); }

    /// Runs @p program in @p locale (the program's own language: vi_VN gives a Vietnamese program);
    /// returns its exit code, its output in @p out.
    int run(const QString &program, const QStringList &args, const QString &locale,
            QString *out = nullptr) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    /// The report in @p language written by a program running in @p locale, as text (NFKC: ligatures
    /// read as letters; white space collapsed).
    QString reportText(const QString &language, const QString &locale) const
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1-%2.pdf").arg(language, locale));
        EXPECT_EQ(
            run(m_binary,
                {QStringLiteral("report"), plan(), QStringLiteral("--out"), pdf, QStringLiteral("--lang"),
                 language, QStringLiteral("--as-of"), QStringLiteral("2024-12-31")},
                locale),
            0);
        QString text;
        EXPECT_EQ(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")},
                      QStringLiteral("C.UTF-8"), &text),
                  0);
        return text.normalized(QString::NormalizationForm_KC).simplified();
    }

    QString m_binary;
    QTemporaryDir m_dir;
};

TEST_F(ReportLanguageCli, TheReportsLanguageNotTheProgramsDecidesEveryWord)
{
    const struct
    {
        const char *language, *sameLocale, *otherLocale;
        std::vector<const char *> present, absent;
    } cases[] = {
        {"en",
         "C.UTF-8",
         "vi_VN.UTF-8",
         {"REPORT", "Expected path", "Recorded values", "Status: ", "Unit: "},
         {"BÁO CÁO", "Lộ trình dự kiến", "Số liệu đã ghi nhận", "Trạng thái: ", "Đơn vị tính: "}},
        {"vi",
         "vi_VN.UTF-8",
         "C.UTF-8",
         {"BÁO CÁO", "Lộ trình dự kiến", "Số liệu đã ghi nhận", "Trạng thái: ", "Đơn vị tính: "},
         {"REPORT", "Expected path", "Recorded values", "Status: ", "Unit: "}},
    };
    for (const auto &c : cases) {
        const QString language = QString::fromLatin1(c.language);
        const QString reference = reportText(language, QString::fromLatin1(c.sameLocale));
        const QString crossed = reportText(language, QString::fromLatin1(c.otherLocale));
        ASSERT_FALSE(crossed.isEmpty());
        EXPECT_EQ(crossed, reference) << c.language << ": the program's language leaked into the report";
        for (const char *word : c.present)
            EXPECT_TRUE(crossed.contains(QString::fromUtf8(word))) << c.language << ": " << word;
        for (const char *word : c.absent)
            EXPECT_FALSE(crossed.contains(QString::fromUtf8(word))) << c.language << ": " << word;
    }
}

} // namespace
} // namespace dx
