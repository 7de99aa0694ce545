#include "hosteditcontroller.h"

#include "dialogs/hosteditordialog.h"
#include "providers/providerregistry.h"
#include "redactor.h"
#include "runtime.h"
#include "secretproblem.h"
#include "service/homingservice.h"

#include <QMessageBox>
#include <QPushButton>

namespace Homing {

HostEditController::HostEditController(HomingService *service, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runtime(service->runtime())
    , m_dialogParent(dialogParent)
{
}

QString HostEditController::failureText(const SecretResult &result) const
{
    const int timeout = static_cast<int>(m_runtime->secrets()->timeout().count() / 1000);
    SecretResult redacted = result;
    redacted.message = m_runtime->redactor()->redact(result.message);
    const SecretProblem problem = describeSecretProblem(redacted, m_runtime->secrets()->description(), timeout);
    return QStringLiteral("<b>%1</b><br/>%2").arg(problem.title.toHtmlEscaped(), problem.text.toHtmlEscaped());
}

void HostEditController::openEditor()
{
    QStringList sourceIds;
    for (const SourceConfig &source : m_runtime->config().sources)
        sourceIds.append(source.id);
    m_editor = new HostEditorDialog(ProviderRegistry::catalogue(), sourceIds, m_dialogParent);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &HostEditorDialog::saveRequested, this, &HostEditController::save);
    connect(m_editor, &HostEditorDialog::testRequested, this, &HostEditController::test);
}

void HostEditController::addHost()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    openEditor();
    m_editor->open();
}

void HostEditController::editHost(const QUuid &hostId)
{
    const Host *host = m_runtime->config().host(hostId);
    if (!host)
        return;
    if (m_editor)
        m_editor->close();
    openEditor();
    m_editor->setHost(*host);
    m_editor->open();
}

void HostEditController::reenterSecret(const QUuid &hostId, const QString &field)
{
    editHost(hostId);
    if (m_editor)
        m_editor->askForSecret(field,
                               tr("The provider refused the stored one. Enter it again and save: Homing then "
                                  "sends the update at once."));
}

void HostEditController::save()
{
    if (!m_editor)
        return;
    const Host host = m_editor->host();
    const QHash<QString, QString> secrets = m_editor->secrets();
    m_service->saveHost(
        host, secrets, m_editor, [this, host, written = !secrets.isEmpty()](const HomingService::Result &result) {
            if (!m_editor)
                return;
            if (!result.ok) {
                if (result.secretFailure)
                    m_editor->showError(failureText(*result.secretFailure) + QStringLiteral("<br/>")
                                        + tr("Nothing was saved; your input is still here.").toHtmlEscaped());
                else
                    m_editor->showError(result.error.toHtmlEscaped());
                return;
            }
            m_editor->accept();
            emit hostSaved(host.id, written);
        });
}

void HostEditController::test()
{
    if (!m_editor)
        return;
    m_service->testCredentials(
        m_editor->host(), m_editor->secrets(), m_editor,
        [this](const HomingService::Result &result, const UpdateOutcome &outcome) {
            if (!m_editor)
                return;
            if (!result.ok)
                m_editor->showTestResult(false,
                                         result.secretFailure ? failureText(*result.secretFailure) : result.error);
            else if (outcome.succeeded())
                m_editor->showTestResult(true, tr("The provider accepted these settings."));
            else if (outcome.kind == UpdateOutcome::Kind::NeedsUser)
                m_editor->showTestResult(
                    false, outcome.fix.isEmpty() ? outcome.reason : tr("%1 %2").arg(outcome.reason, outcome.fix));
            else
                m_editor->showTestResult(false, tr("The provider could not tell now: %1").arg(outcome.reason));
        },
        [this](int ahead) {
            // The account's budget is spent for now: the test waits its turn, as an update does.
            if (m_editor)
                m_editor->showTestProgress(
                    ahead == 0 ? tr("Testing… waiting for the provider's rate limit (next in line)")
                               : tr("Testing… waiting for the provider's rate limit (%n ahead)", nullptr, ahead));
        });
}

void HostEditController::removeHost(const QUuid &hostId, bool confirmed)
{
    const Host *host = m_runtime->config().host(hostId);
    if (!host)
        return;
    if (confirmed) {
        doRemove(hostId);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove host"),
                                tr("Remove %1? Homing stops updating it and deletes its password from the keychain. "
                                   "The DNS record itself is left as it is.")
                                    .arg(host->displayName()),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    connect(remove, &QPushButton::clicked, this, [this, hostId] { doRemove(hostId); });
    box->open();
}

void HostEditController::doRemove(const QUuid &hostId)
{
    const Host *host = m_runtime->config().host(hostId);
    if (!host)
        return;
    const QString name = host->displayName();
    m_service->removeHost(hostId, this, [this, hostId, name](const HomingService::Result &result) {
        if (!result.ok) {
            QString text = result.error.toHtmlEscaped();
            if (result.secretFailure)
                text = failureText(*result.secretFailure) + QStringLiteral("<br/>")
                    + tr("The host stays so that its password is not left behind; "
                         "try again once the keychain works.")
                          .toHtmlEscaped();
            emit problem(tr("%1 was not removed").arg(name), text);
            return;
        }
        emit hostRemoved(hostId);
    });
}

} // namespace Homing
