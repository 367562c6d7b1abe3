// SPDX-License-Identifier: GPL-3.0-or-later
// Typing in the details pane: out-of-range input is refused with the rule at the field, never clamped;
// typed text is saved after a short pause while the field still has the focus (a crash loses at most the
// pause), as one history line, and the editor keeps what is being typed.
#include "ui_fixture.h"
#include "views/TaskDetailsPanel.h"
#include "views/TaskTablePanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace dx::test {
namespace {

class TypingTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        if (HasFatalFailure())
            return;
        for (const Task &t : doc().tasks())
            if (t.status == TaskStatus::InProgress && t.percentComplete < 50) {
                task = t;
                break;
            }
        ASSERT_NE(task.id, 0);
        panel = window->detailsPanel();
        window->taskPanel()->selectTask(task.id);
        panel->showTask(task.id);
    }
    int historyLines(const QString &field)
    {
        int n = 0;
        for (const ChangeLogEntry &e : reopen()->changeLog(QStringLiteral("task"), task.id))
            n += e.field == field;
        return n;
    }
    /// Types into the percent box as a planner does: select all, then the digits, key by key.
    void typePercent(const QString &digits)
    {
        QSpinBox *box = panel->percentBox();
        box->setFocus();
        box->selectAll();
        for (const QChar c : digits)
            QTest::keyClick(box, c.toLatin1());
    }

    Task task;
    TaskDetailsPanel *panel = nullptr;
};

TEST_F(TypingTest, PercentOverOneHundredIsRefusedWithTheRuleNeverClampedTo15)
{
    typePercent(QStringLiteral("150"));
    EXPECT_EQ(panel->percentBox()->value(), 150) << "the third digit is not swallowed";
    QTest::keyClick(panel->percentBox(), Qt::Key_Return);
    EXPECT_TRUE(panel->percentRule()->isVisibleTo(panel));
    EXPECT_TRUE(panel->percentRule()->text().contains(QStringLiteral("100")))
        << panel->percentRule()->text().toStdString();
    EXPECT_EQ(reopen()->task(task.id)->percentComplete, task.percentComplete) << "nothing saved";
    EXPECT_EQ(historyLines(QStringLiteral("percentComplete")), 0);
    // Leaving the field shows the stored figure again, the rule stays until a valid value is typed.
    panel->titleEdit()->setFocus();
    QTest::qWait(20);
    EXPECT_EQ(panel->percentBox()->value(), task.percentComplete);
    typePercent(QStringLiteral("55"));
    QTest::keyClick(panel->percentBox(), Qt::Key_Return);
    EXPECT_FALSE(panel->percentRule()->isVisibleTo(panel));
    EXPECT_EQ(reopen()->task(task.id)->percentComplete, 55);
}

TEST_F(TypingTest, TypingAPercentIsOneHistoryLineNotOnePerKeystroke)
{
    typePercent(QStringLiteral("55"));
    QTest::keyClick(panel->percentBox(), Qt::Key_Return);
    EXPECT_EQ(reopen()->task(task.id)->percentComplete, 55);
    EXPECT_EQ(historyLines(QStringLiteral("percentComplete")), 1) << "not 5 then 55";
}

TEST_F(TypingTest, TextStillBeingTypedIsSavedAfterAPause)
{
    QPlainTextEdit *notes = panel->findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    ASSERT_NE(notes, nullptr);
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    typeText(notes, QStringLiteral(" Đã họp với Sở"));
    EXPECT_NE(reopen()->task(task.id)->notes, notes->toPlainText()) << "not on every keystroke";
    QTest::qWait(TaskDetailsPanel::kSavePauseMs + 300);
    EXPECT_TRUE(notes->hasFocus());
    EXPECT_EQ(reopen()->task(task.id)->notes, notes->toPlainText().trimmed())
        << "saved after the pause, the field still focused";
    EXPECT_EQ(historyLines(QStringLiteral("notes")), 1);
}

TEST_F(TypingTest, ATitleSavedAfterAPauseKeepsTheTrailingSpaceBeingTyped)
{
    QLineEdit *title = panel->titleEdit();
    title->setFocus();
    title->end(false);
    typeText(title, QStringLiteral(" giai đoạn "));
    QTest::qWait(TaskDetailsPanel::kSavePauseMs + 300);
    EXPECT_EQ(reopen()->task(task.id)->title, task.title + QStringLiteral(" giai đoạn"));
    EXPECT_EQ(title->text(), task.title + QStringLiteral(" giai đoạn ")) << "the editor keeps what is typed";
    typeText(title, QStringLiteral("2"));
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_EQ(reopen()->task(task.id)->title, task.title + QStringLiteral(" giai đoạn 2"));
}

TEST_F(TypingTest, SwitchingTaskOrClosingSavesWhatIsBeingTyped)
{
    QLineEdit *legal = panel->findChild<QLineEdit *>(QStringLiteral("legalRef"));
    ASSERT_NE(legal, nullptr);
    legal->setFocus();
    legal->selectAll();
    typeText(legal, QStringLiteral("Điều 3"));
    window->close(); // before the pause
    EXPECT_EQ(reopen()->task(task.id)->legalRef, QStringLiteral("Điều 3"));
}

} // namespace
} // namespace dx::test
