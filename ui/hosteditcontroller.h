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

class HomingService;
class HostEditorDialog;
class Runtime;

// The dialogs for adding, editing, testing and removing hosts. The changes themselves are the
// HomingService's (secrets first, then the config; on any failure nothing is saved). On a failure
// the dialog stays open with what the user typed and says what went wrong and what to do.
class HostEditController : public QObject
{
    Q_OBJECT
public:
    HostEditController(HomingService *service, QWidget *dialogParent, QObject *parent = nullptr);

    void addHost();
    void editHost(const QUuid &hostId);
    // The editor on that host with the cursor in the secret field the provider refused.
    void reenterSecret(const QUuid &hostId, const QString &field);
    // Asks first unless confirmed is true.
    void removeHost(const QUuid &hostId, bool confirmed = false);
    HostEditorDialog *editor() const { return m_editor; }

signals:
    // secretsWritten: the user typed a new password or token, which releases a host that needs them.
    void hostSaved(const QUuid &hostId, bool secretsWritten);
    void hostRemoved(const QUuid &hostId);
    void problem(const QString &title, const QString &text); // for a message box

private:
    void openEditor();
    void save();
    void test();
    void doRemove(const QUuid &hostId);
    QString failureText(const SecretResult &result) const;

    HomingService *m_service;
    Runtime *m_runtime;
    QPointer<QWidget> m_dialogParent;
    QPointer<HostEditorDialog> m_editor;
};

} // namespace Homing
