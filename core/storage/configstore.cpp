#include "configstore.h"

#include "inputcheck.h"

#include "logging.h"
#include "providers/providerregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <limits>

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct ConfigStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::ConfigStore)
};

// ConfigStore::hostProblem(), for the readers and writers in this file.
QString providerProblem(const Host &host, QString *field)
{
    const std::optional<ProviderInfo> own = ProviderRegistry::find(host.providerId);
    QString why;
    if (own && !own->acceptsName(host.name, &why)) {
        *field = QStringLiteral("name");
        return why;
    }
    QString setting;
    const std::optional<ProviderInfo> owner = ProviderRegistry::foreignServer(host, &setting);
    if (!owner)
        return {};
    *field = QStringLiteral("settings.") + setting;
    return ConfigStoreText::tr(
               "is the server of %1, not of %2: this host's secrets would go there. Remove the setting to "
               "use %2's own server, or choose %1 as the provider")
        .arg(owner->name, own ? own->name : host.providerId);
}

void lineAndColumn(const QByteArray &data, int offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

// Later schema versions add steps here; each takes the document one version forward.
bool migrate(QJsonObject *root, int from, QString *error)
{
    Q_UNUSED(root)
    if (from == Config::currentSchema)
        return true;
    *error = ConfigStoreText::tr("no migration from schema %1").arg(from);
    return false;
}

// Root hints are addresses, never names: resolving a name would need a resolver to start from.
bool readRootHints(const QJsonValue &value, QStringList *hints, QString *error)
{
    constexpr qsizetype kMaxHints = 32;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > kMaxHints) {
        *error = ConfigStoreText::tr("must be a list of 1 to %1 IP addresses").arg(kMaxHints);
        return false;
    }
    QStringList result;
    for (const QJsonValue &entry : array) {
        const QHostAddress address(entry.toString());
        if (!entry.isString() || address.isNull() || address.protocol() == QAbstractSocket::AnyIPProtocol
            || !address.scopeId().isEmpty()) {
            *error = ConfigStoreText::tr("\"%1\" is not an IP address").arg(shownInput(entry.toString()));
            return false;
        }
        result.append(address.toString());
    }
    *hints = result;
    return true;
}

bool readSettings(const QJsonObject &object, Settings *settings, QString *field, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        *field = shownInput(key);
        if (key == QLatin1String("pollIntervalSeconds")) {
            qint64 v = 0;
            if (!wholeNumber(value, 30, 86400, &v)) {
                *error = ConfigStoreText::tr("must be a whole number of seconds from 30 to 86400");
                return false;
            }
            settings->pollIntervalSeconds = static_cast<int>(v);
        } else if (key == QLatin1String("secretStore")) {
            if (value.toString() == QLatin1String("keychain")) {
                settings->secretBackend = Settings::SecretBackend::Keychain;
            } else if (value.toString() == QLatin1String("file")) {
                settings->secretBackend = Settings::SecretBackend::File;
            } else {
                *error = ConfigStoreText::tr("must be \"keychain\" or \"file\"");
                return false;
            }
        } else if (key == QLatin1String("historyRetentionDays")) {
            qint64 v = 0;
            if (!wholeNumber(value, 1, 36500, &v)) {
                *error = ConfigStoreText::tr("must be a whole number of days from 1 to 36500");
                return false;
            }
            settings->historyRetentionDays = static_cast<int>(v);
        } else if (key == QLatin1String("quorum")) {
            qint64 v = 0;
            if (!wholeNumber(value, 1, 10, &v)) {
                *error = ConfigStoreText::tr("must be a whole number from 1 to 10");
                return false;
            }
            settings->quorum = static_cast<int>(v);
        } else if (key == QLatin1String("verify")) {
            if (!value.isBool()) {
                *error = ConfigStoreText::tr("must be true or false");
                return false;
            }
            settings->verify = value.toBool();
        } else if (key == QLatin1String("rootHints")) {
            if (!readRootHints(value, &settings->rootHints, error))
                return false;
        } else if (key == QLatin1String("verifyLagSeconds")) {
            qint64 v = 0;
            if (!wholeNumber(value, 1, 86400, &v)) {
                *error = ConfigStoreText::tr("must be a whole number of seconds from 1 to 86400");
                return false;
            }
            settings->verifyLagSeconds = static_cast<int>(v);
        } else if (key == QLatin1String("driftCheckSeconds")) {
            qint64 v = 0;
            if (!wholeNumber(value, 0, 86400, &v) || (v > 0 && v < 5)) {
                *error = ConfigStoreText::tr("must be 0 (off) or a whole number of seconds from 5 to 86400");
                return false;
            }
            settings->driftCheckSeconds = static_cast<int>(v);
        } else if (key == QLatin1String("restoreOnDrift")) {
            if (!value.isBool()) {
                *error = ConfigStoreText::tr("must be true or false");
                return false;
            }
            settings->restoreOnDrift = value.toBool();
        } else {
            *error = ConfigStoreText::tr("unknown setting");
            return false;
        }
    }
    return true;
}

