// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "RecentFiles.h"
#include "collect/CollectActions.h"
#include "dashboard/DashboardPanel.h"
#include "dialogs/DataCheckDialog.h"
#include "dialogs/DirectoryDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "document/PlanDocument.h"
#include "i18n/Translations.h"
#include "indicators/IndicatorStatusCache.h"
#include "io/PlanImporter.h"
#include "models/TaskFilterProxy.h"
#include "models/TaskTableModel.h"
#include "print/PrintActions.h"
#include "store/BackupSet.h"
#include "store/PlanFile.h"
#include "store/PlanStore.h"
#include "views/IndicatorPanel.h"
#include "views/MessageBanner.h"
#include "views/NavigationPanel.h"
#include "views/TaskActions.h"
#include "views/TaskDetailsPanel.h"
#include "views/TaskTablePanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

namespace dx {

Q_LOGGING_CATEGORY(lcStartup, "dx.startup", QtWarningMsg)

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_asOfLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_asOfLabel);
    m_openFolder = new QToolButton(this);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setAutoRaise(true);
    m_openFolder->hide();
    statusBar()->addWidget(m_openFolder);
    connect(m_openFolder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenFolder)); });
    // The button goes with the message it belongs to.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_openFolder->hide();
    });
    resize(1360, 820);
}

MainWindow::~MainWindow()
{
    clearPlan();
}

void MainWindow::clearPlan()
{
    if (!m_document)
        return;
    saveLayout();
    menuBar()->clear();
    for (QToolBar *t : findChildren<QToolBar *>())
        delete t;
    for (QDockWidget *d : findChildren<QDockWidget *>())
        delete d;
    m_detailsDock = nullptr;
    for (QAction *a : actions())
        removeAction(a);
    delete takeCentralWidget();
    delete m_taskActions;
    m_taskActions = nullptr;
    delete m_printActions;
    m_printActions = nullptr;
    delete m_dataCheck; // it refers to the document
    m_dataCheck = nullptr;
    delete m_collectActions;
    m_collectActions = nullptr;
    m_document.reset();
}

