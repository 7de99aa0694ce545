// An echo service's reply body, in every format and for both families.
#include "address/echoparser.h"
#include "fuzzsupport.h"

using namespace Homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto formats = {EchoParser::Format::Auto, EchoParser::Format::Plain, EchoParser::Format::Json,
                          EchoParser::Format::Trace, EchoParser::Format::CheckIp};
    const QByteArray body = Fuzz::bytes(data + 1, size - 1);
    const EchoParser::Format format = std::data(formats)[data[0] % formats.size()];
    const AddressFamily family = (data[0] & 0x80) ? AddressFamily::IPv6 : AddressFamily::IPv4;
    QHostAddress address;
    QString error;
    if (EchoParser::parse(body, format, family, &address, &error)) {
        // What the parser accepts is one address of the wanted family.
        const bool wanted = family == AddressFamily::IPv6 ? address.protocol() == QAbstractSocket::IPv6Protocol
                                                          : address.protocol() == QAbstractSocket::IPv4Protocol;
        if (!wanted)
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
