// InterfaceSource inside a namespace of its own: the kernel's own flags (temporary, deprecated)
// decide the IPv6 policy; IPv4 prefers a public address over a LAN one and refuses to guess; each
// host's own IPv6 policy decides the address the engine sends to its provider.
#include "address/interfacesource.h"
#include "engine/scheduler.h"
#include "fakeclock.h"
#include "httptestserver.h"
#include "netnshelper.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/configstore.h"
#include "storage/memorysecretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;
using Homing::Test::HttpTestServer;
using Homing::Test::NetnsHelper;

class TestInterfaceSource : public QObject
{
    Q_OBJECT

private:
    NetnsHelper m_netns {QStringLiteral("ifsrc")};
    Homing::Test::FakeClock m_clock;

    SourceResult detect(AddressFamily family, const QString &interface, const QString &policy = QString(),
                        const QString &interfaceId = QString())
    {
        SourceConfig config;
        config.id = QStringLiteral("lan");
        config.kind = QStringLiteral("interface");
        config.options.insert(QStringLiteral("interface"), interface);
        if (!policy.isEmpty())
            config.options.insert(QStringLiteral("ipv6Policy"), policy);
        if (!interfaceId.isEmpty())
            config.options.insert(QStringLiteral("interfaceId"), interfaceId);
        InterfaceSource source(config, &m_clock);
        std::optional<SourceResult> result;
        source.detect(family, this, [&](const SourceResult &r) { result = r; });
        [&] { QVERIFY(!result); }();
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result.value_or(SourceResult {});
    }