void MainWindow::setPlan(std::unique_ptr<PlanStore> store, QDate asOf)
{
    QElapsedTimer timer; // QT_LOGGING_RULES="dx.startup.debug=true" shows where opening spends its time
    timer.start();
    const auto step = [&timer](const char *what) {
        qCDebug(lcStartup, "%s: %lld ms", what, timer.restart());
    };
    clearPlan();
    store->setUserName(PreferencesDialog::historyName());
    RecentFiles::add(store->path());
    if (!asOf.isValid())
        asOf = QSettings().value(QStringLiteral("asOf")).toDate();
    step("settings");
    // The "as of" date is today unless the planner fixed one for a reporting period (Preferences).
    m_document =
        std::make_unique<PlanDocument>(std::move(store), asOf.isValid() ? asOf : QDate::currentDate(), this);
    // A plan opened while its quick_check runs (PlanStore::IntegrityCheck::InBackground) may turn out
    // damaged: nothing was written to it; say so and close, as when a damaged plan is refused at once.
    connect(&m_document->store(), &PlanStore::integrityChecked, this,
            [this](bool sound, const QString &problem) {
                if (sound) {
                    makeDailyBackup();
                    return;
                }
                QMessageBox::critical(this, tr("DX Planner"), problem);
                close();
            });
    if (m_document->store().integrity() == PlanStore::Integrity::Sound)
        QTimer::singleShot(0, this, &MainWindow::makeDailyBackup);
    step("document");
    // A large plan's values and statuses load in a worker thread: the window opens at once.
    IndicatorStatusCache::loadInBackground(*m_document);
    step("background load started");

    m_banner = new MessageBanner;
    m_navigation = new NavigationPanel(*m_document);
    step("navigation tree");
    m_tasks = new TaskTablePanel(*m_document);
    step("task table");
    m_details = new TaskDetailsPanel(*m_document);
    step("details pane");
    m_indicators = new IndicatorPanel(*m_document);
    step("indicator list");
    m_dashboard = new DashboardPanel(*m_document);
    step("dashboard");
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_indicators, QString());

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 1060});
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *detailsDock = new QDockWidget(this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    m_detailsDock = detailsDock;
    // The task details belong to the Tasks tab: the dashboard and the indicators get the width instead.
    // visibilityChanged(false) also comes when another dock is tabbed in front of it: what counts is
    // whether the planner hid it.
    connect(detailsDock, &QDockWidget::visibilityChanged, this, [this] {
        if (!m_followingTab && isVisible() && m_detailsDock)
            m_detailsWanted = !m_detailsDock->isHidden();
    });
    auto *undoDock = new QDockWidget(this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoView = new QUndoView(m_document->undoStack(), undoDock);
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();

    step("layout and docks");
    m_taskActions = new TaskActions(*m_document, *m_tasks, *m_navigation, this);
    m_printActions = new PrintActions(*m_document, *m_indicators, *m_tasks, this);
    m_collectActions = new CollectActions(*m_document, this);
    connect(m_printActions, &PrintActions::pdfWritten, this, &MainWindow::showWritten);
    createMenus();
    step("actions and menus");

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::followTab);
    connect(m_navigation, &NavigationPanel::groupSelected, this, [this](Id id) {
        m_tabs->setCurrentWidget(m_tasks);
        m_tasks->showGroup(id);
    });
    connect(m_navigation, &NavigationPanel::planSelected, this, [this] { m_tasks->showGroup(0); });
    connect(m_navigation, &NavigationPanel::taskSelected, this, [this](Id id) {
        m_tabs->setCurrentWidget(m_tasks);
        m_tasks->selectTask(id);
    });
    connect(m_tasks, &TaskTablePanel::currentTaskChanged, m_details, &TaskDetailsPanel::showTask);
    connect(m_dashboard, &DashboardPanel::indicatorActivated, this, [this](Id id) {
        m_tabs->setCurrentWidget(m_indicators);
        m_indicators->selectIndicator(id);
    });
    connect(m_dashboard, &DashboardPanel::taskActivated, this, [this](Id id) {
        m_tabs->setCurrentWidget(m_tasks);
        m_tasks->showGroup(0);
        m_tasks->selectTask(id);
    });
    connect(m_dashboard, &DashboardPanel::groupActivated, this, [this](Id id) {
        m_tabs->setCurrentWidget(m_tasks);
        m_tasks->showGroup(id);
    });
    connect(m_document.get(), &PlanDocument::errorOccurred, m_banner, &MessageBanner::showError);
    // A plan that cannot be written (read-only media, a folder the planner may not write, a foreign
    // "-wal" beside it) says so at once, with the reason; the store refuses every edit with that sentence.
    // A network share is warned about the same way.
    if (const PlanStore &opened = m_document->store(); opened.isReadOnly() || !opened.warnings().isEmpty()) {
        QStringList lines = opened.warnings();
        if (opened.isReadOnly() && !lines.contains(opened.readOnlyReason()))
            lines.prepend(opened.readOnlyReason().isEmpty() ? tr("The plan is open for reading only.")
                                                            : opened.readOnlyReason());
        m_banner->showError(lines.join(QLatin1Char('\n')));
    }
    connect(m_document->undoStack(), &QUndoStack::indexChanged, m_banner, &QWidget::hide);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatus);
    connect(m_document.get(), &PlanDocument::asOfChanged, this, &MainWindow::updateStatus);
    connect(m_tasks->proxy(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_tasks->proxy(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_tasks->proxy(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_tasks->proxy(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    retranslate();
    restoreLayout();
    updateStatus();
    step("texts and saved layout");
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New plan from the bundled template..."), this, [this] { newPlan(true); });
    file->addAction(tr("New &blank plan..."), this, [this] { newPlan(false); });
    file->addAction(tr("&Open..."), QKeySequence::Open, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open plan"), QFileInfo(m_document->filePath()).path(),
                                         tr("DX Planner plans (*.dxplan)"));
        if (!path.isEmpty())
            openPlan(path);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Save a &copy as..."), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    file->addAction(tr("Restore from &backup..."), this, &MainWindow::restoreBackup);
    file->addSeparator();
    // Ctrl+P prints what is in front: the dashboard, the task table as filtered, or the current chart.
    file->addAction(tr("&Print current view..."), QKeySequence::Print, this, [this] {
        const PrintActions::View v = m_tabs->currentWidget() == m_dashboard ? PrintActions::View::Dashboard
                                     : m_tabs->currentWidget() == m_tasks   ? PrintActions::View::Tasks
                                                                            : PrintActions::View::Indicators;
        m_printActions->printView(v);
    });
    file->addSeparator();
    m_printActions->fillFileMenu(file);
    m_collectActions->fillFileMenu(file);
    file->addSeparator();
    file->addAction(tr("&Close plan"), QKeySequence::Close, this, &QWidget::close);
    // The main window first (it saves the layout while a floating pane is still open), then the rest.
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        if (close())
            QApplication::closeAllWindows();
    });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_taskActions->fillEditMenu(edit);

    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->addAction(tr("&Agencies and people..."), this, &MainWindow::showDirectory);
    plan->addAction(tr("Set the \"&as of\" date..."), this, &MainWindow::chooseAsOf);
    plan->addAction(tr("C&heck the data..."), this, &MainWindow::showDataCheck);
    m_collectActions->fillPlanMenu(plan);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { m_tabs->setCurrentWidget(m_dashboard); });
    view->addAction(tr("&Tasks"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] { m_tabs->setCurrentWidget(m_tasks); });
    view->addAction(tr("&Indicators"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] { m_tabs->setCurrentWidget(m_indicators); });

    QMenu *indicators = menuBar()->addMenu(tr("I&ndicators"));
    indicators->addActions({m_indicators->addAction, m_indicators->editAction, m_indicators->moveUpAction,
                            m_indicators->moveDownAction, m_indicators->deleteAction});
    indicators->addSeparator();
    m_printActions->fillIndicatorMenu(indicators);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Preferences..."), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DX Planner"), this, [this] {
        QMessageBox::about(
            this, tr("About DX Planner"),
            tr("<b>DX Planner %1</b><p>Plans and monitors a digital-transformation resolution: task "
               "groups, tasks, owners and deadlines, indicators and their targets.</p>")
                    .arg(QCoreApplication::applicationVersion()) +
                tr("<p>Free software under the GNU General Public License, version 3 or (at your option) "
                   "any later version (GPL-3.0-or-later), with no warranty. The bundled Noto fonts are under "
                   "the SIL Open Font License 1.1.</p>"));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({m_taskActions->addTask, m_taskActions->addSubTask, m_taskActions->markDone,
                     m_taskActions->bulkEdit, m_taskActions->deleteTasks});
}

void MainWindow::retranslate()
{
    if (!m_document)
        return;
    m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard"));
    m_tabs->setTabText(m_tabs->indexOf(m_tasks), tr("Tasks"));
    m_tabs->setTabText(m_tabs->indexOf(m_indicators), tr("Indicators"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        d->setWindowTitle(d->objectName() == QLatin1String("undoDock") ? tr("Undo history")
                                                                       : tr("Task details"));
    m_taskActions->retranslate();
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_document) {
        // Menus are rebuilt in the new language; panels and models refresh their texts.
        menuBar()->clear();
        for (QToolBar *t : findChildren<QToolBar *>())
            delete t;
        m_document->retranslateHistory(); // before the menus: their undo and redo texts come from it
        m_undoView->setStack(nullptr);    // the history view reads the steps' texts again
        m_undoView->setStack(m_document->undoStack());
        createMenus();
        retranslate();
        m_tasks->model()->headerDataChanged(Qt::Horizontal, 0, TaskTableModel::ColumnCount - 1);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->store().isReadOnly()
                       ? tr("%1 (read-only) - DX Planner").arg(m_document->displayTitle())
                       : tr("%1 - DX Planner").arg(m_document->displayTitle()));
}

void MainWindow::updateStatus()
{
    if (!m_document)
        return;
    m_asOfLabel->setText(tr("As of %1").arg(QLocale().toString(m_document->asOf(), QLocale::ShortFormat)));
    m_countLabel->setText(tr("%1 of %n task(s) shown", nullptr, m_tasks->model()->rowCount())
                              .arg(m_tasks->proxy()->rowCount()));
}

void MainWindow::openPlan(const QString &path)
{
    auto store = PlanStore::open(path);
    if (!store) {
        QMessageBox::warning(this, tr("Open plan"), store.error().message);
        return;
    }
    setPlan(std::move(store.value()));
}

void MainWindow::newPlan(bool fromTemplate)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New plan"), QFileInfo(m_document->filePath()).path(), tr("DX Planner plans (*.dxplan)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QLatin1String(".dxplan")) ? path : path + QStringLiteral(".dxplan");
    if (fromTemplate) {
        auto store = PlanImporter::createFromTemplate(file, QStringLiteral("resolution-06"));
        if (!store) {
            QMessageBox::warning(this, tr("New plan"), store.error().message);
            return;
        }
        setPlan(std::move(store.value()));
        return;
    }
    Plan plan;
    plan.code = tr("New plan");
    plan.title = tr("New plan");
    plan.startYear = m_document->asOf().year();
    plan.endYear = plan.startYear + 5;
    plan.milestoneYears = {plan.endYear};
    auto store = PlanStore::create(file, plan);
    if (!store) {
        QMessageBox::warning(this, tr("New plan"), store.error().message);
        return;
    }
    setPlan(std::move(store.value()));
}

