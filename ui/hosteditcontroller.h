#pragma once

#include "model/addressfamily.h"
#include "storage/secretstore.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class QWidget;

namespace Homing {

class HostEditorDialog;
class Runtime;

// Adding, editing, testing and removing hosts. Secrets go to the SecretStore first, one after the
// other; only when all are stored does the host enter the config. On any failure the dialog stays
// open with what the user typed and says what went wrong and what to do. Nothing is ever written
// in plain text instead. Removing a host removes its secrets, its state and then its config entry.
class HostEditController : public QObject
{
    Q_OBJECT
public:
    HostEditController(Runtime *runtime, QWidget *dialogParent, QObject *parent = nullptr);

    void addHost();
    void editHost(const QUuid &hostId);
    // Asks first unless confirmed is true.
    void removeHost(const QUuid &hostId, bool confirmed = false);
    HostEditorDialog *editor() const { return m_editor; }

    // The current public address, for a Test call that has to name one.
    void setAddressQuery(std::function<std::optional<QHostAddress>(AddressFamily)> query)
    {
        m_addressQuery = std::move(query);
    }

signals:
    // secretsWritten: the user typed a new password or token, which releases a host that needs them.
    void hostSaved(const QUuid &hostId, bool secretsWritten);
    void hostRemoved(const QUuid &hostId);
    void problem(const QString &title, const QString &text); // for a message box

private:
    void openEditor();
    void save();
    void test();
    void commitHost(bool secretsWritten);
    void doRemove(const QUuid &hostId);
    QString failureText(const SecretResult &result) const;

    Runtime *m_runtime;
    QPointer<QWidget> m_dialogParent;
    QPointer<HostEditorDialog> m_editor;
    std::function<std::optional<QHostAddress>(AddressFamily)> m_addressQuery;
};

} // namespace Homing