QJsonObject writeSettings(const Settings &settings)
{
    QJsonObject object;
    object.insert(QStringLiteral("pollIntervalSeconds"), settings.pollIntervalSeconds);
    object.insert(QStringLiteral("secretStore"), secretBackendName(settings.secretBackend));
    object.insert(QStringLiteral("historyRetentionDays"), settings.historyRetentionDays);
    object.insert(QStringLiteral("quorum"), settings.quorum);
    object.insert(QStringLiteral("verify"), settings.verify);
    if (!settings.rootHints.isEmpty())
        object.insert(QStringLiteral("rootHints"), QJsonArray::fromStringList(settings.rootHints));
    if (settings.verifyLagSeconds > 0)
        object.insert(QStringLiteral("verifyLagSeconds"), settings.verifyLagSeconds);
    const Settings defaults;
    if (settings.driftCheckSeconds != defaults.driftCheckSeconds)
        object.insert(QStringLiteral("driftCheckSeconds"), settings.driftCheckSeconds);
    if (settings.restoreOnDrift != defaults.restoreOnDrift)
        object.insert(QStringLiteral("restoreOnDrift"), settings.restoreOnDrift);
    return object;
}

} // namespace

ConfigStore::ConfigStore(const QString &path)
    : m_path(path)
{
}

ConfigStore::LoadResult ConfigStore::load() const
{
    QFile file(m_path);
    if (!file.exists()) {
        LoadResult result;
        result.ok = true;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.existed = true;
        result.error = ConfigStoreText::tr("%1: cannot be read: %2").arg(m_path, file.errorString());
        return result;
    }
    if ((file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) != 0)
        qCWarning(lcConfig) << "config file" << m_path << "is readable by other users; it holds no secrets, but"
                            << "Homing writes it with mode 0600";
    LoadResult result = parse(file.readAll(), m_path);
    result.existed = true;
    return result;
}

