#include "providerinfo.h"

#include "net/urlpolicy.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Homing {

namespace {
// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct ProviderInfoText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::ProviderInfo)
};
} // namespace

QString fieldKindName(FieldInfo::Kind kind)
{
    switch (kind) {
    case FieldInfo::Kind::Text:
        return QStringLiteral("text");
    case FieldInfo::Kind::Secret:
        return QStringLiteral("secret");
    case FieldInfo::Kind::Choice:
        return QStringLiteral("choice");
    case FieldInfo::Kind::Number:
        return QStringLiteral("number");
    case FieldInfo::Kind::Url:
        return QStringLiteral("url");
    case FieldInfo::Kind::Bool:
        return QStringLiteral("bool");
    }
    return {};
}

bool FieldInfo::validate(const QString &value, QString *error) const
{
    if (value.isEmpty()) {
        if (required) {
            *error = ProviderInfoText::tr("%1 is required").arg(label);
            return false;
        }
        return true;
    }
    switch (kind) {
    case Kind::Text:
    case Kind::Secret:
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
            *error = ProviderInfoText::tr("%1 must be on one line").arg(label);
            return false;
        }
        if (value.trimmed() != value) {
            *error = ProviderInfoText::tr("%1 starts or ends with a space; remove it if it was not meant").arg(label);
            return false;
        }
        if (!pattern.isEmpty()
            && !QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(value).hasMatch()) {
            *error = patternHelp;
            return false;
        }
        return true;
    case Kind::Choice:
        if (!choices.contains(value)) {
            *error = ProviderInfoText::tr("%1 must be one of: %2").arg(label, choices.join(QStringLiteral(", ")));
            return false;
        }
        return true;
    case Kind::Number: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < minimum || number > maximum) {
            *error
                = ProviderInfoText::tr("%1 must be a whole number from %2 to %3").arg(label).arg(minimum).arg(maximum);
            return false;
        }
        return true;
    }
    case Kind::Url: {
        QString why;
        if (!isAllowedServiceUrl(QUrl(value), &why)) {
            *error = label + QLatin1Char(' ') + why;
            return false;
        }
        return true;
    }
    case Kind::Bool:
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            *error = ProviderInfoText::tr("%1 must be true or false").arg(label);
            return false;
        }
        return true;
    }
    return true;
}

QString parkingMethodName(ParkingMethod method)
{
    switch (method) {
    case ParkingMethod::None:
        return QStringLiteral("none");
    case ParkingMethod::Offline:
        return QStringLiteral("offline");
    case ParkingMethod::DeleteRecord:
        return QStringLiteral("delete-record");
    case ParkingMethod::SinkAddress:
        return QStringLiteral("sink-address");
    }
    return {};
}

QString ProviderInfo::parkingText() const
{
    switch (parkingMethod) {
    case ParkingMethod::None:
        return ProviderInfoText::tr("%1 takes the address from the connection, so Homing cannot point the name "
                                    "elsewhere or take it offline.")
            .arg(name);
    case ParkingMethod::Offline:
        return ProviderInfoText::tr("Homing tells %1 that the host is offline (offline=YES, a paid feature at %1), "
                                    "and online again when the machine is back.")
            .arg(name);
    case ParkingMethod::DeleteRecord:
        return ProviderInfoText::tr("Homing removes the name's addresses at %1 and publishes them again when the "
                                    "machine is back.")
            .arg(name);
    case ParkingMethod::SinkAddress:
        return ProviderInfoText::tr("%1 offers no way to remove the address, so Homing points the name at the "
                                    "address you give here (one you control, or 0.0.0.0 and :: for nowhere) until "
                                    "the machine is back.")
            .arg(name);
    }
    return {};
}

int ProviderInfo::defaultTtl() const
{
    constexpr int kLowestDefaultTtl = 60;
    return ttl ? std::max(kLowestDefaultTtl, minTtl) : 0;
}

