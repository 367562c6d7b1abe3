// SPDX-License-Identifier: GPL-3.0-or-later
// The Word report's charts (ui/print/ReportDocxExport): each a greyscale PNG at 300 dpi of the size it has
// on the page, its resolution recorded; the title and legend drawn at their point sizes (set at the
// image's resolution before painting: at Qt's default 96 dpi they came out a third of their size).
#include "io/PlanImporter.h"
#include "io/ReportDocxWriter.h"
#include "print/ReportDocxExport.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QTemporaryDir>

namespace dx {
namespace {

TEST(ReportDocxExport, ChartsArePngAt300DpiOfTheirSizeOnThePage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto store = PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("p.dxplan")),
                                                  QStringLiteral("resolution-06"));
    ASSERT_TRUE(store.ok());
    const ReportContent content =
        ReportBuilder::build(*store.value(), ReportSettings::fromMap(store.value()->settings()),
                             Period::year(2024), QDate(2024, 12, 31));
    ASSERT_FALSE(content.charts.isEmpty());
    const QSizeF mm = ReportDocxWriter::chartSizeMm(content);
    const QImage img = QImage::fromData(ReportDocxExport::chartPng(content, 0, mm), "PNG");
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(img.width(), qRound(mm.width() / 25.4 * 300));
    EXPECT_EQ(img.height(), qRound(mm.height() / 25.4 * 300));
    EXPECT_EQ(img.dotsPerMeterX(), qRound(300 / 0.0254));
    EXPECT_TRUE(img.isGrayscale());
    // The title's first line (11 pt: about 46 px at 300 dpi) is in the top rows: its inked height, from the
    // first dark row to the last dark row above the first blank band after it, is near its size.
    int first = -1, last = -1;
    for (int y = 0; y < img.height() / 4; ++y) {
        bool dark = false;
        for (int x = 0; x < img.width() && !dark; ++x)
            dark = qGray(img.pixel(x, y)) < 128;
        if (dark && first < 0)
            first = y;
        if (dark)
            last = y;
        else if (first >= 0 && y - last > 10)
            break;
    }
    ASSERT_GE(first, 0);
    EXPECT_GT(last - first, 25) << "title drawn at its point size, not at 96 dpi";
}

} // namespace
} // namespace dx
