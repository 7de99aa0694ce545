#include "importfixture.h"

#include "importers/importsupport.h"
#include "service/homingservice.h"
#include "storage/configstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace Homing::Test {

namespace {

QString settingsText(const QVariantMap &settings)
{
    QStringList parts;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QLatin1Char(' '));
}

} // namespace

QStringList hostLines(const ImportPreview &preview)
{
    QStringList lines;
    for (const ImportedHost &imported : preview.hosts) {
        const Host &h = imported.host;
        QStringList families;
        if (h.ipv4)
            families << QStringLiteral("4");
        if (h.ipv6)
            families << QStringLiteral("6");
        QStringList secrets;
        for (const ImportedSecret &secret : imported.secrets)
            secrets << secret.field + QLatin1Char('=') + secret.value;
        QString line = QStringLiteral("%1 %2 v%3 [%4] {%5}")
                           .arg(h.name, h.providerId, families.join(QString()), settingsText(h.settings),
                                secrets.join(QLatin1Char(' ')));
        if (!imported.missingSecrets.isEmpty())
            line += QStringLiteral(" missing:") + imported.missingSecrets.join(QLatin1Char(','));
        if (h.ttl)
            line += QStringLiteral(" ttl:") + QString::number(h.ttl);
        if (h.ipv6Policy == Ipv6Policy::FixedInterfaceId)
            line += QStringLiteral(" iid:") + h.ipv6InterfaceId;
        if (!imported.publishedIpv4.isEmpty() || !imported.publishedIpv6.isEmpty())
            line += QStringLiteral(" published:") + imported.publishedIpv4 + QLatin1Char('/') + imported.publishedIpv6;
        lines << line;
    }
    return lines;
}

QStringList sourceLines(const ImportPreview &preview)
{
    QStringList lines;
    for (const ImportedSource &source : preview.sources) {
        lines << QStringLiteral("%1 %2%3 %4")
                     .arg(source.source.id, source.source.kind,
                          source.source.enabled ? QString() : QStringLiteral("(off)"), source.optionsText());
    }
    return lines;
}

QStringList issueReasons(const ImportPreview &preview)
{
    QStringList lines;
    for (const ImportIssue &issue : preview.issues)
        lines << issue.origin + QStringLiteral(": ") + issue.reason;
    return lines;
}

ImportPreview readText(const QByteArray &text, ImportFormat format, const QString &path, const ImportOptions &base)
{
    ImportOptions options = base;
    options.format = format;
    if (options.rootDir.isEmpty())
        options.rootDir = QStringLiteral("/nonexistent-root"); // no real cache file leaks into a test
    if (options.home.isEmpty())
        options.home = QStringLiteral("/nonexistent-home");
    return Importer::readData(text, path, options);
}

ImportScratch::ImportScratch()
{
    auto runtime = std::make_unique<Runtime>(&m_redactor);
    QString error;
    if (!m_dir.isValid() || runtime->open(Paths::inDirectory(m_dir.path()), &error) != Runtime::Failure::None)
        return;
    m_secrets = new MemorySecretStore(&m_redactor, runtime.get());
    runtime->setSecretStore(m_secrets);
    m_runtime = std::move(runtime);
}

ImportApplier::Result ImportScratch::apply(const ImportPreview &preview, ImportApplier::Existing existing,
                                           const QList<int> &hosts)
{
    Scheduler::Options inert;
    inert.watchChanges = false;
    inert.autoTick = false;
    HomingService service(m_runtime.get(), inert);
    ImportApplier applier(&service);
    bool finished = false;
    ImportApplier::Result result;
    applier.apply(preview, hosts, existing, [&](const ImportApplier::Result &r) {
        result = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 10000))
        result.error = QStringLiteral("the import never finished");
    return result;
}

Config ImportScratch::savedConfig() const
{
    return ConfigStore(m_runtime->paths().configFile).load().config;
}

QByteArray ImportScratch::configFile() const
{
    QFile file(m_runtime->paths().configFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString ImportScratch::secret(const QString &hostName, const QString &field) const
{
    const Config config = savedConfig();
    const Host *host = config.find(hostName);
    if (!host)
        return {};
    return m_secrets->entries().value(SecretStore::keyFor(host->id, field));
}

void checkApplied(const ImportPreview &preview)
{
    ImportScratch scratch;
    QVERIFY(scratch.isValid());
    const ImportApplier::Result result = scratch.apply(preview);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.created.size(), preview.hosts.size());
    const Config saved = scratch.savedConfig();
    QCOMPARE(saved.hosts.size(), preview.hosts.size());
    const QByteArray file = scratch.configFile();
    int secretCount = 0;
    for (const ImportedHost &imported : preview.hosts) {
        const Host *host = saved.host(imported.host.id);
        QVERIFY2(host, qPrintable(imported.host.name));
        QCOMPARE(host->name, imported.host.name);
        QCOMPARE(host->providerId, imported.host.providerId);
        QCOMPARE(host->ipv4, imported.host.ipv4);
        QCOMPARE(host->ipv6, imported.host.ipv6);
        QCOMPARE(host->ttl, imported.host.ttl);
        for (auto it = imported.host.settings.begin(); it != imported.host.settings.end(); ++it)
            QCOMPARE(host->setting(it.key()), it.value().toString());
        QCOMPARE(host->settings.size(), imported.host.settings.size());
        for (const ImportedSecret &secret : imported.secrets) {
            QCOMPARE(scratch.secrets()->entries().value(SecretStore::keyFor(host->id, secret.field)), secret.value);
            QVERIFY2(!file.contains(secret.value.toUtf8()), qPrintable(secret.field));
            ++secretCount;
        }
    }
    QCOMPARE(scratch.secrets()->entries().size(), secretCount);
    QCOMPARE(result.secretsWritten, secretCount);
    for (const ImportedSource &source : preview.sources) {
        const bool present = std::any_of(saved.sources.begin(), saved.sources.end(), [&](const SourceConfig &s) {
            return ImportSupport::sameSource(s, source.source) && s.enabled == source.source.enabled;
        });
        QVERIFY2(present, qPrintable(source.source.id));
    }
}

} // namespace Homing::Test
