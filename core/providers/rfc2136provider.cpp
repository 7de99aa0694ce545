#include "rfc2136provider.h"

#include "clock.h"
#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "rfc2136reply.h"

#include <QFile>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Homing {

namespace F = ProviderFields;

namespace {
constexpr int kRfc2136DefaultTtl = 60;
constexpr qint64 kClockTolerance = 300; // TSIG's usual fudge
const QString kTimeCheck = QStringLiteral("https://cloudflare.com/cdn-cgi/trace");

QString withoutDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

// A domain name from uncompressed wire form (as ldns hands over SOA MNAME).
QString nameFromWire(const QByteArray &wire)
{
    QStringList labels;
    qsizetype position = 0;
    while (position < wire.size()) {
        const int length = static_cast<unsigned char>(wire.at(position));
        if (length == 0 || length > 63 || position + 1 + length > wire.size())
            break;
        labels.append(QString::fromLatin1(wire.mid(position + 1, length)));
        position += 1 + length;
    }
    return labels.join(QLatin1Char('.')).toLower();
}

quint16 newId()
{
    return static_cast<quint16>(QRandomGenerator::global()->bounded(65536));
}

UpdatePrerequisite prerequisiteOf(const Host &host)
{
    const QString value = host.setting(QStringLiteral("prerequisite"));
    if (value == QLatin1String("record-exists"))
        return UpdatePrerequisite::RecordExists;
    if (value == QLatin1String("name-exists"))
        return UpdatePrerequisite::NameExists;
    return UpdatePrerequisite::None;
}

FieldInfo numberField(const char *name, const QString &label, int minimum, int maximum, int defaultValue,
                      const QString &help)
{
    FieldInfo field = F::text(name, label, help, false);
    field.kind = FieldInfo::Kind::Number;
    field.minimum = minimum;
    field.maximum = maximum;
    field.defaultValue = QString::number(defaultValue);
    return field;
}
} // namespace

Rfc2136Provider::Rfc2136Provider(const ProviderInfo &info, HttpClient *http, QObject *parent)
    : Provider(info, http, parent)
    , m_dns(new DnsClient(this))
{
    m_options.timeout = std::chrono::milliseconds(10000);
    m_options.udpAttempts = 3;
}

ProviderInfo Rfc2136Provider::info()
{
    ProviderInfo info = F::describe("rfc2136", QT_TRANSLATE_NOOP("QObject", "Your own name server (RFC 2136 + TSIG)"),
                                    "https://www.rfc-editor.org/rfc/rfc2136",
                                    tr("BIND, Knot, PowerDNS and any server that takes signed dynamic updates"));
    info.ipv6 = true;
    info.ttl = true;
    info.parking = true;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.testCredentials = true;
    info.tsigKeyBlock = true;
    info.minIntervalSeconds = 60;
    info.expectedLagSeconds = 60;
    FieldInfo server = F::text("server", tr("Name server"),
                               tr("The primary name server's IP address or host name. Leave empty to send to the "
                                  "primary named in the zone's SOA record (often wrong: set it if you can)."),
                               false);
    server.placeholder = QStringLiteral("192.0.2.53");
    FieldInfo keyName = F::text("keyname", tr("TSIG key name"), tr("The key's name as the server knows it."));
    keyName.placeholder = QStringLiteral("ddns-key");
    info.fields = {
        F::zone(false),
        server,
        numberField("port", tr("Port"), 1, 65535, 53, tr("The name server's port; 53 unless it listens elsewhere.")),
        keyName,
        F::choice("algorithm", tr("TSIG algorithm"), Tsig::algorithms(), QStringLiteral("hmac-sha256"),
                  tr("The key's algorithm, as in the server's key block.")),
        F::secret("secret", tr("TSIG secret"), tr("The key's base64 secret, as in the server's key block.")),
        F::choice("prerequisite", tr("Prerequisite"),
                  {QStringLiteral("none"), QStringLiteral("record-exists"), QStringLiteral("name-exists")},
                  QStringLiteral("none"),
                  tr("none: always replace; record-exists: only when the name already has a record of that type; "
                     "name-exists: only when the name exists.")),
        [] {
            FieldInfo field = F::server(kTimeCheck);
            field.name = QStringLiteral("timecheck");
            field.label = tr("Clock check");
            field.help = tr("An https:// address whose Date header Homing compares with this computer's clock when "
                            "the server gives a bare REFUSED (PowerDNS does so for every key problem).");
            return field;
        }(),
    };
    info.notes = tr("One atomic update per family: the A (or AAAA) RRset is deleted and the new address added with "
                    "the host's TTL (60 s by default). Replies must carry a valid TSIG signature. Paste the key block "
                    "from tsig-keygen, keymgr or pdnsutil into the host editor.");
    return info;
}

