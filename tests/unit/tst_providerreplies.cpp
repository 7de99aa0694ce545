// ProviderReplies::jsonObject under a SharedAnswer: the answer many hosts read is parsed once, and
// nothing else is ever answered from that parse.
#include "providers/providerreplies.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Homing;
using namespace Homing::ProviderReplies;

class TestProviderReplies : public QObject
{
    Q_OBJECT

private slots:
    void aSharedAnswerIsReadAsItsOwnBytesOnly()
    {
        const QByteArray listing = R"({"result":[{"id":"r1","name":"home.example.org"}]})";
        const SharedAnswer parsedOnce(listing);
        for (int host = 0; host < 3; ++host) {
            const QByteArray copy = listing; // what each waiting host holds: the same buffer
            const std::optional<QJsonObject> object = jsonObject(copy);
            QVERIFY(object);
            QVERIFY(object->contains(QStringLiteral("result")));
        }
        // Other bytes, even while the shared answer lives: their own parse.
        QCOMPARE(jsonObject(R"({"other":1})")->value(QStringLiteral("other")).toInt(), 1);
        QByteArray changed = listing;
        changed.replace("r1", "r2"); // a change detaches: another buffer, other bytes
        QCOMPARE(jsonObject(changed)
                     ->value(QStringLiteral("result"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("r2")));
        QVERIFY(!jsonObject(QByteArray("garbage")));
        QVERIFY(!jsonObject(QByteArray()));
        // And the shared one still reads as itself.
        QCOMPARE(jsonObject(listing)
                     ->value(QStringLiteral("result"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("r1")));
    }

    void aBrokenSharedAnswerStaysBroken()
    {
        const QByteArray truncated = R"({"result":[{"id":)";
        const SharedAnswer parsedOnce(truncated);
        QVERIFY(!jsonObject(truncated));
        QVERIFY(!jsonObject(truncated));
        QVERIFY(jsonObject(R"({"fine":true})"));
    }
};

QTEST_GUILESS_MAIN(TestProviderReplies)
#include "tst_providerreplies.moc"
