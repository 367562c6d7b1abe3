// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the fonts bundled with the application (Noto Serif for documents, Noto Sans for charts),
// registered at start so that reports look the same on every machine and PDFs embed them.
#include <QString>

namespace dx {

/// Registers the fonts under :/fonts with QFontDatabase. Call once after the QGuiApplication is made
/// (app/main.cpp, tests/ui/main.cpp). Returns false if any font failed to load.
bool registerBundledFonts();

/// The family of document text: "Noto Serif" (Times New Roman is not ours to ship).
QString documentFontFamily();
/// The family of chart text: "Noto Sans".
QString chartFontFamily();

} // namespace dx
