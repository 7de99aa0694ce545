#include "attentionfix.h"

#include "providers/providerregistry.h"

#include <QCoreApplication>

namespace Homing {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Homing::AttentionFix)
};

} // namespace

std::optional<AttentionFix> attentionFix(const Host &host, const HostRecord &record)
{
    if (record.state != HostState::NeedsAttention)
        return std::nullopt;
    AttentionFix fix;
    if (record.lastDrift.isValid() && !record.credentialsRejected) {
        fix.kind = AttentionFix::Kind::Restore;
        fix.label = Text::tr("Restore");
        return fix;
    }
    fix.label = Text::tr("Edit host…");
    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    const QStringList secrets = info ? info->secretFields() : QStringList();
    if (!record.credentialsRejected || secrets.isEmpty())
        return fix;
    fix.kind = AttentionFix::Kind::ReenterSecret;
    fix.secretField = secrets.first();
    // The word the provider's form uses: a password, a token, or a key (TSIG, HE's DDNS key).
    const QString field = fix.secretField.toLower();
    if (field.contains(QLatin1String("password")))
        fix.label = Text::tr("Re-enter password…");
    else if (field.contains(QLatin1String("key")) || field.contains(QLatin1String("secret")))
        fix.label = Text::tr("Re-enter key…");
    else
        fix.label = Text::tr("Re-enter token…");
    return fix;
}

} // namespace Homing