void MainWindow::saveCopy()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy as"), QFileInfo(m_document->filePath()).path(),
                                     tr("DX Planner plans (*.dxplan)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QLatin1String(".dxplan")) ? path : path + QStringLiteral(".dxplan");
    if (file == m_document->filePath()) {
        m_banner->showError(tr("A copy cannot replace the plan itself."));
        return;
    }
    Status s = success();
    if (QFileInfo::exists(file)) {
        // The file dialog already asked whether to replace it: a complete, checked copy replaces it in
        // one rename, so a full disk or a crash leaves the old file rather than half a new one.
        const QString fresh = file + QStringLiteral(".%1.new").arg(QCoreApplication::applicationPid());
        s = m_document->store().saveCopy(fresh);
        if (s)
            s = PlanFile::replaceWith(file, fresh);
        QFile::remove(fresh);
    } else {
        s = m_document->store().saveCopy(file);
    }
    if (!s)
        m_banner->showError(s.error().message);
    else
        m_banner->showInfo(tr("A copy was saved as %1.").arg(file));
}

void MainWindow::restoreBackup()
{
    const QString plan = m_document->filePath();
    const BackupSet backups(plan);
    const QList<BackupSet::Backup> all = backups.list();
    if (all.isEmpty()) {
        QMessageBox::information(
            this, tr("Restore from backup"),
            tr("There is no backup of this plan yet (they are kept in %1).").arg(backups.folder()));
        return;
    }
    QStringList items;
    for (const BackupSet::Backup &b : all)
        items << tr("%1  (%2 KB)")
                     .arg(QLocale().toString(b.made, QLocale::ShortFormat))
                     .arg(QLocale().toString((b.size + 1023) / 1024));
    bool chosen = false;
    const QString item = QInputDialog::getItem(this, tr("Restore from backup"),
                                               tr("The plan will be replaced by the backup made at:"), items,
                                               0, false, &chosen);
    if (!chosen)
        return;
    const QString backup = all.at(items.indexOf(item)).path;
    clearPlan(); // the plan must be closed: the restore replaces its file
    const Status restored = backups.restore(backup, QDateTime::currentDateTime());
    auto reopened = PlanStore::open(plan, PlanStore::IntegrityCheck::InBackground);
    if (!reopened) {
        QMessageBox::critical(this, tr("Restore from backup"), reopened.error().message);
        close();
        return;
    }
    setPlan(std::move(reopened.value()));
    if (!restored)
        m_banner->showError(restored.error().message);
    else
        m_banner->showInfo(
            tr("The plan was restored from the backup of %1; the plan as it was is kept as "
               "a backup too.")
                .arg(QLocale().toString(all.at(items.indexOf(item)).made, QLocale::ShortFormat)));
}

