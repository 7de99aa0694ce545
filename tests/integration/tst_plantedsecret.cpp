// Plants a unique password in the keychain, runs a full update cycle with every debug message
// switched on, and searches everything Homing printed or wrote for the password in any form.
#include "agentfixture.h"
#include "testutil.h"

#include <QDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Homing::Test;

class TestPlantedSecret : public QObject
{
    Q_OBJECT

private slots:
    void secretAppearsNowhere()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        const QByteArray secret = "Pl4nted:" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + " &=/+?";
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("keychain"))));
        QCOMPARE(fixture
                     .homingctl({QStringLiteral("secret"), QStringLiteral("set"), fixture.hostName(),
                                 QStringLiteral("password")},
                                secret + '\n')
                     .exitCode,
                 0);

        const QStringList debug = {QStringLiteral("QT_LOGGING_RULES=*.debug=true")};
        const AgentFixture::Run run = fixture.homingd({QStringLiteral("--verbose")}, debug);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("homing.core.net") && run.err.contains("debug"), "debug logging was on");
        // The secret really was used on the wire.
        QCOMPARE(fixture.provider().requests().size(), 1);
        QCOMPARE(fixture.provider().requests().first().basicCredentials(), "alice:" + secret);
        // ... and shows up in none of the things a user or an attacker could read.
        fixture.homingctl({QStringLiteral("history")}, {}, debug);
        fixture.homingctl({QStringLiteral("history"), QStringLiteral("--json")}, {}, debug);
        fixture.homingctl({QStringLiteral("hosts"), QStringLiteral("--json")}, {}, debug);

        const QList<QByteArray> forms = {
            secret,
            secret.toBase64(),
            QByteArray("alice:" + secret).toBase64(),
            QUrl::toPercentEncoding(QString::fromLatin1(secret)),
            secret.left(20), // a recognisable part is a leak too
        };
        QStringList haystacks = fixture.allOutput();
        QStringList searched;
        const QStringList roots = {fixture.configDir(), QDir::homePath()};
        for (const QString &root : roots) {
            for (const QString &file : filesBelow(root)) {
                haystacks.append(QString::fromLatin1(readFile(file)));
                searched.append(file);
            }
        }
        QVERIFY2(searched.join(QLatin1Char(' ')).contains(QStringLiteral("homing.sqlite")),
                 "the database was searched");
        QVERIFY2(searched.join(QLatin1Char(' ')).contains(QStringLiteral("config.json")), "the config was searched");
        for (const QString &haystack : std::as_const(haystacks)) {
            for (const QByteArray &form : forms)
                QVERIFY2(!haystack.contains(QString::fromLatin1(form)),
                         qPrintable(QStringLiteral("leaked: ") + QString::fromLatin1(form)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPlantedSecret)
#include "tst_plantedsecret.moc"
