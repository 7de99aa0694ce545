#pragma once

#include "agentfixture.h"
#include "authorityserver.h"
#include "netnshelper.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace Homing::Test {

// A small real delegation in the test's own network namespace, served by BIND on loopback
// addresses, port 53: the root (127.0.1.1), the "test" TLD (127.0.2.1) and one zone, <zone>.test,
// on its primary (127.0.3.1), which takes TSIG-signed updates. home.<zone>.test starts at
// 81.2.69.1. The real homingd (AgentFixture) publishes that name through the RFC 2136 provider
// and verifies it by iterative resolution from this root. What tests read is what a user sees:
// dig's answer, `homingctl status` and the timeline.
class Delegation
{
public:
    static constexpr const char *published = "81.2.69.160"; // what the loopback echo reports
    static constexpr const char *primary = "127.0.3.1";

    explicit Delegation(const QString &zone); // e.g. "drift": zone drift.test, host home.drift.test

    // Skips (QSKIP) where namespaces or BIND are missing; fails the test when something breaks.
    // Call from initTestCase() through QVERIFY(…), then QTest::currentTestFailed() tells.
    // Enters the namespace, starts the servers and writes the agent's config with the one host
    // (hostExtra merged into its JSON) and the settings (with rootHints and the file secret store).
    bool setUp(const QJsonObject &settings, const QJsonObject &hostExtra = {});
    QString skipReason() const { return m_skip; }

    AgentFixture &fixture() { return *m_fixture; }
    QString zone() const { return m_zone + QStringLiteral(".test"); }
    QString host() const { return QStringLiteral("home.") + zone(); }
    QJsonObject config() const { return m_config; }
    // The settings with the loopback root and the file store, plus extra.
    static QJsonObject settings(const QJsonObject &extra);

    // What the primary answers for the host's A record, asked with dig (not Homing's code).
    QByteArray dig() const;
    // Another client's change: nsupdate with the zone's key replaces the host's A record (or
    // deletes it, with an empty address).
    bool changeBehindHomingsBack(const QByteArray &address);

    QJsonObject status(); // the host in `homingctl status --json`
    static QString ipv4Status(const QJsonObject &host); // its IPv4 verification status
    QList<QJsonObject> history(); // the host's timeline, newest first
    static qsizetype count(const QList<QJsonObject> &rows, const QString &key, const QString &value);
    // Waits until the authority answers the published address and Homing shows it verified.
    bool waitForVerified();

private:
    bool serve(const QString &address, const QList<AuthorityServer::Zone> &zones);

    QString m_zone;
    NetnsHelper m_netns;
    QList<std::shared_ptr<AuthorityServer>> m_servers;
    std::unique_ptr<AgentFixture> m_fixture;
    QByteArray m_secret;
    QJsonObject m_config;
    QString m_skip;
};

} // namespace Homing::Test
