#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <chrono>
#include <functional>

class QTimer;

namespace Homing {

class Clock;
class HostMachine;
class HttpClient;
class SecretStore;

// Takes the names of the hosts that ask for it (Host::park) offline when this machine goes away
// (quit, sleep, shutdown), each by its provider's ParkingMethod through Provider::park(). Every
// outcome goes through the host's machine (a "parked" row, or an error row).
//
// The system waits only a few seconds (logind: 5 s by default), so the secrets of every host that
// parks are read ahead (prepare()) and kept in memory: a park request leaves in the same turn of
// the event loop as the notice, without waiting for the keychain.
class Parker : public QObject
{
    Q_OBJECT
public:
    struct Dependencies
    {
        std::function<QList<HostMachine *>()> machines; // every host's machine
        SecretStore *secrets = nullptr;
        HttpClient *http = nullptr;
        const Clock *clock = nullptr;
    };

    explicit Parker(const Dependencies &dependencies, QObject *parent = nullptr);

    // Reads the secrets of every host that parks, again (after the start, a change of the config
    // or of a secret); done() when all are in (tests wait for it).
    void prepare(std::function<void()> done = {});
    bool isReady(const QUuid &hostId) const;
    // Some host asks to be parked: the delay lock is worth holding.
    bool anyParking() const;
    // Parks every host that wants it now (HostMachine::wantsPark). done(parked) runs once: after
    // the last reply, or at the deadline with replies still out (they are recorded when they come).
    // A second call while the first is out adds what is left and runs both callbacks at the end.
    void parkAll(const QString &why, std::chrono::milliseconds deadline, std::function<void(int parked)> done);
    bool isParking() const { return m_outstanding > 0; }

signals:
    void prepared(); // every host that parks has its secrets read

private:
    struct Ready
    {
        QByteArray fingerprint; // Host::fingerprint() (provider included) the secrets were read for
        QHash<QString, QString> secrets;
    };
    // The host asks to be parked and its provider can park.
    static bool parks(const HostMachine *machine);
    void send(HostMachine *machine, const QHash<QString, QString> &secrets, const QString &why,
              std::chrono::milliseconds timeout);
    void oneDone(bool parked);

    Dependencies m_deps;
    QHash<QUuid, Ready> m_ready;
    int m_generation = 0; // a newer prepare() makes older reads' answers moot
    int m_outstanding = 0;
    QSet<QUuid> m_inFlight; // hosts whose park request is out
    int m_parked = 0;
    std::function<void(int)> m_done;
    QTimer *m_deadline = nullptr;
};

} // namespace Homing
