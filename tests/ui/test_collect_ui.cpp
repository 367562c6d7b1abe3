// SPDX-License-Identifier: GPL-3.0-or-later
// The collection UI: the import preview (model and dialog), the import as one undo step, the collection
// status. With DX_SHOT_DIR set, the preview and the status are saved there as PNG to look at.
#include "collect/CollectPreviewModel.h"
#include "collect/CollectStatusDialog.h"
#include "collect/ImportCommand.h"
#include "collect/ImportPreviewDialog.h"
#include "io/CollectImport.h"
#include "io/CollectSnapshot.h"
#include "io/CollectWorkbookWriter.h"
#include "io/CsvExporter.h"
#include "ui_fixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QUndoStack>

namespace dx {
namespace {

class CollectUi : public test::WindowFixture
{
protected:
    /// A CSV of values for the plan (long form): @p lines after the header.
    QString csv(const QString &name, const QStringList &lines)
    {
        const QString file = dir.filePath(name);
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Mã chỉ tiêu;Địa bàn;Kỳ;Giá trị;Chính thức / Ước tính;Nguồn số liệu;Ghi chú\n");
        for (const QString &l : lines)
            f.write(l.toUtf8() + '\n');
        return file;
    }
    CollectPreview preview(const QStringList &files)
    {
        CollectImport::Options o;
        o.importedBy = QStringLiteral("tester");
        return CollectImport::preview(CollectSnapshot::read(store()), files, o);
    }
    void shot(QWidget &w, const char *name)
    {
        const QString out = qEnvironmentVariable("DX_SHOT_DIR");
        if (!out.isEmpty())
            w.grab().save(QDir(out).filePath(QLatin1String(name)));
    }
    std::optional<Measurement> value(const char *code, const char *period)
    {
        for (const Indicator &i : store().indicators())
            if (i.code == QLatin1String(code))
                for (const Measurement &m : store().measurements(i.id))
                    if (m.localityId == 0 && m.period == QLatin1String(period))
                        return m;
        return std::nullopt;
    }
};

TEST_F(CollectUi, PreviewModelPassesTheModelTesterAndSettlesConflicts)
{
    const QString a = csv(QStringLiteral("a.csv"),
                          {QStringLiteral("CQS-01;;2026;40;;Sở A;"), QStringLiteral("CQS-02;;2026;140;;;"),
                           QStringLiteral("NOPE-1;;2026;1;;;")});
    const QString b = csv(QStringLiteral("b.csv"), {QStringLiteral("CQS-01;;2026;41;;Sở B;")});
    CollectPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPreview(preview({a, b}));
    ASSERT_EQ(model.rowCount(), 4); // two conflicts, two refusals
    QSignalSpy settled(&model, &CollectPreviewModel::settled);
    int conflicts = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex outcome = model.index(r, CollectPreviewModel::Outcome);
        if (model.flags(outcome) & Qt::ItemIsUserCheckable) {
            ++conflicts;
            EXPECT_TRUE(model.setData(outcome, Qt::Checked, Qt::CheckStateRole));
        }
    }
    EXPECT_EQ(conflicts, 2);
    EXPECT_EQ(settled.count(), 2);
    EXPECT_EQ(model.preview().undecidedConflicts(), 0);
    const QModelIndex refused = model.index(1, CollectPreviewModel::Cell);
    EXPECT_EQ(refused.data().toString(), QStringLiteral("a.csv!D3"));
    EXPECT_EQ(model.index(1, CollectPreviewModel::Reason).data().toString(),
              QStringLiteral("A share must be between 0 and 100."));
}

TEST_F(CollectUi, PreviewShowsValuesInTheWindowsNumberFormatAndWhatARefusedCellHeld)
{
    const QString file = csv(QStringLiteral("vi.csv"), {QStringLiteral("CQS-01;;2026;40,5;Ước tính;;"),
                                                        QStringLiteral("CQS-02;;2026;140;;;")});
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    CollectPreviewModel model;
    model.setPreview(preview({file}));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, CollectPreviewModel::Returned).data().toString(),
              QStringLiteral("40,5 (Ước tính)"));
    // The refused share keeps what the file held, as typed, beside the reason.
    EXPECT_EQ(model.index(1, CollectPreviewModel::Returned).data().toString(), QStringLiteral("140"));
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(model.index(0, CollectPreviewModel::Returned).data().toString(),
              QStringLiteral("40.5 (Ước tính)"));
    QLocale::setDefault(before);
}

TEST_F(CollectUi, ImportIsOneUndoStepAndTheDialogBlocksUntilSettled)
{
    const QString file =
        csv(QStringLiteral("Sở Thông tin và Truyền thông.csv"),
            {QStringLiteral("CQS-01;;2026;40,5;Ước tính;Sở TT&TT;"), QStringLiteral("CQS-02;;2026;140;;;")});
    ImportPreviewDialog dialog(preview({file}), window.get());
    dialog.show();
    EXPECT_FALSE(dialog.importButton()->isEnabled()) << "a refused cell blocks the import";
    shot(dialog, "import-preview.png");
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->isCheckable())
            b->click(); // leave refused cells out
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    auto changes = CollectImport::changes(dialog.preview(), dialog.skipRefused());
    ASSERT_TRUE(changes.ok());
    const int steps = doc().undoStack()->count();
    doc().undoStack()->push(new ImportCommand(doc(), changes.value(), QStringLiteral("Import")));
    EXPECT_EQ(doc().undoStack()->count(), steps + 1);
    auto m = value("CQS-01", "2026");
    ASSERT_TRUE(m);
    EXPECT_DOUBLE_EQ(m->value, 40.5);
    EXPECT_EQ(m->sourceFile, QStringLiteral("Sở Thông tin và Truyền thông.csv"));
    doc().undoStack()->undo();
    EXPECT_FALSE(value("CQS-01", "2026"));
    doc().undoStack()->redo();
    ASSERT_TRUE(value("CQS-01", "2026"));
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
}

TEST_F(CollectUi, StatusListsWhoReturnedAndWhoNot)
{
    const CollectSnapshot plan = CollectSnapshot::read(store());
    const QList<CollectUnit> units = plan.units(CollectUnit::Kind::Agency);
    ASSERT_GE(units.size(), 2);
    CollectWorkbookWriter::Options o;
    o.period = Period::year(2025);
    o.made = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    const QString file = dir.filePath(CollectWorkbookWriter::fileName(units.first()));
    ASSERT_TRUE(CollectWorkbookWriter::write(plan, units.first(), o, file).ok());
    auto changes = CollectImport::changes(preview({file}), false);
    ASSERT_TRUE(changes.ok());
    doc().undoStack()->push(new ImportCommand(doc(), changes.value(), QStringLiteral("Import")));

    CollectStatusDialog dialog(store(), QStringLiteral("2025"), window.get());
    dialog.show();
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(dialog.model()->rowCount(), units.size());
    // Not returned first; the unit that returned last.
    const int last = dialog.model()->rowCount() - 1;
    EXPECT_EQ(dialog.model()->index(last, 0).data().toString(), units.first().name);
    EXPECT_EQ(dialog.model()->index(last, 4).data().toString(),
              CollectWorkbookWriter::fileName(units.first()));
    EXPECT_TRUE(dialog.followUpText().contains(units.at(1).name));
    shot(dialog, "collection-status.png");
    // Undo takes the return back.
    doc().undoStack()->undo();
    EXPECT_EQ(
        CollectStatus::rows(CollectSnapshot::read(store()), CollectUnit::Kind::Agency, QStringLiteral("2025"))
            .first()
            .returned,
        false);
}

} // namespace
} // namespace dx
