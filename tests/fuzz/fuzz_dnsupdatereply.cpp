// libFuzzer target: the reader of replies to a TSIG-signed UPDATE (DnsUpdateReply::parse, the
// TSIG check and the classification the rfc2136 provider does). Any input must end in a reading,
// never a crash, a hang or a read out of bounds, and must never count as success unless it carries
// a TSIG that verifies with the key.
#include "dns/dnsupdate.h"
#include "dns/tsig.h"
#include "providers/rfc2136reply.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const Homing::TsigKey key {QStringLiteral("fuzz-key"), QStringLiteral("hmac-sha256"),
                                      QByteArrayLiteral("fuzz-secret-of-32-bytes-length!!")};
    QString error;
    const std::optional<Homing::DnsUpdateReply> reply = Homing::DnsUpdateReply::parse(wire, &error);
    if (reply && reply->tsig) {
        (void)reply->tsig->serverTime();
        (void)Homing::Tsig::verify(reply->unsignedBody, *reply->tsig, key, QByteArray(32, 'm'), 1700000000);
    }
    const Homing::Rfc2136Reply::Reading reading = Homing::Rfc2136Reply::read(
        wire,
        {QStringLiteral("home.example.test"), QStringLiteral("example.test"), QStringLiteral("A"),
         QStringLiteral("fuzz"), key, QByteArray(32, 'm'), 1700000000});
    if (reading.success && !(reply && reply->tsig))
        std::abort(); // an unsigned reply was taken as success
    return 0;
}
