// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own dialogs and menus follow the window's language (issue 15): with Vietnamese chosen, every text that
// a message box, a button box, the print preview, the print dialog, the page setup, the widget-based file
// dialog, an input dialog and the edit menus of line and text edits show is Vietnamese (the program's
// qtbase_vi, installed by ui/i18n/Translations); after a switch back to English they are Qt's English again.
// A text that is the same in both languages is printed as a gap, so a Qt upgrade that adds strings shows
// what is left to translate.
#include "i18n/Translations.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>
#include <ostream>
#include <vector>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

using namespace dx;

/// One text a dialog shows, and what shows it ("label", "button", "action tool tip", ...).
struct Shown
{
    QString where;
    QString text;
};
using Texts = std::vector<Shown>;

void add(Texts &texts, const char *where, const QString &text)
{
    // A menu entry is "text<TAB>shortcut"; the shortcut's key names are the same in both languages.
    const QString shown = text.section(QLatin1Char('\t'), 0, 0);
    if (!shown.trimmed().isEmpty())
        texts.push_back({QString::fromLatin1(where), shown});
}

void addActions(Texts &texts, const QList<QAction *> &actions)
{
    for (const QAction *action : actions) {
        add(texts, "action", action->text());
        add(texts, "action tool tip", action->toolTip());
    }
}

/// What a user can read of @p root: its title, labels, group boxes, buttons, tabs, tool tips and actions.
Texts textsOf(QWidget *root)
{
    Texts texts;
    add(texts, "window title", root->windowTitle());
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        add(texts, "tool tip", widget->toolTip());
        if (const auto *label = qobject_cast<QLabel *>(widget)) {
            add(texts, "label", label->text());
        } else if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(texts, "button", button->text());
        } else if (const auto *box = qobject_cast<QGroupBox *>(widget)) {
            add(texts, "group box", box->title());
        } else if (const auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, "tab", tabs->tabText(i));
        }
    }
    addActions(texts, root->findChildren<QAction *>());
    return texts;
}

/// Shows @p dialog offscreen and lets it finish laying itself out (the file dialog reads its folder in a
/// thread of its own).
void show(QWidget &dialog)
{
    dialog.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// The program's own texts in these dialogs (titles, prompts) are a question mark, so that every word a
// dialog shows is Qt's.
const QString kOurs = QStringLiteral("?");

Texts messageBox()
{
    QMessageBox box(QMessageBox::Question, kOurs, kOurs,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    box.setDetailedText(kOurs);
    show(box);
    return textsOf(&box);
}

Texts buttonBox()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                         QDialogButtonBox::Discard | QDialogButtonBox::Close | QDialogButtonBox::Apply |
                         QDialogButtonBox::Reset | QDialogButtonBox::Help);
    show(box);
    return textsOf(&box);
}

/// A PDF printer, as on a machine without printers: the print dialog then shows no name or location of a
/// real printer, which would be the same in both languages.
std::unique_ptr<QPrinter> pdfPrinter(const QTemporaryDir &dir)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(dir.filePath(QStringLiteral("out.pdf")));
    return printer;
}

Texts printPreview()
{
    QTemporaryDir dir;
    const auto printer = pdfPrinter(dir);
    QPrintPreviewDialog dialog(printer.get());
    show(dialog);
    return textsOf(&dialog);
}

Texts printDialog()
{
    QTemporaryDir dir;
    const auto printer = pdfPrinter(dir);
    QPrintDialog dialog(printer.get());
    show(dialog);
    return textsOf(&dialog);
}

/// The page setup the print preview opens.
Texts pageSetup()
{
    QTemporaryDir dir;
    const auto printer = pdfPrinter(dir);
    QPageSetupDialog dialog(printer.get());
    show(dialog);
    return textsOf(&dialog);
}

