#include "tsigkeyblock.h"

#include "dns/tsig.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct TsigKeyBlockText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::TsigKeyBlock)
};

QString captured(const QString &text, const QString &pattern)
{
    const QRegularExpression expression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return expression.match(text).captured(1).trimmed();
}

bool isBase64(const QString &text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return false;
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    return base64.match(text).hasMatch();
}

} // namespace

std::optional<TsigKeyBlock> TsigKeyBlock::parse(const QString &text, QString *error)
{
    TsigKeyBlock key;
    // BIND: key "name" { algorithm hmac-sha256; secret "…"; };
    key.name = captured(text, QStringLiteral("\\bkey\\s+\"?([^\"\\s{]+)\"?\\s*\\{"));
    if (!key.name.isEmpty()) {
        key.algorithm = captured(text, QStringLiteral("\\balgorithm\\s+\"?([A-Za-z0-9.-]+)\"?\\s*;"));
        key.secret = captured(text, QStringLiteral("\\bsecret\\s+\"([^\"]*)\"\\s*;"));
    } else if (!(key.name = captured(text, QStringLiteral("^\\s*-?\\s*id:\\s*\"?([^\"\\s]+)\"?\\s*$"))).isEmpty()) {
        // Knot: key:\n  - id: name\n    algorithm: hmac-sha256\n    secret: …
        key.algorithm = captured(text, QStringLiteral("^\\s*algorithm:\\s*\"?([A-Za-z0-9.-]+)\"?\\s*$"));
        key.secret = captured(text, QStringLiteral("^\\s*secret:\\s*\"?([A-Za-z0-9+/=]+)\"?\\s*$"));
    } else if (!(key.name = captured(text, QStringLiteral("Create new TSIG key\\s+(\\S+)\\s+\\S+\\s+\\S+")))
                    .isEmpty()) {
        // PowerDNS: Create new TSIG key name hmac-sha256 secret
        key.algorithm = captured(text, QStringLiteral("Create new TSIG key\\s+\\S+\\s+(\\S+)\\s+\\S+"));
        key.secret = captured(text, QStringLiteral("Create new TSIG key\\s+\\S+\\s+\\S+\\s+(\\S+)"));
    } else {
        // nsupdate -y [alg:]name:secret, or Knot's "# alg:name:secret" line
        static const QRegularExpression triple(
            QStringLiteral("^\\s*#?\\s*(?:(hmac-[A-Za-z0-9.-]+):)?([A-Za-z0-9._-]+):([A-Za-z0-9+/]+={0,2})\\s*$"));
        const QRegularExpressionMatch match = triple.match(text.trimmed());
        if (match.hasMatch()) {
            key.algorithm = match.captured(1).isEmpty() ? QStringLiteral("hmac-md5") : match.captured(1);
            key.name = match.captured(2);
            key.secret = match.captured(3);
        }
    }
    if (key.name.isEmpty()) {
        *error = TsigKeyBlockText::tr(
            "No key found: paste the key block printed by tsig-keygen (BIND), keymgr -t (Knot) or "
            "pdnsutil generate-tsig-key (PowerDNS).");
        return std::nullopt;
    }
    if (key.name.endsWith(QLatin1Char('.')))
        key.name.chop(1);
    if (key.algorithm.isEmpty())
        key.algorithm = QStringLiteral("hmac-sha256");
    const QString algorithm = Tsig::normalizedAlgorithm(key.algorithm);
    if (algorithm.isEmpty()) {
        *error = TsigKeyBlockText::tr("The key uses %1, which Homing does not speak (it speaks %2).")
                     .arg(key.algorithm, Tsig::algorithms().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    key.algorithm = algorithm;
    if (!isBase64(key.secret)) {
        *error = TsigKeyBlockText::tr("The key \"%1\" has no readable secret (base64 expected).").arg(key.name);
        return std::nullopt;
    }
    return key;
}

} // namespace Homing
