// SPDX-License-Identifier: GPL-3.0-or-later
// File > Meeting report > Issued reports...: the dialog lists a report issued with its real PDF (painted by
// ReportPainter), hands out that PDF as issued, refreshes when another report is issued, and "Compare with
// now" shows the since-last comparison of the report's Biểu 03.
#include "io/PlanImporter.h"
#include "print/IssueReport.h"
#include "print/IssuedReportsDialog.h"
#include "print/PrintActions.h"
#include "print/ReportPeriodDialog.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"
#include "ui_fixture.h"

#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

namespace dx {
namespace {

class IssuedReportsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto created = PlanImporter::createFromTemplate(m_dir.filePath(QStringLiteral("p.dxplan")),
                                                        QStringLiteral("resolution-06"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_store = std::move(created.value());
        ReportSettings s = ReportSettings::fromMap(m_store->settings());
        s.documentNumber = QStringLiteral("7");
        ASSERT_TRUE(m_store->setSettings(s.toMap()).ok());
    }
    Id issue(const Period &period, const QDate &asOf)
    {
        const ReportContent c =
            ReportBuilder::build(*m_store, ReportSettings::fromMap(m_store->settings()), period, asOf);
        const Result<Id> id = IssueReport::issue(*m_store, c, *m_store);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }
    static QStringList column(const QTableWidget *t, int col)
    {
        QStringList out;
        for (int r = 0; r < t->rowCount(); ++r)
            out << (t->item(r, col) ? t->item(r, col)->text() : QString());
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;
};

TEST_F(IssuedReportsDialogTest, ListsTheIssuedReportOpensItsPdfAndComparesWithNow)
{
    const Id first = issue(Period::quarter(2025, 1), QDate(2025, 3, 31));
    ASSERT_NE(first, 0);
    const QByteArray pdf = m_store->issuedReportPdf(first);
    ASSERT_TRUE(pdf.startsWith("%PDF")) << "a real PDF, painted by ReportPainter";

    // Completed after issuing, "on" 01/05/2025: after the first cut-off, before the second.
    m_store->setClockForTesting([] { return QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC); });
    for (Task t : m_store->tasks())
        if (t.title.startsWith(QStringLiteral("Triển khai phong trào thi đua"))) {
            t.status = TaskStatus::Done;
            t.percentComplete = 100;
            t.completionDate = QDate(2025, 5, 15);
            ASSERT_TRUE(m_store->updateTask(t).ok());
        }

    IssuedReportsDialog dialog(*m_store, QDate(2025, 6, 30));
    dialog.show();
    ASSERT_EQ(dialog.reports()->rowCount(), 1);
    EXPECT_EQ(dialog.reports()->item(0, 0)->text(), QStringLiteral("7"));
    EXPECT_EQ(dialog.reports()->item(0, 1)->text(), QStringLiteral("2025-Q1"));
    EXPECT_EQ(dialog.reports()->item(0, 2)->text(), QStringLiteral("31/03/2025"));
    EXPECT_FALSE(dialog.reports()->item(0, 5)->text().isEmpty()); // issued by
    EXPECT_FALSE(dialog.reports()->item(0, 0)->flags() & Qt::ItemIsEditable);
    EXPECT_EQ(dialog.selectedReport(), first); // the last issued is chosen

    const QString copy = dialog.pdfCopy();
    ASSERT_FALSE(copy.isEmpty());
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), pdf);
    f.close();
    QFile::remove(copy);

    ASSERT_TRUE(dialog.compareButton()->isEnabled());
    dialog.compareButton()->click();
    const QStringList what = column(dialog.comparison(), 1);
    ASSERT_EQ(what.size(), 2) << what.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(what[0] == QStringLiteral("Tasks completed") ||
                what[0] == QStringLiteral("Nhiệm vụ đã hoàn thành"))
        << what[0].toStdString();
    EXPECT_TRUE(what[1].startsWith(QStringLiteral("Triển khai phong trào thi đua"))) << what[1].toStdString();
    EXPECT_TRUE(dialog.comparison()->item(1, 3)->text().contains(QStringLiteral("15/05/2025")));

    // Another report issued while the dialog is open: the list follows the store's commit.
    const Id second = issue(Period::half(2025, 1), QDate(2025, 6, 30));
    ASSERT_EQ(dialog.reports()->rowCount(), 2);
    EXPECT_EQ(column(dialog.reports(), 1),
              (QStringList{QStringLiteral("2025-Q1"), QStringLiteral("2025-H1")}));
    dialog.selectReport(second);
    dialog.compareWithNow();
    ASSERT_EQ(dialog.comparison()->rowCount(), 1); // nothing changed since the second
}

/// Answers the window's modal dialogs as they come: the period chooser is accepted with its first period,
/// a question is answered @p answer, a notice closed; the texts of the message boxes are kept.
class ModalAnswerer
{
public:
    explicit ModalAnswerer(QMessageBox::StandardButton answer) : m_answer(answer)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                input->accept();
            } else if (auto *dates = qobject_cast<ReportPeriodDialog *>(modal)) {
                dates->accept(); // the period, cut-off and date as the calendar proposes them
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                texts << box->text();
                if (QAbstractButton *b = box->button(m_answer))
                    b->click();
                else if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                    ok->click();
            }
        });
        m_timer.start(20);
    }
    QStringList texts;

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
};

using IssueFromWindow = test::WindowFixture;

TEST_F(IssueFromWindow, IssueReportAsksFirstKeepsTheReportAndIsNoUndoStep)
{
    PrintActions *actions = window->printActions();
    ASSERT_TRUE(actions);
    const int undoSteps = doc().undoStack()->count();
    {
        ModalAnswerer cancel(QMessageBox::Cancel);
        EXPECT_FALSE(actions->issueReport());
        ASSERT_FALSE(cancel.texts.isEmpty());
    }
    EXPECT_TRUE(store().issuedReports().isEmpty()); // cancelled: nothing kept
    {
        ModalAnswerer yes(QMessageBox::Yes);
        EXPECT_TRUE(actions->issueReport());
        ASSERT_GE(yes.texts.size(), 2);
        // The confirmation names the period and says that it cannot be undone (in the window's language).
        EXPECT_TRUE(yes.texts.first().contains(QString::number(test::fixedAsOf().year())))
            << yes.texts.first().toStdString();
    }
    const auto kept = reopen();
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept->issuedReports().size(), 1);
    EXPECT_EQ(kept->issuedReports().first().asOf, test::fixedAsOf());
    EXPECT_TRUE(kept->issuedReportPdf(kept->issuedReports().first().id).startsWith("%PDF"));
    EXPECT_EQ(doc().undoStack()->count(), undoSteps); // a record, not an edit
}

} // namespace
} // namespace dx
