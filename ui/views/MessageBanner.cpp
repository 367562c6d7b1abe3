// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace dx {

MessageBanner::MessageBanner(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showError(const QString &message)
{
    showMessage(message, true);
}
void MessageBanner::showInfo(const QString &message)
{
    showMessage(message, false);
}
QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::showMessage(const QString &message, bool error)
{
    // Bold text and a sign say "error" without relying on the colour.
    setStyleSheet(
        error ? QStringLiteral("#messageBanner { background: #fde2e1; } QLabel { font-weight: bold; }")
              : QStringLiteral("#messageBanner { background: #e0f0ff; }"));
    m_label->setText((error ? QStringLiteral("⚠ ") : QStringLiteral("ℹ ")) + message);
    show();
}

} // namespace dx
