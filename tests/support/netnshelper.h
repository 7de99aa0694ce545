#pragma once

#include <QString>
#include <QStringList>

namespace Homing::Test {

// A throwaway network namespace holding a veth pair (veth0 <-> veth1, both up, no automatic IPv6
// link-local addresses), for tests that add and remove addresses (TESTBED.md §6). Needs root.
// The namespace is deleted when the object goes; a process that entered it keeps it alive until
// it exits.
class NetnsHelper
{
public:
    explicit NetnsHelper(const QString &purpose);
    ~NetnsHelper();
    NetnsHelper(const NetnsHelper &) = delete;
    NetnsHelper &operator=(const NetnsHelper &) = delete;

    // Why these tests cannot run here (not root, no ip), or empty.
    static QString unavailableReason();

    bool create(QString *error);
    // Moves the calling thread into the namespace (setns); sockets it opens afterwards live there.
    bool enter(QString *error);
    // Runs `ip -n <name> <arguments>`.
    bool ip(const QStringList &arguments, QString *error = nullptr);
    // Runs `ip -n <name> -batch -` with these lines (one process, so the changes come in a burst).
    bool ipBatch(const QStringList &lines, QString *error = nullptr);
    bool sysctl(const QString &key, const QString &value, QString *error = nullptr);
    void destroy();

    QString name() const { return m_name; }

private:
    QString m_name;
    bool m_created = false;
};

} // namespace Homing::Test
