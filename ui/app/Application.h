// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: start-up wiring of the window: which plan to open (the one given, the last one, or on the
// very first start a new one from the bundled template in the user's data folder), and the recent files.
#include <QObject>
#include <QPointer>
#include <QString>

namespace dx {

class MainWindow;

class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    /// Opens @p file, or the default plan when empty, in a new main window. False (after telling the
    /// user why) when no plan could be opened.
    bool start(const QString &file);

    /// Where the first-start plan is created: <AppDataLocation>/resolution-06.dxplan.
    static QString defaultPlanPath();
    /// The plan to open when none is given: the most recent existing one, else defaultPlanPath().
    static QString planToOpen();

private:
    QPointer<MainWindow> m_window;
};

} // namespace dx
