#pragma once

#include "dnsserverfixture.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "redactor.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace Homing::Test {

// What the self-hosted DNS integration tests share: a real HttpClient and a way to run one
// provider call (update, park or credentials test) to its end.
class SelfDnsTest : public QObject
{
    Q_OBJECT
protected:
    enum class Call
    {
        Update,
        Park,
        TestCredentials
    };

    // Runs call on provider and waits (QTRY) for its one outcome; fails the test if none comes.
    UpdateOutcome run(Provider *provider, const UpdateRequest &request, Call call = Call::Update);
    static UpdateRequest request(const Host &host, const QHash<QString, QString> &secrets,
                                 const std::optional<QHostAddress> &v4, const std::optional<QHostAddress> &v6);

    QNetworkAccessManager m_manager;
    Redactor m_redactor;
    HttpClient m_http {&m_manager, &m_redactor};
};

} // namespace Homing::Test
