// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one indicator on the dashboard: code and name, its status in colour and in words, the latest
// value against the next target and a small trend line. Clicking it opens the indicator.
#include "analysis/IndicatorAssessment.h"
#include "domain/Indicator.h"
#include "domain/Measurement.h"

#include <QFrame>

class QLabel;

namespace dx {

class Sparkline;

class IndicatorTile : public QFrame
{
    Q_OBJECT
public:
    explicit IndicatorTile(QWidget *parent = nullptr);

    void show(const Indicator &indicator, const IndicatorAssessment &assessment,
              const QList<Measurement> &values, const QDate &asOf);
    Id indicatorId() const { return m_id; }
    QString statusText() const;
    QString valueText() const;

signals:
    void clicked(dx::Id id);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Id m_id = 0;
    QLabel *m_title, *m_status, *m_value;
    Sparkline *m_spark;
};

} // namespace dx
