// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the main window. It only wires panels, docks, menus and actions together (docs/architecture.md
// §6.2); every piece of work lives in a panel, a dialog or PlanDocument.
#include <QDate>
#include <QMainWindow>
#include <memory>

class QLabel;
class QDockWidget;
class QMenu;
class QTabWidget;
class QUndoView;
class QToolButton;
namespace dx {
class DataCheckDialog;
}

namespace dx {

class PlanDocument;
class PlanStore;
class NavigationPanel;
class TaskTablePanel;
class TaskDetailsPanel;
class IndicatorPanel;
class DashboardPanel;
class TaskActions;
class CollectActions;
class PrintActions;
class MessageBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows @p store's plan, replacing the one shown (whose edits are all committed already). The "as of"
    /// date is @p asOf when valid, else the one fixed in Preferences, else today.
    void setPlan(std::unique_ptr<PlanStore> store, QDate asOf = {});
    PlanDocument *document() const { return m_document.get(); }
    TaskTablePanel *taskPanel() const { return m_tasks; }
    TaskDetailsPanel *detailsPanel() const { return m_details; }
    NavigationPanel *navigationPanel() const { return m_navigation; }
    TaskActions *taskActions() const { return m_taskActions; }
    MessageBanner *banner() const { return m_banner; }
    IndicatorPanel *indicatorPanel() const { return m_indicators; }
    DashboardPanel *dashboardPanel() const { return m_dashboard; }
    PrintActions *printActions() const { return m_printActions; }
    /// The status bar's "Open folder" button, shown while it says where a PDF was written.
    QToolButton *openFolderButton() const { return m_openFolder; }
    /// Says in the status bar where a file was written, with "Open folder".
    void showWritten(const QString &path);
    /// Plan > Check the data: the list of plausibility warnings (created on first use).
    void showDataCheck();
    DataCheckDialog *dataCheckDialog() const { return m_dataCheck; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void clearPlan();
    void updateTitle();
    void updateStatus();
    void retranslate();
    void openPlan(const QString &path);
    void newPlan(bool fromTemplate);
    void saveCopy();
    void restoreBackup();
    void makeDailyBackup();
    void chooseAsOf();
    void showPreferences();
    void showDirectory();
    void fillRecentMenu();
    void saveLayout();
    void restoreLayout();
    void followTab();

    std::unique_ptr<PlanDocument> m_document;
    QTabWidget *m_tabs = nullptr;
    NavigationPanel *m_navigation = nullptr;
    TaskTablePanel *m_tasks = nullptr;
    TaskDetailsPanel *m_details = nullptr;
    IndicatorPanel *m_indicators = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    TaskActions *m_taskActions = nullptr;
    PrintActions *m_printActions = nullptr; ///< print, preview, PDF and chart export
    QToolButton *m_openFolder = nullptr;    ///< beside the message that says where a PDF went
    QString m_writtenFolder;
    DataCheckDialog *m_dataCheck = nullptr;
    CollectActions *m_collectActions = nullptr; ///< collect data through workbooks, Excel and CSV export
    MessageBanner *m_banner = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    bool m_detailsWanted = true; ///< the planner wants the task details beside the Tasks tab
    bool m_followingTab = false; ///< followTab() is showing or hiding the details itself
    QLabel *m_asOfLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace dx
