// Every provider's handling of its replies (status, headers, body; several requests in turn) through
// a fake network: the first input byte chooses the provider, the second the address families.
#include "fakenetwork.h"
#include "fuzzsupport.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUuid>

using namespace Homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    Fuzz::ensureApplication();
    static const QList<ProviderInfo> catalogue = ProviderRegistry::catalogue();
    const ProviderInfo &info = catalogue.at(data[0] % catalogue.size());
    Fuzz::FakeNetwork network;
    network.setInput(Fuzz::bytes(data + 2, size - 2));
    Redactor redactor;
    HttpClient http(&network, &redactor);
    std::unique_ptr<Provider> provider(ProviderRegistry::create(info.id, &http, nullptr));
    if (!provider)
        __builtin_trap();

    UpdateRequest request;
    request.host.id = QUuid(0x3f2b0d8e, 0x5c1a, 0x4c8e, 0x9a, 0x57, 0x0c, 0x6f, 0x1e, 0x2d, 0x4b, 0x7a);
    request.host.name = QStringLiteral("home.example.org");
    request.host.providerId = info.id;
    for (const FieldInfo &field : info.fields) {
        const QString value = !field.defaultValue.isEmpty() ? field.defaultValue
            : field.kind == FieldInfo::Kind::Number         ? QString::number(field.minimum)
            : field.kind == FieldInfo::Kind::Url            ? QStringLiteral("https://provider.invalid/api")
            : field.kind == FieldInfo::Kind::Bool           ? QStringLiteral("true")
            : !field.choices.isEmpty()                      ? field.choices.first()
                                                            : QStringLiteral("example.org");
        if (field.kind == FieldInfo::Kind::Secret)
            request.secrets.insert(field.name, QStringLiteral("fuzz-secret-value"));
        else
            request.host.settings.insert(field.name, value);
    }
    if (data[1] & 1 || !(data[1] & 2))
        request.ipv4 = QHostAddress(QStringLiteral("81.2.69.160"));
    if (data[1] & 2)
        request.ipv6 = QHostAddress(QStringLiteral("2a01:4f8:c0c:1234::7"));

    QEventLoop loop;
    int calls = 0;
    auto done = [&](const UpdateOutcome &outcome) {
        ++calls;
        // An outcome is a sentence for people, never empty when something went wrong, and never
        // holds the secret.
        if ((!outcome.succeeded() && outcome.reason.isEmpty()) || outcome.reason.contains(QLatin1String("fuzz-secret"))
            || outcome.reply.contains(QLatin1String("fuzz-secret")))
            __builtin_trap();
        loop.quit();
    };
    QObject context;
    if (data[1] & 4)
        provider->testCredentials(request, &context, done);
    else
        provider->update(request, &context, done);
    if (calls == 0)
        loop.exec();
    QCoreApplication::processEvents(); // let deferred deletes of the replies run
    if (calls != 1 || network.requests() > 64)
        __builtin_trap(); // exactly one outcome, from a bounded number of requests
    return 0;
}
