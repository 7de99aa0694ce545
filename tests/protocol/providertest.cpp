#include "providertest.h"

#include "providers/providercache.h"
#include "providers/providerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace std::chrono_literals;

namespace Homing::Test {

Response jsonReply(const QJsonValue &value, int status)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    Response response = Response::text(document.toJson(QJsonDocument::Compact), status);
    response.addHeader("Content-Type", "application/json");
    return response;
}

const QHostAddress ProviderTest::kV4(QStringLiteral("81.2.69.160"));
const QHostAddress ProviderTest::kV6(QStringLiteral("2a01:4f8:c0c:1234::7"));

Host ProviderTest::host(const QString &providerId, const QString &name, const QString &serverPath) const
{
    Host h;
    h.id = QUuid::createUuid();
    h.name = name;
    h.providerId = providerId;
    QString server = m_server.url(serverPath).toString();
    if (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    h.settings.insert(QStringLiteral("server"), server);
    return h;
}

QString ProviderTest::line(int i) const
{
    return QString::fromLatin1(m_server.requests().at(i).method + ' ' + m_server.requests().at(i).target);
}

QJsonObject ProviderTest::body(int i) const
{
    return QJsonDocument::fromJson(m_server.requests().at(i).body).object();
}

UpdateRequest ProviderTest::request(const Host &host, const QHash<QString, QString> &secrets, bool v4, bool v6) const
{
    UpdateRequest r;
    r.host = host;
    r.secrets = secrets;
    if (v4)
        r.ipv4 = kV4;
    if (v6)
        r.ipv6 = kV6;
    return r;
}

namespace {
enum class Call
{
    Update,
    TestCredentials,
    Park
};

UpdateOutcome drive(ProviderTest *test, HttpClient *http, const UpdateRequest &request, Call call)
{
    std::unique_ptr<Provider> provider(ProviderRegistry::create(request.host.providerId, http, nullptr));
    if (!provider) {
        QTest::qFail("unknown provider", __FILE__, __LINE__);
        return {};
    }
    provider->setRequestTimeout(1500ms);
    std::optional<UpdateOutcome> result;
    int calls = 0;
    auto done = [&](const UpdateOutcome &outcome) {
        ++calls;
        result = outcome;
    };
    if (call == Call::TestCredentials)
        provider->testCredentials(request, test, done);
    else if (call == Call::Park)
        provider->park(request, test, done);
    else
        provider->update(request, test, done);
    if (result)
        QTest::qFail("the callback ran inside the call", __FILE__, __LINE__);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    // A second callback would come from a request still out; once none is, nothing more can come.
    [&] { QTRY_COMPARE_WITH_TIMEOUT(http->inFlight(), 0, 10000); }();
    if (calls != 1)
        QTest::qFail("the callback must run exactly once", __FILE__, __LINE__);
    return result.value_or(UpdateOutcome {});
}
} // namespace

UpdateOutcome ProviderTest::run(const UpdateRequest &request)
{
    return drive(this, &m_http, request, Call::Update);
}

QList<UpdateOutcome> ProviderTest::runTogether(HttpClient *http, const QList<UpdateRequest> &requests)
{
    std::vector<std::unique_ptr<Provider>> providers;
    QList<UpdateOutcome> outcomes;
    for (const UpdateRequest &one : requests) {
        providers.emplace_back(ProviderRegistry::create(one, http, nullptr));
        if (providers.back()->account().isEmpty())
            QTest::qFail("a client made for a host has an account", __FILE__, __LINE__);
        providers.back()->update(one, this, [&outcomes](const UpdateOutcome &outcome) { outcomes.append(outcome); });
    }
    [&] { QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), requests.size(), 10000); }();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(http->inFlight(), 0, 10000); }();
    return outcomes;
}

void ProviderTest::updateTogether(HttpClient *http, const QList<UpdateRequest> &requests)
{
    for (const UpdateOutcome &outcome : runTogether(http, requests))
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
}

QStringList ProviderTest::sortedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_server.requests().size(); ++i)
        lines.append(line(i));
    lines.sort();
    return lines;
}

QSet<QByteArray> ProviderTest::authorizations(const QByteArray &method) const
{
    QSet<QByteArray> found;
    for (const HttpTestServer::Request &request : m_server.requests()) {
        if (request.method == method)
            found.insert(request.header("authorization"));
    }
    return found;
}

QList<UpdateRequest> ProviderTest::hostsOfZone(const UpdateRequest &model, const QByteArray &token,
                                               const QString &address, const QStringList &labels)
{
    QList<UpdateRequest> hosts;
    for (const QString &label : labels) {
        UpdateRequest one = model;
        one.host.id = QUuid::createUuid();
        one.host.name = label + QLatin1Char('.') + model.host.setting(QStringLiteral("zone"));
        one.secrets.insert(QStringLiteral("token"), QString::fromLatin1(token));
        if (!address.isEmpty())
            one.ipv4 = QHostAddress(address);
        hosts.append(one);
    }
    return hosts;
}

void ProviderTest::checkRemembered(const Pass &pass, const QStringList &cold, const QStringList &warm)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("provider-cache.json"));
    QString error;
    {
        QNetworkAccessManager manager;
        HttpClient http(&manager, &m_redactor);
        QVERIFY2(http.providerCache()->attach(file, &error), qPrintable(error));
        m_server.clearRequests();
        pass(&http, kV4.toString());
        QCOMPARE(sortedLines(), cold);
        m_server.clearRequests();
        pass(&http, QStringLiteral("81.2.69.161"));
        QCOMPARE(sortedLines(), warm);
        QVERIFY2(http.providerCache()->flush(&error), qPrintable(error));
    }
    QNetworkAccessManager manager;
    HttpClient restarted(&manager, &m_redactor);
    QVERIFY2(restarted.providerCache()->attach(file, &error), qPrintable(error));
    m_server.clearRequests();
    pass(&restarted, QStringLiteral("81.2.69.162"));
    QCOMPARE(sortedLines(), warm);
    restarted.providerCache()->detach();
}

