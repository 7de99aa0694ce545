// Certificate checks: a provider and an echo source refuse a self-signed, an expired and a
// wrong-host certificate, and nothing (no request line, header, credential or body) reaches the
// server. The same servers with a good certificate are answered, so the refusal is the check's.
#include "address/httpechosource.h"
#include "fakeclock.h"
#include "providers/providerregistry.h"
#include "providertest.h"
#include "testtls.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;
using namespace std::chrono_literals;

class TestTls : public ProviderTest
{
    Q_OBJECT

private:
    FakeClock m_clock;

    UpdateOutcome updateAt(const QString &providerId, const HttpTestServer &server)
    {
        UpdateRequest request;
        request.host.id = QUuid::createUuid();
        request.host.name = QStringLiteral("home.example.org");
        request.host.providerId = providerId;
        QString url = server.url(providerId == QLatin1String("cloudflare") ? QStringLiteral("/client/v4") : QString())
                          .toString();
        if (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        request.host.settings.insert(QStringLiteral("server"), url);
        request.host.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        request.host.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        request.secrets.insert(QStringLiteral("password"), QStringLiteral("s3cret-pass"));
        request.secrets.insert(QStringLiteral("token"), QStringLiteral("cf-token-c2VjcmV0"));
        request.ipv4 = kV4;
        std::unique_ptr<Provider> provider(ProviderRegistry::create(providerId, &m_http, nullptr));
        provider->setRequestTimeout(5s);
        std::optional<UpdateOutcome> outcome;
        provider->update(request, this, [&](const UpdateOutcome &o) { outcome = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000); }();
        return outcome.value_or(UpdateOutcome {});
    }

    SourceResult echoAt(const HttpTestServer &server)
    {
        SourceConfig config;
        config.id = QStringLiteral("tls-echo");
        config.kind = QStringLiteral("http");
        config.options.insert(QStringLiteral("ipv4Url"), server.url(QStringLiteral("/ip")).toString());
        config.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
        HttpEchoSource source(config, &m_http, &m_clock);
        std::optional<SourceResult> result;
        source.detect(AddressFamily::IPv4, this, [&](const SourceResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result.value_or(SourceResult {});
    }

private slots:
    void initTestCase() { trustTestCa(); }

    void refused_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("client");
        for (const char *certificate : {"selfsigned", "expired", "wronghost"}) {
            for (const char *client : {"dyndns2", "cloudflare", "echo"})
                QTest::addRow("%s-%s", certificate, client) << certificate << client;
        }
    }
    void refused()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, client);
        HttpTestServer server;
        server.setTls(serverTls(certificate));
        server.respondWith(Response::text("good 81.2.69.160\n"));
        QVERIFY(server.listen());
        QString error;
        if (client == QLatin1String("echo")) {
            const SourceResult result = echoAt(server);
            QVERIFY(!result.ok);
            error = result.error;
        } else {
            const UpdateOutcome outcome = updateAt(client, server);
            QCOMPARE(outcome.kind, UpdateOutcome::Kind::RetryLater);
            QVERIFY(!outcome.succeeded());
            error = outcome.reason;
        }
        QVERIFY2(error.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(server.connections() >= 1); // the client did connect and start the handshake
        QVERIFY(server.requests().isEmpty()); // but sent nothing over it
    }

    // The control: the same clients and servers with the CA's certificate for 127.0.0.1 work.
    void goodCertificateIsAnswered()
    {
        HttpTestServer server;
        server.setTls(serverTls(QStringLiteral("server")));
        server.setHandler([](const HttpTestServer::Request &request) {
            return request.path() == QLatin1String("/ip") ? Response::text("81.2.69.160\n")
                                                          : Response::text("good 81.2.69.160\n");
        });
        QVERIFY(server.listen());
        const SourceResult echo = echoAt(server);
        QVERIFY2(echo.ok, qPrintable(echo.error));
        const UpdateOutcome outcome = updateAt(QStringLiteral("dyndns2"), server);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.reason));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).basicCredentials(), QByteArray("alice:s3cret-pass"));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
