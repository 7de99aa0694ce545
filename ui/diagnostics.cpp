#include "diagnostics.h"

#include "model/hoststate.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/secretstore.h"

#include <QGuiApplication>
#include <QSysInfo>
#include <QtGlobal>

namespace Homing {

QString buildDiagnostics(Runtime *runtime, const QString &desktopSummary)
{
    const Config &config = runtime->config();
    QStringList lines;
    lines << QStringLiteral("Homing %1 (Qt %2 built, %3 running)")
                 .arg(QStringLiteral(HOMING_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    lines << QStringLiteral("System: %1, %2, platform %3")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                      QGuiApplication::platformName());
    lines << QStringLiteral("Desktop: %1").arg(desktopSummary);
    lines << QStringLiteral("Secrets: %1").arg(runtime->secrets()->description());
    lines << QStringLiteral("Settings: poll %1 s, quorum %2, history %3 days, secret backend %4")
                 .arg(config.settings.pollIntervalSeconds)
                 .arg(config.settings.quorum)
                 .arg(config.settings.historyRetentionDays)
                 .arg(secretBackendName(config.settings.secretBackend));
    for (const SourceConfig &source : config.sources)
        lines << QStringLiteral("Source %1 (%2)%3")
                     .arg(source.id, source.kind, source.enabled ? QString() : QStringLiteral(" disabled"));
    const QHash<QUuid, HostRecord> records = runtime->state()->loadAll();
    lines << QStringLiteral("Hosts: %1").arg(config.hosts.size());
    for (const Host &host : config.hosts) {
        const HostRecord record = records.value(host.id);
        lines << QStringLiteral("- %1 via %2: %3%4, last outcome %5, failures %6%7")
                     .arg(host.name, host.providerId, hostStateName(record.state),
                          record.paused ? QStringLiteral(" (paused)") : QString(),
                          record.lastOutcome.isEmpty() ? QStringLiteral("none") : record.lastOutcome)
                     .arg(record.failureCount)
                     .arg(record.attentionReason.isEmpty() ? QString() : QStringLiteral(": ") + record.attentionReason);
    }
    return runtime->redactor()->redact(lines.join(QLatin1Char('\n')));
}

} // namespace Homing
