#include "importpreview.h"

#include "importoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace Homing {

namespace {

struct ImportPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

QJsonObject issueJson(const ImportIssue &issue)
{
    return {{QStringLiteral("origin"), issue.origin},
            {QStringLiteral("text"), issue.text},
            {QStringLiteral("reason"), issue.reason}};
}

} // namespace

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Ddclient:
        return QStringLiteral("ddclient");
    case ImportFormat::Inadyn:
        return QStringLiteral("inadyn");
    case ImportFormat::DdnsUpdater:
        return QStringLiteral("ddns-updater");
    case ImportFormat::DdnsGo:
        return QStringLiteral("ddns-go");
    case ImportFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool importFormatFromName(const QString &name, ImportFormat *format)
{
    for (ImportFormat candidate :
         {ImportFormat::Ddclient, ImportFormat::Inadyn, ImportFormat::DdnsUpdater, ImportFormat::DdnsGo}) {
        if (importFormatName(candidate) == name) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

QString ImportedHost::secret(const QString &field) const
{
    for (const ImportedSecret &s : secrets) {
        if (s.field == field)
            return s.value;
    }
    return {};
}

QString ImportedSource::optionsText() const
{
    QStringList parts;
    for (auto it = source.options.begin(); it != source.options.end(); ++it) {
        const bool list
            = it.value().typeId() == QMetaType::QStringList || it.value().typeId() == QMetaType::QVariantList;
        parts << it.key() + QLatin1Char('=')
                + (list ? it.value().toStringList().join(QLatin1Char(',')) : it.value().toString());
    }
    return parts.join(QLatin1Char(' '));
}

QString ImportOptions::resolve(const QString &absolutePath) const
{
    if (rootDir.isEmpty() || !QDir::isAbsolutePath(absolutePath))
        return absolutePath;
    return QDir::cleanPath(rootDir + QLatin1Char('/') + absolutePath);
}

QJsonObject ImportPreview::toJson() const
{
    QJsonArray hostList;
    for (const ImportedHost &imported : hosts) {
        QJsonObject object = imported.host.toJson();
        object.remove(QStringLiteral("id"));
        QJsonArray secretList;
        for (const ImportedSecret &secret : imported.secrets)
            secretList.append(
                QJsonObject {{QStringLiteral("field"), secret.field}, {QStringLiteral("origin"), secret.origin}});
        object.insert(QStringLiteral("secrets"), secretList);
        object.insert(QStringLiteral("missingSecrets"), QJsonArray::fromStringList(imported.missingSecrets));
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(imported.notes));
        object.insert(QStringLiteral("origin"), imported.origin);
        if (!imported.publishedIpv4.isEmpty())
            object.insert(QStringLiteral("publishedIpv4"), imported.publishedIpv4);
        if (!imported.publishedIpv6.isEmpty())
            object.insert(QStringLiteral("publishedIpv6"), imported.publishedIpv6);
        hostList.append(object);
    }
    QJsonArray sourceList;
    for (const ImportedSource &source : sources) {
        QJsonObject object = source.source.toJson();
        object.insert(QStringLiteral("origin"), source.origin);
        if (!source.note.isEmpty())
            object.insert(QStringLiteral("note"), source.note);
        sourceList.append(object);
    }
    QJsonArray issueList;
    for (const ImportIssue &issue : issues)
        issueList.append(issueJson(issue));
    QJsonObject result {{QStringLiteral("format"), importFormatName(format)},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("hosts"), hostList},
                        {QStringLiteral("sources"), sourceList},
                        {QStringLiteral("notImported"), issueList},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                        {QStringLiteral("stopCommand"), stopCommand}};
    if (!cachePath.isEmpty())
        result.insert(QStringLiteral("cache"), cachePath);
    if (!error.isEmpty())
        result.insert(QStringLiteral("error"), error);
    return result;
}

QString ImportPreview::toText() const
{
    QStringList out;
    out << ImportPreviewText::tr("%1 (%2 %3)").arg(path, importFormatName(format), version);
    if (!error.isEmpty()) {
        out << ImportPreviewText::tr("Cannot import: %1").arg(error);
        return out.join(QLatin1Char('\n'));
    }
    out << ImportPreviewText::tr("Hosts (%n):", nullptr, static_cast<int>(hosts.size()));
    for (const ImportedHost &imported : hosts) {
        QStringList families;
        if (imported.host.ipv4)
            families << QStringLiteral("IPv4");
        if (imported.host.ipv6)
            families << QStringLiteral("IPv6");
        out << QStringLiteral("  %1  %2  %3  (%4)")
                   .arg(imported.host.displayName(), imported.host.providerId, families.join(QLatin1Char('+')),
                        imported.origin);
        for (auto it = imported.host.settings.begin(); it != imported.host.settings.end(); ++it)
            out << ImportPreviewText::tr("      %1 = %2").arg(it.key(), it.value().toString());
        for (const ImportedSecret &secret : imported.secrets)
            out << ImportPreviewText::tr("      secret %1 to the keychain, from %2").arg(secret.field, secret.origin);
        for (const QString &missing : imported.missingSecrets)
            out << ImportPreviewText::tr("      secret %1 is missing: set it after the import").arg(missing);
        if (!imported.publishedIpv4.isEmpty() || !imported.publishedIpv6.isEmpty())
            out << ImportPreviewText::tr("      last published: %1")
                       .arg(QStringList {imported.publishedIpv4, imported.publishedIpv6}
                                .filter(QRegularExpression(QStringLiteral(".")))
                                .join(QStringLiteral(", ")));
        for (const QString &note : imported.notes)
            out << QStringLiteral("      ! ") + note;
    }
    if (!sources.isEmpty()) {
        out << ImportPreviewText::tr("Address sources (%n):", nullptr, static_cast<int>(sources.size()));
        for (const ImportedSource &source : sources) {
            out << QStringLiteral("  %1  %2  %3%4")
                       .arg(source.source.id, source.source.kind, source.optionsText(),
                            source.note.isEmpty() ? QString() : QStringLiteral("  (") + source.note + QLatin1Char(')'));
        }
    }
    if (!issues.isEmpty()) {
        out << ImportPreviewText::tr("Not imported (%n):", nullptr, static_cast<int>(issues.size()));
        for (const ImportIssue &issue : issues)
            out << QStringLiteral("  %1: %2\n      %3").arg(issue.origin, issue.text, issue.reason);
    }
    for (const QString &note : notes)
        out << QStringLiteral("Note: ") + note;
    if (!stopCommand.isEmpty())
        out << ImportPreviewText::tr("When Homing works, stop the old client: %1").arg(stopCommand);
    return out.join(QLatin1Char('\n'));
}

} // namespace Homing
