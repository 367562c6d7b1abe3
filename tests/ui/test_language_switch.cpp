// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language at run time changes every visible string at once: the window's menus, tabs,
// panels, filters, form labels, placeholders, table and history headers. The test walks the widget tree
// after each switch (en -> vi -> en) and looks for any text that belongs to the other language's
// catalogue.
#include "i18n/Translations.h"
#include "ui_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QXmlStreamReader>

namespace dx::test {
namespace {

/// Accelerators and a trailing colon do not make a string another one.
QString plain(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    s = s.trimmed();
    if (s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return s.trimmed();
}

/// The program's strings that differ between English and Vietnamese: English sources and their
/// Vietnamese translations (without placeholders: those never appear as such on screen).
void catalogue(QSet<QString> *english, QSet<QString> *vietnamese)
{
    QFile f(qEnvironmentVariable("DX_SOURCE_DIR") +
            QStringLiteral("/resources/translations/dxplanner_vi.ts"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    QXmlStreamReader xml(&f);
    QString source, translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation"))
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const QString s = plain(source), t = plain(translation);
            if (!s.isEmpty() && !t.isEmpty() && s != t && !s.contains(QLatin1Char('%')) && s.size() > 2) {
                english->insert(s);
                vietnamese->insert(t);
            }
        }
    }
}

void addMenu(QMenu *menu, QStringList *out)
{
    for (QAction *a : menu->actions()) {
        if (!a->text().isEmpty())
            out->append(a->text());
        if (a->menu())
            addMenu(a->menu(), out);
    }
}

/// Every text a planner can see in the window now.
QStringList visibleTexts(QMainWindow *window)
{
    QStringList out;
    for (QAction *a : window->menuBar()->actions()) {
        out << a->text();
        if (a->menu())
            addMenu(a->menu(), &out);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) && !qobject_cast<QDockWidget *>(w))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text() << b->toolTip();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out << g->title();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->placeholderText() << e->toolTip();
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
        } else if (auto *d = qobject_cast<QDockWidget *>(w))
            out << d->windowTitle();
        else if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
            if (v->model())
                for (int col = 0; col < v->model()->columnCount(); ++col)
                    out << v->model()->headerData(col, Qt::Horizontal).toString();
        }
    }
    return out;
}

QStringList leftovers(QMainWindow *window, const QSet<QString> &otherLanguage)
{
    // Every tab in turn, so each panel is seen (a hidden tab's widgets are not visible).
    QStringList texts;
    auto *tabs = window->findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        texts << visibleTexts(window);
    }
    QStringList found;
    for (const QString &t : texts)
        if (otherLanguage.contains(plain(t)) && !found.contains(plain(t)))
            found << plain(t);
    return found;
}

using LanguageSwitch = WindowFixture;

TEST_F(LanguageSwitch, EveryVisibleStringChangesAtOnce)
{
    QSet<QString> english, vietnamese;
    catalogue(&english, &vietnamese);
    ASSERT_GT(english.size(), 300);
    // Words that are the same in a way both languages use them are not leftovers.
    for (const char *shared : {"OK", "PDF", "CSV", "Excel", "DTI"})
        english.remove(QString::fromLatin1(shared)), vietnamese.remove(QString::fromLatin1(shared));
    window->showDataCheck(); // a dialog open during the switch follows too
    for (const char *language : {"vi", "en", "vi"}) {
        Translations::install(*QCoreApplication::instance(), QString::fromLatin1(language));
        QApplication::processEvents();
        const bool vi = QLatin1String(language) == QLatin1String("vi");
        const QStringList wrong = leftovers(window.get(), vi ? english : vietnamese);
        EXPECT_TRUE(wrong.isEmpty()) << "after switching to " << language << ", still in the other language: "
                                     << wrong.join(QStringLiteral(" | ")).toStdString();
    }
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_F(LanguageSwitch, TheUndoHistoryIsWordedAgain)
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    Task t;
    t.groupId = doc().groups().first().id;
    t.title = QStringLiteral("Việc mới");
    Id id = 0;
    ASSERT_TRUE(doc().addTask(t, &id));
    ASSERT_TRUE(doc().setTaskField({id}, TaskField::PercentComplete, 30));
    const QString addEn = doc().undoStack()->text(doc().undoStack()->count() - 2);
    const QString editEn = doc().undoStack()->text(doc().undoStack()->count() - 1);
    EXPECT_TRUE(addEn.startsWith(QStringLiteral("Add task"))) << addEn.toStdString();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("vi"));
    QApplication::processEvents();
    const QString addVi = doc().undoStack()->text(doc().undoStack()->count() - 2);
    const QString editVi = doc().undoStack()->text(doc().undoStack()->count() - 1);
    EXPECT_NE(addVi, addEn);
    EXPECT_EQ(addVi, QObject::tr("Add task \"%1\"").arg(t.title));
    EXPECT_NE(editVi, editEn);
    EXPECT_TRUE(editVi.contains(fieldLabel(TaskField::PercentComplete).toLower()) ||
                editVi.contains(fieldLabel(TaskField::PercentComplete)))
        << editVi.toStdString();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_EQ(doc().undoStack()->text(doc().undoStack()->count() - 1), editEn);
}

} // namespace
} // namespace dx::test
