#include "hosteditcontroller.h"

#include "dialogs/hosteditordialog.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "redactor.h"
#include "runtime.h"
#include "secretproblem.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

Q_LOGGING_CATEGORY(lcHostEdit, "homing.ui.hosts", QtInfoMsg)

namespace Homing {

namespace {

struct SecretStep
{
    enum class Op
    {
        Read,
        Write,
        Remove
    } op;
    QString field;
    QString value;
};

using StepsDone = std::function<void(bool, SecretResult, QHash<QString, QString>)>;

struct StepRun
{
    SecretStore *store;
    QUuid hostId;
    QList<SecretStep> remaining;
    QPointer<QObject> context;
    StepsDone done;
    QHash<QString, QString> values;
};

void runNextStep(const std::shared_ptr<StepRun> &run)
{
    if (run->remaining.isEmpty()) {
        run->done(true, {}, run->values);
        return;
    }
    const SecretStep step = run->remaining.takeFirst();
    const QString key = SecretStore::keyFor(run->hostId, step.field);
    auto callback = [step, run](const SecretResult &result) {
        const bool fine
            = result.ok() || (result.status == SecretResult::Status::NotFound && step.op != SecretStep::Op::Write);
        if (!fine) {
            run->done(false, result, run->values);
            return;
        }
        if (step.op == SecretStep::Op::Read && result.ok())
            run->values.insert(step.field, result.value);
        runNextStep(run);
    };
    switch (step.op) {
    case SecretStep::Op::Read:
        run->store->read(key, run->context, callback);
        break;
    case SecretStep::Op::Write:
        run->store->write(key, step.value, run->context, callback);
        break;
    case SecretStep::Op::Remove:
        run->store->remove(key, run->context, callback);
        break;
    }
}

// Runs the steps one after the other; done(ok, failure, values read) once at the end or at the
// first failure (not at all if context goes away). A remove or read that finds nothing is fine.
void runSecretSteps(SecretStore *store, const QUuid &hostId, const QList<SecretStep> &steps, QObject *context,
                    StepsDone done)
{
    runNextStep(std::make_shared<StepRun>(StepRun {store, hostId, steps, context, std::move(done), {}}));
}

} // namespace

HostEditController::HostEditController(Runtime *runtime, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
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

void HostEditController::save()
{
    if (!m_editor)
        return;
    const Host host = m_editor->host();
    for (const Host &existing : m_runtime->config().hosts) {
        if (existing.name == host.name && existing.providerId == host.providerId && existing.id != host.id) {
            m_editor->showError(tr("%1 is already configured with this provider.").arg(host.displayName()));
            return;
        }
    }
    QList<SecretStep> steps;
    const QHash<QString, QString> secrets = m_editor->secrets();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        steps.append({SecretStep::Op::Write, it.key(), it.value()});
    // A provider change leaves the old provider's secrets behind: remove those not used any more.
    if (const Host *old = m_runtime->config().host(host.id); old && old->providerId != host.providerId) {
        const QStringList now = m_editor->providerInfo().secretFields();
        if (const auto oldInfo = ProviderRegistry::find(old->providerId)) {
            for (const QString &field : oldInfo->secretFields()) {
                if (!now.contains(field))
                    steps.append({SecretStep::Op::Remove, field, {}});
            }
        }
    }
    runSecretSteps(
        m_runtime->secrets(), host.id, steps, m_editor,
        [this, written = !secrets.isEmpty()](bool ok, const SecretResult &failure, const QHash<QString, QString> &) {
            if (!m_editor)
                return;
            if (!ok) {
                m_editor->showError(failureText(failure) + QStringLiteral("<br/>")
                                    + tr("Nothing was saved; your input is still here.").toHtmlEscaped());
                return;
            }
            commitHost(written);
        });
}

void HostEditController::commitHost(bool secretsWritten)
{
    const Host host = m_editor->host();
    Config config = m_runtime->config();
    if (Host *existing = config.host(host.id))
        *existing = host;
    else
        config.hosts.append(host);
    QString error;
    if (!m_runtime->saveConfig(config, &error)) {
        m_editor->showError(m_runtime->redactor()->redact(error).toHtmlEscaped());
        return;
    }
    qCInfo(lcHostEdit).noquote() << "saved host" << host.name << "with provider" << host.providerId;
    m_editor->accept();
    emit hostSaved(host.id, secretsWritten);
}

void HostEditController::test()
{
    if (!m_editor)
        return;
    const Host host = m_editor->host();
    const ProviderInfo info = m_editor->providerInfo();
    Provider *provider = ProviderRegistry::create(host.providerId, m_runtime->http(), m_editor);
    if (!provider) {
        m_editor->showTestResult(false, tr("Homing cannot talk to %1 yet.").arg(info.name));
        return;
    }
    // Secrets the user left empty while editing are the stored ones.
    const QHash<QString, QString> typed = m_editor->secrets();
    QList<SecretStep> reads;
    for (const QString &field : info.secretFields()) {
        if (!typed.contains(field))
            reads.append({SecretStep::Op::Read, field, {}});
    }
    runSecretSteps(m_runtime->secrets(), host.id, reads, m_editor,
                   [this, host, typed, provider](bool ok, const SecretResult &failure, QHash<QString, QString> stored) {
                       if (!m_editor)
                           return;
                       if (!ok) {
                           provider->deleteLater();
                           m_editor->showTestResult(false, failureText(failure));
                           return;
                       }
                       for (auto it = typed.begin(); it != typed.end(); ++it)
                           stored.insert(it.key(), it.value());
                       UpdateRequest request;
                       request.host = host;
                       request.secrets = stored;
                       const HostRecord record = m_runtime->state()->load(host.id);
                       if (host.ipv4 && !record.publishedIpv4.isEmpty())
                           request.ipv4 = QHostAddress(record.publishedIpv4);
                       else if (host.ipv4 && m_addressQuery)
                           request.ipv4 = m_addressQuery(AddressFamily::IPv4);
                       if (host.ipv6 && !record.publishedIpv6.isEmpty())
                           request.ipv6 = QHostAddress(record.publishedIpv6);
                       else if (host.ipv6 && m_addressQuery)
                           request.ipv6 = m_addressQuery(AddressFamily::IPv6);
                       provider->testCredentials(request, m_editor, [this, provider](const UpdateOutcome &outcome) {
                           provider->deleteLater();
                           if (!m_editor)
                               return;
                           const QString reason = m_runtime->redactor()->redact(outcome.reason);
                           const QString fix = m_runtime->redactor()->redact(outcome.fix);
                           if (outcome.succeeded())
                               m_editor->showTestResult(true, tr("The provider accepted these settings."));
                           else if (outcome.kind == UpdateOutcome::Kind::NeedsUser)
                               m_editor->showTestResult(false, fix.isEmpty() ? reason : tr("%1 %2").arg(reason, fix));
                           else
                               m_editor->showTestResult(false, tr("The provider could not tell now: %1").arg(reason));
                       });
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
    QList<SecretStep> steps;
    if (const auto info = ProviderRegistry::find(host->providerId)) {
        for (const QString &field : info->secretFields())
            steps.append({SecretStep::Op::Remove, field, {}});
    }
    const QString name = host->displayName();
    runSecretSteps(m_runtime->secrets(), hostId, steps, this,
                   [this, hostId, name](bool ok, const SecretResult &failure, const QHash<QString, QString> &) {
                       if (!ok) {
                           emit problem(tr("%1 was not removed").arg(name),
                                        failureText(failure) + QStringLiteral("<br/>")
                                            + tr("The host stays so that its password is not left behind; "
                                                 "try again once the keychain works.")
                                                  .toHtmlEscaped());
                           return;
                       }
                       Config config = m_runtime->config();
                       config.hosts.removeIf([&](const Host &h) { return h.id == hostId; });
                       QString error;
                       if (!m_runtime->saveConfig(config, &error)) {
                           emit problem(tr("%1 was not removed").arg(name),
                                        m_runtime->redactor()->redact(error).toHtmlEscaped());
                           return;
                       }
                       if (!m_runtime->state()->remove(hostId, &error))
                           qCWarning(lcHostEdit).noquote() << "could not forget the state of" << name << ":" << error;
                       qCInfo(lcHostEdit).noquote() << "removed host" << name << "and its secrets";
                       emit hostRemoved(hostId);
                   });
}

} // namespace Homing
