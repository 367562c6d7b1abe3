// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a date that may be absent (an open-ended deadline): a check box and a date picker.
#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace dx {

class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate date() const; ///< invalid when unset
    void setDate(const QDate &date, const QDate &suggestion);
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void edited(); ///< the user changed the date or set/cleared it

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QCheckBox *m_set;
    QDateEdit *m_edit;
    int m_sectionAtDigit = -1; ///< the section the last digit was typed in (see eventFilter())
};

} // namespace dx
