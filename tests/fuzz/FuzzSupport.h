// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: what every fuzz target needs before its first input: a QCoreApplication (QSqlDatabase loads
// its driver through it) and a private temporary folder, both living as long as the fuzzing process.
#include <QCoreApplication>
#include <QTemporaryDir>

namespace dx::fuzz {

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char arg0[] = "dxfuzz";
    static char *argv[] = {arg0, nullptr};
    new QCoreApplication(argc, argv); // never destroyed: the fuzzer exits the process
}

inline QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace dx::fuzz