ConfigStore::LoadResult ConfigStore::parse(const QByteArray &json, const QString &fileName)
{
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(json, parseError.offset, &line, &column);
        result.error = ConfigStoreText::tr("%1:%2:%3: not valid JSON: %4")
                           .arg(fileName)
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = ConfigStoreText::tr("%1: the top level must be a JSON object").arg(fileName);
        return result;
    }
    QJsonObject root = document.object();
    auto fieldError = [&](const QString &field, const QString &why) {
        result.error = ConfigStoreText::tr("%1: field \"%2\": %3").arg(fileName, field, why);
        return result;
    };
    const QString withNul = findNul(root);
    if (!withNul.isEmpty())
        return fieldError(withNul, ConfigStoreText::tr("must not contain a NUL character"));

    const QJsonValue schema = root.value(QStringLiteral("schema"));
    qint64 schemaNumber = 0;
    if (!wholeNumber(schema, 1, std::numeric_limits<int>::max(), &schemaNumber))
        return fieldError(QStringLiteral("schema"), ConfigStoreText::tr("must be the schema version number, e.g. 1"));
    const int version = static_cast<int>(schemaNumber);
    if (version > Config::currentSchema) {
        return fieldError(
            QStringLiteral("schema"),
            ConfigStoreText::tr("version %1 was written by a newer Homing; this one reads up to version %2. "
                                "The file is left as it is.")
                .arg(version)
                .arg(Config::currentSchema));
    }
    QString why;
    if (!migrate(&root, version, &why))
        return fieldError(QStringLiteral("schema"), why);

    Config config;
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const QSet<QString> known = {QStringLiteral("schema"), QStringLiteral("settings"),
                                            QStringLiteral("sources"), QStringLiteral("hosts")};
        if (!known.contains(it.key()))
            return fieldError(shownInput(it.key()), ConfigStoreText::tr("unknown field"));
    }

    const QJsonValue settings = root.value(QStringLiteral("settings"));
    if (!settings.isUndefined()) {
        QString field;
        if (!settings.isObject())
            return fieldError(QStringLiteral("settings"), ConfigStoreText::tr("must be an object"));
        if (!readSettings(settings.toObject(), &config.settings, &field, &why))
            return fieldError(QStringLiteral("settings.") + field, why);
    }

    const QJsonValue sources = root.value(QStringLiteral("sources"));
    if (!sources.isUndefined()) {
        if (!sources.isArray())
            return fieldError(QStringLiteral("sources"), ConfigStoreText::tr("must be a list of address sources"));
        config.sources.clear();
        QSet<QString> ids;
        const QJsonArray array = sources.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("sources[%1]").arg(i);
            if (!array.at(i).isObject())
                return fieldError(where, ConfigStoreText::tr("must be an object"));
            SourceConfig source;
            QString field;
            if (!SourceConfig::fromJson(array.at(i).toObject(), &source, &field, &why))
                return fieldError(where + QLatin1Char('.') + field, why);
            if (ids.contains(source.id))
                return fieldError(where + QStringLiteral(".id"),
                                  ConfigStoreText::tr("\"%1\" is used twice").arg(shownInput(source.id)));
            ids.insert(source.id);
            config.sources.append(source);
        }
    }

    const QJsonValue hosts = root.value(QStringLiteral("hosts"));
    if (!hosts.isUndefined()) {
        if (!hosts.isArray())
            return fieldError(QStringLiteral("hosts"), ConfigStoreText::tr("must be a list of hosts"));
        QSet<QUuid> ids;
        const QJsonArray array = hosts.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("hosts[%1]").arg(i);
            if (!array.at(i).isObject())
                return fieldError(where, ConfigStoreText::tr("must be an object"));
            Host host;
            QString field;
            if (!Host::fromJson(array.at(i).toObject(), &host, &field, &why))
                return fieldError(where + QLatin1Char('.') + field, why);
            if (ids.contains(host.id))
                return fieldError(where + QStringLiteral(".id"),
                                  ConfigStoreText::tr("the same id is used by two hosts"));
            const QString problem = providerProblem(host, &field);
            if (!problem.isEmpty())
                return fieldError(where + QLatin1Char('.') + field, problem);
            ids.insert(host.id);
            config.hosts.append(host);
        }
    }

    result.ok = true;
    result.config = config;
    return result;
}

QByteArray ConfigStore::serialize(const Config &config)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), Config::currentSchema);
    root.insert(QStringLiteral("settings"), writeSettings(config.settings));
    QJsonArray sources;
    for (const SourceConfig &source : config.sources)
        sources.append(source.toJson());
    root.insert(QStringLiteral("sources"), sources);
    QJsonArray hosts;
    for (const Host &host : config.hosts)
        hosts.append(host.toJson());
    root.insert(QStringLiteral("hosts"), hosts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ConfigStore::hostProblem(const Host &host, QString *field)
{
    return providerProblem(host, field);
}

bool ConfigStore::save(const Config &config, QString *error) const
{
    if (QFileInfo::exists(m_path)) {
        const LoadResult existing = load();
        if (!existing.ok) {
            *error = ConfigStoreText::tr(
                         "Not saved: the config file on disk cannot be read, and Homing never overwrites it. "
                         "Fix or move it first. %1")
                         .arg(existing.error);
            return false;
        }
    }
    for (const Host &host : config.hosts) {
        QString field;
        const QString problem = providerProblem(host, &field);
        if (!problem.isEmpty()) {
            *error = ConfigStoreText::tr("Not saved: %1 (%2): %3.").arg(host.displayName(), field, problem);
            return false;
        }
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ConfigStoreText::tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(serialize(config));
    if (!file.commit()) {
        *error = ConfigStoreText::tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    qCDebug(lcConfig) << "saved" << config.hosts.size() << "hosts to" << m_path;
    return true;
}

} // namespace Homing
