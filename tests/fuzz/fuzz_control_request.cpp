// A control-socket request line, parsed and answered by a ControlServer over a real (scratch)
// runtime whose scheduler is not started.
#include "control/controlserver.h"
#include "engine/scheduler.h"
#include "fuzzsupport.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static QTemporaryDir dir;
    static Redactor redactor;
    static Runtime *runtime = [] {
        auto *r = new Runtime(&redactor);
        QString error;
        if (r->open(Paths::inDirectory(dir.path()), &error) != Runtime::Failure::None)
            qFatal("cannot open the scratch runtime: %s", qPrintable(error));
        return r;
    }();
    static HomingService *service = new HomingService(runtime, Scheduler::Options {});
    static ControlServer *server = new ControlServer(service);

    QJsonObject reply;
    const QByteArray line = Fuzz::bytes(data, size);
    const std::optional<QJsonObject> request = ControlServer::parseRequest(line, &reply);
    if (request) {
        const QString command = request->value(QStringLiteral("command")).toString();
        if (command == QLatin1String("update") || command == QLatin1String("reload"))
            return 0; // these start work outside the request (network, files)
        reply = server->handle(*request);
    }
    if (!reply.contains(QStringLiteral("ok")))
        __builtin_trap(); // every request gets a yes or no
    QCoreApplication::processEvents();
    return 0;
}
