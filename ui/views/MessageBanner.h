// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a message strip at the top of the window for refused edits and other notices: visible,
// non-modal (work goes on), closed by the user or the next successful edit.
#include <QWidget>

class QLabel;

namespace dx {

class MessageBanner : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);
    void showError(const QString &message);
    void showInfo(const QString &message);
    QString text() const;

private:
    void showMessage(const QString &message, bool error);
    QLabel *m_label;
};

} // namespace dx
