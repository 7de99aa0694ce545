#include "upnpsource.h"

#include "addressvalidator.h"
#include "clock.h"
#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUdpSocket>
#include <QXmlStreamReader>

namespace Homing {

namespace {

constexpr qint64 kMaxBody = 64 * 1024;

bool isLanAddress(const QHostAddress &address)
{
    switch (AddressValidator::classify(address)) {
    case AddressValidator::Scope::Private:
    case AddressValidator::Scope::LinkLocal:
    case AddressValidator::Scope::Loopback:
    case AddressValidator::Scope::SharedCgnat:
        return true;
    default:
        return false;
    }
}

bool pointsAt(const QUrl &url, const QHostAddress &gateway)
{
    return url.scheme() == QLatin1String("http") && QHostAddress(url.host()) == gateway;
}

} // namespace

struct UpnpSource::Job
{
    QPointer<QObject> context;
    Callback callback;
    bool done = false;
    QUdpSocket *socket = nullptr;
    QNetworkReply *reply = nullptr;
    QTimer *timer = nullptr;
};

UpnpSource::UpnpSource(const SourceConfig &config, const Clock *clock, QObject *parent)
    : AddressSource(config.id, parent)
    , m_ssdpAddress(config.options.value(QStringLiteral("ssdpAddress"), QStringLiteral("239.255.255.250")).toString())
    , m_ssdpPort(static_cast<quint16>(config.options.value(QStringLiteral("ssdpPort"), 1900).toUInt()))
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
{
    const int timeout = config.options.value(QStringLiteral("timeoutMs"), 3000).toInt();
    if (timeout > 0)
        m_timeoutMs = timeout;
    m_network->setProxy(QNetworkProxy::NoProxy); // the gateway is on the LAN
}

UpnpSource::~UpnpSource() = default;

bool UpnpSource::supports(AddressFamily family) const
{
    return family == AddressFamily::IPv4 && !m_ssdpAddress.isNull();
}

void UpnpSource::detect(AddressFamily family, QObject *context, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->context = context;
    job->callback = std::move(callback);
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    if (context)
        connect(context, &QObject::destroyed, job->timer, [this, job] {
            job->callback = nullptr;
            finish(job, {}, {});
        });
    // The whole exchange (search, description, SOAP) ends within three step timeouts.
    connect(job->timer, &QTimer::timeout, job->timer, [this, job] {
        finish(job, {}, tr("the UPnP gateway did not finish answering within %1 ms").arg(3 * m_timeoutMs));
    });
    job->timer->start(3 * m_timeoutMs);
    if (!supports(family)) {
        QTimer::singleShot(0, job->timer, [this, job] { finish(job, {}, tr("UPnP-IGD tells IPv4 addresses only")); });
        return;
    }
    if (m_controlUrl.isValid())
        QTimer::singleShot(0, job->timer, [this, job] { askAddress(job); });
    else
        QTimer::singleShot(0, job->timer, [this, job] { discover(job); });
}

void UpnpSource::discover(const std::shared_ptr<Job> &job)
{
    job->socket = new QUdpSocket(this);
    if (!job->socket->bind(QHostAddress::AnyIPv4, 0)) {
        finish(job, {}, tr("cannot open a UDP socket for SSDP: %1").arg(job->socket->errorString()));
        return;
    }
    if (m_ssdpAddress.isMulticast())
        job->socket->setSocketOption(QAbstractSocket::MulticastTtlOption, 2); // stay on the LAN
    connect(job->socket, &QUdpSocket::readyRead, job->socket, [this, job] {
        while (!job->done && job->socket->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = job->socket->receiveDatagram(8192);
            QHostAddress sender;
            QUrl location;
            if (!parseSearchReply(datagram.data(), datagram.senderAddress(), &sender, &location))
                continue;
            job->socket->deleteLater();
            job->socket = nullptr;
            fetchDescription(job, location, sender);
            return;
        }
    });
    auto *searchTimer = new QTimer(job->socket);
    searchTimer->setSingleShot(true);
    connect(searchTimer, &QTimer::timeout, job->socket,
            [this, job] { finish(job, {}, tr("no UPnP Internet gateway answered within %1 ms").arg(m_timeoutMs)); });
    searchTimer->start(m_timeoutMs);
    const QString host = m_ssdpAddress.toString() + QLatin1Char(':') + QString::number(m_ssdpPort);
    for (const char *target : {"urn:schemas-upnp-org:device:InternetGatewayDevice:1",
                               "urn:schemas-upnp-org:device:InternetGatewayDevice:2"}) {
        const QByteArray search = "M-SEARCH * HTTP/1.1\r\nHOST: " + host.toLatin1()
            + "\r\nMAN: \"ssdp:discover\"\r\nMX: 2\r\nST: " + QByteArray(target) + "\r\n\r\n";
        job->socket->writeDatagram(search, m_ssdpAddress, m_ssdpPort);
    }
}

void UpnpSource::fetchDescription(const std::shared_ptr<Job> &job, const QUrl &location, const QHostAddress &gateway)
{
    get(job, location, {}, {}, [this, job, location, gateway](const QByteArray &body) {
        QUrl controlUrl;
        QString serviceType;
        QString error;
        if (!parseDescription(body, location, &controlUrl, &serviceType, &error)) {
            finish(job, {}, error);
            return;
        }
        if (!pointsAt(controlUrl, gateway)) {
            finish(job, {}, tr("the gateway's control URL points elsewhere (%1)").arg(controlUrl.host()));
            return;
        }
        m_gateway = gateway;
        m_controlUrl = controlUrl;
        m_serviceType = serviceType;
        askAddress(job);
    });
}

void UpnpSource::askAddress(const std::shared_ptr<Job> &job)
{
    const QByteArray service = m_serviceType.toLatin1();
    const QByteArray body = "<?xml version=\"1.0\"?>\r\n"
                            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                            "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">"
                            "<s:Body><u:GetExternalIPAddress xmlns:u=\""
        + service + "\"></u:GetExternalIPAddress></s:Body></s:Envelope>\r\n";
    get(job, m_controlUrl, '"' + service + "#GetExternalIPAddress\"", body, [this, job](const QByteArray &reply) {
        QHostAddress address;
        QString error;
        if (parseExternalAddress(reply, &address, &error))
            finish(job, address, {});
        else
            finish(job, {}, error);
    });
}

void UpnpSource::get(const std::shared_ptr<Job> &job, const QUrl &url, const QByteArray &soapAction,
                     const QByteArray &body, std::function<void(const QByteArray &)> onBody)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (soapAction.isEmpty()) {
        job->reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=\"utf-8\""));
        request.setRawHeader("SOAPAction", soapAction);
        job->reply = m_network->post(request, body);
    }
    QNetworkReply *reply = job->reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBody && !reply->property("tooLarge").toBool()) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, url, onBody] {
        reply->deleteLater();
        if (job->reply != reply || job->done)
            return;
        job->reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("tooLarge").toBool()) {
            m_controlUrl.clear();
            finish(job, {}, tr("the gateway's reply is larger than %1 KB").arg(kMaxBody / 1024));
            return;
        }
        if (reply->error() != QNetworkReply::NoError && (status == 0 || status == 200)) {
            m_controlUrl.clear(); // rediscover next time
            finish(job, {}, tr("the gateway at %1 did not answer: %2").arg(url.host(), reply->errorString()));
            return;
        }
        if (status != 200) {
            m_controlUrl.clear();
            finish(job, {}, tr("the gateway answered HTTP status %1").arg(status));
            return;
        }
        onBody(reply->read(kMaxBody));
    });
}

