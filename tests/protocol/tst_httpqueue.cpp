// Requests beyond the connections Qt opens to one server wait in HttpClient, and their time limit
// starts when they go out: a request queued behind six slow ones still gets its whole time.
#include "httptestserver.h"
#include "net/httpclient.h"
#include "redactor.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Homing;
using namespace Homing::Test;
using namespace std::chrono_literals;
using Response = HttpTestServer::Response;

class TestHttpQueue : public QObject
{
    Q_OBJECT

private slots:
    void deadlineCountsFromSend()
    {
        QNetworkAccessManager manager;
        Redactor redactor;
        HttpClient http(&manager, &redactor);
        HttpTestServer server;
        QVERIFY(server.listen());
        server.respondWith(Response::text("ok"));
        server.hold(); // the first requests get no answer: they run into their time limit

        constexpr int kSlow = HttpClient::connectionsPerServer;
        QList<HttpResponse> answers;
        for (int i = 0; i <= kSlow; ++i) {
            HttpRequest request;
            request.url = server.url(QStringLiteral("/r%1").arg(i));
            request.timeout = 1500ms;
            http.send(request, this, [&answers](const HttpResponse &response) { answers.append(response); });
        }
        // Six went out; the seventh waits in Homing, not in Qt, and nothing has reached the server for it.
        QTRY_COMPARE(server.requests().size(), kSlow);
        QCOMPARE(http.waiting(), 1);
        QCOMPARE(http.inFlight(), kSlow + 1);

        // The six time out. Only then does the seventh go out, with its whole time limit ahead.
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), kSlow, 10000);
        for (const HttpResponse &answer : std::as_const(answers))
            QCOMPARE(answer.error, HttpResponse::Error::Timeout);
        server.release();
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), kSlow + 1, 10000);
        const HttpResponse &last = answers.last();
        QVERIFY2(last.ok(), qPrintable(last.errorText));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.url.path(), QStringLiteral("/r%1").arg(kSlow));
        QCOMPARE(server.requests().last().path(), QStringLiteral("/r%1").arg(kSlow));
        QCOMPARE(http.waiting(), 0);
        QTRY_COMPARE(http.inFlight(), 0);
    }

    void otherServersDoNotWait()
    {
        QNetworkAccessManager manager;
        Redactor redactor;
        HttpClient http(&manager, &redactor);
        HttpTestServer busy;
        HttpTestServer other;
        QVERIFY(busy.listen());
        QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        busy.respondWith(Response::text("busy"));
        other.respondWith(Response::text("other"));
        busy.hold();
        int busyAnswers = 0;
        for (int i = 0; i < HttpClient::connectionsPerServer + 2; ++i) {
            HttpRequest request;
            request.url = busy.url();
            http.send(request, this, [&busyAnswers](const HttpResponse &) { ++busyAnswers; });
        }
        QTRY_COMPARE(busy.requests().size(), HttpClient::connectionsPerServer);
        QCOMPARE(http.waiting(), 2);
        std::optional<HttpResponse> answer;
        HttpRequest request;
        request.url = other.url();
        http.send(request, this, [&answer](const HttpResponse &response) { answer = response; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->body, QByteArray("other"));
        QCOMPARE(http.waiting(), 2);
        busy.release();
        QTRY_COMPARE(busyAnswers, HttpClient::connectionsPerServer + 2);
        QCOMPARE(busy.requests().size(), HttpClient::connectionsPerServer + 2);
    }
};

QTEST_MAIN(TestHttpQueue)
#include "tst_httpqueue.moc"
