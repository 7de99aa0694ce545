#pragma once

#include "httptestserver.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/memorysecretstore.h"

#include <QTemporaryDir>

#include <memory>

namespace Homing::Test {

// A config directory in a scratch place, a Runtime opened on it with an in-memory secret store,
// and two loopback servers: an echo source (answers with echoAddress) and a dyndns2 provider
// (answers "good <myip>"). Every address the app talks to is one of these.
class GuiFixture
{
public:
    GuiFixture();

    bool open(); // false: see error
    // Adds a dyndns2 host pointing at the loopback provider; its password goes to the memory store.
    Host addDyndns2Host(const QString &name, const QString &password = QStringLiteral("pw-unused"));
    QByteArray configText() const;

    QTemporaryDir dir;
    Redactor redactor;
    std::unique_ptr<Runtime> runtime;
    MemorySecretStore *secrets = nullptr;
    HttpTestServer echo;
    HttpTestServer provider;
    QByteArray echoAddress = "81.2.69.160";
    QString error;
};

} // namespace Homing::Test
