// The config file (config.json), hosts and address sources included.
#include "fuzzsupport.h"
#include "storage/configstore.h"

using namespace Homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ConfigStore::LoadResult loaded = ConfigStore::parse(Fuzz::bytes(data, size), QStringLiteral("config.json"));
    if (!loaded.ok) {
        if (loaded.error.isEmpty() || loaded.error.size() > 4096)
            __builtin_trap(); // a refusal says why, briefly
        return 0;
    }
    // What was accepted survives a round trip.
    const ConfigStore::LoadResult again
        = ConfigStore::parse(ConfigStore::serialize(loaded.config), QStringLiteral("config.json"));
    if (!again.ok)
        __builtin_trap();
    return 0;
}
