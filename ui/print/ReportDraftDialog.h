// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: writes the report's prose sections (I, III, IV, V) for one reporting period: each starts
// from the sentences computed from the plan and is rewritten by the planner; kept in the plan.
#include "report/ReportDraft.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextEdit;

namespace dx {

class ReportDraftDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p settings: the plan's settings (the texts already written for the period); @p facts: the plan on
    /// the cut-off, for the pre-filled sentences, worded in @p words' language (the report's).
    ReportDraftDialog(const QMap<QString, QString> &settings, const DraftFacts &facts,
                      const Vocabulary &words, QWidget *parent = nullptr);

    /// The settings to keep: one key per section (draftKey()); a section left as pre-filled, or emptied,
    /// keeps no text of its own (the report then computes it again on the day it is printed).
    QMap<QString, QString> values() const;
    QTextEdit *editor(DraftSection section) const;
    /// Replaces a section's text by the computed sentences (the button under each editor).
    void startAgain(DraftSection section);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    DraftFacts m_facts;
    Vocabulary m_words;
    QTabWidget *m_tabs;
    QMap<DraftSection, QTextEdit *> m_editors;
    QMap<DraftSection, QString> m_prefilled;
    QList<QPushButton *> m_again;
    QLabel *m_hint;
};

} // namespace dx
