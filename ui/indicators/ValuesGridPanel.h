// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: recording the values of one indicator: the periods-by-localities grid, its period choice
// (years, halves, quarters), paste from a spreadsheet (Ctrl+V), clear (Delete), copy (Ctrl+C), and the
// estimate flag, source and note of the selected values.
#include "domain/Ids.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dx {

class IndicatorStatusCache;
class ValuesGridModel;

class ValuesGridPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ValuesGridPanel(IndicatorStatusCache &cache, QWidget *parent = nullptr);

    void showIndicator(Id id);
    ValuesGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *errorLabel() const { return m_error; }

    /// Pastes the clipboard's text at the current cell (one undo step).
    bool pasteClipboard();
    /// Copies the selected cells as tab-separated text.
    void copySelection() const;
    /// Clears the selected cells (one undo step).
    bool clearSelection();
    /// Applies the estimate flag, source and note fields to the selected values (one undo step).
    bool applyDetails();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QPushButton *m_paste = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_periodsLabel = nullptr;
    void showCurrentDetails();
    void showError(const QString &message);

    ValuesGridModel *m_model;
    QTableView *m_view;
    QComboBox *m_granularity;
    QCheckBox *m_estimate;
    QLineEdit *m_source, *m_note;
    QPushButton *m_apply;
    QLabel *m_error;
};

} // namespace dx
