#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Homing::Test {

// One real authoritative server, BIND (named) or Knot (knotd), on one address, port 53, serving
// the zones it is given from a scratch directory: for tests that build a small delegation (a
// root, a TLD, zones) inside their own network namespace (NetnsHelper), where each server has its
// own loopback address. Stopped by its PID when the object goes.
class AuthorityServer
{
public:
    enum class Kind
    {
        Bind,
        Knot
    };

    struct Zone
    {
        QString name; // "example.test" or "." for the root
        QByteArray text; // the zone file
        bool updatable = false; // the TSIG key given to start() may update it
        QString primary; // BIND only; not empty: a secondary that transfers the zone from here (text unused)
    };

    explicit AuthorityServer(Kind kind = Kind::Bind);
    ~AuthorityServer();
    AuthorityServer(const AuthorityServer &) = delete;
    AuthorityServer &operator=(const AuthorityServer &) = delete;

    static bool available(Kind kind);

    // options: BIND only, extra lines for its options block (e.g. "max-udp-size 512;").
    bool start(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret,
               const QByteArray &options, QString *error);
    void stop();
    QString log();

private:
    bool startBind(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret,
                   const QByteArray &options, QString *error);
    bool startKnot(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret, QString *error);
    bool launch(const QString &program, const QStringList &arguments, const QList<QByteArray> &ready,
                const QHostAddress &address, QString *error);

    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
};

} // namespace Homing::Test
