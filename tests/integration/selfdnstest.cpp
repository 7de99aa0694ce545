#include "selfdnstest.h"

#include <QTest>

namespace Homing::Test {

UpdateOutcome SelfDnsTest::run(Provider *provider, const UpdateRequest &request, Call call)
{
    std::optional<UpdateOutcome> result;
    int calls = 0;
    QObject context;
    const auto done = [&](const UpdateOutcome &outcome) {
        result = outcome;
        ++calls;
    };
    switch (call) {
    case Call::Update:
        provider->update(request, &context, done);
        break;
    case Call::Park:
        provider->park(request, &context, done);
        break;
    case Call::TestCredentials:
        provider->testCredentials(request, &context, done);
        break;
    }
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 40000); }();
    if (!result)
        return UpdateOutcome::retryLater(QStringLiteral("no outcome within 40 s"));
    [&] { QCOMPARE(calls, 1); }();
    return *result;
}

UpdateRequest SelfDnsTest::request(const Host &host, const QHash<QString, QString> &secrets,
                                   const std::optional<QHostAddress> &v4, const std::optional<QHostAddress> &v6)
{
    UpdateRequest request;
    request.host = host;
    request.secrets = secrets;
    request.ipv4 = v4;
    request.ipv6 = v6;
    return request;
}

} // namespace Homing::Test
