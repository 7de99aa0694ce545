#pragma once

#include "model/addressfamily.h"
#include "model/observation.h"
#include "sourceconfig.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Homing {

class AddressSource;
class Clock;
struct SourceResult;
class HttpClient;

struct FamilyDetection
{
    AddressFamily family = AddressFamily::IPv4;
    bool ok = false; // an address reached the quorum (or is unchanged and confirmed)
    QHostAddress address; // with ok
    QStringList agreeingSources; // ids that reported `address`
    QList<Observation> observations; // every valid answer
    QStringList failures; // "source-id: reason" for each source that failed or gave an unusable answer
    // Valid answers differ and no address reached the quorum. With ok this means the unchanged
    // address was kept while another source reported something else (still worth a warning).
    bool disagreement = false;
    QString error; // !ok: one line a person understands; with ok && disagreement: the warning
};

struct Detection
{
    QDateTime time;
    QList<FamilyDetection> families;
    const FamilyDetection *family(AddressFamily family) const;
};

// Asks every enabled source for each wanted family in parallel, validates the answers and decides
// by consensus. A changed address needs `quorum` agreeing sources (capped at the number of sources
// enabled for the family, so one enabled source suffices alone); the last agreed address is
// confirmed by any one source. Differing answers without a quorum are a disagreement: a signal and
// a warning, never a silent pick. Requests made in the same event-loop turn share one detection;
// a request made while a detection is in flight gets the next one (at most one waits), so its
// answers are never older than the request.
class AddressMonitor : public QObject
{
    Q_OBJECT
public:
    AddressMonitor(const QList<SourceConfig> &sources, int quorum, HttpClient *http, const Clock *clock,
                   QObject *parent = nullptr);
    ~AddressMonitor() override;

    // Asks every enabled source that supports each family, in parallel, once. The callback runs
    // exactly once, later, within about 30 s, unless context is destroyed first. If the monitor is
    // destroyed first, it runs with a failed detection ("cancelled"); without a context it is dropped.
    void detect(const QList<AddressFamily> &families, QObject *context,
                std::function<void(const Detection &)> callback);
    std::optional<QHostAddress> current(AddressFamily family) const; // last agreed address
    // Seeds the last agreed address (e.g. from the state store after a restart).
    void setCurrent(AddressFamily family, const QHostAddress &address);
    // Ids of the enabled sources that can report this family.
    QStringList sourcesFor(AddressFamily family) const;
    // A detection is asking its sources, or waits for the one that is.
    bool isDetecting() const { return m_active || m_next; }

    // The consensus rule on its own: observations are already validated.
    static FamilyDetection decide(AddressFamily family, const QList<Observation> &observations,
                                  const QStringList &failures, int enabledSources, int quorum,
                                  const std::optional<QHostAddress> &current);

signals:
    void publicAddressChanged(Homing::AddressFamily family, const QHostAddress &oldAddress,
                              const QHostAddress &newAddress, const QStringList &sources);
    void disagreementDetected(Homing::AddressFamily family, const QString &detail);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        QList<AddressFamily> families;
        std::function<void(const Detection &)> callback;
    };
    struct Run;

    void startNext();
    void sourceAnswered(const std::shared_ptr<Run> &run, AddressFamily family, int index, const SourceResult &answer);
    void finishRun(const std::shared_ptr<Run> &run);

    QList<AddressSource *> m_sources;
    QStringList m_configErrors; // "id: why" for sources that could not be built
    int m_quorum;
    const Clock *m_clock;
    QHash<int, QHostAddress> m_current; // by AddressFamily
    std::shared_ptr<Run> m_active; // asking the sources now
    std::shared_ptr<Run> m_next; // collecting requests; starts when m_active finishes
};

} // namespace Homing