QList<DnsServer> Rfc2136Provider::systemResolvers()
{
    QList<DnsServer> servers;
    QFile file(QStringLiteral("/etc/resolv.conf"));
    if (!file.open(QIODevice::ReadOnly))
        return servers;
    static const QRegularExpression line(QStringLiteral("^\\s*nameserver\\s+(\\S+)"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromLatin1(file.readAll())); it.hasNext();) {
        const QHostAddress address(it.next().captured(1));
        if (!address.isNull())
            servers.append(DnsServer {address, 53});
    }
    return servers;
}

QList<DnsServer> Rfc2136Provider::resolvers() const
{
    return m_resolvers ? *m_resolvers : systemResolvers();
}

quint64 Rfc2136Provider::now() const
{
    static const SystemClock system;
    const Clock *clock = m_clock ? m_clock : &system;
    return static_cast<quint64>(clock->now().toSecsSinceEpoch());
}

void Rfc2136Provider::prepare(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QObject *context,
                              Ready ready)
{
    const Host &host = request.host;
    Target target;
    target.key.name = host.setting(QStringLiteral("keyname")).trimmed();
    const QString algorithm = host.setting(QStringLiteral("algorithm"));
    target.key.algorithm = algorithm.isEmpty() ? QStringLiteral("hmac-sha256") : algorithm;
    const auto secret = QByteArray::fromBase64Encoding(request.secrets.value(QStringLiteral("secret")).toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (target.key.name.isEmpty() || Tsig::normalizedAlgorithm(target.key.algorithm).isEmpty() || !secret
        || secret.decoded.isEmpty()) {
        job->finish(UpdateOutcome::needsUser(
            tr("The TSIG key for %1 is incomplete or its secret is not base64.").arg(host.name),
            tr("Paste the key block from the name server into the host editor.")));
        return;
    }
    target.key.secret = secret.decoded;
    target.zone = withoutDot(host.setting(QStringLiteral("zone")).trimmed());
    bool portOk = false;
    const int port = host.setting(QStringLiteral("port")).toInt(&portOk);
    target.server.port = portOk && port > 0 && port < 65536 ? static_cast<quint16>(port) : 53;

    const QString server = host.setting(QStringLiteral("server")).trimmed();
    if (server.isEmpty()) {
        findZone(job, request, context, target, false, ready);
        return;
    }
    const QHostAddress address(server);
    if (!address.isNull()) {
        target.server.address = address;
        findZone(job, request, context, target, true, ready);
        return;
    }
    QHostInfo::lookupHost(server, context, [=, this](const QHostInfo &info) {
        Target resolved = target;
        if (info.addresses().isEmpty()) {
            job->finish(UpdateOutcome::retryLater(
                tr("The name server %1 could not be found: %2").arg(server, info.errorString()),
                ProviderReplies::kTransient));
            return;
        }
        resolved.server.address = info.addresses().constFirst();
        findZone(job, request, context, resolved, true, ready);
    });
}

void Rfc2136Provider::findZone(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QObject *context,
                               Target target, bool haveServer, Ready ready)
{
    if (!target.zone.isEmpty() && haveServer) {
        QString label;
        if (!F::relativeName(request.host.name, target.zone, &label)) {
            job->finish(
                UpdateOutcome::needsUser(tr("%1 is not inside the zone %2.").arg(request.host.name, target.zone),
                                         tr("Set the zone to the domain the host name belongs to.")));
            return;
        }
        ready(target);
        return;
    }
    // Ask the server (or, without one, a resolver) for the SOA above the name.
    DnsServer asked = target.server;
    DnsQueryOptions options = m_options;
    if (!haveServer) {
        const QList<DnsServer> found = resolvers();
        if (found.isEmpty()) {
            job->finish(UpdateOutcome::needsUser(tr("No name server is set and this computer has no resolver to find "
                                                    "the zone's primary."),
                                                 tr("Set the name server.")));
            return;
        }
        asked = found.constFirst();
        options.recursionDesired = true;
    }
    const DnsQuestion question {target.zone.isEmpty() ? request.host.name : target.zone, DnsType::SOA, DnsClass::IN};
    job->record(tr("SOA query for %1 to %2").arg(question.name, asked.toString()), {});
    m_dns->query(asked, question, options, context, [=, this](const DnsResult &result) {
        if (!result.ok()) {
            job->finish(UpdateOutcome::retryLater(
                tr("Homing could not find the zone of %1: %2").arg(request.host.name, result.errorText),
                ProviderReplies::kTransient));
            return;
        }
        const QList<DnsRecord> sections = result.reply.answers + result.reply.authority;
        for (const DnsRecord &record : sections) {
            if (record.type != DnsType::SOA || record.fields.isEmpty())
                continue;
            Target found = target;
            found.zone = withoutDot(record.name);
            QString label;
            if (!F::relativeName(request.host.name, found.zone, &label))
                continue;
            if (haveServer) {
                ready(found);
                return;
            }
            findPrimary(job, request, context, found, nameFromWire(record.fields.constFirst()), DnsType::A, ready);
            return;
        }
        job->finish(UpdateOutcome::needsUser(
            tr("%1 does not serve a zone that holds %2 (it answered %3 with no SOA record).")
                .arg(asked.toString(), request.host.name, DnsMessage::rcodeName(result.reply.rcode)),
            tr("Check the host name, and set the zone and the name server that is primary for it.")));
    });
}

void Rfc2136Provider::findPrimary(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                  QObject *context, Target target, const QString &mname, quint16 type, Ready ready)
{
    DnsQueryOptions options = m_options;
    options.recursionDesired = true;
    const QList<DnsServer> found = resolvers();
    if (found.isEmpty() || mname.isEmpty()) {
        job->finish(UpdateOutcome::needsUser(tr("The zone %1 names no usable primary server.").arg(target.zone),
                                             tr("Set the name server.")));
        return;
    }
    m_dns->query(found.constFirst(), DnsQuestion {mname, type, DnsClass::IN}, options, context,
                 [=, this](const DnsResult &result) {
                     for (const DnsRecord &record : result.reply.answers) {
                         if (record.type == type && !record.address().isNull()) {
                             Target primary = target;
                             primary.server.address = record.address();
                             ready(primary);
                             return;
                         }
                     }
                     if (type == DnsType::A) {
                         findPrimary(job, request, context, target, mname, DnsType::AAAA, ready);
                         return;
                     }
                     job->finish(UpdateOutcome::retryLater(
                         tr("The zone's primary %1 (from its SOA record) has no address Homing could find.").arg(mname),
                         ProviderReplies::kTransient));
                 });
}

void Rfc2136Provider::sendSigned(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                 QObject *context, const Target &target, QByteArray message, const QString &summary,
                                 const QString &typeName, std::function<void(bool, UpdateOutcome)> then)
{
    const QByteArray mac = Tsig::sign(&message, target.key, now());
    m_dns->send(target.server, message, m_options, context, [=, this](const DnsResult &result) {
        if (!result.ok()) {
            job->record(summary, result.errorText);
            then(false,
                 UpdateOutcome::retryLater(tr("No usable reply from the name server: %1").arg(result.errorText),
                                           ProviderReplies::kTransient));
            return;
        }
        Rfc2136Reply::Context words {request.host.name, target.zone, typeName, target.server.toString(),
                                     target.key,        mac,         now()};
        const Rfc2136Reply::Reading reading = Rfc2136Reply::read(result.wire, words);
        job->record(result.viaTcp ? summary + tr(" (over TCP)") : summary, reading.summary);
        if (reading.bareRefused) {
            checkClock(job, request, reading.outcome, [then](UpdateOutcome outcome) { then(false, outcome); });
            return;
        }
        then(reading.success, reading.outcome);
    });
}

void Rfc2136Provider::sendUpdate(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                 QObject *context, const Target &target, quint16 type,
                                 const std::optional<QHostAddress> &address, Done done)
{
    DnsUpdate update;
    update.id = newId();
    update.zone = target.zone;
    update.name = request.host.name;
    update.type = type;
    update.address = address;
    update.ttl = request.host.ttl > 0 ? static_cast<quint32>(request.host.ttl) : kRfc2136DefaultTtl;
    update.prerequisite = address ? prerequisiteOf(request.host) : UpdatePrerequisite::None;
    QString error;
    const QByteArray message = update.toWire(&error);
    if (message.isEmpty()) {
        done(UpdateOutcome::needsUser(error, tr("Check the host name and the zone.")));
        return;
    }
    const QString typeName = DnsMessage::typeName(type);
    const QString summary = address
        ? tr("UPDATE zone %1: replace %2 %3 with %4 (TTL %5) at %6, key %7 (%8)")
              .arg(target.zone, request.host.name, typeName, address->toString())
              .arg(update.ttl)
              .arg(target.server.toString(), target.key.name, Tsig::normalizedAlgorithm(target.key.algorithm))
        : tr("UPDATE zone %1: delete %2 %3 at %4, key %5 (%6)")
              .arg(target.zone, request.host.name, typeName, target.server.toString(), target.key.name,
                   Tsig::normalizedAlgorithm(target.key.algorithm));
    sendSigned(job, request, context, target, message, summary, typeName,
               [address, done, typeName](bool success, UpdateOutcome failure) {
                   if (!success)
                       done(failure);
                   else if (address)
                       done(UpdateOutcome::updated({*address}));
                   else
                       done(UpdateOutcome::updated({}, tr("Deleted the %1 record.").arg(typeName)));
               });
}

void Rfc2136Provider::checkClock(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                 UpdateOutcome refused, Done done)
{
    const QUrl url = F::baseUrl(request.host, kTimeCheck, QStringLiteral("timecheck"));
    HttpRequest probe;
    probe.url = url;
    probe.maxBodyBytes = 4096;
    job->send(probe, [=, this](const HttpResponse &response) {
        const QDateTime reference
            = QDateTime::fromString(QString::fromLatin1(response.header("date")), Qt::RFC2822Date);
        if (!response.ok() || !reference.isValid()) {
            UpdateOutcome outcome = refused;
            outcome.reason += QLatin1Char(' ')
                + tr("(Homing could not compare this computer's clock with %1: check the clock too.)").arg(url.host());
            done(outcome);
            return;
        }
        const qint64 skew = static_cast<qint64>(now()) - reference.toSecsSinceEpoch();
        if (std::abs(skew) > kClockTolerance) {
            done(Rfc2136Reply::clockOff(skew, url.host(), reference.toUTC()));
            return;
        }
        UpdateOutcome outcome = refused;
        outcome.reason += QLatin1Char(' ')
            + tr("This computer's clock agrees with %1, so the key, its algorithm or "
                 "the server's policy is the likely cause.")
                  .arg(url.host());
        done(outcome);
    });
}

void Rfc2136Provider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    prepare(job, request, context, [=, this](const Target &target) {
        job->forEachAddress(request.addresses(), [=, this](const QHostAddress &address, ProviderJob::Done done) {
            const quint16 type = address.protocol() == QAbstractSocket::IPv4Protocol ? DnsType::A : DnsType::AAAA;
            sendUpdate(job, request, context, target, type, address, done);
        });
    });
}

