// homingctl test-credentials against a loopback Cloudflare: the stored token is used, the verdict
// and exit status are right, and the token never appears in what homingctl prints.
#include "httptestserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing::Test;

class TestCredentialsCommand : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server;
    QTemporaryDir m_dir;

    int homingctl(const QStringList &args, const QByteArray &input, QByteArray *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(HOMINGCTL_PATH),
                      QStringList {QStringLiteral("--config-dir"), m_dir.path()} + args);
        process.write(input);
        process.closeWriteChannel();
        // QProcess::waitForFinished spins its own loop; the loopback server needs ours.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 15000); }();
        *output = process.readAll();
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
        m_server.setHandler([](const HttpTestServer::Request &request) {
            const bool ok = request.header("authorization") == "Bearer good-token-4711-xxxxxxxxxxxxxxxxxxxxxxxxx";
            const QJsonObject reply {
                {QStringLiteral("success"), ok},
                {QStringLiteral("errors"), QJsonArray()},
                {QStringLiteral("result"), QJsonObject {{QStringLiteral("status"), QStringLiteral("active")}}}};
            return HttpTestServer::Response::text(QJsonDocument(reply).toJson(), ok ? 200 : 401);
        });
        const QJsonObject host {
            {QStringLiteral("id"), QStringLiteral("0b6b1d7e-5a3c-4a8e-9d51-1f1c8f5e0a11")},
            {QStringLiteral("name"), QStringLiteral("home.example.org")},
            {QStringLiteral("provider"), QStringLiteral("cloudflare")},
            {QStringLiteral("families"), QJsonArray {QStringLiteral("ipv4")}},
            {QStringLiteral("settings"),
             QJsonObject {{QStringLiteral("server"), m_server.url(QStringLiteral("/client/v4")).toString()},
                          {QStringLiteral("zone"), QStringLiteral("example.org")}}}};
        const QJsonObject config {
            {QStringLiteral("schema"), 1},
            {QStringLiteral("settings"), QJsonObject {{QStringLiteral("secretStore"), QStringLiteral("file")}}},
            {QStringLiteral("hosts"), QJsonArray {host}}};
        QFile file(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    void acceptedToken()
    {
        QByteArray output;
        QCOMPARE(homingctl({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("home.example.org"),
                            QStringLiteral("token")},
                           "good-token-4711-xxxxxxxxxxxxxxxxxxxxxxxxx\n", &output),
                 0);
        m_server.clearRequests();
        QCOMPARE(homingctl({QStringLiteral("test-credentials"), QStringLiteral("home.example.org")}, {}, &output), 0);
        QVERIFY2(output.contains("credentials accepted"), output.constData());
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/client/v4/user/tokens/verify"));
        QCOMPARE(m_server.requests().first().header("authorization"),
                 QByteArray("Bearer good-token-4711-xxxxxxxxxxxxxxxxxxxxxxxxx"));
        QVERIFY(!output.contains("good-token-4711-xxxxxxxxxxxxxxxxxxxxxxxxx"));
    }

    void refusedTokenAsJson()
    {
        QByteArray output;
        QCOMPARE(homingctl({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("home.example.org"),
                            QStringLiteral("token")},
                           "bad-token-0815-xxxxxxxxxxxxxxxxxxxxxxxxxx\n", &output),
                 0);
        QCOMPARE(homingctl(
                     {QStringLiteral("test-credentials"), QStringLiteral("home.example.org"), QStringLiteral("--json")},
                     {}, &output),
                 1);
        const QByteArray json = output.mid(output.indexOf('{'), output.lastIndexOf('}') - output.indexOf('{') + 1);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value(QStringLiteral("accepted")).toBool(true), false);
        QCOMPARE(object.value(QStringLiteral("outcome")).toString(), QStringLiteral("needs-user"));
        QVERIFY(!object.value(QStringLiteral("fix")).toString().isEmpty());
        QVERIFY(!output.contains("bad-token-0815-xxxxxxxxxxxxxxxxxxxxxxxxxx"));
    }

    // homingctl secret set takes only what the provider could accept: a Cloudflare token of the
    // wrong form is refused with the provider's rule, and nothing reaches the server.
    void tokenOfTheWrongFormIsRefused()
    {
        QByteArray output;
        const qsizetype before = m_server.requests().size();
        QCOMPARE(homingctl({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("home.example.org"),
                            QStringLiteral("token")},
                           "0123456789abcdef0123456789abcdef01234\n", &output),
                 64);
        QVERIFY2(output.contains("Global API Key"), output.constData());
        QVERIFY2(!output.contains("0123456789abcdef0123456789abcdef01234"), "the refused secret is not echoed");
        QCOMPARE(m_server.requests().size(), before);
    }

    void unknownHostAndUnavailableCheck()
    {
        QByteArray output;
        QCOMPARE(homingctl({QStringLiteral("test-credentials"), QStringLiteral("nowhere.example.org")}, {}, &output),
                 66);
        QCOMPARE(homingctl({QStringLiteral("test-credentials")}, {}, &output), 64);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsCommand)
#include "tst_credentialscommand.moc"
