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
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

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

// Asks the enabled sources for each wanted family in parallel, validates the answers and decides
// by consensus. A changed address needs `quorum` agreeing sources (capped at the number of sources
// enabled for the family, so one enabled source suffices alone); the last agreed address is
// confirmed by any one source. Differing answers without a quorum are a disagreement: a signal and
// a warning, never a silent pick. Requests made in the same event-loop turn share one detection;
// a request made while a detection is in flight gets the next one (at most one waits), so its
// answers are never older than the request.
//
// A full check (the default; every event: start, network change, wake, "update now", changed
// settings) asks every enabled source that supports the family. A routine check (a periodic poll,
// Check::routine) is a steady-state check: for a family that has a current() address it asks one
// cheap source alone, and only when that answer fails (error, unusable answer, no answer within
// 10 s) or differs from current() does it ask the rest, reuse the cheap answer and decide exactly
// as a full check would: a changed address still needs the quorum. A family without a current
// address gets a full check; so does every family of a detection that any full request shares.
//
// The cheap source of a family is the first by this order, among the enabled sources that support
// the family:
//  1. a source whose last answer for the family was usable and agreed with the agreed address
//     before one that failed or disagreed (a broken favourite is passed over instead of making
//     every check a full one, until a later check hears it agree again);
//  2. cost on the wire: interface and command sources (nothing sent) < DNS echo (one UDP exchange,
//     ~150 B) < HTTPS echo (~500 B on a reused connection, kilobytes on a new one) < UPnP-IGD
//     (SSDP, description, SOAP);
//  3. config order.
// The choice is fixed, not rotated: a routine check then tells one echo operator, not all of them,
// when this network polls; the order in the config is the user's way to pick the operator; and a
// fixed choice keeps logs and measurements comparable. Rotating buys nothing for correctness: any
// answer but the agreed address brings in the quorum.
class AddressMonitor : public QObject
{
    Q_OBJECT
public:
    AddressMonitor(const QList<SourceConfig> &sources, int quorum, HttpClient *http, const Clock *clock,
                   QObject *parent = nullptr);
    ~AddressMonitor() override;

    // How much a request asks (see the class comment).
    struct Check
    {
        bool routine = false; // a steady-state check: the cheap source alone while it confirms current()
        // With routine: sources asked as well, whatever the cheap one says (a host's own source,
        // Host::sourceOverride, needs its answer in every pass). Unknown ids are ignored.
        QStringList alsoAsk;
    };

    // Asks the enabled sources that support each family, in parallel, once: all of them, or for a
    // routine check the cheap one first (class comment). The callback runs exactly once, later,
    // within about 30 s, unless context is destroyed first. If the monitor is destroyed first, it
    // runs with a failed detection ("cancelled"); without a context it is dropped.
    void detect(const QList<AddressFamily> &families, QObject *context, std::function<void(const Detection &)> callback,
                const Check &check);
    void detect(const QList<AddressFamily> &families, QObject *context,
                std::function<void(const Detection &)> callback); // a full check
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
    int cheapSource(AddressFamily family) const; // an index into m_sources, -1: none supports it
    // Marks each (family, source index) as asked, then asks them.
    void ask(const std::shared_ptr<Run> &run, const QList<std::pair<AddressFamily, int>> &requests);
    // A routine check's cheap answer did not confirm the address: asks the family's other sources.
    void widen(const std::shared_ptr<Run> &run, AddressFamily family, const QString &why);
    void sourceAnswered(const std::shared_ptr<Run> &run, AddressFamily family, int index, const SourceResult &answer);
    // Updates m_doubtful from the answers of this run for the family.
    void noteReliability(const std::shared_ptr<Run> &run, AddressFamily family, const FamilyDetection &result);
    void finishRun(const std::shared_ptr<Run> &run);

    QList<AddressSource *> m_sources;
    QList<int> m_costs; // by index into m_sources: the wire cost rank of its kind (class comment)
    // "family/source index" of sources whose last answer failed or differed from the agreed address:
    // the cheap choice passes them over.
    QSet<QString> m_doubtful;
    QStringList m_configErrors; // "id: why" for sources that could not be built
    int m_quorum;
    const Clock *m_clock;
    QHash<int, QHostAddress> m_current; // by AddressFamily
    std::shared_ptr<Run> m_active; // asking the sources now
    std::shared_ptr<Run> m_next; // collecting requests; starts when m_active finishes
};

} // namespace Homing
