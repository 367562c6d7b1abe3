// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "MainWindow.h"
#include "RecentFiles.h"
#include "io/PlanImporter.h"
#include "store/PlanStore.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace dx {

Application::Application(QObject *parent) : QObject(parent) {}

Application::~Application()
{
    delete m_window;
}

QString Application::defaultPlanPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("resolution-06.dxplan"));
}

QString Application::planToOpen()
{
    for (const QString &f : RecentFiles::list())
        if (QFileInfo::exists(f))
            return f;
    return defaultPlanPath();
}

bool Application::start(const QString &file)
{
    QString path = file.isEmpty() ? planToOpen() : file;
    if (file.isEmpty() && !QFileInfo::exists(path)) {
        // First start: lay out the bundled resolution so the planner finds it ready.
        QDir().mkpath(QFileInfo(path).absolutePath());
        const auto created = PlanImporter::createFromTemplate(path, QStringLiteral("resolution-06"));
        if (!created) {
            QMessageBox::critical(nullptr, tr("DX Planner"), created.error().message);
            return false;
        }
    }
    // The file's quick_check runs while the window is built; the store refuses writes until it passed.
    auto store = PlanStore::open(path, PlanStore::IntegrityCheck::InBackground);
    if (!store) {
        QMessageBox::critical(nullptr, tr("DX Planner"), store.error().message);
        return false;
    }
    m_window = new MainWindow;
    m_window->setPlan(std::move(store.value()));
    m_window->show();
    return true;
}

} // namespace dx
