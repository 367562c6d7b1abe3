// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the preview of an import of returned workbooks: per file and per row what would change; the
// planner settles each conflict, then imports (one undo step) or cancels (nothing changes).
#include "io/CollectPreview.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace dx {

class CollectPreviewModel;

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPreviewDialog(const CollectPreview &preview, QWidget *parent = nullptr);

    /// The preview as settled by the planner.
    const CollectPreview &preview() const;
    /// Whether refused files and cells are left out (else any refusal blocks the import).
    bool skipRefused() const { return m_skipRefused; }
    CollectPreviewModel *model() const { return m_model; }
    QPushButton *importButton() const { return m_import; }

private:
    void updateSummary();
    CollectPreviewModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_import;
    QPushButton *m_skip;
    bool m_skipRefused = false;
};

} // namespace dx
