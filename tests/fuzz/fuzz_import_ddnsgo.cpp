// libFuzzer target: the importer of ddns-go YAML, which reads files people got from elsewhere.
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Homing::Fuzz::importOne(data, size, Homing::ImportFormat::DdnsGo);
}
