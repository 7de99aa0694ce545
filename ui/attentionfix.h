#pragma once

#include "model/host.h"
#include "model/hostrecord.h"

#include <QString>

#include <optional>

namespace Homing {

// What the window and the "needs you" notification offer for a host that stopped until the user
// acts: "Re-enter password…" (or token, or key) when the provider refused the secret itself, else
// "Edit host…"; "Restore" for a host stopped because another client kept changing its record. nullopt for a host that
// does not need the user.
struct AttentionFix
{
    enum class Kind
    {
        EditHost,
        ReenterSecret,
        Restore // another client changed the record twice within an hour: send Homing's address again
    };

    Kind kind = Kind::EditHost;
    QString label; // for a button or a notification action
    QString secretField; // with ReenterSecret: the provider's field to enter again
};

std::optional<AttentionFix> attentionFix(const Host &host, const HostRecord &record);

} // namespace Homing