void Rfc2136Provider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    prepare(job, request, context, [=, this](const Target &target) {
        QList<quint16> types;
        if (request.host.ipv4)
            types.append(DnsType::A);
        if (request.host.ipv6)
            types.append(DnsType::AAAA);
        auto next = std::make_shared<std::function<void(QList<quint16>)>>();
        *next = [=, this](QList<quint16> rest) {
            if (rest.isEmpty()) {
                job->finish(UpdateOutcome::updated(
                    {}, tr("Parked: deleted the address records of %1.").arg(request.host.name)));
                *next = nullptr; // breaks the cycle
                return;
            }
            const quint16 type = rest.takeFirst();
            sendUpdate(job, request, context, target, type, std::nullopt, [=](UpdateOutcome outcome) {
                if (!outcome.succeeded()) {
                    job->finish(outcome);
                    *next = nullptr;
                    return;
                }
                (*next)(rest);
            });
        };
        (*next)(types);
    });
}

void Rfc2136Provider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    prepare(job, request, context, [=, this](const Target &target) {
        QString error;
        const QByteArray query
            = DnsMessage::buildQuery(newId(), DnsQuestion {target.zone, DnsType::SOA, DnsClass::IN}, false, 0, &error);
        if (query.isEmpty()) {
            job->finish(UpdateOutcome::needsUser(error, tr("Check the zone.")));
            return;
        }
        const QString summary = tr("signed SOA query for %1 to %2, key %3 (%4)")
                                    .arg(target.zone, target.server.toString(), target.key.name,
                                         Tsig::normalizedAlgorithm(target.key.algorithm));
        sendSigned(job, request, context, target, query, summary, QStringLiteral("SOA"),
                   [job, target](bool success, UpdateOutcome failure) {
                       job->finish(success ? UpdateOutcome::unchanged(
                                       {},
                                       tr("The name server %1 accepted the key %2 for the zone %3.")
                                           .arg(target.server.toString(), target.key.name, target.zone))
                                           : failure);
                   });
    });
}

} // namespace Homing
