// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the list of recently opened plans, kept in QSettings.
#include <QStringList>

namespace dx {

class RecentFiles
{
public:
    static constexpr int kMax = 8;
    static QStringList list();
    /// Puts @p path first (absolute path), dropping duplicates and the oldest beyond kMax.
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace dx