void MainWindow::makeDailyBackup()
{
    // One verified backup per day of editing, after the file's own check passed; the set keeps the
    // number chosen in the settings (default a week).
    if (!m_document || m_document->store().isReadOnly())
        return;
    const int keep = QSettings().value(QStringLiteral("backups/keep"), BackupSet::kDefaultKeep).toInt();
    const Status s =
        BackupSet(m_document->filePath()).makeDaily(m_document->store(), QDateTime::currentDateTime(), keep);
    if (!s)
        m_banner->showError(s.error().message);
}

void MainWindow::chooseAsOf()
{
    PreferencesDialog dialog(m_document->asOf(), this);
    dialog.focusAsOf();
    if (dialog.exec() == QDialog::Accepted)
        dialog.apply(*m_document);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_document->asOf(), this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.apply(*m_document);
}

void MainWindow::showDirectory()
{
    DirectoryDialog dialog(*m_document, this);
    dialog.exec();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &f : RecentFiles::list()) {
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openPlan(f); });
        a->setToolTip(f);
        a->setEnabled(QFileInfo::exists(f));
    }
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (m_tasks)
        s.setValue(QStringLiteral("window/taskColumns"), m_tasks->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        s.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    if (m_detailsDock)
        s.setValue(QStringLiteral("window/taskDetails"), m_detailsWanted);
}

