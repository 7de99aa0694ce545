// Switching provider in the host editor never carries one provider's settings into another. For
// every ordered pair of catalogue providers (A, B): fill in everything A asks for (its server set
// to A's own default, as a user who typed it would), switch to B, and check that B's form starts
// afresh (defaults only as placeholders, nothing of A's but the zone), that what Save stores holds
// nothing of A's, and that the request B's client makes goes to B's server, never to A's: the
// client runs on a network whose every request is answered by a loopback stand-in, and the test
// records where each request was aimed. The config layer refuses a host carrying another
// provider's default server, whoever wrote it.
#include "dialogs/hosteditordialog.h"
#include "guifixture.h"
#include "hosteditcontroller.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "service/homingservice.h"
#include "storage/configstore.h"
#include "storage/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Homing;

namespace {

// Every request goes to the loopback stand-in, whatever host it was aimed at; aimedAt() keeps the
// hosts as the provider client asked for them. Nothing leaves the machine.
class StandInNetwork : public QNetworkAccessManager
{
public:
    explicit StandInNetwork(const QUrl &standIn)
        : m_standIn(standIn)
    {
    }
    QStringList aimedAt;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        aimedAt.append(original.url().host().toLower());
        QUrl url = original.url();
        url.setScheme(QStringLiteral("http"));
        url.setHost(m_standIn.host());
        url.setPort(m_standIn.port());
        QNetworkRequest local(original);
        local.setUrl(url);
        return QNetworkAccessManager::createRequest(op, local, data);
    }

private:
    QUrl m_standIn;
};

Scheduler::Options inertScheduler()
{
    Scheduler::Options options;
    options.watchChanges = false;
    options.autoTick = false;
    return options;
}

QString hostOf(const QString &url)
{
    return QUrl(url).host().toLower();
}

QSet<QString> defaultServers(const ProviderInfo &info)
{
    QSet<QString> hosts;
    for (const FieldInfo &field : info.fields) {
        if (field.kind == FieldInfo::Kind::Url && !field.defaultValue.isEmpty())
            hosts.insert(hostOf(field.defaultValue));
    }
    return hosts;
}

// A secret for provider `tag`, recognisable and in the form the provider documents where it does
// (a DuckDNS token is a UUID, a Cloudflare token 40 characters or more).
QString secretFor(const FieldInfo &field, const QString &tag)
{
    const QString plain = tag + QStringLiteral("-secret-") + field.name;
    if (field.pattern.isEmpty())
        return plain;
    const QRegularExpression form(QRegularExpression::anchoredPattern(field.pattern));
    const QString letter = tag.left(1);
    const QStringList candidates {
        plain.leftJustified(28, QLatin1Char('x')), plain.leftJustified(40, QLatin1Char('x')),
        QStringLiteral("%1-%2-%2-%2-%3").arg(letter.repeated(8), letter.repeated(4), letter.repeated(12))};
    for (const QString &candidate : candidates) {
        if (form.match(candidate).hasMatch())
            return candidate;
    }
    qWarning("no test value matches the pattern of %s", qPrintable(field.name));
    return plain;
}

// What a user types for provider `tag` ("a" or "b"): recognisable values, valid by the field's rules.
// A's server fields get A's own default typed in; B's with a default are left alone (the default
// is the placeholder), B's without one point at the loopback stand-in.
QString valueFor(const ProviderInfo &info, const FieldInfo &field, const QString &tag, const QUrl &standIn)
{
    if (field.sharedMeaning)
        return QStringLiteral("example.org"); // the zone: the host names below are inside it
    if (info.id == QLatin1String("custom") && field.name == QLatin1String("url"))
        return standIn.toString() + QStringLiteral("update?host={host}&ip={ip}&key={password}");
    switch (field.kind) {
    case FieldInfo::Kind::Url:
        if (tag == QLatin1String("a"))
            return field.defaultValue.isEmpty() ? QStringLiteral("https://a-server.example.net") : field.defaultValue;
        return field.defaultValue.isEmpty() ? standIn.toString() : QString();
    case FieldInfo::Kind::Secret:
        return secretFor(field, tag);
    case FieldInfo::Kind::Text:
        if (info.protocol == QLatin1String("rfc2136") && field.name == QLatin1String("server"))
            return tag == QLatin1String("a") ? QStringLiteral("192.0.2.53") : QStringLiteral("127.0.0.1");
        if (field.name == QLatin1String("keyname"))
            return tag + QStringLiteral("-key.example.org");
        return tag + QLatin1Char('-') + field.name;
    case FieldInfo::Kind::Choice:
    case FieldInfo::Kind::Number:
    case FieldInfo::Kind::Bool:
        return {};
    }
    return {};
}

