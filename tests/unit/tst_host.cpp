// Host: names as people type them, the JSON form, and the fingerprint that releases a stopped host.
#include "model/host.h"

#include <QJsonArray>
#include <QTest>

using namespace Homing;

class TestHost : public QObject
{
    Q_OBJECT

private slots:
    void normalizesNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("ace");
        QTest::newRow("plain") << "home.example.org"
                               << "home.example.org";
        QTest::newRow("case-and-dot") << " Home.Example.ORG. "
                                      << "home.example.org";
        QTest::newRow("idn") << "bücher.example"
                             << "xn--bcher-kva.example";
        QTest::newRow("wildcard") << "*.lab.example.net"
                                  << "*.lab.example.net";
    }

    void normalizesNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, ace);
        QString out;
        QString error;
        QVERIFY2(Host::normalizeName(input, &out, &error), qPrintable(error));
        QCOMPARE(out, ace);
    }

    void rejectsBadNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("says"); // what the message must name
        QTest::newRow("empty") << ""
                               << "enter a host name";
        QTest::newRow("single-label") << "localhost"
                                      << "needs a domain";
        QTest::newRow("space") << "my host.example.org"
                               << "not a valid host name";
        QTest::newRow("leading-hyphen") << "-a.example.org"
                                        << "not a valid host name";
        QTest::newRow("url") << "https://home.example.org/"
                             << "not a valid host name";
        QTest::newRow("too-long-label") << QString(64, QLatin1Char('a')) + QStringLiteral(".example.org")
                                        << "64 characters long";
        QTest::newRow("300-character-label")
            << QString(300, QLatin1Char('b')) + QStringLiteral(".example.org") << "300 characters long";
        QTest::newRow("long-in-ascii") << QString(60, QChar(0x00FC)) + QStringLiteral(".example.org")
                                       << "once written in ASCII";
        QTest::newRow("ipv4-address") << "192.0.2.7"
                                      << "is an IP address";
        QTest::newRow("ipv6-address") << "2001:db8::7"
                                      << "is an IP address";
        QTest::newRow("numeric-top-level") << "home.example.123"
                                           << "ends in a number";
        QTest::newRow("two-dots") << "home..example.org"
                                  << "empty part";
    }

    void rejectsBadNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, says);
        QString out;
        QString error;
        QVERIFY(!Host::normalizeName(input, &out, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.size() < 200, "the message quotes at most a short piece of the input");
    }

    void jsonRoundTrip()
    {
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("xn--bcher-kva.example");
        host.providerId = QStringLiteral("dyndns2");
        host.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        host.ipv6 = true;
        host.ipv6Policy = Ipv6Policy::FixedInterfaceId;
        host.ipv6InterfaceId = QStringLiteral("::1234");
        host.ttl = 60;
        host.allowPrivate = true;
        Host back;
        QString field;
        QString error;
        QVERIFY2(Host::fromJson(host.toJson(), &back, &field, &error), qPrintable(field + QLatin1Char(' ') + error));
        QCOMPARE(back, host);
        QCOMPARE(back.displayName(), QStringLiteral("bücher.example"));
    }

    void reportsTheWrongField()
    {
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("a.example.org");
        host.providerId = QStringLiteral("dyndns2");
        QJsonObject json = host.toJson();
        json.insert(QStringLiteral("families"), QJsonArray {QStringLiteral("ipv5")});
        Host back;
        QString field;
        QString error;
        QVERIFY(!Host::fromJson(json, &back, &field, &error));
        QCOMPARE(field, QStringLiteral("families"));
        json = host.toJson();
        json.insert(QStringLiteral("password"), QStringLiteral("x"));
        QVERIFY(!Host::fromJson(json, &back, &field, &error));
        QCOMPARE(field, QStringLiteral("password"));
    }

    void fingerprintFollowsSettingsNotPause()
    {
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("a.example.org");
        host.providerId = QStringLiteral("dyndns2");
        const QByteArray before = host.fingerprint();
        host.enabled = false;
        QCOMPARE(host.fingerprint(), before);
        host.settings.insert(QStringLiteral("username"), QStringLiteral("bob"));
        QVERIFY(host.fingerprint() != before);
    }
};

QTEST_GUILESS_MAIN(TestHost)
#include "tst_host.moc"
