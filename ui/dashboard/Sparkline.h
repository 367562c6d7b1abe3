// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a small trend line for a dashboard tile (values over time, the next target dashed), or, for
// a per-locality indicator, a row of boxes filled for the localities that reached the target.
#include <QList>
#include <QPointF>
#include <QWidget>
#include <optional>

namespace dx {

class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    /// Points (x: year, y: value), the next target's value and whether lower is better (drawn inverted).
    void setSeries(const QList<QPointF> &points, std::optional<double> target, bool lowerIsBetter);
    /// Boxes: @p reached of @p total filled.
    void setBoxes(int reached, int total);
    const QList<QPointF> &points() const { return m_points; }

    QSize sizeHint() const override { return {160, 36}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_points;
    std::optional<double> m_target;
    bool m_lowerIsBetter = false;
    int m_reached = 0, m_total = -1; ///< m_total < 0: a line, not boxes
};

} // namespace dx
