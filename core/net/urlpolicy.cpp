#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Homing {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct UrlPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::UrlPolicy)
};
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedServiceUrl(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *why = UrlPolicyText::tr("is not a valid URL; it must look like https://host/path");
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *why = UrlPolicyText::tr("must not contain a user name or password; Homing keeps those in the keychain");
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        *why = UrlPolicyText::tr(
            "must use https://; plain http:// is accepted only for a server on this machine (127.0.0.1, ::1)");
        return false;
    }
    *why = UrlPolicyText::tr("must start with https://");
    return false;
}

} // namespace Homing
