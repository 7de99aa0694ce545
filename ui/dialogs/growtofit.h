#pragma once

class QWidget;

namespace Homing {

// Makes a shown window tall (and wide) enough for its contents as they are now. A window's layout
// keeps it at least its minimum size, but not at the height a word-wrapped message needs at the
// window's width, so a message that appears under a field would overlap the next row. Never
// shrinks the window the user sized.
void growToFit(QWidget *window);

} // namespace Homing