    void ip(const QString &command)
    {
        QString error;
        QVERIFY2(m_netns.ip(command.split(QLatin1Char(' ')), &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        const QString why = NetnsHelper::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_netns.create(&error), qPrintable(error));
        QVERIFY2(m_netns.sysctl(QStringLiteral("net.ipv6.conf.veth0.use_tempaddr"), QStringLiteral("2"), &error),
                 qPrintable(error));
        QVERIFY2(m_netns.enter(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_netns.destroy(); }

    void ipv4PrefersPublicOverLan()
    {
        ip(QStringLiteral("addr add 10.200.0.2/24 dev veth1"));
        ip(QStringLiteral("addr add 81.2.69.160/24 dev veth0"));
        SourceResult result = detect(AddressFamily::IPv4, QString());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("81.2.69.160")));
        QCOMPARE(result.observation.sourceId, QStringLiteral("lan"));
        result = detect(AddressFamily::IPv4, QStringLiteral("veth1"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("10.200.0.2")));
    }

    void ipv4RefusesToGuess()
    {
        ip(QStringLiteral("addr add 81.2.69.161/24 dev veth0"));
        const SourceResult result = detect(AddressFamily::IPv4, QStringLiteral("veth0"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("several IPv4 addresses")), qPrintable(result.error));
        ip(QStringLiteral("addr del 81.2.69.161/24 dev veth0"));
    }

    void ipv4Missing()
    {
        const SourceResult result = detect(AddressFamily::IPv4, QStringLiteral("nosuch0"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("nosuch0 has no IPv4 address")), qPrintable(result.error));
    }

    void ipv6Policies()
    {
        // A managed address makes the kernel add a temporary one in the same /64; a second prefix
        // with preferred_lft 0 is deprecated.
        ip(QStringLiteral("-6 addr add 2a01:4f8:c17:1::7/64 dev veth0 nodad mngtmpaddr"));
        ip(QStringLiteral("-6 addr add 2a01:4f8:c17:2::9/64 dev veth0 nodad preferred_lft 0"));
        ip(QStringLiteral("-6 addr add fd00:1::5/64 dev veth0 nodad"));

        SourceResult stable = detect(AddressFamily::IPv6, QStringLiteral("veth0"), QStringLiteral("stable"));
        QVERIFY2(stable.ok, qPrintable(stable.error));
        QCOMPARE(stable.observation.address, QHostAddress(QStringLiteral("2a01:4f8:c17:1::7")));

        SourceResult temporary;
        QTRY_VERIFY((temporary = detect(AddressFamily::IPv6, QStringLiteral("veth0"), QStringLiteral("temporary"))).ok);
        QVERIFY(temporary.observation.address != stable.observation.address);
        QVERIFY(temporary.observation.address.isInSubnet(QHostAddress(QStringLiteral("2a01:4f8:c17:1::")), 64));

        const SourceResult fixed = detect(AddressFamily::IPv6, QStringLiteral("veth0"), QStringLiteral("fixed"),
                                          QStringLiteral("::1234:5678:9abc:def0"));
        QVERIFY2(fixed.ok, qPrintable(fixed.error));
        QCOMPARE(fixed.observation.address, QHostAddress(QStringLiteral("2a01:4f8:c17:1:1234:5678:9abc:def0")));

        QHostAddress current;
        QString error;
        QVERIFY2(InterfaceSource::currentAddress(QStringLiteral("veth0"), AddressFamily::IPv6,
                                                 InterfaceSource::Ipv6Policy::Temporary, {}, &current, &error),
                 qPrintable(error));
        QCOMPARE(current, temporary.observation.address);
        QCOMPARE(InterfaceSource::withInterfaceId(QHostAddress(QStringLiteral("2a01:4f8:c17:9:1:2:3:4")),
                                                  QHostAddress(QStringLiteral("::abcd"))),
                 QHostAddress(QStringLiteral("2a01:4f8:c17:9::abcd")));
        QVERIFY(InterfaceSource::withInterfaceId(QHostAddress(QStringLiteral("81.2.69.160")),
                                                 QHostAddress(QStringLiteral("::abcd")))
                    .isNull());

        // Only the deprecated prefix left: no stable address, and it is never picked.
        ip(QStringLiteral("-6 addr del 2a01:4f8:c17:1::7/64 dev veth0"));
        ip(QStringLiteral("-6 addr flush dev veth0 temporary"));
        ip(QStringLiteral("-6 addr del fd00:1::5/64 dev veth0"));
        const SourceResult none = detect(AddressFamily::IPv6, QStringLiteral("veth0"), QStringLiteral("stable"));
        QVERIFY(!none.ok);
        QVERIFY2(none.error.contains(QStringLiteral("no stable IPv6 address")), qPrintable(none.error));
    }

    void ulaOnlyIsStillReported()
    {
        ip(QStringLiteral("-6 addr add fd00:1::5/64 dev veth1 nodad"));
        const SourceResult result = detect(AddressFamily::IPv6, QStringLiteral("veth1"));
        QVERIFY2(result.ok, qPrintable(result.error)); // the monitor and the host's private rule decide
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("fd00:1::5")));
    }

    void aHostsOwnIpv6PolicyReachesTheProvider()
    {
        // The engine applies each host's policy to what the interface source sees: the host that
        // wants the temporary address gets it, the one that wants the stable one gets that, though
        // the source itself is set to "temporary".
        ip(QStringLiteral("link set lo up"));
        ip(QStringLiteral("-6 addr add 2a01:4f8:c17:3::7/64 dev veth0 nodad mngtmpaddr"));
        QHostAddress temporary;
        QString error;
        QTRY_VERIFY(InterfaceSource::currentAddress(QStringLiteral("veth0"), AddressFamily::IPv6,
                                                    InterfaceSource::Ipv6Policy::Temporary, {}, &temporary, &error)
                    && temporary.isInSubnet(QHostAddress(QStringLiteral("2a01:4f8:c17:3::")), 64));
        HttpTestServer provider; // on this namespace's loopback
        QVERIFY(provider.listen());
        provider.setHandler([](const HttpTestServer::Request &request) {
            return HttpTestServer::Response::text(
                "good " + request.query().queryItemValue(QStringLiteral("myip"), QUrl::FullyDecoded).toLatin1());
        });
        QTemporaryDir dir;
        Config config;
        SourceConfig source;
        source.id = QStringLiteral("lan");
        source.kind = QStringLiteral("interface");
        source.options.insert(QStringLiteral("interface"), QStringLiteral("veth0"));
        source.options.insert(QStringLiteral("families"), QStringList {QStringLiteral("ipv6")});
        source.options.insert(QStringLiteral("ipv6Policy"), QStringLiteral("temporary"));
        config.sources = {source};
        config.settings.verify = false; // no delegation for these hosts; tst_verify checks verification
        for (const auto &[name, policy] :
             {std::pair {"t.example.org", Ipv6Policy::Temporary}, std::pair {"s.example.org", Ipv6Policy::Stable}}) {
            Host host;
            host.id = QUuid::createUuid();
            host.name = QLatin1String(name);
            host.providerId = QStringLiteral("dyndns2");
            host.ipv4 = false;
            host.ipv6 = true;
            host.ipv6Policy = policy;
            host.settings.insert(QStringLiteral("server"), provider.url().toString());
            host.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
            config.hosts.append(host);
        }
        QVERIFY2(ConfigStore(dir.filePath(QStringLiteral("config.json"))).save(config, &error), qPrintable(error));
        Redactor redactor;
        Runtime runtime(&redactor);
        QCOMPARE(runtime.open(Paths::inDirectory(dir.path()), &error), Runtime::Failure::None);
        auto *secrets = new MemorySecretStore(&redactor, &runtime);
        for (const Host &host : config.hosts)
            secrets->write(SecretStore::keyFor(host.id, QStringLiteral("password")), QStringLiteral("pw-1234"),
                           &runtime, [](const SecretResult &) {});
        runtime.setSecretStore(secrets);
        Scheduler::Options options;
        options.watchChanges = false;
        options.autoTick = false;
        options.jitter = 0;
        Scheduler scheduler(&runtime, options);
        QSignalSpy finished(&scheduler, &Scheduler::passFinished);
        scheduler.runOnce();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(scheduler.lastSummary().exitCode(), 0);
        QHash<QString, QHostAddress> sent;
        for (const HttpTestServer::Request &request : provider.requests())
            sent.insert(request.query().queryItemValue(QStringLiteral("hostname")),
                        QHostAddress(request.query().queryItemValue(QStringLiteral("myip"), QUrl::FullyDecoded)));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.value(QStringLiteral("t.example.org")), temporary);
        QCOMPARE(sent.value(QStringLiteral("s.example.org")), QHostAddress(QStringLiteral("2a01:4f8:c17:3::7")));
    }
};

QTEST_GUILESS_MAIN(TestInterfaceSource)
#include "tst_interfacesource.moc"
