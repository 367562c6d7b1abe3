// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsConsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace dx {

void attachParentConsole()
{
#ifdef Q_OS_WIN
    if (GetConsoleWindow() != nullptr)
        return; // a console program, or already attached
    const HANDLE given = GetStdHandle(STD_OUTPUT_HANDLE);
    if (given != nullptr && given != INVALID_HANDLE_VALUE && GetFileType(given) != FILE_TYPE_UNKNOWN)
        return; // output already goes to a pipe or file (QProcess, `> out.txt`): keep it there
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or the Start menu: nowhere to print
    FILE *stream = nullptr;
    freopen_s(&stream, "CONOUT$", "w", stdout);
    freopen_s(&stream, "CONOUT$", "w", stderr);
#endif
}

} // namespace dx
