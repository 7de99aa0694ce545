#include "dyndns2provider.h"

#include "logging.h"
#include "net/httpclient.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace Homing {

using namespace ProviderReplies;

namespace {

constexpr auto kInterval = 10min; // Hurricane Electric's "interval": updates too frequent

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
    {"badrequest", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider rejected the request as malformed."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Check the host name and the families this host updates.")},
    {"noipv4", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider has no dynamic A record for this host."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Create the A record and mark it dynamic, or stop updating IPv4.")},
    {"noipv6", QT_TRANSLATE_NOOP("Homing::Dyndns2", "The provider has no dynamic AAAA record for this host."),
     QT_TRANSLATE_NOOP("Homing::Dyndns2", "Create the AAAA record and mark it dynamic, or stop updating IPv6.")},
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

// nullopt for a word the protocol does not define.
std::optional<UpdateOutcome> classifyKnown(const QByteArray &line, const QList<QHostAddress> &sent)
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
        if (code != entry.word)
            continue;
        if (code == "badauth")
            return UpdateOutcome::credentialsRefused(trCode(entry.reason), trCode(entry.fix));
        return UpdateOutcome::needsUser(trCode(entry.reason), trCode(entry.fix));
    }
    if (code == "911" || code == "dnserr" || code == "servererror") {
        return UpdateOutcome::retryLater(
            trCode("The provider reports a problem on its side (%1); waiting at least 30 minutes.")
                .arg(QString::fromLatin1(code)),
            kServerTrouble);
    }
    if (code == "interval") {
        return UpdateOutcome::retryLater(trCode("The provider says updates come too often; waiting 10 minutes."),
                                         kInterval);
    }
    return std::nullopt;
}

QByteArray noipUserAgent()
{
    // No-IP: "Company NameOfProgram/OSVersion-ReleaseVersion maintainer-contact".
    return "Homing Homing/" + QSysInfo::kernelType().toLatin1()
        + "-" HOMING_VERSION " https://github.com/homing-ddns/homing";
}

// The replies that Dyn sends once for a whole request, whatever the number of names.
bool isAccountWide(const QByteArray &line)
{
    const QByteArray code = line.trimmed().split(' ').value(0).toLower();
    for (const char *word :
         {"badauth", "!donator", "numhost", "abuse", "badagent", "badsys", "911", "dnserr", "servererror"}) {
        if (code == word)
            return true;
    }
    return false;
}

// One host's part of a shared request.
struct Dyndns2Member
{
    std::shared_ptr<ProviderJob> job;
    QString name;
    std::function<void(UpdateOutcome)> done;
};

// A request that waits for more hosts before it goes out.
struct Dyndns2Batch
{
    quint64 serial = 0;
    QPointer<HttpClient> http;
    HttpRequest request; // the first host's: its name is replaced by every member's
    QList<QHostAddress> sent;
    QList<Dyndns2Member> members;
};

// The requests waiting, process-wide (a provider client lives for one host's call), by the
// account and every part of the request but the names.
QHash<QByteArray, Dyndns2Batch> &dyndns2Batches()
{
    static QHash<QByteArray, Dyndns2Batch> batches;
    return batches;
}

HttpRequest withHostnames(HttpRequest request, const QStringList &names)
{
    QUrlQuery query(request.url);
    QList<QPair<QString, QString>> items = query.queryItems();
    for (QPair<QString, QString> &item : items) {
        if (item.first == QLatin1String("hostname"))
            item.second = names.join(QLatin1Char(','));
    }
    query.setQueryItems(items);
    request.url.setQuery(query);
    return request;
}

// A digest of what the request sends besides its names; credentials only ever hashed.
QByteArray requestKey(const HttpClient *http, const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(quintptr(http)));
    for (const QByteArray &part :
         {request.method, request.url.toEncoded(), request.basicAuth ? request.basicAuth->first.toUtf8() : QByteArray(),
          request.basicAuth ? request.basicAuth->second.toUtf8() : QByteArray()}) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(part);
    }
    for (const auto &[name, value] : request.headers) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray(name + ": " + value));
    }
    return hash.result().toHex();
}

// Sends the batch's request once for its hosts whose call is still on (a job that ended meanwhile
// is not resumed), through the HTTP client, which outlives every job, and gives each its line.
void flushDyndns2Batch(const QByteArray &key, quint64 serial)
{
    QHash<QByteArray, Dyndns2Batch> &batches = dyndns2Batches();
    const auto it = batches.constFind(key);
    if (it == batches.cend() || it->serial != serial)
        return; // gone out already
    const Dyndns2Batch batch = batches.take(key);
    QList<Dyndns2Member> members;
    QStringList names;
    for (const Dyndns2Member &member : batch.members) {
        if (member.job->isOver())
            continue;
        members.append(member);
        names.append(member.name);
    }
    if (members.isEmpty() || !batch.http)
        return;
    const HttpRequest request = withHostnames(batch.request, names);
    // Every host's history shows the shared request; the first host's budget counts it.
    const HttpRequest shared = members.first().job->prepared(request);
    for (qsizetype i = 1; i < members.size(); ++i)
        members.at(i).job->prepared(request);
    qCDebug(lcProvider) << "one request for" << names.size() << "names";
    const QList<QHostAddress> sent = batch.sent;
    batch.http->send(shared, batch.http, [members, names, sent](const HttpResponse &response) {
        const QList<UpdateOutcome> outcomes = Dyndns2Provider::interpretEach(response, sent, names);
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (members.at(i).job->isOver())
                continue;
            members.at(i).job->heard(response);
            members.at(i).done(outcomes.at(i));
        }
    });
}

} // namespace

