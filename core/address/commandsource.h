#pragma once

#include "addresssource.h"
#include "sourceconfig.h"

#include <QStringList>

namespace Homing {

class Clock;

// Runs a user-given program (no shell) that prints the address. Options: program, arguments (a
// list; "{family}" is replaced by ipv4/ipv6), families (default ["ipv4"]), timeoutMs (10000).
// The program also sees HOMING_FAMILY=ipv4|ipv6. Its output must be exactly one address (bare or
// {"ip": ...}); a non-zero exit, a crash, too much output or the timeout are failures.
class CommandSource final : public AddressSource
{
    Q_OBJECT
public:
    CommandSource(const SourceConfig &config, const Clock *clock, QObject *parent = nullptr);

    bool supports(AddressFamily family) const override;
    void detect(AddressFamily family, QObject *context, Callback callback) override;

private:
    QString m_program;
    QStringList m_arguments;
    QList<AddressFamily> m_families;
    int m_timeoutMs = 10000;
    const Clock *m_clock;
};

} // namespace Homing
