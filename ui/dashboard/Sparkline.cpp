// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace dx {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(80, 28);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setSeries(const QList<QPointF> &points, std::optional<double> target, bool lowerIsBetter)
{
    m_points = points;
    m_target = target;
    m_lowerIsBetter = lowerIsBetter;
    m_total = -1;
    update();
}

void Sparkline::setBoxes(int reached, int total)
{
    m_points.clear();
    m_reached = reached;
    m_total = total;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    const QColor ink = palette().color(QPalette::WindowText);
    if (m_total >= 0) {
        const int n = std::max(1, m_total);
        const double w = std::min(18.0, (r.width() - (n - 1) * 3.0) / n);
        for (int i = 0; i < m_total; ++i) {
            const QRectF box(r.left() + i * (w + 3.0), r.center().y() - w / 2, w, w);
            p.setPen(QPen(ink, 1));
            p.setBrush(i < m_reached ? ink : Qt::transparent);
            p.drawRect(box);
        }
        return;
    }
    if (m_points.isEmpty())
        return;
    double x0 = m_points.first().x(), x1 = m_points.last().x();
    double y0 = m_points.first().y(), y1 = y0;
    for (const QPointF &pt : m_points) {
        y0 = std::min(y0, pt.y());
        y1 = std::max(y1, pt.y());
    }
    if (m_target) {
        y0 = std::min(y0, *m_target);
        y1 = std::max(y1, *m_target);
    }
    if (x1 <= x0)
        x1 = x0 + 1;
    if (y1 <= y0)
        y1 = y0 + 1;
    auto map = [&](double x, double y) {
        const double fy = (y - y0) / (y1 - y0);
        return QPointF(r.left() + (x - x0) / (x1 - x0) * r.width(),
                       m_lowerIsBetter ? r.top() + fy * r.height() : r.bottom() - fy * r.height());
    };
    if (m_target) {
        p.setPen(QPen(ink, 1, Qt::DashLine));
        p.drawLine(map(x0, *m_target), map(x1, *m_target));
    }
    QPainterPath path(map(m_points.first().x(), m_points.first().y()));
    for (const QPointF &pt : m_points)
        path.lineTo(map(pt.x(), pt.y()));
    p.setPen(QPen(ink, 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(ink);
    p.drawEllipse(map(m_points.last().x(), m_points.last().y()), 2.5, 2.5);
}

} // namespace dx
