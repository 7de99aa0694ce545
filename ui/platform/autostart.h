#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Homing {

// Start at login through an XDG autostart entry (~/.config/autostart/io.github.homing.desktop).
// The file itself is the setting: present and not Hidden means enabled.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Autostart)

public:
    // dir: the autostart directory; empty for $XDG_CONFIG_HOME/autostart.
    explicit Autostart(const QString &dir = {});

    QString filePath() const;
    bool isEnabled() const;
    // Writes or removes the entry. program and arguments form its Exec line.
    bool setEnabled(bool enabled, const QString &program, const QStringList &arguments, QString *error) const;

    static QString entryText(const QString &program, const QStringList &arguments);

private:
    QString m_dir;
};

} // namespace Homing
