// SourceConfig for every source kind: field-level validation messages, defaults, and the factory.
#include "address/addresssource.h"
#include "address/sourceconfig.h"
#include "address/sourcefactory.h"
#include "fakeclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Homing;

namespace {

QJsonObject json(const char *text)
{
    QByteArray quoted(text);
    quoted.replace('\'', '"');
    return QJsonDocument::fromJson(quoted).object();
}

} // namespace

class TestAddressConfig : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ipv4");
        QTest::addColumn<bool>("ipv6");
        QTest::newRow("dns defaults") << "{'id':'o','kind':'dns','service':'opendns'}" << true << true;
        QTest::newRow("dns v4 only") << "{'id':'c','kind':'dns','service':'cloudflare','ipv6Server':''}" << true
                                     << false;
        QTest::newRow("dns own server")
            << "{'id':'g','kind':'dns','service':'google','ipv4Server':'127.0.0.1','port':15353,'timeoutMs':500}"
            << true << true;
        QTest::newRow("interface") << "{'id':'i','kind':'interface','interface':'eth0','families':['ipv6'],"
                                      "'ipv6Policy':'fixed','interfaceId':'::1234:5678:9abc:def0'}"
                                   << false << true;
        QTest::newRow("upnp") << "{'id':'u','kind':'upnp'}" << true << false;
        QTest::newRow("command") << "{'id':'m','kind':'command','program':'/usr/local/bin/my-ip',"
                                    "'arguments':['--family','{family}'],'families':['ipv4','ipv6'],'timeoutMs':2000}"
                                 << true << true;
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(bool, ipv4);
        QFETCH(bool, ipv6);
        SourceConfig config;
        QString field;
        QString error;
        QVERIFY2(SourceConfig::fromJson(json(text.toLatin1().constData()), &config, &field, &error),
                 qPrintable(field + QStringLiteral(": ") + error));
        Homing::Test::FakeClock clock;
        std::unique_ptr<AddressSource> source(createSource(config, nullptr, &clock, nullptr));
        QVERIFY(source);
        QCOMPARE(source->id(), config.id);
        QCOMPARE(source->supports(AddressFamily::IPv4), ipv4);
        QCOMPARE(source->supports(AddressFamily::IPv6), ipv6);
        // and it survives a round trip
        SourceConfig again;
        QVERIFY(SourceConfig::fromJson(config.toJson(), &again, &field, &error));
        QCOMPARE(again, config);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("kind") << "{'id':'x','kind':'pigeon'}"
                              << "kind"
                              << "known: http, dns, interface, upnp, command";
        QTest::newRow("dns service") << "{'id':'x','kind':'dns','service':'quad9'}"
                                     << "service"
                                     << "opendns, cloudflare, google";
        QTest::newRow("dns server")
            << "{'id':'x','kind':'dns','service':'opendns','ipv4Server':'resolver1.opendns.com'}"
            << "ipv4Server"
            << "IP address";
        QTest::newRow("dns no server") << "{'id':'x','kind':'dns','service':'opendns','ipv4Server':'','ipv6Server':''}"
                                       << "ipv4Server"
                                       << "IPv4, IPv6 or both";
        QTest::newRow("dns port") << "{'id':'x','kind':'dns','service':'opendns','port':70000}"
                                  << "port"
                                  << "1 to 65535";
        QTest::newRow("dns port text") << "{'id':'x','kind':'dns','service':'opendns','port':'53'}"
                                       << "port"
                                       << "whole number";
        QTest::newRow("dns timeout") << "{'id':'x','kind':'dns','service':'opendns','timeoutMs':1.5}"
                                     << "timeoutMs"
                                     << "whole number";
        QTest::newRow("interface name") << "{'id':'x','kind':'interface','interface':'a-very-long-interface-name'}"
                                        << "interface"
                                        << "interface name";
        QTest::newRow("interface policy") << "{'id':'x','kind':'interface','ipv6Policy':'random'}"
                                          << "ipv6Policy"
                                          << "stable, temporary, fixed";
        QTest::newRow("interface fixed without id") << "{'id':'x','kind':'interface','ipv6Policy':'fixed'}"
                                                    << "interfaceId"
                                                    << "interface identifier";
        QTest::newRow("interface id with prefix")
            << "{'id':'x','kind':'interface','ipv6Policy':'fixed','interfaceId':'2001:db8::1'}"
            << "interfaceId"
            << "interface identifier";
        QTest::newRow("interface id with a middle prefix byte")
            << "{'id':'x','kind':'interface','ipv6Policy':'fixed','interfaceId':'0:0:1::1'}"
            << "interfaceId"
            << "interface identifier";
        QTest::newRow("families") << "{'id':'x','kind':'interface','families':['ipv5']}"
                                  << "families"
                                  << "ipv4";
        QTest::newRow("families empty") << "{'id':'x','kind':'command','program':'x','families':[]}"
                                        << "families"
                                        << "list";
        QTest::newRow("upnp address") << "{'id':'x','kind':'upnp','ssdpAddress':'ff02::c'}"
                                      << "ssdpAddress"
                                      << "IPv4";
        QTest::newRow("upnp port") << "{'id':'x','kind':'upnp','ssdpPort':0}"
                                   << "ssdpPort"
                                   << "1 to 65535";
        QTest::newRow("command program") << "{'id':'x','kind':'command'}"
                                         << "program"
                                         << "program to run";
        QTest::newRow("command shell string") << "{'id':'x','kind':'command','program':'x','arguments':'-a -b'}"
                                              << "arguments"
                                              << "no shell";
        QTest::newRow("command timeout") << "{'id':'x','kind':'command','program':'x','timeoutMs':10}"
                                         << "timeoutMs"
                                         << "100 to 300000";
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        SourceConfig config;
        QString gotField;
        QString error;
        QVERIFY(!SourceConfig::fromJson(json(text.toLatin1().constData()), &config, &gotField, &error));
        QCOMPARE(gotField, field);
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void defaultsAreIndependentAndValid()
    {
        const QList<SourceConfig> defaults = SourceConfig::defaults();
        QStringList kinds;
        QSet<QString> ids;
        int ipv4 = 0;
        int ipv6 = 0;
        Homing::Test::FakeClock clock;
        for (const SourceConfig &config : defaults) {
            SourceConfig parsed;
            QString field;
            QString error;
            QVERIFY2(SourceConfig::fromJson(config.toJson(), &parsed, &field, &error), qPrintable(config.id + error));
            ids.insert(config.id);
            kinds.append(config.kind);
            std::unique_ptr<AddressSource> source(createSource(config, nullptr, &clock, nullptr));
            QVERIFY(source);
            ipv4 += source->supports(AddressFamily::IPv4);
            ipv6 += source->supports(AddressFamily::IPv6);
        }
        QCOMPARE(ids.size(), defaults.size());
        QVERIFY(kinds.contains(QStringLiteral("http")) && kinds.contains(QStringLiteral("dns")));
        QVERIFY(ipv4 >= 2); // a quorum of two is reachable out of the box
        QVERIFY(ipv6 >= 2);
    }

    void factoryRefusesUnknownKinds()
    {
        SourceConfig config;
        config.id = QStringLiteral("x");
        config.kind = QStringLiteral("pigeon");
        QString error;
        Homing::Test::FakeClock clock;
        QVERIFY(!createSource(config, nullptr, &clock, nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("pigeon")));
    }
};

QTEST_GUILESS_MAIN(TestAddressConfig)
#include "tst_addressconfig.moc"
