#pragma once

#include "sourceconfig.h"

class QObject;

namespace Homing {

class AddressSource;
class Clock;
class HttpClient;

// Builds the AddressSource a config describes; nullptr (with *error) for an unknown kind.
AddressSource *createSource(const SourceConfig &config, HttpClient *http, const Clock *clock, QObject *parent,
                            QString *error = nullptr);

} // namespace Homing
