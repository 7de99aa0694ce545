#pragma once

#include <QStringList>

class QWidget;

namespace Homing::Test {

// Keyboard checks any dialog must pass, as a user meets it (only what is shown counts).
// Mnemonics (the letter after '&' in labels with a buddy, buttons, check boxes and group boxes)
// used twice: "p: &Provider, IPv6 &policy" for each clash; empty when every one is unique.
// *seen, if given, gets every text with a mnemonic that was looked at.
QStringList mnemonicClashes(QWidget *dialog, QStringList *seen = nullptr);
// Where Tab leaves the visual order (top to bottom, then left to right in a row), starting from
// the first focusable widget: "after X comes Y, which is above it"; empty when it follows.
QStringList focusChainProblems(QWidget *dialog);
// Controls shown smaller than their text needs, or reaching past the window's edge, as laid out
// now: "save is 60x20, needs 75x24"; empty when nothing is clipped. What scrolls (a view's
// contents) is not clipping; a table's header sections are checked against their titles.
QStringList clippedWidgets(QWidget *window);

} // namespace Homing::Test
