#pragma once

#include <QString>

#include <optional>

namespace Homing {

// A TSIG key as pasted from the name server's tools: BIND `tsig-keygen` (key "name" { algorithm …;
// secret "…"; };), Knot `keymgr -t` (key: - id: … algorithm: … secret: …, or its "# alg:name:secret"
// comment line), nsupdate's `-y [alg:]name:secret`, and PowerDNS `pdnsutil generate-tsig-key`
// ("Create new TSIG key name alg secret").
struct TsigKeyBlock
{
    QString name;
    QString algorithm; // normalized, e.g. "hmac-sha256"
    QString secret; // base64, as the server shows it

    // The key in text, or nullopt with *error saying what is missing or wrong.
    static std::optional<TsigKeyBlock> parse(const QString &text, QString *error);
};

} // namespace Homing
