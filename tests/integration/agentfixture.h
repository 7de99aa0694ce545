#pragma once

#include "httptestserver.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Homing::Test {

// Runs the real homingd and homingctl against loopback servers that the test owns: an echo
// service that reports the "public" address and a dyndns2 server that records every request.
class AgentFixture
{
public:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    AgentFixture();

    bool start();
    QString configDir() const { return m_dir.path(); }
    HttpTestServer &echo() { return m_echo; }
    HttpTestServer &provider() { return m_provider; }

    // A config with one dyndns2 host pointing at the loopback provider and the loopback echo as
    // the only address source. secretStore: "file" or "keychain".
    QJsonObject config(const QString &secretStore, const QString &username = QStringLiteral("alice")) const;
    bool writeConfig(const QJsonObject &config) const;
    QString hostName() const { return QStringLiteral("home.example.org"); }

    // Runs a program without blocking the event loop (the loopback servers live in this process).
    Run run(const QString &program, const QStringList &arguments, const QByteArray &stdinData = {},
            const QStringList &extraEnvironment = {}, int timeoutMs = 30000);
    Run homingd(const QStringList &extra = {}, const QStringList &env = {});
    Run homingctl(const QStringList &arguments, const QByteArray &stdinData = {}, const QStringList &env = {});

    QStringList allOutput() const { return m_outputs; }

    // start(), a config with the file secret store, and the host's password set through homingctl.
    bool prepare();
    // A statement of the sqlite3 shell on the agent's database; its output, trimmed.
    QByteArray sqlite(const QString &sql);
    // The first host of `homingctl status --json` (a running agent), or an empty object.
    QJsonObject hostStatus();
    // Waits until that host shows `state`; returns it as last seen (then the caller's check says why).
    QJsonObject waitForHostState(const QString &state, int timeoutMs = 30000);
    // The agent (homingd without --once) on this config directory, its stderr forwarded.
    std::unique_ptr<QProcess> startAgent() const;
    // SIGTERM, then its exit code (-1: it did not stop cleanly).
    static int stopAgent(QProcess &agent);

private:
    QTemporaryDir m_dir;
    HttpTestServer m_echo;
    HttpTestServer m_provider;
    QString m_hostId;
    QStringList m_outputs;
};

} // namespace Homing::Test
