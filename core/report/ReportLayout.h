// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the geometry of the printed meeting report shared by its two writers, the page painter
// (ui/print: preview, print, PDF) and the Word document (core/io/ReportDocxWriter): A4 with the margins
// of Nghị định 30/2020, the body's indent and point size, the relative column widths of Biểu 01 and
// Biểu 02. One place, so a margin changed for the PDF changes the .docx too.
#include "ReportSettings.h"

#include <QList>

namespace dx::ReportLayout {

/// A4, millimetres.
constexpr double kPaperWidthMm = 210.0;
constexpr double kPaperHeightMm = 297.0;
/// Nghị định 30/2020/NĐ-CP, Appendix I: top 20-25, bottom 20-25, left 30-35, right 15-20 mm; the smallest
/// of each, so wide tables get the most room. Kept "as read" on landscape pages too (30 mm on the left).
constexpr double kMarginTopMm = 20.0;
constexpr double kMarginBottomMm = 20.0;
constexpr double kMarginLeftMm = 30.0;
constexpr double kMarginRightMm = 15.0;
/// The first line of a body paragraph is indented 1.27 cm; 6 pt after each paragraph.
constexpr double kFirstLineIndentMm = 12.7;
constexpr double kParagraphAfterPt = 6.0;
/// The page number: 13 pt, centred in the top margin, from page 2 on.
constexpr double kPageNumberPt = 13.0;
/// Text in Biểu 01 and Biểu 02.
constexpr double kTablePt = 10.0;
/// Room for the signature and the seal between the signer's position and name.
constexpr double kSignatureSpaceMm = 25.0;

/// The body text's size: 13-14 pt in state documents, 14-15 in Party documents.
inline double bodyPoints(ReportSettings::Format format)
{
    return format == ReportSettings::Format::Party ? 14.0 : 13.0;
}

/// Relative widths of the columns of Biểu 01 with @p milestones target columns ("Mục tiêu 2025" ...).
inline QList<double> targetWeights(int milestones)
{
    QList<double> w{4.5, 7, 27, 8};
    for (int i = 0; i < milestones; ++i)
        w << 8.5;
    w << 9 << 10 << 8 << 9.5 << 9 << 14;
    return w;
}

/// Relative widths of the columns of Biểu 02.
inline QList<double> taskWeights()
{
    return {4.5, 24, 9, 18, 10, 16, 11, 10.5, 13};
}

} // namespace dx::ReportLayout
