#pragma once

#include <QString>

namespace Homing {

class Translations;

// Puts the desktop into the language chosen in Settings (UiSettings::Key::Language in the config
// directory's homing-ui.json), or the system's when none was chosen. Called by the tray app before
// it creates any window; returns the language now shown.
QString installDesktopLanguage(Translations &translations, const QString &configDir);

} // namespace Homing
