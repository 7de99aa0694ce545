#pragma once

#include "model/observation.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Homing {

struct SourceResult
{
    bool ok = false;
    Observation observation; // with ok
    QString error; // without ok: a specific, redacted reason
};

// Something that can tell this network's public address for a family.
class AddressSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SourceResult &)>;

    explicit AddressSource(const QString &id, QObject *parent = nullptr);

    QString id() const { return m_id; }
    virtual bool supports(AddressFamily family) const = 0;
    // The callback runs exactly once, later, unless context is destroyed first. The address has
    // been parsed strictly but not yet validated for publishing (see AddressValidator).
    virtual void detect(AddressFamily family, QObject *context, Callback callback) = 0;

private:
    QString m_id;
};

} // namespace Homing