void MainWindow::followTab()
{
    if (!m_detailsDock || !m_tabs)
        return;
    const bool onTasks = m_tabs->currentWidget() == m_tasks;
    // The tree of groups and tasks serves the dashboard and the tasks; the indicators tab gets its width
    // for the indicator list and the chart (at 1366 px the names were cut to a few words).
    if (m_navigation)
        m_navigation->setVisible(m_tabs->currentWidget() != m_indicators);
    m_followingTab = true;
    if (!onTasks && !m_detailsDock->isHidden())
        m_detailsDock->hide();
    else if (onTasks && m_detailsWanted && m_detailsDock->isHidden())
        m_detailsDock->show();
    m_followingTab = false;
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_tasks->restoreState(s.value(QStringLiteral("window/taskColumns")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    m_detailsWanted = s.value(QStringLiteral("window/taskDetails"), true).toBool();
    followTab();
}

void MainWindow::showDataCheck()
{
    // Not modal: the planner corrects a task or a value and comes back to the list, which follows.
    if (!m_dataCheck) {
        m_dataCheck = new DataCheckDialog(*m_document, this);
        connect(m_dataCheck, &DataCheckDialog::taskChosen, this, [this](Id id) {
            m_tabs->setCurrentWidget(m_tasks);
            m_tasks->selectTask(id);
            m_details->showTask(id);
        });
        connect(m_dataCheck, &DataCheckDialog::indicatorChosen, this, [this](Id id) {
            m_tabs->setCurrentWidget(m_indicators);
            m_indicators->selectIndicator(id);
        });
    }
    m_dataCheck->show();
    m_dataCheck->raise();
    m_dataCheck->activateWindow();
}

void MainWindow::showWritten(const QString &path)
{
    m_writtenFolder = QFileInfo(path).absolutePath();
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(QDir::toNativeSeparators(m_writtenFolder));
    statusBar()->showMessage(
        tr("Saved: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), 30000);
    m_openFolder->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is already committed to the file, and what is being typed is saved now: closing loses
    // nothing.
    m_details->flushTyping();
    saveLayout();
    event->accept();
}

} // namespace dx
