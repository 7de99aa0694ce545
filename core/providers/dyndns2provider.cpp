#include "dyndns2provider.h"

#include "logging.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace Homing {

namespace {

constexpr auto kServerTrouble = 30min;
constexpr auto kTransient = 5min;

FieldInfo serverField(const QString &defaultServer)
{
    FieldInfo field;
    field.name = QStringLiteral("server");
    field.label = QObject::tr("Server");
    field.kind = FieldInfo::Kind::Url;
    field.required = defaultServer.isEmpty();
    field.defaultValue = defaultServer;
    field.placeholder = defaultServer.isEmpty() ? QStringLiteral("https://dyndns.example.net") : defaultServer;
    field.help = QObject::tr("The update server's address; https:// is required except for a server on this machine.");
    return field;
}

FieldInfo textField(const char *name, const QString &label, const QString &help)
{
    FieldInfo field;
    field.name = QLatin1String(name);
    field.label = label;
    field.help = help;
    return field;
}

FieldInfo secretField(const char *name, const QString &label, const QString &help)
{
    FieldInfo field = textField(name, label, help);
    field.kind = FieldInfo::Kind::Secret;
    return field;
}

ProviderInfo dyndns2Info(const char *id, const char *name, const char *helpUrl, const QString &summary,
                         const QString &defaultServer, const QString &userHelp)
{
    ProviderInfo info;
    info.id = QLatin1String(id);
    info.name = QLatin1String(name);
    info.protocol = QStringLiteral("dyndns2");
    info.helpUrl = QLatin1String(helpUrl);
    info.summary = summary;
    info.ipv4 = true;
    info.ipv6 = true;
    info.parking = false;
    info.fields = {serverField(defaultServer), textField("username", QObject::tr("User name"), userHelp),
                   secretField("password", QObject::tr("Password"),
                               QObject::tr("Stored in the system keychain, never in the config file."))};
    return info;
}

struct Code
{
    const char *word;
    const char *reason;
    const char *fix;
};

// Codes after which the host must not be updated again until the user acts.
const Code kNeedsUser[] = {
    {"badauth", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider rejected the user name or password."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Check the user name and password (or updater key) for this host.")},
    {"!donator", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The request used a feature the account does not include."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Turn off the paid option for this host or upgrade the account.")},
    {"notfqdn", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider says the host name is not a full domain name."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Enter the full host name, e.g. home.example.org.")},
    {"nohost", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The host name does not exist in this account."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Check the host name's spelling and that it belongs to this account.")},
    {"numhost", QT_TRANSLATE_NOOP("Homing::Dyndns2", "Too many hosts in one request, or a round-robin host."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Contact the provider about this host's setup.")},
    {"abuse", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider has blocked this host for abuse."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Contact the provider to unblock the host, then resume it.")},
    {"badagent", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider refused this client (user agent or method)."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Report this to the Homing developers; do not retry.")},
    {"badsys", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider rejected the system parameter."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Report this to the Homing developers; do not retry.")},
    {"!yours", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The host name belongs to another account."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Use the account that owns this host name.")},
    {"!active", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The domain is not activated at the provider."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Activate the domain in the provider's control panel.")},
};

QString trCode(const char *text)
{
    return QCoreApplication::translate("Homing::Dyndns2", text);
}

QList<QHostAddress> parseAddresses(const QByteArray &text)
{
    QList<QHostAddress> result;
    for (const QByteArray &part : text.split(',')) {
        QHostAddress address;
        if (address.setAddress(QString::fromLatin1(part.trimmed())))
            result.append(address);
    }
    return result;
}

} // namespace

Dyndns2Provider::Dyndns2Provider(const ProviderInfo &info, const Quirks &quirks, HttpClient *http, QObject *parent)
    : Provider(info, http, parent)
    , m_quirks(quirks)
{
}

QList<ProviderInfo> Dyndns2Provider::catalogue()
{
    const QString userHelp = QObject::tr("The account's user name.");
    ProviderInfo dyn = dyndns2Info("dyndns", "DynDNS (Dyn)", "https://help.dyn.com/remote-access-api/",
                                   QObject::tr("Dyn's Remote Access API (dyndns2)"),
                                   QStringLiteral("https://members.dyndns.org"), userHelp);
    dyn.notes = QObject::tr("The password may also be an updater client key.");
    ProviderInfo noip = dyndns2Info(
        "noip", "No-IP", "https://www.noip.com/integrate/request", QObject::tr("No-IP dynamic update (dyndns2)"),
        QStringLiteral("https://dynupdate.no-ip.com"), QObject::tr("The account e-mail address or a group user name."));
    noip.notes = QObject::tr("Free hosts expire unless refreshed; Homing re-sends every 25 days.");
    noip.fields[1].label = QObject::tr("E-mail or group user name");
    ProviderInfo custom
        = dyndns2Info("dyndns2", "dyndns2-compatible server", "https://help.dyn.com/remote-access-api/perform-update/",
                      QObject::tr("Any server that speaks the dyndns2 protocol"), QString(), userHelp);
    return {dyn, noip, custom};
}

Dyndns2Provider::Quirks Dyndns2Provider::quirksFor(const QString &providerId)
{
    Quirks quirks;
    if (providerId == QLatin1String("dyndns")) {
        quirks.defaultServer = QStringLiteral("https://members.dyndns.org");
    } else if (providerId == QLatin1String("noip")) {
        quirks.defaultServer = QStringLiteral("https://dynupdate.no-ip.com");
    }
    return quirks;
}

