// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDraftDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace dx {

ReportDraftDialog::ReportDraftDialog(const QMap<QString, QString> &settings, const DraftFacts &facts,
                                     const Vocabulary &words, QWidget *parent)
    : QDialog(parent), m_facts(facts), m_words(words), m_tabs(new QTabWidget(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("reportDraftDialog"));
    m_hint->setWordWrap(true);
    for (const DraftSection s : kDraftSections) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *edit = new QTextEdit(page);
        // The report prints paragraphs in the decree's style: the text is kept as paragraphs, one per
        // line; pasted formatting would not be printed, so it is not taken.
        edit->setAcceptRichText(false);
        edit->setTabChangesFocus(true);
        m_prefilled.insert(s, prefilledDraft(s, facts, words));
        edit->setPlainText(draftText(settings, s, facts, words));
        edit->document()->setModified(false);
        auto *again = new QPushButton(page);
        connect(again, &QPushButton::clicked, this, [this, s] { startAgain(s); });
        layout->addWidget(edit, 1);
        layout->addWidget(again, 0, Qt::AlignLeft);
        m_editors.insert(s, edit);
        m_again << again;
        m_tabs->addTab(page, QString());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 520); // fits 1366x768 with room for the taskbar
    retranslate();
}

QTextEdit *ReportDraftDialog::editor(DraftSection section) const
{
    return m_editors.value(section);
}

void ReportDraftDialog::startAgain(DraftSection section)
{
    // Through the editor's own undo: Ctrl+Z brings the planner's text back.
    QTextEdit *edit = m_editors.value(section);
    QTextCursor cursor(edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_prefilled.value(section));
}

QMap<QString, QString> ReportDraftDialog::values() const
{
    QMap<QString, QString> out;
    for (const DraftSection s : kDraftSections) {
        const QString text = draftParagraphs(m_editors.value(s)->toPlainText()).join(QLatin1Char('\n'));
        const bool computed =
            text.isEmpty() || text == draftParagraphs(m_prefilled.value(s)).join(QLatin1Char('\n'));
        out.insert(draftKey(m_facts.period, s), computed ? QString() : text);
    }
    return out;
}

void ReportDraftDialog::retranslate()
{
    setWindowTitle(tr("Report sections for %1").arg(m_facts.period.key()));
    m_hint->setText(
        tr("Sections I, III, IV and V of the meeting report for %1. Each starts from sentences "
           "computed from the plan as of %2; rewrite them as the report should read. One paragraph "
           "per line. Section II (the results) is computed when the report is printed.")
            .arg(m_facts.period.key(), m_facts.cutOff.toString(QStringLiteral("dd/MM/yyyy"))));
    const QStringList numbers = {QStringLiteral("I"), QStringLiteral("III"), QStringLiteral("IV"),
                                 QStringLiteral("V")};
    // The tabs name the sections in the window's language; the text is in the report's.
    const Vocabulary window;
    for (int i = 0; i < int(kDraftSections.size()); ++i) {
        m_tabs->setTabText(
            i, QStringLiteral("%1. %2").arg(numbers.at(i), draftHeading(kDraftSections.at(i), window)));
        m_again.at(i)->setText(tr("Start again from the plan's figures"));
    }
}

void ReportDraftDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace dx
