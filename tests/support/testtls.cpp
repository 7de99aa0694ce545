#include "testtls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace Homing::Test {

namespace {
QByteArray certFile(const QString &name)
{
    QFile file(QStringLiteral(HOMING_TEST_CERTS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test certificate %s", qPrintable(file.fileName()));
    return file.readAll();
}
} // namespace

QSslConfiguration serverTls(const QString &certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certFile(certificate + QStringLiteral(".pem"))));
    configuration.setPrivateKey(QSslKey(certFile(certificate + QStringLiteral(".key")), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

void trustTestCa()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromData(certFile(QStringLiteral("ca.pem"))));
    QSslConfiguration::setDefaultConfiguration(configuration);
}

} // namespace Homing::Test