Dyndns2Provider::Dyndns2Provider(const ProviderInfo &info, const Quirks &quirks, HttpClient *http, QObject *parent)
    : Provider(info, http, parent)
    , m_quirks(quirks)
{
}

UpdateOutcome Dyndns2Provider::classify(const QByteArray &line, const QList<QHostAddress> &sent)
{
    if (std::optional<UpdateOutcome> known = classifyKnown(line, sent))
        return *known;
    return UpdateOutcome::retryLater(
        trCode("The provider's reply was not understood: \"%1\"").arg(QString::fromUtf8(line.trimmed().left(80))),
        kTransient);
}

UpdateOutcome Dyndns2Provider::interpret(const HttpResponse &response, const QList<QHostAddress> &sent)
{
    if (!response.ok() || response.status == 429)
        return *commonProblem(response);
    const QByteArray firstLine = response.body.trimmed().split('\n').value(0).trimmed();
    std::optional<UpdateOutcome> outcome = firstLine.isEmpty() ? std::nullopt : classifyKnown(firstLine, sent);
    if (!outcome) {
        if (std::optional<UpdateOutcome> problem = commonProblem(response))
            return *problem;
        if (response.status >= 400)
            return refused(response, QString::fromUtf8(firstLine.left(80)));
        if (firstLine.isEmpty())
            return UpdateOutcome::retryLater(trCode("The provider sent an empty reply (HTTP %1).").arg(response.status),
                                             kTransient);
        return classify(firstLine, sent);
    }
    if (outcome->kind == UpdateOutcome::Kind::RetryLater)
        outcome->retryAfter = waitFor(response, outcome->retryAfter);
    return *outcome;
}

QList<UpdateOutcome> Dyndns2Provider::interpretEach(const HttpResponse &response, const QList<QHostAddress> &sent,
                                                    const QStringList &names)
{
    if (names.size() <= 1)
        return {interpret(response, sent)};
    QList<QByteArray> lines;
    for (const QByteArray &line : response.body.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    // Dyn answers an account or system failure once, not once per name.
    const bool whole = !response.ok() || response.status >= 400 || lines.isEmpty()
        || (lines.size() < names.size() && isAccountWide(lines.first()));
    QList<UpdateOutcome> outcomes;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (whole) {
            outcomes.append(interpret(response, sent));
        } else if (i < lines.size()) {
            HttpResponse own = response;
            own.body = lines.at(i);
            outcomes.append(interpret(own, sent));
        } else {
            outcomes.append(notUnderstood(response)); // no line for this name
        }
    }
    return outcomes;
}

void Dyndns2Provider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    send(request, Mode::Publish, context, std::move(callback));
}

void Dyndns2Provider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    if (info().parkingMethod == ParkingMethod::Offline)
        send(request, Mode::Offline, context, std::move(callback));
    else if (m_quirks.families == Quirks::Families::Desec)
        send(request, Mode::Delete, context, std::move(callback));
    else
        Provider::park(request, context, std::move(callback));
}

void Dyndns2Provider::send(const UpdateRequest &request, Mode mode, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    // Deleting sends no address; what the host had is gone, and the outcome says so.
    const QList<QHostAddress> sent = mode == Mode::Delete ? QList<QHostAddress>() : request.addresses();
    auto finish = [job, mode](UpdateOutcome outcome) {
        if (mode == Mode::Delete && outcome.kind == UpdateOutcome::Kind::Unchanged)
            outcome.kind = UpdateOutcome::Kind::Updated; // deSEC answers "good" either way
        job->finish(outcome);
    };
    if (m_quirks.families == Quirks::Families::OnePerRequest) {
        job->forEachAddress(sent, [this, job, request, mode](const QHostAddress &address, auto done) {
            sendOne(job, request, {address}, mode, done);
        });
        return;
    }
    sendOne(job, request, sent, mode, finish);
}

void Dyndns2Provider::sendOne(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                              const QList<QHostAddress> &sent, Mode mode,
                              const std::function<void(UpdateOutcome)> &done)
{
    const HttpRequest httpRequest = buildRequest(request, sent, mode);
    if (mayShare(request, mode)) {
        sendShared(job, request, httpRequest, sent, done);
        return;
    }
    job->send(httpRequest, [sent, done](const HttpResponse &response) { done(interpret(response, sent)); });
}

