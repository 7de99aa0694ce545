#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Homing {

namespace {

// Quoting as the Desktop Entry specification asks for Exec arguments.
QString quoted(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needs = argument.isEmpty();
    for (const QChar c : argument)
        needs = needs || reserved.contains(c);
    QString escaped = argument;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needs)
        return escaped;
    QString result = QStringLiteral("\"");
    for (const QChar c : std::as_const(escaped)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            result += QLatin1Char('\\');
        result += c;
    }
    return result + QLatin1Char('"');
}

} // namespace

Autostart::Autostart(const QString &dir)
    : m_dir(dir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart")
                : dir)
{
}

QString Autostart::filePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("io.github.homing.desktop"));
}

bool Autostart::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true") && !text.contains("\nX-GNOME-Autostart-enabled=false");
}

QString Autostart::entryText(const QString &program, const QStringList &arguments)
{
    QStringList exec {quoted(program)};
    for (const QString &argument : arguments)
        exec.append(quoted(argument));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Homing\n"
                          "Comment=Keeps dynamic DNS host names pointing at this machine\n"
                          "Exec=%1\n"
                          "Icon=io.github.homing\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "X-GNOME-Autostart-Delay=5\n"
                          "X-KDE-autostart-after=panel\n"
                          "X-LXQt-Need-Tray=true\n")
        .arg(exec.join(QLatin1Char(' ')));
}

bool Autostart::setEnabled(bool enabled, const QString &program, const QStringList &arguments, QString *error) const
{
    if (!enabled) {
        QFile file(filePath());
        if (file.exists() && !file.remove()) {
            *error = tr("Cannot remove %1: %2").arg(filePath(), file.errorString());
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(m_dir)) {
        *error = tr("Cannot create the directory %1").arg(m_dir);
        return false;
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    file.write(entryText(program, arguments).toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Homing
