#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace Homing {

// The one place that puts Homing into the user's language, for all three programs. It installs
// Homing's catalogues (embedded under :/i18n; homingd and homingctl use "homing_core", the tray app
// also "homing") and Qt's own translation (qtbase, for standard dialogs and buttons, from Qt's
// translations directory). Without a catalogue for the language, English is shown with its plural
// forms from the English catalogue. Owned by main(); what it installed is removed when it goes.
class Translations
{
public:
    explicit Translations(const QStringList &catalogues);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // `language` is a code such as "de" or "fr_CA", or empty for the system locale (LANGUAGE,
    // LC_ALL, LC_MESSAGES, LANG). A chosen language also becomes the default QLocale, so dates and
    // numbers match it. Replaces what an earlier call installed. Returns the language shown.
    QString install(const QString &language = {});

    // The language of the catalogues in use ("en" when none matched) and whether Qt's own
    // translation for it was found (always false for English, which needs none).
    QString language() const { return m_language; }
    bool qtTranslated() const { return m_qtTranslated; }

    // The languages Homing has catalogues for, English first: {"en", "de", "fr"}.
    static QStringList available();

private:
    void clear();

    QStringList m_catalogues;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_language;
    bool m_qtTranslated = false;
};

} // namespace Homing
