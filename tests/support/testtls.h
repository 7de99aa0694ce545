#pragma once

#include <QSslConfiguration>
#include <QString>

namespace Homing::Test {

// The committed test certificates in tests/support/certs (see make-certs.sh there):
// "server" (from the test CA, for 127.0.0.1, 127.0.0.2, localhost), "expired", "wronghost"
// (other.invalid) and "selfsigned".
QSslConfiguration serverTls(const QString &certificate);
// Makes this process trust the test CA (added to the default TLS configuration, as a system CA
// would be); certificate checks stay on.
void trustTestCa();

} // namespace Homing::Test