// A's choices, numbers and flags moved off their defaults, so a carried one would show.
void moveOffDefault(QWidget *editor, const FieldInfo &field)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->count() - 1 == combo->findText(field.defaultValue) ? 0 : combo->count() - 1);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(spin->value() == spin->maximum() ? spin->minimum() : spin->maximum());
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(!check->isChecked());
}

// The form shows nothing but B's own defaults: checked field by field.
bool startsAfresh(QWidget *dialog, const ProviderInfo &info, QString *why)
{
    for (const FieldInfo &field : info.fields) {
        QWidget *editor = dialog->findChild<QWidget *>(QStringLiteral("field_") + field.name);
        if (!editor) {
            *why = QStringLiteral("no editor for ") + field.name;
            return false;
        }
        if (field.sharedMeaning)
            continue; // checked by the caller against what A had
        QString shown;
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            if (!edit->text().isEmpty())
                shown = edit->text();
            else if (field.kind == FieldInfo::Kind::Url && !field.defaultValue.isEmpty()
                     && edit->placeholderText() != field.defaultValue)
                shown = QStringLiteral("placeholder ") + edit->placeholderText();
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QString expected = field.defaultValue.isEmpty() ? field.choices.value(0) : field.defaultValue;
            if (combo->currentText() != expected)
                shown = combo->currentText();
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            const int expected = field.defaultValue.isEmpty() ? field.minimum : field.defaultValue.toInt();
            if (spin->value() != expected)
                shown = QString::number(spin->value());
        } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            if (check->isChecked() != (field.defaultValue == QLatin1String("true")))
                shown = check->isChecked() ? QStringLiteral("checked") : QStringLiteral("unchecked");
        }
        if (!shown.isEmpty()) {
            *why = QStringLiteral("%1 shows \"%2\"").arg(field.name, shown);
            return false;
        }
    }
    return true;
}

void fill(QWidget *dialog, const ProviderInfo &info, const QString &tag, const QUrl &standIn)
{
    for (const FieldInfo &field : info.fields) {
        QWidget *editor = dialog->findChild<QWidget *>(QStringLiteral("field_") + field.name);
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            const QString value = valueFor(info, field, tag, standIn);
            if (!value.isEmpty())
                edit->setText(value); // textChanged, as typing gives, without a key event per letter
        } else if (tag == QLatin1String("a")) {
            moveOffDefault(editor, field);
        }
    }
}

// The host name B's rules accept, unique per pair (one provider may not hold one name twice).
QString hostNameFor(const ProviderInfo &info, int pair)
{
    const QString suffix
        = info.id == QLatin1String("duckdns") ? QStringLiteral(".duckdns.org") : QStringLiteral(".example.org");
    return QStringLiteral("h%1").arg(pair) + suffix;
}

} // namespace

class TestProviderSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everySwitchStartsTheNewProviderAfresh()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        Test::HttpTestServer standIn;
        standIn.respondWith(Test::HttpTestServer::Response::text("good 81.2.69.160"));
        QVERIFY(standIn.listen());
        StandInNetwork network(standIn.url());
        HttpClient http(&network, &fixture.redactor);
        QWidget parent;
        HomingService service(fixture.runtime.get(), inertScheduler());
        HostEditController hosts(&service, &parent);
        QSignalSpy saved(&hosts, &HostEditController::hostSaved);

        const QList<ProviderInfo> catalogue = ProviderRegistry::catalogue();
        QVERIFY(catalogue.size() > 10);
        int pair = 0;
        int wireChecks = 0;
        for (const ProviderInfo &a : catalogue) {
            for (const ProviderInfo &b : catalogue) {
                if (a.id == b.id)
                    continue;
                ++pair;
                const QString pairName = a.id + QStringLiteral(" -> ") + b.id;
                // "A -> B: what", for a failure message.
                const auto at = [&pairName](const QString &what = {}) {
                    return QString(pairName + QStringLiteral(": ") + what).toUtf8();
                };
                hosts.addHost();
                HostEditorDialog *editor = hosts.editor();
                QVERIFY(editor);
                auto *provider = editor->findChild<QComboBox *>(QStringLiteral("provider"));
                provider->setCurrentIndex(provider->findData(a.id));
                QCOMPARE(editor->providerInfo().id, a.id);
                QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("hostName")), hostNameFor(b, pair));
                fill(editor, a, QStringLiteral("a"), standIn.url());

                provider->setCurrentIndex(provider->findData(b.id));
                QCOMPARE(editor->providerInfo().id, b.id);
                QString why;
                QVERIFY2(startsAfresh(editor, b, &why), at(why).constData());
                for (const FieldInfo &field : b.fields) {
                    if (!field.sharedMeaning)
                        continue;
                    auto *edit = editor->findChild<QLineEdit *>(QStringLiteral("field_") + field.name);
                    const FieldInfo *before = a.field(field.name);
                    const QString expected
                        = before && before->sharedMeaning ? QStringLiteral("example.org") : QString();
                    QVERIFY2(edit && edit->text() == expected,
                             at(QStringLiteral("the zone carries over only from a zone")).constData());
                }
                QVERIFY2(editor->secrets().isEmpty(), at(QStringLiteral("no secret of A's carried over")).constData());

                fill(editor, b, QStringLiteral("b"), standIn.url());
                auto *save = editor->findChild<QPushButton *>(QStringLiteral("save"));
                QVERIFY2(save->isEnabled(), at(QStringLiteral("Save is disabled")).constData());
                const int before = static_cast<int>(saved.size());
                QTest::mouseClick(save, Qt::LeftButton);
                QTRY_VERIFY2(saved.size() == before + 1, at(QStringLiteral("not saved")).constData());
                QTRY_VERIFY(!hosts.editor()); // closed and gone, so the next pair gets a new one
                const QUuid id = saved.last().first().toUuid();
                const Host *stored = fixture.runtime->config().host(id);
                QVERIFY2(stored, at().constData());
                QCOMPARE(stored->providerId, b.id);
                QCOMPARE(stored->name, hostNameFor(b, pair));

                // Nothing of A's was saved: no value typed for A, no default server of A's, and
                // no default of B's own written down as if chosen.
                for (auto it = stored->settings.cbegin(); it != stored->settings.cend(); ++it) {
                    const QString value = it.value().toString();
                    QVERIFY2(!value.startsWith(QLatin1String("a-")), at(it.key()).constData());
                    const FieldInfo *field = b.field(it.key());
                    QVERIFY2(field, at(QStringLiteral("a setting B does not have: ") + it.key()).constData());
                    QVERIFY2(value != field->defaultValue,
                             at(QStringLiteral("a default stored: ") + it.key()).constData());
                    if (field->kind == FieldInfo::Kind::Url)
                        QVERIFY2(!defaultServers(a).contains(hostOf(value))
                                     || defaultServers(b).contains(hostOf(value)),
                                 at(QStringLiteral("A's server stored")).constData());
                }
                QString field;
                QVERIFY2(!ProviderRegistry::foreignServer(*stored, &field), at(field).constData());
                // The keychain holds B's secrets as typed for B, and none of A's.
                QHash<QString, QString> typed;
                for (const QString &name : b.secretFields()) {
                    const QString key = SecretStore::keyFor(id, name);
                    QCOMPARE(fixture.secrets->entries().value(key), secretFor(*b.field(name), QStringLiteral("b")));
                    typed.insert(name, secretFor(*b.field(name), QStringLiteral("b")));
                }
                for (const QString &name : a.secretFields()) {
                    if (!b.secretFields().contains(name))
                        QVERIFY2(!fixture.secrets->entries().contains(SecretStore::keyFor(id, name)),
                                 at(name).constData());
                }

                // At the wire: B's client sends to B's own server (its default, or the stand-in the
                // user typed where B has none), never to A's.
                if (b.protocol == QLatin1String("rfc2136"))
                    continue; // DNS, not HTTP: its server is a name server typed in the form
                network.aimedAt.clear();
                Provider *client = ProviderRegistry::create(b.id, &http, this);
                QVERIFY(client);
                UpdateRequest request;
                request.host = *stored;
                request.secrets = typed;
                request.ipv4 = QHostAddress(QStringLiteral("81.2.69.160"));
                bool done = false;
                client->update(request, this, [&done](const UpdateOutcome &) { done = true; });
                QTRY_VERIFY2_WITH_TIMEOUT(done, at(QStringLiteral("no outcome")).constData(), 20000);
                client->deleteLater();
                QVERIFY2(!network.aimedAt.isEmpty(), at(QStringLiteral("no request left")).constData());
                QSet<QString> allowed = defaultServers(b);
                allowed.insert(standIn.url().host());
                for (const QString &host : std::as_const(network.aimedAt))
                    QVERIFY2(allowed.contains(host), at(QStringLiteral("a request aimed at ") + host).constData());
                ++wireChecks;
            }
        }
        QVERIFY(wireChecks > pair / 2);
    }

    // The bug as a user met it: DynDNS, then "duck" in the search box, DuckDNS picked.
    void searchingToAnotherProviderDropsTheServer()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        QWidget parent;
        HomingService service(fixture.runtime.get(), inertScheduler());
        HostEditController hosts(&service, &parent);
        hosts.addHost();
        HostEditorDialog *editor = hosts.editor();
        auto *provider = editor->findChild<QComboBox *>(QStringLiteral("provider"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("dyndns")));
        auto *server = editor->findChild<QLineEdit *>(QStringLiteral("field_server"));
        QVERIFY(server->text().isEmpty());
        QCOMPARE(server->placeholderText(), QStringLiteral("https://members.dyndns.org"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("providerSearch")), QStringLiteral("duck"));
        QCOMPARE(provider->currentData().toString(), QStringLiteral("duckdns"));
        server = editor->findChild<QLineEdit *>(QStringLiteral("field_server"));
        QVERIFY(server->text().isEmpty());
        QCOMPARE(server->placeholderText(), QStringLiteral("https://www.duckdns.org"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("hostName")), QStringLiteral("me.duckdns.org"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("field_token")),
                         QStringLiteral("a7c4d0ad-114e-40ef-ba1d-d217904a50f2"));
        QSignalSpy saved(&hosts, &HostEditController::hostSaved);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(!fixture.configText().contains("dyndns.org"));
        QVERIFY(fixture.runtime->config().hosts.first().settings.isEmpty());
    }

    // Whoever writes the config (a hand edit, an old Homing, a script), a host whose server is
    // another provider's default is refused on load and on save, with the field and the fix named.
    void configRefusesAnotherProvidersServer()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("me.duckdns.org");
        host.providerId = QStringLiteral("duckdns");
        host.settings.insert(QStringLiteral("server"), QStringLiteral("https://members.dyndns.org/"));
        Config config = fixture.runtime->config();
        config.hosts.append(host);
        QString error;
        QVERIFY(!fixture.runtime->saveConfig(config, &error));
        QVERIFY2(error.contains(QStringLiteral("DynDNS")) && error.contains(QStringLiteral("server")),
                 qPrintable(error));
        QVERIFY(!fixture.configText().contains("me.duckdns.org"));

        const ConfigStore::LoadResult loaded = ConfigStore::parse(ConfigStore::serialize(config), QStringLiteral("c"));
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.error.contains(QStringLiteral("hosts[0].settings.server")), qPrintable(loaded.error));

        // The provider's own server, a server of the user's own and no server at all are fine.
        for (const QString &own : {QStringLiteral("https://www.duckdns.org"), fixture.provider.url().toString()}) {
            config.hosts.last().settings.insert(QStringLiteral("server"), own);
            QVERIFY2(fixture.runtime->saveConfig(config, &error), qPrintable(error));
        }
        config.hosts.last().settings.clear();
        QVERIFY2(fixture.runtime->saveConfig(config, &error), qPrintable(error));
        QVERIFY(ConfigStore::parse(ConfigStore::serialize(config), QStringLiteral("c")).ok);
    }
};

QTEST_MAIN(TestProviderSwitch)
#include "tst_providerswitch.moc"