void ProviderTest::checkAccountsApart(const Update &update, const UpdateRequest &model, const QByteArray &token,
                                      const QByteArray &otherToken, const QStringList &expected)
{
    QNetworkAccessManager manager;
    HttpClient http(&manager, &m_redactor);
    QList<UpdateRequest> hosts = hostsOfZone(model, token).mid(0, 2);
    hosts.append(hostsOfZone(model, otherToken).at(2));
    m_server.clearRequests();
    update(&http, hosts);
    QCOMPARE(sortedLines(), expected);
    QCOMPARE(authorizations("GET"), (QSet<QByteArray> {"Bearer " + token, "Bearer " + otherToken}));
}

UpdateOutcome ProviderTest::runPark(const UpdateRequest &request)
{
    return drive(this, &m_http, request, Call::Park);
}

UpdateRequest ProviderTest::parkingBoth(UpdateRequest request)
{
    request.host.ipv4 = true;
    request.host.ipv6 = true;
    request.host.park = true;
    request.ipv4 = kV4;
    request.ipv6 = kV6;
    return request;
}

void ProviderTest::checkParked(const UpdateRequest &request, int requests)
{
    m_server.clearRequests();
    const UpdateOutcome parked = runPark(request);
    QCOMPARE(parked.kind, UpdateOutcome::Kind::Updated);
    QVERIFY2(parked.addresses.isEmpty(), "a parked host keeps no address");
    QCOMPARE(m_server.requests().size(), requests);
    checkRedacted(parked, request.secrets);
}

UpdateOutcome ProviderTest::runTest(const UpdateRequest &request)
{
    return drive(this, &m_http, request, Call::TestCredentials);
}

void ProviderTest::checkCommonFailures(const UpdateRequest &request, const QByteArray &truncated,
                                       std::chrono::seconds default429)
{
    struct Case
    {
        const char *name;
        Response response;
        UpdateOutcome::Kind kind;
        std::chrono::seconds least;
    };
    Response limited = Response::text("{}", 429);
    limited.addHeader("Retry-After", "900");
    Response huge;
    huge.repeatBodyBytes = 10 * 1024 * 1024;
    Response stalled;
    stalled.stall = true;
    const auto retry = UpdateOutcome::Kind::RetryLater;
    const auto user = UpdateOutcome::Kind::NeedsUser;
    const QList<Case> cases = {
        {"401", Response::text("", 401), user, 0s},
        {"403", Response::text("", 403), user, 0s},
        {"429 with Retry-After", limited, retry, 900s},
        {"429 without Retry-After", Response::text("", 429), retry, default429},
        {"500", Response::text("", 500), retry, 300s},
        {"502", Response::text("<html>Bad Gateway</html>", 502), retry, 300s},
        {"503", Response::text("", 503), retry, 300s},
        {"garbage", Response::text("<html><body>Welcome to nginx!</body></html>"), retry, 300s},
        {"empty", Response::text(""), retry, 300s},
        {"truncated", Response::text(truncated), retry, 300s},
        {"10 MB", huge, retry, 300s},
        {"stalled", stalled, retry, 300s},
    };
    // The connection closes in the middle of the body.
    if (!m_cutServer.isListening()) {
        QVERIFY(m_cutServer.listen(QHostAddress::LocalHost, 0));
        connect(&m_cutServer, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_cutServer.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\ngood");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    UpdateRequest cut = request;
    const QString from = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
    const QString to = QStringLiteral("127.0.0.1:%1").arg(m_cutServer.serverPort());
    for (auto it = cut.host.settings.begin(); it != cut.host.settings.end(); ++it)
        it.value() = it.value().toString().replace(from, to);
    const UpdateOutcome cutOutcome = run(cut);
    QVERIFY2(cutOutcome.kind == UpdateOutcome::Kind::RetryLater,
             qPrintable(QStringLiteral("cut-off body: ") + outcomeKindName(cutOutcome.kind) + QStringLiteral(": ")
                        + cutOutcome.reason));
    QVERIFY(cutOutcome.retryAfter >= std::chrono::seconds(300));

    for (const Case &c : cases) {
        m_server.clearRequests();
        m_server.respondWith(c.response);
        const UpdateOutcome outcome = run(request);
        const QByteArray what = QByteArray(c.name) + ": got " + outcomeKindName(outcome.kind).toUtf8() + " after "
            + QByteArray::number(qint64(outcome.retryAfter.count())) + "s: " + outcome.reason.toUtf8();
        QVERIFY2(outcome.kind == c.kind, what.constData());
        QVERIFY2(outcome.retryAfter >= c.least, what.constData());
        QVERIFY2(!outcome.reason.isEmpty(), what.constData());
        if (c.kind == user)
            QVERIFY2(!outcome.fix.isEmpty(), what.constData());
        QVERIFY2(!m_server.requests().isEmpty(), what.constData());
        QVERIFY2(!outcome.requestSummary.isEmpty(), what.constData());
        checkRedacted(outcome, request.secrets);
        if (QTest::currentTestFailed())
            return;
    }
}

void ProviderTest::checkRedacted(const UpdateOutcome &outcome, const QHash<QString, QString> &secrets)
{
    for (const QString &secret : secrets) {
        const QString text = outcome.requestSummary + outcome.reply + outcome.reason + outcome.fix;
        QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("secret leaked into: ") + outcome.requestSummary));
    }
}

} // namespace Homing::Test
