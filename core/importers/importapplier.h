#pragma once

#include "importpreview.h"
#include "storage/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

namespace Homing {

class ImportTarget;

// Applies a preview: writes the chosen hosts' secrets one after the other, then the hosts and
// sources into the config in one save, then the published addresses from the peer's cache. All or
// nothing: when a secret cannot be written or the config cannot be saved, the secrets already
// written are taken back (and those overwritten restored) and the config is left as it was.
class ImportApplier : public QObject
{
    Q_OBJECT
public:
    enum class Existing
    {
        Skip, // a host with the same name and provider stays as it is
        Update // it takes the imported settings and secrets (its id, state and history stay)
    };

    struct Result
    {
        bool ok = false;
        QString error; // with !ok: what failed; nothing was changed
        QList<QUuid> created;
        QList<QUuid> updated;
        QStringList skipped; // names already configured (with Existing::Skip)
        int secretsWritten = 0;
        int sourcesAdded = 0;
        int seeded = 0; // hosts whose published address came from the cache
        QString seedError; // the import stands; only the cached addresses could not be stored
    };
    using Done = std::function<void(const Result &)>;

    ImportApplier(ImportTarget *target, QObject *parent = nullptr);

    // hostIndexes: which of preview.hosts (all when empty). done runs once, later, from the event loop.
    void apply(const ImportPreview &preview, const QList<int> &hostIndexes, Existing existing, Done done);

    // The outcome as an exit status for homingctl: 0 all imported, 1 some, 2 none.
    static int exitStatus(const ImportPreview &preview, const Result &result);

private:
    ImportTarget *m_target;
};

} // namespace Homing
