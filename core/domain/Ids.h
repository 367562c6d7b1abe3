// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the identifier type shared by every stored entity.
#include <QtGlobal>

namespace dx {

/// Row identifier of a stored entity. 0 means "none" (SQL NULL) wherever an id is optional.
using Id = qint64;

} // namespace dx