UpdateOutcome Dyndns2Provider::classify(const QByteArray &line, const QList<QHostAddress> &sent)
{
    const QByteArray trimmed = line.trimmed();
    const int space = trimmed.indexOf(' ');
    const QByteArray code = (space < 0 ? trimmed : trimmed.left(space)).toLower();
    const QByteArray rest = space < 0 ? QByteArray() : trimmed.mid(space + 1).trimmed();

    if (code == "good" || code == "nochg") {
        const QList<QHostAddress> echoed = parseAddresses(rest);
        const bool sentLoopback
            = std::any_of(sent.begin(), sent.end(), [](const QHostAddress &a) { return a.isLoopback(); });
        const bool echoedLoopback
            = std::any_of(echoed.begin(), echoed.end(), [](const QHostAddress &a) { return a.isLoopback(); });
        if (echoedLoopback && !sentLoopback) {
            return UpdateOutcome::needsUser(trCode("The provider answered \"good 127.0.0.1\": it refused this client."),
                                            trCode("Report this to the Homing developers; do not retry."));
        }
        for (const QHostAddress &address : echoed) {
            if (!sent.isEmpty() && !sent.contains(address)) {
                return UpdateOutcome::retryLater(
                    trCode("The provider reports the address %1, which is not the one sent.").arg(address.toString()),
                    kTransient);
            }
        }
        return code == "good" ? UpdateOutcome::updated(sent) : UpdateOutcome::unchanged(sent);
    }
    for (const Code &entry : kNeedsUser) {
        if (code == entry.word) {
            UpdateOutcome outcome = UpdateOutcome::needsUser(trCode(entry.reason), trCode(entry.fix));
            return outcome;
        }
    }
    if (code == "911" || code == "dnserr" || code == "servererror") {
        return UpdateOutcome::retryLater(
            trCode("The provider reports a problem on its side (%1); waiting at least 30 minutes.")
                .arg(QString::fromLatin1(code)),
            kServerTrouble);
    }
    return UpdateOutcome::retryLater(
        trCode("The provider's reply was not understood: \"%1\"").arg(QString::fromUtf8(trimmed.left(80))), kTransient);
}

void Dyndns2Provider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    const Host &host = request.host;
    QString server = host.setting(QStringLiteral("server"));
    if (server.isEmpty())
        server = m_quirks.defaultServer;
    QUrl url(server);
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(m_quirks.path);

    QUrlQuery query;
    if (m_quirks.sendSystem)
        query.addQueryItem(QStringLiteral("system"), QStringLiteral("dyndns"));
    query.addQueryItem(QStringLiteral("hostname"), host.name);
    QStringList addresses;
    for (const QHostAddress &address : request.addresses())
        addresses.append(address.toString());
    query.addQueryItem(QStringLiteral("myip"), addresses.join(QLatin1Char(',')));
    url.setQuery(query);

    HttpRequest httpRequest;
    httpRequest.url = url;
    httpRequest.basicAuth
        = qMakePair(host.setting(QStringLiteral("username")), request.secrets.value(QStringLiteral("password")));
    const QString summary = http()->describe(httpRequest);
    const QList<QHostAddress> sent = request.addresses();

    http()->send(httpRequest, context, [this, summary, sent, callback](const HttpResponse &response) {
        UpdateOutcome outcome;
        if (response.error == HttpResponse::Error::Refused) {
            outcome = UpdateOutcome::needsUser(response.errorText, tr("Change the server address to an https:// URL."));
        } else if (!response.ok()) {
            outcome = UpdateOutcome::retryLater(tr("No usable reply from the provider: %1").arg(response.errorText),
                                                kTransient);
        } else if (response.status == 429) {
            outcome
                = UpdateOutcome::retryLater(tr("The provider asks Homing to slow down (HTTP 429)."),
                                            response.retryAfter(QDateTime::currentDateTimeUtc()).value_or(kTransient));
        } else {
            const QByteArray firstLine = response.body.trimmed().split('\n').value(0);
            if (firstLine.isEmpty() && (response.status == 401 || response.status == 403)) {
                outcome = classify("badauth", sent);
            } else if (firstLine.isEmpty()) {
                outcome = UpdateOutcome::retryLater(
                    tr("The provider sent an empty reply (HTTP %1).").arg(response.status), kTransient);
            } else {
                outcome = classify(firstLine, sent);
                if (outcome.kind == UpdateOutcome::Kind::RetryLater && response.status >= 500
                    && outcome.retryAfter < kServerTrouble)
                    outcome.retryAfter = kTransient;
            }
            if (outcome.kind == UpdateOutcome::Kind::RetryLater) {
                if (auto after = response.retryAfter(QDateTime::currentDateTimeUtc());
                    after && *after > outcome.retryAfter)
                    outcome.retryAfter = *after;
            }
        }
        outcome.httpStatus = response.status;
        outcome.requestSummary = summary;
        outcome.reply = response.ok() ? http()->describeBody(response.body) : response.errorText;
        qCInfo(lcProvider).noquote() << info().id << outcomeKindName(outcome.kind) << "-" << outcome.reason;
        callback(outcome);
    });
}

} // namespace Homing
