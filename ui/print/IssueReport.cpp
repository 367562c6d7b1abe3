// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueReport.h"

#include "DocumentOutput.h"
#include "ReportPainter.h"
#include "report/IssuedSnapshot.h"
#include "store/PlanStore.h"

#include <QBuffer>
#include <QPdfWriter>

namespace dx {

QByteArray IssueReport::pdf(const ReportContent &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        // As DocumentOutput::writePdf: the writer is finished before the bytes are used.
        QPdfWriter writer(&buffer);
        writer.setResolution(DocumentOutput::kPdfResolution);
        writer.setTitle(content.documentType + QLatin1Char(' ') + content.subject);
        writer.setCreator(QStringLiteral("DX Planner %1").arg(QStringLiteral(DX_VERSION)));
        pages = ReportPainter(content).paint(&writer);
    }
    return pages > 0 ? bytes : QByteArray();
}

Result<Id> IssueReport::issue(PlanStore &target, const ReportContent &content, const PlanStore &figures,
                              QByteArray pdfBytes)
{
    if (pdfBytes.isEmpty())
        pdfBytes = pdf(content);
    if (pdfBytes.isEmpty())
        return Result<Id>::fail(Error::Code::Io,
                                tr("The report's pages could not be painted; nothing was issued."));
    return target.issueReport(issuedRecord(content, figures), pdfBytes);
}

} // namespace dx
