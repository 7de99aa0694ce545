#include "fakenetwork.h"

#include <QNetworkReply>
#include <QTimer>

namespace Homing::Fuzz {

namespace {
class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, int status,
              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, QObject *parent)
        : QNetworkReply(parent)
        , m_body(body)
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this, status, headers] {
            if (status == 0) {
                setError(ConnectionRefusedError, QStringLiteral("refused"));
                emit errorOccurred(ConnectionRefusedError);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
                for (const auto &[name, value] : headers)
                    setRawHeader(name, value);
                if (status >= 400)
                    setError(ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(status));
                emit metaDataChanged();
                if (!m_body.isEmpty())
                    emit readyRead();
            }
            setFinished(true);
            emit finished();
        });
    }

    void abort() override { m_body.clear(); }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

const int kStatuses[] = {200, 200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 422, 429, 500, 503};
} // namespace

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetwork::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *)
{
    ++m_requests;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    if (m_offset + 4 <= m_input.size()) {
        const auto byte = [this](qsizetype i) { return static_cast<unsigned char>(m_input.at(m_offset + i)); };
        status = kStatuses[byte(0) % std::size(kStatuses)];
        const unsigned char headerSelector = byte(1);
        const qsizetype length = byte(2) | (byte(3) << 8);
        m_offset += 4;
        body = m_input.mid(m_offset, length);
        m_offset += body.size();
        if (headerSelector & 1)
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        if (headerSelector & 2)
            headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(headerSelector >> 2)));
        if (headerSelector & 4)
            headers.append(qMakePair(QByteArray("Location"), QByteArray("https://elsewhere.invalid/x")));
        if (headerSelector & 8)
            headers.append(
                qMakePair(QByteArray("RateLimit-Reset"), QByteArray::number(qint64(headerSelector) * 12345678)));
    }
    return new FakeReply(operation, request, status, headers, body, this);
}

} // namespace Homing::Fuzz
