// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: sends pages painted by one routine to any of the three outputs: PDF (written through
// QSaveFile, so a failed export leaves no partial file and an old file is replaced only by a complete
// new one), the print preview dialog and the printer.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace dx {

/// Paints every page on a device not yet painted on; returns the number of pages (0: failed).
using PagePainter = std::function<int(QPagedPaintDevice *device)>;

class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
public:
    /// QPdfWriter's resolution: 1200 dpi, the writer's default, stated here so it is a decision.
    static constexpr int kPdfResolution = 1200;

    /// Writes a PDF to @p path. Fonts are embedded by QPdfWriter; charts stay vectors.
    static Status writePdf(const QString &path, const QString &title, const PagePainter &paint);
    /// Shows the print preview of the pages (modal); the user can print from it.
    static void preview(QWidget *parent, const QString &title, const PagePainter &paint);
    /// Asks for a printer and prints; false when cancelled or failed.
    static bool print(QWidget *parent, const QString &title, const PagePainter &paint);
    /// Asks for a file name (suggested: @p suggestedName) and writes the PDF; shows any error. The file
    /// written goes to @p written when given.
    static bool exportPdf(QWidget *parent, const QString &title, const QString &suggestedName,
                          const PagePainter &paint, QString *written = nullptr);
};

} // namespace dx
