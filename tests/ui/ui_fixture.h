// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up of the widget tests: a fresh copy of the bundled plan in a temporary folder, shown in a
// real MainWindow on the offscreen platform, with a fixed "as of" date.
#include "app/MainWindow.h"
#include "document/PlanDocument.h"
#include "io/PlanImporter.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace dx::test {

/// Types @p text into @p widget key by key. QTest::keyClicks() asserts on non-ASCII characters, so each
/// character is sent as a key event carrying its text, as an input method would.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

/// The date the tests judge deadlines by: after the sample tasks with 2025 deadlines (overdue).
inline QDate fixedAsOf()
{
    return QDate(2026, 3, 1);
}

class WindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Each test starts from default settings (the test-mode settings file outlives the process).
        QSettings().clear();
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("plan.dxplan"));
        auto created = PlanImporter::createFromTemplate(path, QStringLiteral("resolution-06"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        created.value().reset();
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok());
        window = std::make_unique<MainWindow>();
        window->setPlan(std::move(store.value()), fixedAsOf());
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override { window.reset(); }

    PlanDocument &doc() { return *window->document(); }
    PlanStore &store() { return window->document()->store(); }
    /// A second, independent read of the file: what is really committed.
    std::unique_ptr<PlanStore> reopen()
    {
        auto s = PlanStore::open(path);
        return s ? std::move(s.value()) : nullptr;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace dx::test
