// The one redaction helper: every secret, in every form it travels in, disappears.
#include "redactor.h"

#include <QTest>
#include <QUrl>

using namespace Homing;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void masksRegisteredSecretInEveryForm()
    {
        Redactor redactor;
        const QString secret = QStringLiteral("p@ss word/+&=ü");
        redactor.addSecret(secret);
        const QStringList forms = {
            secret,
            QString::fromLatin1(QUrl::toPercentEncoding(secret)),
            QString::fromLatin1(secret.toUtf8().toBase64()),
        };
        for (const QString &form : forms) {
            const QString out = redactor.redact(QStringLiteral("before ") + form + QStringLiteral(" after"));
            QVERIFY2(!out.contains(form), qPrintable(out));
            QVERIFY(out.contains(Redactor::mask));
            QVERIFY(out.startsWith(QStringLiteral("before ")));
        }
    }

    void masksBasicCredentials()
    {
        Redactor redactor;
        redactor.addBasicCredentials(QStringLiteral("alice"), QStringLiteral("hunter22"));
        const QByteArray header = "Basic " + QByteArray("alice:hunter22").toBase64();
        const QString out = redactor.redact(QString::fromLatin1("sent " + header));
        QVERIFY(!out.contains(QString::fromLatin1(QByteArray("alice:hunter22").toBase64())));
    }

    void masksCarriersWithoutRegistration()
    {
        Redactor redactor;
        QCOMPARE(redactor.redact(QStringLiteral("GET https://x.example/update?domains=a&token=abcdef123&ip=1")),
                 QStringLiteral("GET https://x.example/update?domains=a&token=[redacted]&ip=1"));
        QCOMPARE(redactor.redact(QStringLiteral("Authorization: Bearer abc.def")),
                 QStringLiteral("Authorization: [redacted]"));
        QCOMPARE(redactor.redact(QStringLiteral("https://bob:secretpw@example.org/path")),
                 QStringLiteral("https://bob:[redacted]@example.org/path"));
        QCOMPARE(redactor.redact(QStringLiteral(R"({"secretapikey": "sk1_abc", "content": "1.2.3.4"})")),
                 QStringLiteral(R"({"secretapikey": "[redacted]", "content": "1.2.3.4"})"));
    }

    void leavesOrdinaryTextAlone()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("xy")); // too short to search for as plain text
        const QString text = QStringLiteral("good 81.2.69.160 for home.example.org (xyz)");
        QCOMPARE(redactor.redact(text), text);
    }

    void longestSecretWins()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("abcd"));
        redactor.addSecret(QStringLiteral("abcdefgh"));
        QCOMPARE(redactor.redact(QStringLiteral("k abcdefgh k")), QStringLiteral("k [redacted] k"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