HttpRequest Dyndns2Provider::buildRequest(const UpdateRequest &request, const QList<QHostAddress> &sent,
                                          Mode mode) const
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
    const QString group = host.setting(QStringLiteral("group"));
    query.addQueryItem(QStringLiteral("hostname"), group.isEmpty() ? host.name : group);
    std::optional<QHostAddress> v4;
    std::optional<QHostAddress> v6;
    for (const QHostAddress &address : sent)
        (address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4) = address;
    auto text = [](const std::optional<QHostAddress> &a, const char *otherwise) {
        return a ? a->toString() : QString::fromLatin1(otherwise);
    };
    switch (m_quirks.families) {
    case Quirks::Families::MyipList:
    case Quirks::Families::OnePerRequest: {
        QStringList list;
        for (const QHostAddress &address : sent)
            list.append(address.toString());
        query.addQueryItem(QStringLiteral("myip"), list.join(QLatin1Char(',')));
        break;
    }
    case Quirks::Families::MyipAndMyipv6:
        if (v4)
            query.addQueryItem(QStringLiteral("myip"), v4->toString());
        if (v6)
            query.addQueryItem(QStringLiteral("myipv6"), v6->toString());
        break;
    case Quirks::Families::MyipOrNo:
        query.addQueryItem(QStringLiteral("myip"), text(v4, "no"));
        query.addQueryItem(QStringLiteral("myipv6"), text(v6, "no"));
        break;
    case Quirks::Families::Desec:
        if (mode == Mode::Delete) {
            // An empty value deletes that record; a family the host does not use is kept.
            query.addQueryItem(QStringLiteral("myipv4"), host.ipv4 ? QString() : QStringLiteral("preserve"));
            query.addQueryItem(QStringLiteral("myipv6"), host.ipv6 ? QString() : QStringLiteral("preserve"));
            break;
        }
        query.addQueryItem(QStringLiteral("myipv4"), text(v4, "preserve"));
        query.addQueryItem(QStringLiteral("myipv6"), text(v6, "preserve"));
        break;
    }
    // A host that parks with offline=YES is set back online by every update it sends.
    if (mode == Mode::Offline)
        query.addQueryItem(QStringLiteral("offline"), QStringLiteral("YES"));
    else if (m_quirks.offline && host.park)
        query.addQueryItem(QStringLiteral("offline"), QStringLiteral("NO"));
    url.setQuery(query);

    HttpRequest httpRequest;
    httpRequest.url = url;
    const QString password = request.secrets.value(QStringLiteral("password"));
    http()->redactor()->addSecret(password);
    switch (m_quirks.auth) {
    case Quirks::Auth::Basic: {
        const QString user = host.setting(QStringLiteral("username"));
        httpRequest.basicAuth = qMakePair(user.isEmpty() ? host.name : user, password);
        break;
    }
    case Quirks::Auth::BasicHostName:
        httpRequest.basicAuth = qMakePair(host.name, password);
        break;
    case Quirks::Auth::Bearer:
        httpRequest.headers.append({"Authorization", "Bearer " + password.toUtf8()});
        break;
    }
    if (m_quirks.noipUserAgent)
        httpRequest.headers.append({"User-Agent", noipUserAgent()});
    return httpRequest;
}

bool Dyndns2Provider::mayShare(const UpdateRequest &request, Mode mode) const
{
    return mode == Mode::Publish && m_quirks.maxNamesPerRequest > 1
        && request.host.setting(QStringLiteral("group")).isEmpty();
}

void Dyndns2Provider::sendShared(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                 const HttpRequest &httpRequest, const QList<QHostAddress> &sent,
                                 const std::function<void(UpdateOutcome)> &done)
{
    // Hosts share a request only where everything but the name is the same: the account, the
    // server, the credentials and User-Agent, the addresses and the other parameters.
    const QByteArray key = info().budgetAccount(request.host, request.secrets) + '/'
        + requestKey(http(), withHostnames(httpRequest, {}));
    QHash<QByteArray, Dyndns2Batch> &batches = dyndns2Batches();
    auto it = batches.find(key);
    if (it != batches.end() && (!it->http || std::any_of(it->members.cbegin(), it->members.cend(), [&](const auto &m) {
            return m.name.compare(request.host.name, Qt::CaseInsensitive) == 0;
        }))) {
        flushDyndns2Batch(key, it->serial); // the same name twice goes in the next request
        it = batches.end();
    }
    if (it == batches.end()) {
        static quint64 serials = 0;
        Dyndns2Batch batch;
        batch.serial = ++serials;
        batch.http = http();
        batch.request = httpRequest;
        batch.sent = sent;
        it = batches.insert(key, batch);
        // Zero-delay: every update that arrives before this turn of the event loop ends joins.
        QTimer::singleShot(0, http(), [key, serial = batch.serial] { flushDyndns2Batch(key, serial); });
    }
    it->members.append({job, request.host.name, done});
    if (it->members.size() >= m_quirks.maxNamesPerRequest)
        flushDyndns2Batch(key, it->serial);
}

} // namespace Homing
