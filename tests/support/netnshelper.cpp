#include "netnshelper.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace Homing::Test {

namespace {

bool run(const QString &program, const QStringList &arguments, const QByteArray &input, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        if (error)
            *error = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(10000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
                + QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

} // namespace

NetnsHelper::NetnsHelper(const QString &purpose)
    : m_name(QStringLiteral("homing-%1-%2").arg(purpose).arg(QCoreApplication::applicationPid()))
{
}

NetnsHelper::~NetnsHelper()
{
    destroy();
}

QString NetnsHelper::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("creating a network namespace needs root (these tests run as root in CI; TESTBED.md §6)");
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        return QStringLiteral("the ip command (iproute2) is missing");
    return {};
}

bool NetnsHelper::create(QString *error)
{
    if (!run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), m_name}, {}, error))
        return false;
    m_created = true;
    return ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}, error)
        && ip(QStringLiteral("link add veth0 type veth peer name veth1").split(QLatin1Char(' ')), error)
        && sysctl(QStringLiteral("net.ipv6.conf.veth0.accept_dad"), QStringLiteral("0"), error)
        && ip(QStringLiteral("link set veth0 addrgenmode none").split(QLatin1Char(' ')), error)
        && ip(QStringLiteral("link set veth1 addrgenmode none").split(QLatin1Char(' ')), error)
        && ip(QStringLiteral("link set veth0 up").split(QLatin1Char(' ')), error)
        && ip(QStringLiteral("link set veth1 up").split(QLatin1Char(' ')), error);
}

bool NetnsHelper::enter(QString *error)
{
    const QByteArray path = "/var/run/netns/" + m_name.toLatin1();
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("cannot open ") + QString::fromLatin1(path);
        return false;
    }
    const bool ok = ::setns(fd, CLONE_NEWNET) == 0;
    ::close(fd);
    if (!ok)
        *error = QStringLiteral("setns failed");
    return ok;
}

bool NetnsHelper::ip(const QStringList &arguments, QString *error)
{
    return run(QStringLiteral("ip"), QStringList {QStringLiteral("-n"), m_name} + arguments, {}, error);
}

bool NetnsHelper::ipBatch(const QStringList &lines, QString *error)
{
    return run(QStringLiteral("ip"), {QStringLiteral("-n"), m_name, QStringLiteral("-batch"), QStringLiteral("-")},
               lines.join(QLatin1Char('\n')).toLatin1() + '\n', error);
}

bool NetnsHelper::sysctl(const QString &key, const QString &value, QString *error)
{
    return run(QStringLiteral("ip"),
               {QStringLiteral("netns"), QStringLiteral("exec"), m_name, QStringLiteral("sysctl"),
                QStringLiteral("-qw"), key + QLatin1Char('=') + value},
               {}, error);
}

void NetnsHelper::destroy()
{
    if (!m_created)
        return;
    m_created = false;
    run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_name}, {}, nullptr);
}

} // namespace Homing::Test
