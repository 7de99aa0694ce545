#pragma once

#include "provider.h"

namespace Homing {

class ProviderJob;

// A generic provider for services Homing does not know: a URL template (and, for POST, a body
// template) with placeholders {host}, {ip}, {family} (ipv4/ipv6), {type} (A/AAAA), {ipv4},
// {ipv6}, {username} and {password}; each value is escaped for where it goes (percent-encoded in
// the URL and in form bodies, JSON-escaped in a body that starts with "{"). A template that uses
// {ip}, {family} or {type} sends one request per family; otherwise one request carries both. The
// template must contain an address placeholder, so the address is always explicit. Optional HTTP
// Basic authorization from username and password. https:// only, except to this machine.
// Replies: HTTP 401/403 → needs you; 429 → Retry-After; 5xx → retry later; other 4xx → needs you;
// 2xx → the body is searched (case-insensitive, whole words) for the "needs you" words first, then
// the "unchanged" words, then the success words; none → retry later ("not understood").
class CustomUrlProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;

    // The template with placeholders replaced (escape: 'u' URL, 'f' form, 'j' JSON); on an unknown
    // placeholder returns false and names it in *error.
    static bool expand(const QString &text, const QHash<QString, QString> &values, char escape, QString *result,
                       QString *error);
    // Whether text contains word as a whole word (case-insensitive).
    static bool containsWord(const QString &text, const QString &word);

private:
    void sendOne(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, const QList<QHostAddress> &sent,
                 const std::function<void(UpdateOutcome)> &done);
};

} // namespace Homing
