// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and Excel exports written as the values are read (PlanStore::forEachMeasurement), never the
// whole document in memory: on the bundled plan with a few hundred values more (text that needs quoting,
// localities, estimates, provenance), the CSV keeps the bytes the whole-document code wrote, and every
// cell of the workbook is what the plan holds.
#include "io/CsvExporter.h"
#include "io/PlanImporter.h"
#include "io/WorkbookCells.h"
#include "io/WorkbookExporter.h"
#include "io/WorkbookText.h"
#include "io/XlsxReader.h"
#include "report/ReportContent.h"
#include "report/ReportSettings.h"
#include "store_fixtures.h"

#include <QBuffer>
#include <QHash>
#include <QMap>
#include <csv.h>

#include <algorithm>

namespace dx {
namespace {

using store_test::StoreTest;

/// The CSV as the export wrote it before it streamed: the whole document built from allMeasurements().
QByteArray wholeDocumentCsv(const PlanStore &store, char separator)
{
    QHash<Id, QString> codes, places;
    for (const Indicator &i : store.indicators())
        codes.insert(i.id, i.code);
    for (const Locality &l : store.localities())
        places.insert(l.id, l.name);
    const auto row = [separator](QByteArray &out, const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out.append(separator);
            const QByteArray utf8 = cells.at(i).toUtf8();
            QByteArray quoted(utf8.size() * 2 + 2, Qt::Uninitialized);
            const size_t n =
                csv_write(quoted.data(), size_t(quoted.size()), utf8.constData(), size_t(utf8.size()));
            out.append(quoted.constData(), qsizetype(n));
        }
        out.append("\r\n");
    };
    QByteArray out("\xEF\xBB\xBF");
    row(out, WorkbookExporter::valueHeaders());
    for (const Measurement &m : store.allMeasurements())
        row(out,
            {codes.value(m.indicatorId), m.localityId ? places.value(m.localityId) : WorkbookText::planArea(),
             m.period, WorkbookCells::pointText(m.value),
             m.estimate ? WorkbookText::estimate() : WorkbookText::official(), m.source, m.note, m.sourceFile,
             m.sourceUnit, m.receivedAt.toString(Qt::ISODate), m.importedBy});
    return out;
}

class ExportStreaming : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto created = PlanImporter::createFromTemplate(path(), QStringLiteral("resolution-06"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        store = std::move(created).value();
        QHash<QString, Id> localities;
        for (const Locality &l : store->localities())
            localities.insert(l.code, l.id);
        // XHS-02: every one of its nine districts for ten years and forty quarters, with notes long
        // enough that the CSV runs over several of the exporter's 64 KiB chunks.
        const Indicator xhs02 = indicator(QStringLiteral("XHS-02"));
        QList<Measurement> values;
        QStringList periods;
        for (int year = 2021; year <= 2030; ++year) {
            periods << QString::number(year);
            for (int q = 1; q <= 4; ++q)
                periods << QStringLiteral("%1-Q%2").arg(year).arg(q);
        }
        int n = 0;
        for (Id l : xhs02.localityIds)
            for (const QString &period : periods) {
                Measurement m;
                m.indicatorId = xhs02.id;
                m.localityId = l;
                m.period = period;
                m.value = 10.0 + 0.1 * (n % 900) + 1.0 / 3.0;
                m.estimate = n % 3 == 0;
                m.source = QStringLiteral("Báo cáo của UBND huyện, số %1").arg(n);
                m.note = QStringLiteral("Ghi chú \"trích\", có dấu phẩy; chấm phẩy\tvà tab, giá trị thứ %1 "
                                        "của bảng số liệu thu thập trong năm")
                             .arg(n);
                if (n % 2 == 0) {
                    m.sourceFile = QStringLiteral("huyen-%1.xlsx").arg(l);
                    m.sourceUnit = QStringLiteral("Phòng Văn hóa - Thông tin");
                    m.receivedAt = QDate(2025, 1, 1).addDays(n % 300);
                    m.importedBy = QStringLiteral("Nguyễn Văn A");
                }
                values << m;
                ++n;
            }
        // XHS-01: its localities report 2022 and 2023, then the plan area 2024: from then on its chart
        // shows the plan area's values only (the localities' seen before it are dropped).
        const Indicator xhs01 = indicator(QStringLiteral("XHS-01"));
        for (const QString &period : {QStringLiteral("2022"), QStringLiteral("2023")})
            for (Id l : xhs01.localityIds.mid(0, 2)) {
                Measurement m;
                m.indicatorId = xhs01.id;
                m.localityId = l;
                m.period = period;
                m.value = 40.0 + double(l);
                values << m;
            }
        Measurement planValue;
        planValue.indicatorId = xhs01.id;
        planValue.period = QStringLiteral("2024");
        planValue.value = 55.5;
        values << planValue;
        const Status s = store->upsertMeasurements(values);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    }

    Indicator indicator(const QString &code) const
    {
        for (const Indicator &i : store->indicators())
            if (i.code == code)
                return i;
        ADD_FAILURE() << "no indicator " << code.toStdString();
        return {};
    }

    std::unique_ptr<PlanStore> store;
};

TEST_F(ExportStreaming, CsvKeepsTheBytesOfTheWholeDocument)
{
    for (const char separator : {',', ';', '\t'}) {
        const QByteArray expected = wholeDocumentCsv(*store, separator);
        ASSERT_GT(expected.size(), 2 * 64 * 1024); // over two of the exporter's chunks
        EXPECT_EQ(CsvExporter::measurements(*store, separator), expected);
        const QString file = m_dir.filePath(QStringLiteral("values.csv"));
        ASSERT_TRUE(CsvExporter::write(*store, file, separator).ok());
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), expected) << "separator " << separator;
    }
}

