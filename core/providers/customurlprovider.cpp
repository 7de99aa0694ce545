#include "customurlprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {

const QString kSuccess = QStringLiteral("good, ok, success, updated, true");
const QString kUnchanged = QStringLiteral("nochg, nochange, unchanged, no change");
const QString kCustomNeedsUser
    = QStringLiteral("badauth, nohost, notfqdn, abuse, !donator, unauthorized, forbidden, KO");

QString escaped(const QString &value, char escape)
{
    switch (escape) {
    case 'j': {
        const QString json = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
        return json.mid(2, json.size() - 4); // without [" and "]
    }
    default: // 'u' (URL) and 'f' (form) both percent-encode
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
}

QStringList words(const Host &host, const char *key, const QString &defaults)
{
    QString text = host.setting(QLatin1String(key));
    if (text.trimmed().isEmpty())
        text = defaults;
    QStringList result;
    for (const QString &word : text.split(QLatin1Char(','))) {
        if (!word.trimmed().isEmpty())
            result.append(word.trimmed());
    }
    return result;
}

bool perFamily(const QString &text)
{
    return text.contains(QLatin1String("{ip}")) || text.contains(QLatin1String("{family}"))
        || text.contains(QLatin1String("{type}"));
}

} // namespace

ProviderInfo CustomUrlProvider::info()
{
    ProviderInfo info
        = F::describe("custom", QT_TRANSLATE_NOOP("QObject", "Custom URL"),
                      "https://github.com/homing-ddns/homing/blob/main/docs/providers.md#custom-url-custom",
                      tr("Any service updated by one HTTP request: a URL template and the reply words"));
    info.ipv6 = true;
    info.testCredentials = true;
    FieldInfo url = F::text("url", tr("URL template"),
                            tr("e.g. https://dyn.example.net/update?host={host}&ip={ip}&key={password}. Placeholders: "
                               "{host} {ip} {family} {type} {ipv4} {ipv6} {username} {password}."));
    url.placeholder = QStringLiteral("https://dyn.example.net/update?host={host}&ip={ip}&key={password}");
    info.fields
        = {url,
           F::choice("method", tr("Method"), {QStringLiteral("GET"), QStringLiteral("POST")}, QStringLiteral("GET"),
                     tr("The HTTP method.")),
           F::text("body", tr("Body template"),
                   tr("For POST: the body, with the same placeholders. A body starting with { is sent as JSON, "
                      "anything else as a form."),
                   false),
           F::text("username", tr("User name"), tr("For {username} and Basic authorization."), false),
           F::secret("password", tr("Password or token"), tr("For {password} and Basic authorization.")),
           F::boolean("basicAuth", tr("Send Basic authorization"), false,
                      tr("Send the user name and password as HTTP Basic authorization.")),
           F::text("successWords", tr("Success words"), tr("Comma-separated; default: %1").arg(kSuccess), false),
           F::text("unchangedWords", tr("Unchanged words"), tr("Comma-separated; default: %1").arg(kUnchanged), false),
           F::text("needsUserWords", tr("\"Needs you\" words"),
                   tr("Comma-separated words that mean the request can never work as it is; default: %1")
                       .arg(kCustomNeedsUser),
                   false)};
    info.notes = tr("The template must contain {ip}, {ipv4} or {ipv6}. Use {password} rather than writing a token "
                    "into the URL, so the token stays in the keychain.");
    return info;
}

bool CustomUrlProvider::expand(const QString &text, const QHash<QString, QString> &values, char escape, QString *result,
                               QString *error)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z0-9]+)\\}"));
    result->clear();
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!values.contains(name)) {
            *error = tr("The template uses {%1}, which Homing does not know.").arg(name);
            return false;
        }
        *result += text.mid(last, match.capturedStart() - last) + escaped(values.value(name), escape);
        last = match.capturedEnd();
    }
    *result += text.mid(last);
    return true;
}