Texts fileDialog(QFileDialog::AcceptMode mode)
{
    QTemporaryDir dir;
    QFileDialog dialog(nullptr, kOurs, dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(mode);
    show(dialog);
    Texts texts = textsOf(&dialog);
    // The column titles of the detail view, and the file type offered when the program names none.
    if (const auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        for (int column = 0; column < view->model()->columnCount(); ++column)
            add(texts, "column", view->model()->headerData(column, Qt::Horizontal).toString());
    }
    if (const auto *types = dialog.findChild<QComboBox *>(QStringLiteral("fileTypeCombo"))) {
        for (int i = 0; i < types->count(); ++i)
            add(texts, "file type", types->itemText(i));
    }
    return texts;
}

Texts inputDialog()
{
    QInputDialog dialog;
    dialog.setWindowTitle(kOurs);
    dialog.setLabelText(kOurs);
    show(dialog);
    return textsOf(&dialog);
}

Texts lineEditMenu()
{
    QLineEdit edit(QStringLiteral("1"));
    edit.selectAll();
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    Texts texts;
    addActions(texts, menu->actions());
    return texts;
}

Texts textEditMenu()
{
    QPlainTextEdit edit(QStringLiteral("1"));
    edit.selectAll();
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    Texts texts;
    addActions(texts, menu->actions());
    return texts;
}

struct DialogCase
{
    const char *name;
    std::function<Texts()> texts;         ///< builds the dialog afresh in the installed language
    std::vector<const char *> vietnamese; ///< among its texts in Vietnamese
    std::vector<const char *> english;    ///< the same in English
};

std::vector<DialogCase> dialogCases()
{
    return {
        {"QMessageBox",
         messageBox,
         {"&Có", "&Không", "Hủy", "Hiện chi tiết..."},
         {"&Yes", "&No", "Cancel", "Show Details..."}},
        {"QDialogButtonBox",
         buttonBox,
         {"Đồng ý", "Hủy", "Lưu", "Không lưu", "Đóng", "Áp dụng", "Đặt lại", "Trợ giúp"},
         {"OK", "Cancel", "Save", "Discard", "Close", "Apply", "Reset", "Help"}},
        {"QPrintPreviewDialog",
         printPreview,
         {"Xem trước khi in", "Thiết lập trang", "Vừa trang", "Vừa chiều rộng", "Phóng to", "Thu nhỏ",
          "Khổ dọc", "Khổ ngang", "Trang đầu", "Trang trước", "Trang sau", "Trang cuối", "Hiện từng trang",
          "Hiện hai trang đối diện", "Hiện tổng quan tất cả các trang", "In"},
         {"Print Preview", "Page setup", "Fit page", "Fit width", "Zoom in", "Zoom out", "Portrait",
          "Landscape", "First page", "Previous page", "Next page", "Last page", "Show single page",
          "Show facing pages", "Show overview of all pages", "Print"}},
        {"QPrintDialog",
         printDialog,
         {"In", "Máy in", "&Tên:", "Thuộ&c tính", "Vị trí:", "Loại:", "Tệp đầu &ra:", "&Tùy chọn >>", "&In",
          "Hủy", "Tùy chọn", "Phạm vi in", "Số bản:", "In tất cả", "Ghi tệp PDF"},
         {"Print", "Printer", "&Name:", "P&roperties", "Location:", "Type:", "Output &file:", "&Options >>",
          "&Print", "Cancel", "Options", "Print range", "Copies:", "Print all", "Write PDF file"}},
        {"QPageSetupDialog",
         pageSetup,
         {"Giấy", "Khổ giấy:", "Chiều rộng:", "Chiều cao:", "Nguồn giấy:", "Hướng giấy", "Dọc", "Ngang",
          "Ngang, đảo ngược", "Dọc, đảo ngược", "Lề", "Bố cục trang",
          "Thứ tự trang:", "Số trang trên một tờ:"},
         {"Paper", "Page size:", "Width:", "Height:", "Paper source:", "Orientation", "Portrait", "Landscape",
          "Reverse landscape", "Reverse portrait", "Margins", "Page Layout",
          "Page order:", "Pages per sheet:"}},
        {"QFileDialog (save)",
         [] { return fileDialog(QFileDialog::AcceptSave); },
         {"Tìm trong:",
          "&Tên tệp:",
          "Loại tệp:",
          "&Lưu",
          "Hủy",
          "Quay lại",
          "Tiến tới",
          "Thư mục cha",
          "Tạo thư mục mới",
          "Dạng danh sách",
          "Dạng chi tiết",
          "Đổi &tên",
          "&Xóa",
          "&Hiện tệp ẩn",
          "Thư mục &mới",
          "Tên",
          "Kích thước",
          "Loại",
          "Ngày sửa đổi",
          "Tất cả các tệp (*)"},
         {"Look in:",      "File &name:",        "Files of type:",    "&Save",     "Cancel",      "Back",
          "Forward",       "Parent Directory",   "Create New Folder", "List View", "Detail View", "&Rename",
          "&Delete",       "Show &hidden files", "&New Folder",       "Name",      "Size",        "Type",
          "Date Modified", "All Files (*)"}},
        {"QFileDialog (open)",
         [] { return fileDialog(QFileDialog::AcceptOpen); },
         {"&Mở", "Hủy"},
         {"&Open", "Cancel"}},
        {"QInputDialog", inputDialog, {"Đồng ý", "Hủy"}, {"OK", "Cancel"}},
        {"QLineEdit menu",
         lineEditMenu,
         {"&Hoàn tác", "&Làm lại", "Cắ&t", "Sao &chép", "&Dán", "Xóa", "Chọn tất cả"},
         {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"}},
        {"QPlainTextEdit menu",
         textEditMenu,
         {"&Hoàn tác", "&Làm lại", "Cắ&t", "Sao &chép", "&Dán", "Xóa", "Chọn tất cả"},
         {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"}},
    };
}

QStringList textList(const Texts &texts)
{
    QStringList list;
    for (const Shown &shown : texts)
        list << shown.text;
    return list;
}

bool contains(const Texts &texts, const QString &text)
{
    return std::any_of(texts.begin(), texts.end(), [&](const Shown &shown) { return shown.text == text; });
}

/// The texts shown in Vietnamese exactly as in English. A text without a word of two Latin letters ("...",
/// "100%", "/ 1") is the same in every language and is not a gap.
QStringList gaps(const Texts &vietnamese, const Texts &english)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (const Shown &shown : vietnamese) {
        const QString entry = shown.where + QStringLiteral(": ") + shown.text;
        if (contains(english, shown.text) && shown.text.contains(word) && !found.contains(entry))
            found << entry;
    }
    return found;
}

class QtDialogs : public ::testing::Test
{
protected:
    void TearDown() override { Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); }
};

TEST_F(QtDialogs, AreVietnameseInVietnameseAndEnglishAgainAfterTheSwitch)
{
    QCoreApplication &app = *QCoreApplication::instance();
    for (const DialogCase &c : dialogCases()) {
        SCOPED_TRACE(c.name);
        Translations::install(app, QStringLiteral("en"));
        const Texts english = c.texts();
        Translations::install(app, QStringLiteral("vi"));
        const Texts vietnamese = c.texts();
        Translations::install(app, QStringLiteral("en"));
        const Texts englishAgain = c.texts();

        const QStringList untranslated = gaps(vietnamese, english);
        for (const QString &gap : untranslated)
            std::cout << "[ gap      ] " << c.name << " still English in Vietnamese: " << gap.toStdString()
                      << '\n';
        EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(QStringLiteral("; ")).toStdString();

        for (const char *text : c.vietnamese)
            EXPECT_TRUE(contains(vietnamese, QString::fromUtf8(text))) << "Vietnamese: " << text;
        for (const char *text : c.english) {
            EXPECT_TRUE(contains(english, QString::fromUtf8(text))) << "English: " << text;
            EXPECT_TRUE(contains(englishAgain, QString::fromUtf8(text)))
                << "English after the switch: " << text;
        }
        EXPECT_EQ(textList(englishAgain), textList(english)) << "the same English as before Vietnamese";
    }
}

// A dialog that is open during a switch follows it: both catalogues change together, and English has
// no Qt catalogue (Qt's own strings are the English).
TEST_F(QtDialogs, OpenDialogFollowsARuntimeSwitch)
{
    QCoreApplication &app = *QCoreApplication::instance();
    Translations::install(app, QStringLiteral("en"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    const auto buttonTexts = [&box] {
        return QStringList{box.button(QDialogButtonBox::Ok)->text(),
                           box.button(QDialogButtonBox::Cancel)->text()};
    };
    EXPECT_EQ(buttonTexts(), (QStringList{QStringLiteral("OK"), QStringLiteral("Cancel")}));

    Translations::install(app, QStringLiteral("vi"));
    QCoreApplication::processEvents(); // the widgets are told of the switch by a posted LanguageChange
    EXPECT_EQ(buttonTexts(), (QStringList{QStringLiteral("Đồng ý"), QStringLiteral("Hủy")}));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Discard"), QStringLiteral("Không lưu"));
    EXPECT_EQ(QCoreApplication::translate("QLineEdit", "Select All"), QStringLiteral("Chọn tất cả"));
    EXPECT_EQ(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("LTR"));
    EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);

    Translations::install(app, QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(buttonTexts(), (QStringList{QStringLiteral("OK"), QStringLiteral("Cancel")}));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Discard"), QStringLiteral("Discard"));
    EXPECT_EQ(QCoreApplication::translate("QLineEdit", "Select All"), QStringLiteral("Select All"));
}

} // namespace