const FieldInfo *ProviderInfo::field(const QString &name) const
{
    for (const FieldInfo &candidate : fields) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool ProviderInfo::acceptsName(const QString &name, QString *error) const
{
    if (nameSuffix.isEmpty() || name.endsWith(QLatin1Char('.') + nameSuffix))
        return true;
    *error = ProviderInfoText::tr("%1 serves only names under %2, such as myhome.%2").arg(this->name, nameSuffix);
    return false;
}

QStringList ProviderInfo::secretFields() const
{
    QStringList names;
    for (const FieldInfo &candidate : fields) {
        if (candidate.kind == FieldInfo::Kind::Secret)
            names.append(candidate.name);
    }
    return names;
}

QByteArray ProviderInfo::budgetAccount(const Host &host, const QHash<QString, QString> &secrets) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(id.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(host.setting(QStringLiteral("server")).toUtf8());
    const QStringList names = budgetFields.isEmpty() ? secretFields() : budgetFields;
    for (const QString &name : names) {
        hash.addData(QByteArrayView("\0", 1));
        // An empty value stands for the host name (deSEC's domain defaults to it).
        QString value = secrets.contains(name) ? secrets.value(name) : host.setting(name);
        hash.addData((value.isEmpty() ? host.name : value).toUtf8());
    }
    return id.toUtf8() + '/' + hash.result().toHex().left(16);
}

QHash<QString, QString> ProviderInfo::validate(const QVariantMap &settings,
                                               const QHash<QString, QString> &secrets) const
{
    QHash<QString, QString> problems;
    for (const FieldInfo &candidate : fields) {
        const QString value = candidate.kind == FieldInfo::Kind::Secret ? secrets.value(candidate.name)
                                                                        : settings.value(candidate.name).toString();
        QString error;
        if (!candidate.validate(value, &error))
            problems.insert(candidate.name, error);
    }
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const FieldInfo *known = field(it.key());
        if (!known)
            problems.insert(it.key(),
                            ProviderInfoText::tr("%1 does not use a setting called \"%2\"").arg(name, it.key()));
        else if (known->kind == FieldInfo::Kind::Secret)
            problems.insert(it.key(),
                            ProviderInfoText::tr("%1 is a secret and belongs in the keychain, not in the config file")
                                .arg(known->label));
    }
    return problems;
}

QJsonObject ProviderInfo::toJson() const
{
    QJsonArray fieldArray;
    for (const FieldInfo &f : fields) {
        QJsonObject object {{QStringLiteral("name"), f.name},
                            {QStringLiteral("label"), f.label},
                            {QStringLiteral("kind"), fieldKindName(f.kind)},
                            {QStringLiteral("required"), f.required}};
        if (!f.help.isEmpty())
            object.insert(QStringLiteral("help"), f.help);
        if (!f.choices.isEmpty())
            object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(f.choices));
        if (!f.defaultValue.isEmpty())
            object.insert(QStringLiteral("default"), f.defaultValue);
        if (!f.pattern.isEmpty())
            object.insert(QStringLiteral("pattern"), f.pattern);
        fieldArray.append(object);
    }
    QJsonArray families;
    if (ipv4)
        families.append(QStringLiteral("ipv4"));
    if (ipv6)
        families.append(QStringLiteral("ipv6"));
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("helpUrl"), helpUrl},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("families"), families},
        {QStringLiteral("fields"), fieldArray},
        {QStringLiteral("ttl"), ttl},
        {QStringLiteral("minTtl"), minTtl},
        {QStringLiteral("defaultTtl"), defaultTtl()},
        {QStringLiteral("parking"), parking},
        {QStringLiteral("parkingMethod"), parkingMethodName(parkingMethod)},
        {QStringLiteral("minIntervalSeconds"), minIntervalSeconds},
        {QStringLiteral("expectedLagSeconds"), expectedLagSeconds},
        {QStringLiteral("rateLimit"), rateLimit},
        {QStringLiteral("explicitAddress"), explicitAddress},
        {QStringLiteral("testCredentials"), testCredentials},
        {QStringLiteral("notes"), notes},
    };
}

} // namespace Homing
