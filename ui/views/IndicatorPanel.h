#pragma once
// Purpose: the plan's indicators and their 2025/2030 targets, as a table.
#include <QWidget>

class QTableView;

namespace dx {

class IndicatorTableModel;
class PlanDocument;

class IndicatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorPanel(PlanDocument &document, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    IndicatorTableModel *m_model;
    QTableView *m_view;
};

} // namespace dx
