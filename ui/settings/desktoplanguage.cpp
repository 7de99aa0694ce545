#include "desktoplanguage.h"

#include "settings/uisettings.h"
#include "translations.h"

namespace Homing {

QString installDesktopLanguage(Translations &translations, const QString &configDir)
{
    UiSettings settings(UiSettings::fileIn(configDir));
    QString ignored; // a damaged file is reported by the desktop when it loads the settings
    settings.load(&ignored);
    return translations.install(settings.text(UiSettings::Key::Language));
}

} // namespace Homing
