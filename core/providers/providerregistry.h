#pragma once

#include "model/host.h"
#include "providerinfo.h"

#include <QList>
#include <optional>

class QObject;

namespace Homing {

class HttpClient;
class Provider;
struct UpdateRequest;

// The catalogue of providers Homing speaks. Adding a provider is one source file plus one line in
// the registration table at the top of providerregistry.cpp: the function that describes it and the
// function that makes its client.
//
// The catalogue is built once and kept. Its texts (names, labels, help) are in the user's language,
// so it is built again, once, after the application's translators change (QEvent::LanguageChange);
// it is never rebuilt on a lookup. Use from the thread that owns the QCoreApplication.
class ProviderRegistry
{
public:
    static QList<ProviderInfo> catalogue();
    static std::optional<ProviderInfo> find(const QString &id);
    // A client for the provider, owned by parent; nullptr for an unknown id.
    static Provider *create(const QString &id, HttpClient *http, QObject *parent);
    // create() for this host's call: its requests count against the host's account budget.
    static Provider *create(const UpdateRequest &request, HttpClient *http, QObject *parent);
    // The other catalogue provider whose default server one of the host's URL settings names (by
    // host name, whatever the path), or nullopt. Such a value was carried over from that provider:
    // the host's secrets would go to a service they do not belong to. *field names the setting.
    static std::optional<ProviderInfo> foreignServer(const Host &host, QString *field);
};

} // namespace Homing
