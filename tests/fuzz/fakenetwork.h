#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>

namespace Homing::Fuzz {

// A QNetworkAccessManager whose replies come from the fuzzer's input, one per request made:
// [status selector: 1 byte][header selector: 1 byte][body length: 2 bytes, little-endian][body].
// When the input runs out, the request fails as a refused connection. Nothing touches the network.
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit FakeNetwork(QObject *parent = nullptr);

    void setInput(const QByteArray &input)
    {
        m_input = input;
        m_offset = 0;
        m_requests = 0;
    }
    int requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData = nullptr) override;

private:
    QByteArray m_input;
    qsizetype m_offset = 0;
    int m_requests = 0;
};

} // namespace Homing::Fuzz