bool CustomUrlProvider::containsWord(const QString &text, const QString &word)
{
    const QRegularExpression pattern(QStringLiteral("(?<![\\w!])") + QRegularExpression::escape(word)
                                         + QStringLiteral("(?!\\w)"),
                                     QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

void CustomUrlProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    const QString templates
        = request.host.setting(QStringLiteral("url")) + request.host.setting(QStringLiteral("body"));
    if (!perFamily(templates) && !templates.contains(QLatin1String("{ipv4}"))
        && !templates.contains(QLatin1String("{ipv6}"))) {
        job->finish(UpdateOutcome::needsUser(tr("The URL template has no address placeholder."),
                                             tr("Add {ip} (or {ipv4}/{ipv6}) where the service expects the address.")));
        return;
    }
    if (!perFamily(templates)) {
        sendOne(job, request, request.addresses(), [job](UpdateOutcome outcome) { job->finish(outcome); });
        return;
    }
    job->forEachAddress(request.addresses(), [this, job, request](const QHostAddress &address, ProviderJob::Done done) {
        sendOne(job, request, {address}, done);
    });
}

void CustomUrlProvider::sendOne(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                const QList<QHostAddress> &sent, const std::function<void(UpdateOutcome)> &done)
{
    const Host &host = request.host;
    const QString password = request.secrets.value(QStringLiteral("password"));
    http()->redactor()->addSecret(password);
    QHash<QString, QString> values {{QStringLiteral("host"), host.name},
                                    {QStringLiteral("username"), host.setting(QStringLiteral("username"))},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("ipv4"), QString()},
                                    {QStringLiteral("ipv6"), QString()}};
    for (const QHostAddress &address : sent) {
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        values.insert(v6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4"), address.toString());
        values.insert(QStringLiteral("ip"), address.toString());
        values.insert(QStringLiteral("family"), v6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4"));
        values.insert(QStringLiteral("type"), recordTypeOf(address));
    }
    const QString bodyTemplate = host.setting(QStringLiteral("body"));
    const bool json = bodyTemplate.trimmed().startsWith(QLatin1Char('{'));
    QString url;
    QString body;
    QString error;
    if (!expand(host.setting(QStringLiteral("url")), values, 'u', &url, &error)
        || !expand(bodyTemplate, values, json ? 'j' : 'f', &body, &error)) {
        done(UpdateOutcome::needsUser(error, tr("Use only the placeholders listed in the URL template's help.")));
        return;
    }
    HttpRequest httpRequest;
    httpRequest.url = QUrl(url, QUrl::StrictMode);
    httpRequest.method = host.setting(QStringLiteral("method")) == QLatin1String("POST") ? "POST" : "GET";
    if (httpRequest.method == "POST") {
        httpRequest.body = body.toUtf8();
        httpRequest.headers.append(qMakePair(QByteArrayLiteral("Content-Type"),
                                             json ? QByteArrayLiteral("application/json")
                                                  : QByteArrayLiteral("application/x-www-form-urlencoded")));
    }
    if (F::flag(host, QStringLiteral("basicAuth"), false))
        httpRequest.basicAuth = qMakePair(host.setting(QStringLiteral("username")), password);
    if (!httpRequest.url.isValid()) {
        done(UpdateOutcome::needsUser(tr("The URL template does not give a valid URL."),
                                      tr("Check the URL template for typing errors.")));
        return;
    }
    const QStringList success = words(host, "successWords", kSuccess);
    const QStringList unchanged = words(host, "unchangedWords", kUnchanged);
    const QStringList needsUser = words(host, "needsUserWords", kCustomNeedsUser);
    job->send(httpRequest, [sent, success, unchanged, needsUser, done](const HttpResponse &response) {
        if (std::optional<UpdateOutcome> problem = commonProblem(response)) {
            done(*problem);
            return;
        }
        const QString text = QString::fromUtf8(response.body);
        auto any = [&text](const QStringList &list) {
            return std::any_of(list.begin(), list.end(), [&text](const QString &w) { return containsWord(text, w); });
        };
        if (response.status >= 400)
            done(refused(response, text.trimmed().left(80)));
        else if (any(needsUser))
            done(UpdateOutcome::needsUser(tr("The service refused the update: %1").arg(text.trimmed().left(120)),
                                          tr("Check the URL template and the credentials.")));
        else if (any(unchanged))
            done(UpdateOutcome::unchanged(sent));
        else if (any(success))
            done(UpdateOutcome::updated(sent));
        else
            done(notUnderstood(response));
    });
}

} // namespace Homing
