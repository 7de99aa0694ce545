#pragma once

#include "desktopcontroller.h"
#include "httptestserver.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/memorysecretstore.h"
#include "verify/verification.h"

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
    // A DesktopController on this runtime, started minimized, after its first pass ended (null,
    // with error, when it did not within 20 s). Only the test moves the address (no netlink or
    // wake-ups); notifications go to bus (a null connection: none).
    std::unique_ptr<DesktopController> startDesktop(const QDBusConnection &bus = QDBusConnection(QString()));

    QTemporaryDir dir;
    Redactor redactor;
    std::unique_ptr<Runtime> runtime;
    MemorySecretStore *secrets = nullptr;
    HttpTestServer echo;
    HttpTestServer provider;
    QByteArray echoAddress = "81.2.69.160";
    QString error;
};

// What the zone's servers answered for one family of a host in zone example.org., as the verifier
// reports it: one server per answer (ns1, ns2, ... at 192.0.2.53, .54, ...), "" for no record;
// the counts follow the answers. checkedAt is now.
FamilyVerification makeVerification(AddressFamily family, FamilyVerification::Status status, const QString &expected,
                                    const QStringList &answers);

} // namespace Homing::Test
