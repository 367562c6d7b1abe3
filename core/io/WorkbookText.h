// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the Vietnamese words of the workbooks the program writes (sheet names, headers, list values).
//
// Why fixed words here and not tr(): a collection workbook is a form sent to departments and districts;
// it is Vietnamese whatever language the planner's window speaks, and the import finds its sheets and
// reads its lists by these same words (English aliases are accepted on the way back in, see
// taskStatusFromText). Messages to the user stay in tr().
#include "domain/Enums.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace dx {

class WorkbookText
{
public:
    static QString instructionsSheet() { return QStringLiteral("Hướng dẫn"); }
    static QString indicatorsSheet() { return QStringLiteral("Chỉ tiêu"); }
    static QString tasksSheet() { return QStringLiteral("Nhiệm vụ"); }
    /// The hidden sheet of keys (CollectKeys).
    static QString keysSheet() { return QStringLiteral("dx_keys"); }

    static QString official() { return QStringLiteral("Chính thức"); }
    static QString estimate() { return QStringLiteral("Ước tính"); }
    /// true for "Ước tính"/"estimate", false for "Chính thức"/"official" or empty, nullopt otherwise.
    static std::optional<bool> estimateFromText(const QString &text);

    static QString taskStatus(TaskStatus s);
    /// The status for a list value, in Vietnamese or English, or a storage key; nullopt if none.
    static std::optional<TaskStatus> taskStatusFromText(const QString &text);

    static QString leads() { return QStringLiteral("Chủ trì"); }
    static QString cooperates() { return QStringLiteral("Phối hợp"); }
    static QString planArea() { return QStringLiteral("Toàn tỉnh"); }
    /// The provenance "file" of a value pasted into the values grid.
    static QString pastedSource() { return QStringLiteral("dán từ bảng tính"); }
};

} // namespace dx
