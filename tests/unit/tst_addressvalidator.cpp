// AddressValidator: which addresses may be published, by range, with and without allowPrivate.
#include "address/addressvalidator.h"

#include <QTest>

using namespace Homing;
using Scope = AddressValidator::Scope;

Q_DECLARE_METATYPE(Homing::AddressValidator::Scope)

class TestAddressValidator : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<Scope>("scope");
        auto row
            = [](const char *address, Scope scope) { QTest::newRow(address) << QString::fromLatin1(address) << scope; };
        // IPv4 public, including the edges next to special ranges
        row("81.2.69.160", Scope::Global);
        row("1.1.1.1", Scope::Global);
        row("9.255.255.255", Scope::Global);
        row("11.0.0.0", Scope::Global);
        row("100.63.255.255", Scope::Global);
        row("100.128.0.0", Scope::Global);
        row("172.15.255.255", Scope::Global);
        row("172.32.0.0", Scope::Global);
        row("198.17.255.255", Scope::Global);
        row("198.20.0.0", Scope::Global);
        row("223.255.255.255", Scope::Global);
        // IPv4 special
        row("0.0.0.0", Scope::Unspecified);
        row("0.1.2.3", Scope::Reserved);
        row("127.0.0.1", Scope::Loopback);
        row("127.255.255.254", Scope::Loopback);
        row("169.254.1.1", Scope::LinkLocal);
        row("224.0.0.251", Scope::Multicast);
        row("239.255.255.250", Scope::Multicast);
        row("192.0.2.1", Scope::Documentation);
        row("198.51.100.99", Scope::Documentation);
        row("203.0.113.7", Scope::Documentation);
        row("198.18.0.1", Scope::Benchmarking);
        row("198.19.255.255", Scope::Benchmarking);
        row("10.0.0.1", Scope::Private);
        row("172.16.0.1", Scope::Private);
        row("172.31.255.255", Scope::Private);
        row("192.168.178.1", Scope::Private);
        row("100.64.0.1", Scope::SharedCgnat);
        row("100.127.255.255", Scope::SharedCgnat);
        row("192.0.0.8", Scope::Reserved);
        row("192.88.99.1", Scope::Reserved);
        row("240.0.0.1", Scope::Reserved);
        row("255.255.255.255", Scope::Reserved);
        // IPv6 public
        row("2a01:4f8:c17:1::7", Scope::Global);
        row("2606:4700:4700::1111", Scope::Global);
        row("2001:4860:4802:32::a", Scope::Global);
        row("3ffe::1", Scope::Global);
        // IPv6 special
        row("::", Scope::Unspecified);
        row("::1", Scope::Loopback);
        row("fe80::1", Scope::LinkLocal);
        row("febf::1", Scope::LinkLocal);
        row("ff02::1", Scope::Multicast);
        row("2001:db8::1", Scope::Documentation);
        row("3fff::1", Scope::Documentation);
        row("2001:2::1", Scope::Benchmarking);
        row("fc00::1", Scope::Private);
        row("fd12:3456:789a::1", Scope::Private);
        row("::ffff:81.2.69.160", Scope::Reserved); // v4-mapped is not an IPv6 address to publish
        row("::ffff:127.0.0.1", Scope::Reserved);
        row("64:ff9b::5102:45a0", Scope::Reserved); // NAT64
        row("100::1", Scope::Reserved); // discard-only
        row("2001::1", Scope::Reserved); // Teredo
        row("2002:5102:45a0::1", Scope::Reserved); // 6to4
        row("fec0::1", Scope::Reserved); // site-local (deprecated)
        row("4000::1", Scope::Reserved); // outside 2000::/3
        row("::81.2.69.160", Scope::Reserved); // IPv4-compatible (deprecated)
    }

    void classify()
    {
        QFETCH(QString, address);
        QFETCH(Scope, scope);
        const QHostAddress parsed(address);
        QVERIFY2(!parsed.isNull(), qPrintable(address));
        QCOMPARE(AddressValidator::classify(parsed), scope);
    }

    void acceptance_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("byDefault");
        QTest::addColumn<bool>("withPrivate");
        QTest::newRow("public v4") << "81.2.69.160" << true << true;
        QTest::newRow("public v6") << "2a01:4f8:c17:1::7" << true << true;
        QTest::newRow("rfc1918") << "192.168.1.20" << false << true;
        QTest::newRow("ula") << "fd00::20" << false << true;
        QTest::newRow("cgnat") << "100.64.3.4" << false << true;
        // never, not even with allowPrivate
        QTest::newRow("loopback") << "127.0.0.1" << false << false;
        QTest::newRow("link-local") << "169.254.3.4" << false << false;
        QTest::newRow("link-local v6") << "fe80::1" << false << false;
        QTest::newRow("multicast") << "224.0.0.1" << false << false;
        QTest::newRow("documentation") << "203.0.113.7" << false << false;
        QTest::newRow("benchmarking") << "198.18.0.1" << false << false;
        QTest::newRow("reserved") << "240.0.0.1" << false << false;
        QTest::newRow("unspecified") << "0.0.0.0" << false << false;
        QTest::newRow("unspecified v6") << "::" << false << false;
        QTest::newRow("mapped") << "::ffff:192.168.1.1" << false << false;
    }

    void acceptance()
    {
        QFETCH(QString, address);
        QFETCH(bool, byDefault);
        QFETCH(bool, withPrivate);
        QString why;
        QCOMPARE(AddressValidator::isAcceptable(QHostAddress(address), false, &why), byDefault);
        if (!byDefault) {
            QVERIFY2(why.contains(QHostAddress(address).toString()), qPrintable(why)); // names the address
            QVERIFY(why.contains(QStringLiteral("not one to publish")));
        }
        why.clear();
        QCOMPARE(AddressValidator::isAcceptable(QHostAddress(address), true, &why), withPrivate);
    }

    void nullAddressIsNeverAcceptable()
    {
        QString why;
        QVERIFY(!AddressValidator::isAcceptable(QHostAddress(), true, &why));
        QVERIFY(!why.isEmpty());
    }

    void scopeNamesAreDistinct()
    {
        QSet<QString> names;
        for (Scope scope :
             {Scope::Global, Scope::Private, Scope::SharedCgnat, Scope::Unspecified, Scope::Loopback, Scope::LinkLocal,
              Scope::Multicast, Scope::Documentation, Scope::Benchmarking, Scope::Reserved})
            names.insert(AddressValidator::scopeName(scope));
        QCOMPARE(names.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestAddressValidator)
#include "tst_addressvalidator.moc"