void UpnpSource::finish(const std::shared_ptr<Job> &job, const QHostAddress &address, const QString &error)
{
    if (job->done)
        return;
    job->done = true;
    if (job->socket)
        job->socket->deleteLater();
    if (job->reply) {
        job->reply->abort();
        job->reply = nullptr;
    }
    job->timer->stop();
    job->timer->deleteLater();
    SourceResult result;
    result.ok = !address.isNull();
    result.error = error;
    if (result.ok)
        result.observation = Observation {address, AddressFamily::IPv4, id(), m_clock->now()};
    else if (job->callback)
        qCInfo(lcAddress).noquote() << "source" << id() << "failed:" << error;
    if (job->callback && job->context)
        job->callback(result);
}

bool UpnpSource::parseSearchReply(const QByteArray &datagram, const QHostAddress &from, QHostAddress *gateway,
                                  QUrl *location)
{
    QHostAddress sender = from;
    if (sender.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = sender.toIPv4Address(&mapped);
        if (mapped)
            sender = QHostAddress(v4);
    }
    if (!isLanAddress(sender))
        return false;
    QUrl found;
    for (const QByteArray &line : datagram.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "location")
            found = QUrl(QString::fromLatin1(line.mid(colon + 1).trimmed()));
    }
    if (!found.isValid() || !pointsAt(found, sender))
        return false; // only the device that answered may name the description
    *gateway = sender;
    *location = found;
    return true;
}

bool UpnpSource::parseDescription(const QByteArray &xml, const QUrl &location, QUrl *controlUrl, QString *serviceType,
                                  QString *error)
{
    QXmlStreamReader reader(xml);
    QUrl base = location;
    QString currentType;
    QString currentControl;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("URLBase")) {
                const QUrl given(reader.readElementText().trimmed());
                if (given.isValid() && !given.isEmpty())
                    base = given;
            } else if (name == QLatin1String("service")) {
                currentType.clear();
                currentControl.clear();
            } else if (name == QLatin1String("serviceType")) {
                currentType = reader.readElementText().trimmed();
            } else if (name == QLatin1String("controlURL")) {
                currentControl = reader.readElementText().trimmed();
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("service")) {
            if ((currentType.startsWith(QLatin1String("urn:schemas-upnp-org:service:WANIPConnection:"))
                 || currentType.startsWith(QLatin1String("urn:schemas-upnp-org:service:WANPPPConnection:")))
                && !currentControl.isEmpty()) {
                *controlUrl = base.resolved(QUrl(currentControl));
                *serviceType = currentType;
                return true;
            }
        }
    }
    *error = reader.hasError() ? tr("the gateway's description is not valid XML: %1").arg(reader.errorString())
                               : tr("the gateway offers no WANIPConnection or WANPPPConnection service");
    return false;
}

bool UpnpSource::parseExternalAddress(const QByteArray &xml, QHostAddress *address, QString *error)
{
    QXmlStreamReader reader(xml);
    int found = 0;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("NewExternalIPAddress")) {
            text = reader.readElementText().trimmed();
            ++found;
        } else if (reader.isStartElement() && reader.name() == QLatin1String("errorDescription")) {
            *error = tr("the gateway refused: %1").arg(reader.readElementText().trimmed().left(100));
            return false;
        }
    }
    if (reader.hasError() || found != 1) {
        *error = tr("the gateway's reply has no NewExternalIPAddress");
        return false;
    }
    if (text.isEmpty()) {
        *error = tr("the gateway has no WAN address (is it connected?)");
        return false;
    }
    QHostAddress parsed;
    if (!parsed.setAddress(text) || parsed.protocol() != QAbstractSocket::IPv4Protocol) {
        *error = tr("the gateway's WAN address \"%1\" is not an IPv4 address").arg(text.left(60));
        return false;
    }
    *address = parsed;
    return true;
}

} // namespace Homing
