#include "commandsource.h"

#include "clock.h"
#include "echoparser.h"
#include "logging.h"

#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

namespace Homing {

namespace {

constexpr qint64 kMaxOutput = 4096;

} // namespace

CommandSource::CommandSource(const SourceConfig &config, const Clock *clock, QObject *parent)
    : AddressSource(config.id, parent)
    , m_program(config.option(QStringLiteral("program")))
    , m_arguments(config.options.value(QStringLiteral("arguments")).toStringList())
    , m_clock(clock)
{
    const QStringList families
        = config.options.value(QStringLiteral("families"), QStringList {QStringLiteral("ipv4")}).toStringList();
    for (const QString &name : families) {
        AddressFamily family;
        if (familyFromName(name, &family) && !m_families.contains(family))
            m_families.append(family);
    }
    const int timeout = config.options.value(QStringLiteral("timeoutMs"), 10000).toInt();
    if (timeout > 0)
        m_timeoutMs = timeout;
}

bool CommandSource::supports(AddressFamily family) const
{
    return !m_program.isEmpty() && m_families.contains(family);
}

void CommandSource::detect(AddressFamily family, QObject *context, Callback callback)
{
    struct Job
    {
        QPointer<QObject> context;
        Callback callback;
        bool done = false;
    };
    auto job = std::make_shared<Job>(Job {context, std::move(callback)});
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    const QString sourceId = id();

    auto finish = [this, job, process, family, sourceId](bool ok, const QHostAddress &address, const QString &error) {
        if (job->done)
            return;
        job->done = true;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill(); // reaped by QProcess; the object goes once it has finished
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
        } else {
            process->deleteLater();
        }
        SourceResult result;
        result.ok = ok;
        result.error = error;
        if (ok)
            result.observation = Observation {address, family, sourceId, m_clock->now()};
        else
            qCInfo(lcAddress).noquote() << "source" << sourceId << familyName(family) << "failed:" << error;
        if (job->context)
            job->callback(result);
    };

    if (context)
        connect(context, &QObject::destroyed, process, [job, finish] {
            job->context = nullptr;
            finish(false, {}, {});
        });
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, finish] {
        finish(false, {}, tr("%1 did not finish within %2 s").arg(m_program).arg(m_timeoutMs / 1000.0));
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process, finish] {
        if (process->bytesAvailable() > kMaxOutput)
            finish(false, {}, tr("%1 printed more than %2 bytes").arg(m_program).arg(kMaxOutput));
    });
    connect(process, &QProcess::errorOccurred, this, [this, finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false, {}, tr("%1 could not be started (missing or not executable)").arg(m_program));
    });
    connect(process, &QProcess::finished, this,
            [this, process, family, finish](int exitCode, QProcess::ExitStatus status) {
                if (status == QProcess::CrashExit) {
                    finish(false, {}, tr("%1 crashed").arg(m_program));
                    return;
                }
                if (exitCode != 0) {
                    const QString firstLine = QString::fromUtf8(process->readAllStandardError().left(200))
                                                  .section(QLatin1Char('\n'), 0, 0)
                                                  .trimmed();
                    finish(false, {},
                           tr("%1 exited with status %2%3")
                               .arg(m_program)
                               .arg(exitCode)
                               .arg(firstLine.isEmpty() ? QString() : QStringLiteral(": ") + firstLine));
                    return;
                }
                QHostAddress address;
                QString error;
                if (EchoParser::parse(process->readAllStandardOutput().left(kMaxOutput), EchoParser::Format::Auto,
                                      family, &address, &error))
                    finish(true, address, {});
                else
                    finish(false, {}, tr("%1 printed no single address: %2").arg(m_program, error));
            });

    if (!supports(family)) {
        QTimer::singleShot(0, process, [finish, family] {
            finish(false, {}, tr("this command is not set up for %1").arg(familyName(family)));
        });
        return;
    }
    QStringList arguments = m_arguments;
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("{family}"), familyName(family));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOMING_FAMILY"), familyName(family));
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    timer->start(m_timeoutMs);
    // Started from the event loop, so that even a failure to start reaches the callback later.
    QTimer::singleShot(0, process,
                       [this, process, arguments] { process->start(m_program, arguments, QIODevice::ReadOnly); });
}

} // namespace Homing
