#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Homing::Test {

// A real authoritative name server for RFC 2136 tests: BIND (named), Knot (knotd) or PowerDNS
// (pdns_server with the sqlite backend, TSIG-ALLOW-DNSUPDATE and the HTTP API), started from a
// scratch directory on 127.0.0.1 and free high ports, serving one zone that each given TSIG key
// may update. Stopped by its PID when the object goes (or stop()). The zone's SOA names
// ns1.<zone> as primary, and ns1.<zone> has A 127.0.0.1.
class DnsServerFixture
{
public:
    enum class Kind
    {
        Bind,
        Knot,
        PowerDns
    };

    struct Key
    {
        QString name;
        QString algorithm; // "hmac-sha256", ...
        QByteArray secret; // base64
    };

    struct Record
    {
        QString name; // relative to the zone, e.g. "home"
        QString type; // "A"
        QString value; // "192.0.2.1"
        int ttl = 300;
    };

    explicit DnsServerFixture(Kind kind);
    ~DnsServerFixture();
    DnsServerFixture(const DnsServerFixture &) = delete;
    DnsServerFixture &operator=(const DnsServerFixture &) = delete;

    static bool available(Kind kind);
    static QString kindName(Kind kind);
    // A fresh random secret in base64 (32 bytes).
    static QByteArray newSecret(int bytes = 32);

    bool start(const QString &zone, const QList<Key> &keys, const QList<Record> &records, QString *error);
    void stop();

    Kind kind() const { return m_kind; }
    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port() const { return m_port; }
    quint16 apiPort() const { return m_apiPort; } // PowerDNS only
    QString apiKey() const { return QStringLiteral("homing-test-api-key"); }
    qint64 pid() const { return m_process.processId(); }
    QString log(); // the server's output so far

    // What the server answers for name/type right now, asked with dig, as "TTL VALUE" lines
    // (e.g. "60 192.0.2.7"), sorted.
    QStringList dig(const QString &name, const QString &type) const;

private:
    bool startBind(const QString &zone, const QList<Key> &keys, const QList<Record> &records, QString *error);
    bool startKnot(const QString &zone, const QList<Key> &keys, const QList<Record> &records, QString *error);
    bool startPowerDns(const QString &zone, const QList<Key> &keys, const QList<Record> &records, QString *error);
    // Starts program and reads its output until every one of ready appears (or it exits).
    bool launch(const QString &program, const QStringList &arguments, const QList<QByteArray> &ready, QString *error);
    bool run(const QString &program, const QStringList &arguments, const QByteArray &input, QString *error) const;

    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    quint16 m_apiPort = 0;
};

} // namespace Homing::Test
