#include "importer.h"

#include "ddclientimporter.h"
#include "ddnsgoimporter.h"
#include "ddnsupdaterimporter.h"
#include "inadynimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Homing {

namespace {

struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

constexpr qint64 kMaxSize = 4 * 1024 * 1024;

} // namespace

ImportFormat Importer::detect(const QString &path, const QByteArray &data)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.contains(QLatin1String("ddclient")))
        return ImportFormat::Ddclient;
    if (name.contains(QLatin1String("inadyn")))
        return ImportFormat::Inadyn;
    if (name.contains(QLatin1String("ddns_go")) || name.contains(QLatin1String("ddns-go")))
        return ImportFormat::DdnsGo;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{') && trimmed.contains("settings"))
        return ImportFormat::DdnsUpdater;
    if (name.endsWith(QLatin1String(".json")))
        return ImportFormat::DdnsUpdater;
    if (name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"))
        || QRegularExpression(QStringLiteral("^dnsconf:"), QRegularExpression::MultilineOption)
               .match(QString::fromUtf8(data))
               .hasMatch())
        return ImportFormat::DdnsGo;
    const QString text = QString::fromUtf8(data);
    if (QRegularExpression(QStringLiteral("^\\s*(provider|custom)\\s+\\S+\\s*\\{"), QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch()
        || InadynImporter::looksLikeV1(data))
        return ImportFormat::Inadyn;
    if (QRegularExpression(QStringLiteral("^\\s*(protocol|use|usev4|usev6|daemon)="),
                           QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch())
        return ImportFormat::Ddclient;
    return ImportFormat::Unknown;
}

ImportPreview Importer::read(const QString &path, const ImportOptions &options)
{
    if (path.isEmpty() && options.format == ImportFormat::DdnsUpdater
        && options.environment.contains(QStringLiteral("CONFIG")))
        return readData({}, path, options);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPreview preview;
        preview.path = path;
        preview.format = options.format;
        preview.error = file.error() == QFileDevice::PermissionsError
            ? ImporterText::tr(
                  "%1 can be read only by root: open it with the file chooser, or copy it to a place you can "
                  "read (sudo cat %1 > ~/%2)")
                  .arg(path, QFileInfo(path).fileName())
            : ImporterText::tr("cannot read %1: %2").arg(path, file.errorString());
        return preview;
    }
    if (file.size() > kMaxSize) {
        ImportPreview preview;
        preview.path = path;
        preview.error
            = ImporterText::tr("%1 is larger than 4 MiB; that is not a DDNS client's configuration").arg(path);
        return preview;
    }
    return readData(file.readAll(), path, options);
}

ImportPreview Importer::readData(const QByteArray &data, const QString &path, const ImportOptions &options)
{
    ImportFormat format = options.format;
    if (format == ImportFormat::Unknown)
        format = detect(path, data);
    switch (format) {
    case ImportFormat::Ddclient:
        return DdclientImporter::read(data, path, options);
    case ImportFormat::Inadyn:
        return InadynImporter::read(data, path, options);
    case ImportFormat::DdnsUpdater:
        return DdnsUpdaterImporter::read(data, path, options);
    case ImportFormat::DdnsGo:
        return DdnsGoImporter::read(data, path, options);
    case ImportFormat::Unknown:
        break;
    }
    ImportPreview preview;
    preview.path = path;
    preview.error = ImporterText::tr("%1 is not a ddclient, inadyn, ddns-updater or ddns-go configuration that Homing "
                                     "recognises; choose the format")
                        .arg(path);
    return preview;
}

QList<Importer::Candidate> Importer::findConfigs(const QString &root, const QString &home)
{
    const QList<QPair<QString, ImportFormat>> places = {
        {root + QStringLiteral("/etc/ddclient/ddclient.conf"), ImportFormat::Ddclient},
        {root + QStringLiteral("/etc/ddclient.conf"), ImportFormat::Ddclient},
        {root + QStringLiteral("/etc/inadyn.conf"), ImportFormat::Inadyn},
        {home + QStringLiteral("/.config/inadyn/inadyn.conf"), ImportFormat::Inadyn},
        {home + QStringLiteral("/.ddns_go_config.yaml"), ImportFormat::DdnsGo},
        {root + QStringLiteral("/updater/data/config.json"), ImportFormat::DdnsUpdater},
        {home + QStringLiteral("/ddns-updater/data/config.json"), ImportFormat::DdnsUpdater},
        {home + QStringLiteral("/data/config.json"), ImportFormat::DdnsUpdater},
        {root + QStringLiteral("/opt/ddns-updater/data/config.json"), ImportFormat::DdnsUpdater},
    };
    QList<Candidate> found;
    for (const auto &[path, format] : places) {
        const QFileInfo info(QDir::cleanPath(path));
        if (!info.exists() || !info.isFile())
            continue;
        found.append({info.filePath(), format, info.isReadable()});
    }
    // ~/.config/inadyn/ may hold more than one file.
    const QDir inadyn(home + QStringLiteral("/.config/inadyn"));
    for (const QFileInfo &info : inadyn.entryInfoList({QStringLiteral("*.conf")}, QDir::Files)) {
        if (info.fileName() != QLatin1String("inadyn.conf"))
            found.append({info.filePath(), ImportFormat::Inadyn, info.isReadable()});
    }
    return found;
}

} // namespace Homing
