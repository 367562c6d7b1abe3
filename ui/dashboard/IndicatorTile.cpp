// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorTile.h"

#include "Sparkline.h"
#include "analysis/IndicatorSeries.h"
#include "analysis/StatusThresholds.h"
#include "charts/StatusColours.h"
#include "indicators/IndicatorSummary.h"
#include "report/ChartData.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace dx {

IndicatorTile::IndicatorTile(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("indicatorTile"));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(200);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("tileStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_value = new QLabel;
    m_value->setWordWrap(true);
    m_spark = new Sparkline;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_value);
    layout->addStretch();
    layout->addWidget(m_spark);
}

void IndicatorTile::show(const Indicator &i, const IndicatorAssessment &a, const QList<Measurement> &values,
                         const QDate &asOf)
{
    m_id = i.id;
    const QColor colour = StatusColours::colour(a.status);
    // The status is in words as well as in colour (colour-blind readers, grey printouts).
    setStyleSheet(QStringLiteral("#indicatorTile { border: 1px solid #b8b8b8; border-left: 6px solid %1; "
                                 "background: %2; }")
                      .arg(colour.name(), StatusColours::tint(a.status).name()));
    QString name = i.name;
    if (name.size() > 90)
        name = name.left(88) + QStringLiteral("…");
    m_title->setText(QStringLiteral("<b>%1</b> %2").arg(i.code.toHtmlEscaped(), name.toHtmlEscaped()));
    m_title->setToolTip(i.name);
    m_status->setText(QStringLiteral("<b style=\"color:%1\">● %2</b>")
                          .arg(colour.name(), ChartText::status(a.status).toHtmlEscaped()));
    m_value->setText(IndicatorSummary::latestAgainstTarget(i, a));
    if (i.scope == Scope::Localities) {
        m_spark->setBoxes(a.localitiesReached, a.localitiesTotal);
    } else {
        QList<QPointF> points;
        for (const SeriesPoint &p : indicatorSeries(values, i.id, 0, asOf))
            points << QPointF(p.x, p.value);
        m_spark->setSeries(points, a.milestone ? std::optional<double>(a.milestone->value) : std::nullopt,
                           lowerIsBetter(i));
    }
    setAccessibleName(QStringLiteral("%1 %2").arg(i.code, ChartText::status(a.status)));
}

QString IndicatorTile::statusText() const
{
    return m_status->text();
}
QString IndicatorTile::valueText() const
{
    return m_value->text();
}

void IndicatorTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked(m_id);
    QFrame::mouseReleaseEvent(event);
}

void IndicatorTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        emit clicked(m_id);
    else
        QFrame::keyPressEvent(event);
}

} // namespace dx
