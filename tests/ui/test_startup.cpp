// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a plan the way the application starts (PlanStore::IntegrityCheck::InBackground): the window
// is built while the file's quick_check runs in a worker thread. A sound plan then loads its indicator
// values; a damaged one is reported in one sentence, the window closes and the file is left as it was.
#include "ui_fixture.h"

#include "indicators/IndicatorStatusCache.h"
#include "models/TaskTableModel.h"
#include "views/IndicatorPanel.h"
#include "views/TaskTablePanel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

using namespace dx;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class StartupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("plan.dxplan"));
        auto created = PlanImporter::createFromTemplate(path, QStringLiteral("resolution-06"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    QTemporaryDir dir;
    QString path;
};

TEST_F(StartupTest, SoundPlanOpensWhileCheckedAndLoadsItsValuesAfterTheCheck)
{
    auto store = PlanStore::open(path, PlanStore::IntegrityCheck::InBackground);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    MainWindow window;
    window.setPlan(std::move(store.value()), test::fixedAsOf());
    window.show();
    PlanStore &opened = window.document()->store();
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened.integrity() == PlanStore::Integrity::Sound; }, 10000));
    IndicatorStatusCache &cache = IndicatorStatusCache::of(*window.document());
    cache.waitForLoad();
    EXPECT_FALSE(cache.assessments().isEmpty()) << "the values were read once the file was found sound";
    EXPECT_NE(window.indicatorPanel()->currentIndicator(), 0)
        << "the first indicator stays chosen after the load";
    EXPECT_TRUE(window.isVisible());
    EXPECT_GT(window.taskPanel()->model()->rowCount(), 0);
}

TEST_F(StartupTest, DamagedPlanIsReportedTheWindowClosesAndTheFileIsUntouched)
{
    // Scramble the last pages: header, schema and version still read, so only quick_check finds it.
    QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), 3 * 4096);
    for (qsizetype i = bytes.size() - 2 * 4096; i < bytes.size(); i += 5)
        bytes[i] = char(0x5A);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
    const QByteArray before = QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);

    auto store = PlanStore::open(path, PlanStore::IntegrityCheck::InBackground);
    ASSERT_TRUE(store.ok()) << "opened before the check: " << store.error().message.toStdString();
    QString reported;
    {
        MainWindow window;
        window.setPlan(std::move(store.value()), test::fixedAsOf());
        window.show();
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                reported = box->text();
                box->accept();
            }
        });
        poll.start(10);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isVisible(); }, 10000)) << "the window closes";
        EXPECT_EQ(window.document()->store().integrity(), PlanStore::Integrity::Damaged);
        // Nothing can be written to it, by any path.
        TaskGroup g;
        g.title = QStringLiteral("Nhóm mới");
        EXPECT_FALSE(window.document()->store().insertGroup(g).ok());
    }
    EXPECT_TRUE(reported.contains(path)) << reported.toStdString();
    EXPECT_TRUE(reported.contains(QStringLiteral("damaged"))) << reported.toStdString();
    EXPECT_EQ(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

} // namespace
