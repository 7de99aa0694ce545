// A DNS message as it arrives from a server (DNS echo sources and, later, UPDATE replies).
#include "dns/dnsmessage.h"
#include "fuzzsupport.h"

using namespace Homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<DnsMessage> message = DnsMessage::fromWire(Fuzz::bytes(data, size), &error);
    if (!message) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const DnsQuestion &question : message->questions)
        (void)message->answersFor(question);
    for (const auto *section : {&message->answers, &message->authority, &message->additional}) {
        for (const DnsRecord &record : *section) {
            (void)record.address();
            (void)record.joinedText();
            (void)DnsMessage::typeName(record.type);
        }
    }
    (void)DnsMessage::rcodeName(message->rcode);
    return 0;
}
