#pragma once

#include "providerinfo.h"

#include <QList>
#include <optional>

class QObject;

namespace Homing {

class HttpClient;
class Provider;

// The catalogue of providers Homing speaks. Adding a provider is one source file plus one line in
// providerregistry.cpp.
class ProviderRegistry
{
public:
    static QList<ProviderInfo> catalogue();
    static std::optional<ProviderInfo> find(const QString &id);
    // A client for the provider, owned by parent; nullptr for an unknown id.
    static Provider *create(const QString &id, HttpClient *http, QObject *parent);
};

} // namespace Homing