TEST_F(ExportStreaming, CsvFailsWhenTheDeviceRefusesAWrite)
{
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    ASSERT_TRUE(readOnly.open(QIODevice::ReadOnly));
    const Status s = CsvExporter::write(*store, readOnly, ',');
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Io);
    // A file that cannot be made is refused the same way, and nothing is left behind.
    const QString file = m_dir.filePath(QStringLiteral("no-such-folder/values.csv"));
    EXPECT_FALSE(CsvExporter::write(*store, file, ',').ok());
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(ExportStreaming, WorkbookCellsAreWhatThePlanHolds)
{
    const QDate asOf(2024, 12, 31);
    const QString file = m_dir.filePath(QStringLiteral("plan.xlsx"));
    const Status written = WorkbookExporter::write(*store, file, asOf);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    WorkbookLimits limits;
    limits.maxRows = 1000000;
    const auto read = XlsxReader::read(file, limits);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    QHash<QString, WorkbookSheet> sheets;
    QStringList names;
    for (const WorkbookSheet &s : read.value()) {
        names << s.name;
        sheets.insert(s.name, s);
    }
    EXPECT_EQ(names,
              (QStringList{WorkbookText::tasksSheet(), WorkbookText::indicatorsSheet(),
                           QStringLiteral("Mục tiêu"), QStringLiteral("Số liệu"), QStringLiteral("Biểu 01"),
                           QStringLiteral("Dữ liệu biểu đồ"), QStringLiteral("Biểu đồ")}));

    QHash<Id, QString> codes, places;
    for (const Indicator &i : store->indicators())
        codes.insert(i.id, i.code);
    for (const Locality &l : store->localities())
        places.insert(l.id, l.name);

    // Số liệu: one row per value, in the store's order, every column.
    const WorkbookSheet &values = sheets[QStringLiteral("Số liệu")];
    const QList<Measurement> all = store->allMeasurements();
    ASSERT_EQ(values.rows.size(), all.size() + 1);
    EXPECT_EQ(values.rows.first(), WorkbookExporter::valueHeaders());
    for (int r = 0; r < all.size(); ++r) {
        const Measurement &m = all.at(r);
        const int row = r + 1;
        ASSERT_EQ(values.cell(row, 0), codes.value(m.indicatorId)) << "row " << row;
        EXPECT_EQ(values.cell(row, 1), m.localityId ? places.value(m.localityId) : WorkbookText::planArea());
        EXPECT_EQ(values.cell(row, 2), m.period);
        EXPECT_DOUBLE_EQ(WorkbookCells::number(values.cell(row, 3)).value_or(-1), m.value);
        EXPECT_EQ(values.cell(row, 4), m.estimate ? WorkbookText::estimate() : WorkbookText::official());
        EXPECT_EQ(values.cell(row, 5), m.source);
        EXPECT_EQ(values.cell(row, 6), m.note);
        EXPECT_EQ(values.cell(row, 7), m.sourceFile);
        EXPECT_EQ(values.cell(row, 8), m.sourceUnit);
        EXPECT_EQ(WorkbookCells::date(values.cell(row, 9)).value_or(QDate()), m.receivedAt);
        EXPECT_EQ(values.cell(row, 10), m.importedBy);
    }

    // Nhiệm vụ and Chỉ tiêu: one row per task and per indicator, in the plan's order.
    const QList<Task> tasks = store->tasks();
    const WorkbookSheet &taskSheet = sheets[WorkbookText::tasksSheet()];
    ASSERT_EQ(taskSheet.rows.size(), tasks.size() + 1);
    for (int r = 0; r < tasks.size(); ++r) {
        EXPECT_EQ(taskSheet.cell(r + 1, 1), tasks.at(r).title);
        EXPECT_EQ(WorkbookCells::date(taskSheet.cell(r + 1, 8)).value_or(QDate()), tasks.at(r).deadline);
    }
    const QList<Indicator> indicators = store->indicators();
    const WorkbookSheet &indicatorSheet = sheets[WorkbookText::indicatorsSheet()];
    ASSERT_EQ(indicatorSheet.rows.size(), indicators.size() + 1);
    for (int r = 0; r < indicators.size(); ++r)
        EXPECT_EQ(indicatorSheet.cell(r + 1, 1), indicators.at(r).name);

    // Biểu 01: the report's targets table, cell for cell.
    const ReportTable table = ReportBuilder::build(*store, ReportSettings::fromMap(store->settings()),
                                                   Period::year(asOf.year()), asOf)
                                  .targets;
    const WorkbookSheet &table01 = sheets[QStringLiteral("Biểu 01")];
    EXPECT_EQ(table01.rows.first(), table.headers);
    ASSERT_EQ(table01.rows.size(), table.rows.size() + 1);
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows.at(r).cells.size(); ++c)
            EXPECT_EQ(table01.cell(r + 1, c), table.rows.at(r).cells.at(c)) << "Biểu 01 " << r << ", " << c;

    // Dữ liệu biểu đồ: per indicator, its periods, the plan area's values (or, without any, the mean of
    // its localities') and its targets, from the whole list of values as before.
    const WorkbookSheet &chartData = sheets[QStringLiteral("Dữ liệu biểu đồ")];
    int block = 0;
    for (const Indicator &i : indicators) {
        QList<Measurement> own;
        for (const Measurement &m : all)
            if (m.indicatorId == i.id)
                own << m;
        bool planArea = false;
        for (const Measurement &m : own)
            planArea = planArea || m.localityId == 0;
        QMap<Period, QPair<double, int>> sums;
        for (const Measurement &m : own)
            if (m.localityId == 0 || !planArea) {
                auto &s = sums[*Period::parse(m.period)];
                s.first += m.value;
                s.second += 1;
            }
        QMap<Period, double> targets;
        for (const Target &t : i.targets)
            if (t.localityId == 0)
                targets.insert(Period::year(t.year), t.value);
        QList<Period> periods = sums.keys();
        for (const Period &p : targets.keys())
            if (!sums.contains(p))
                periods.append(p);
        std::sort(periods.begin(), periods.end());
        const int first = block * 4;
        EXPECT_EQ(chartData.cell(first, 0), i.code);
        EXPECT_EQ(chartData.cell(first + 1, 0), planArea || own.isEmpty()
                                                    ? QStringLiteral("Thực hiện")
                                                    : QStringLiteral("Thực hiện (trung bình các địa bàn)"))
            << i.code.toStdString();
        EXPECT_EQ(chartData.cell(first + 2, 0), QStringLiteral("Mục tiêu"));
        EXPECT_EQ(chartData.rows.value(first).size(), periods.size() + 1) << i.code.toStdString();
        for (int c = 0; c < periods.size(); ++c) {
            const Period &p = periods.at(c);
            EXPECT_EQ(chartData.cell(first, c + 1), p.key());
            if (sums.contains(p)) {
                EXPECT_DOUBLE_EQ(WorkbookCells::number(chartData.cell(first + 1, c + 1)).value_or(-1),
                                 sums.value(p).first / sums.value(p).second)
                    << i.code.toStdString() << " " << p.key().toStdString();
            } else {
                EXPECT_EQ(chartData.cell(first + 1, c + 1), QString());
            }
            if (targets.contains(p)) {
                EXPECT_DOUBLE_EQ(WorkbookCells::number(chartData.cell(first + 2, c + 1)).value_or(-1),
                                 targets.value(p));
            }
        }
        ++block;
    }
    // XHS-01: only the plan area's 2024 value is charted, not its localities' 2022 and 2023.
    const int xhs01 =
        int(std::find_if(indicators.begin(), indicators.end(),
                         [](const Indicator &i) { return i.code == QStringLiteral("XHS-01"); }) -
            indicators.begin());
    EXPECT_EQ(chartData.cell(xhs01 * 4 + 1, 0), QStringLiteral("Thực hiện"));
    EXPECT_FALSE(chartData.rows.value(xhs01 * 4).contains(QStringLiteral("2022")));
    EXPECT_TRUE(chartData.rows.value(xhs01 * 4).contains(QStringLiteral("2024")));
}

} // namespace
} // namespace dx
