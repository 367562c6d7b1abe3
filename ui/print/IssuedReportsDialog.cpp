// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuedReportsDialog.h"

#include "i18n/Translations.h"
#include "report/IssuedSnapshot.h"
#include "report/ReportComparison.h"
#include "store/PlanStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dx {
namespace {

QTableWidgetItem *cell(const QString &text, const QVariant &id = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // a record: never edited here
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

QString date(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

IssuedReportsDialog::IssuedReportsDialog(PlanStore &store, const QDate &asOf, QWidget *parent)
    : QDialog(parent), m_store(store), m_asOf(asOf), m_reports(new QTableWidget(this)),
      m_comparison(new QTableWidget(this)), m_comparisonTitle(new QLabel(this)),
      m_open(new QPushButton(this)), m_compare(new QPushButton(this)), m_close(new QPushButton(this))
{
    m_reports->setColumnCount(6);
    m_reports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reports->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reports->verticalHeader()->hide();
    m_reports->horizontalHeader()->setStretchLastSection(true);
    m_comparison->setColumnCount(4);
    m_comparison->verticalHeader()->hide();
    m_comparison->setWordWrap(true);
    m_comparison->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_comparisonTitle->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reports, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_comparisonTitle);
    layout->addWidget(m_comparison, 3);

    connect(m_open, &QPushButton::clicked, this, &IssuedReportsDialog::openPdf);
    connect(m_compare, &QPushButton::clicked, this, &IssuedReportsDialog::compareWithNow);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_reports, &QTableWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(selectedReport() != 0);
        m_compare->setEnabled(selectedReport() != 0);
    });
    connect(&m_store, &PlanStore::committed, this, &IssuedReportsDialog::onCommitted);
    retranslate();
    reload();
    resize(900, 600);
}

void IssuedReportsDialog::onCommitted(const ChangeSet &changes)
{
    if (changes.issuedReports || changes.everything)
        reload();
}

void IssuedReportsDialog::reload()
{
    const Id selected = selectedReport();
    const QList<IssuedReport> list = m_store.issuedReports();
    m_reports->setRowCount(int(list.size()));
    const QLocale locale;
    for (int row = 0; row < list.size(); ++row) {
        const IssuedReport &r = list.at(row);
        const auto period = Period::parse(r.period);
        m_reports->setItem(row, 0, cell(r.number.isEmpty() ? tr("(no number)") : r.number, r.id));
        m_reports->setItem(row, 1, cell(period ? period->key() : r.period));
        m_reports->setItem(row, 2, cell(date(r.asOf)));
        m_reports->setItem(row, 3, cell(date(r.documentDate)));
        m_reports->setItem(row, 4, cell(locale.toString(r.issuedAt.toLocalTime(), QLocale::ShortFormat)));
        m_reports->setItem(row, 5, cell(r.issuedBy));
    }
    m_reports->resizeColumnsToContents();
    if (selected != 0)
        selectReport(selected);
    else if (!list.isEmpty())
        selectReport(list.last().id); // the last issued, the one the next report compares with
    m_open->setEnabled(selectedReport() != 0);
    m_compare->setEnabled(selectedReport() != 0);
}

Id IssuedReportsDialog::selectedReport() const
{
    const QList<QTableWidgetItem *> items = m_reports->selectedItems();
    for (const QTableWidgetItem *item : items)
        if (item->column() == 0)
            return item->data(Qt::UserRole).toLongLong();
    return 0;
}

void IssuedReportsDialog::selectReport(Id id)
{
    for (int row = 0; row < m_reports->rowCount(); ++row)
        if (m_reports->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_reports->selectRow(row);
}

void IssuedReportsDialog::compareWithNow()
{
    const Id id = selectedReport();
    const std::optional<IssuedReport> report = id != 0 ? m_store.issuedReport(id) : std::nullopt;
    const std::optional<IssuedSnapshot> figures =
        report ? IssuedSnapshot::fromJson(report->snapshot) : std::optional<IssuedSnapshot>();
    m_comparison->setRowCount(0);
    if (!figures) {
        m_comparisonTitle->setText(tr("The figures of this report cannot be read."));
        return;
    }
    // The same comparison as the report's appendix, worded in the window's language.
    const ReportText words(Translations::currentLanguage() == QLatin1String("vi") ? ReportLanguage::Vietnamese
                                                                                  : ReportLanguage::English);
    const ReportComparison changes =
        ReportComparison::compare(*figures, IssuedSnapshot::of(m_store, figures->period, m_asOf));
    const ReportTable table = ReportComparison::table(changes, *report, *figures, words);
    m_comparisonTitle->setText(tr("Changes since report %1 (figures as of %2), compared on %3:")
                                   .arg(figures->reference, date(report->asOf), date(m_asOf)));
    m_comparison->setHorizontalHeaderLabels(table.headers);
    m_comparison->setRowCount(int(table.rows.size()));
    for (int row = 0; row < table.rows.size(); ++row) {
        const ReportRow &r = table.rows.at(row);
        for (int col = 0; col < 4; ++col)
            m_comparison->setItem(row, col, cell(r.cells.value(col)));
        if (r.kind == ReportRow::Kind::Heading) {
            QFont bold = m_comparison->font();
            bold.setBold(true);
            m_comparison->item(row, 1)->setFont(bold);
            m_comparison->setSpan(row, 1, 1, 3);
        }
    }
    m_comparison->resizeRowsToContents();
}

QString IssuedReportsDialog::pdfCopy()
{
    const Id id = selectedReport();
    const QByteArray pdf = id != 0 ? m_store.issuedReportPdf(id) : QByteArray();
    if (pdf.isEmpty())
        return {};
    const QString path =
        QDir(QDir::tempPath()).filePath(QStringLiteral("dxplanner-issued-report-%1.pdf").arg(id));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return {};
    return path;
}

void IssuedReportsDialog::openPdf()
{
    const QString path = pdfCopy();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Issued reports"),
                             path.isEmpty()
                                 ? tr("The PDF of this report could not be written to a temporary file.")
                                 : tr("No program to show PDF files was found. The report was "
                                      "written to %1.")
                                       .arg(QDir::toNativeSeparators(path)));
}

void IssuedReportsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_comparison->rowCount() > 0)
            compareWithNow();
    }
    QDialog::changeEvent(event);
}

void IssuedReportsDialog::retranslate()
{
    setWindowTitle(tr("Issued reports"));
    m_reports->setHorizontalHeaderLabels(
        {tr("Number"), tr("Period"), tr("Figures as of"), tr("Date"), tr("Issued at"), tr("Issued by")});
    m_open->setText(tr("&Open PDF"));
    m_compare->setText(tr("&Compare with now"));
    m_close->setText(tr("Close"));
    if (m_comparisonTitle->text().isEmpty())
        m_comparisonTitle->setText(
            tr("An issued report is kept as it was issued; choose one and compare it with "
               "the plan now."));
}

} // namespace dx
