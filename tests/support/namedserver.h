#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Homing::Test {

// One real BIND (named) on one address, port 53, serving the zones it is given from a scratch
// directory: for tests that build a small delegation (a root, a TLD, zones) inside their own
// network namespace (NetnsHelper), where each server has its own loopback address. Stopped by
// its PID when the object goes.
class NamedServer
{
public:
    struct Zone
    {
        QString name; // "example.test" or "." for the root
        QByteArray text; // the zone file
        bool updatable = false; // the TSIG key given to start() may update it
        QString primary; // not empty: a secondary that transfers the zone from this address (text unused)
    };

    NamedServer() = default;
    ~NamedServer();
    NamedServer(const NamedServer &) = delete;
    NamedServer &operator=(const NamedServer &) = delete;

    static bool available();

    // options: extra lines for the options block (e.g. "max-udp-size 512;").
    bool start(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret,
               const QByteArray &options, QString *error);
    void stop();
    QString log();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
};

} // namespace Homing::Test
