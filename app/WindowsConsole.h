// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: on Windows, lets the GUI-subsystem dxplanner.exe print a command's output in the terminal it
// was started from; elsewhere, and in the console companion dxplanner.com, it does nothing.

namespace dx {

/// Attaches stdout and stderr to the parent process's console when the program has none of its own.
/// (cmd does not wait for a GUI program, so dxplanner.com is the way to get the exit code; this keeps
/// `dxplanner.exe report ...` typed in full from printing nowhere.)
void attachParentConsole();

} // namespace dx
