// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the ids of undo commands that merge (QUndoCommand::id), from one enum so none collide.

namespace dx {

enum class CommandId
{
    EditTaskField = 1, ///< one id per TaskField: EditTaskField * 256 + field
    EditGroup,
    EditIndicator,
    EditMeasurements
};

} // namespace dx
