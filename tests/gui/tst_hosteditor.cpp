// The host editor: a form for every field kind, validated as typed with the message next to the
// field; secrets out through secrets() only; to the keychain through HostEditController, with the
// keychain's troubles said plainly and nothing saved when it fails.
#include "desktopcontroller.h"
#include "dialogchecks.h"
#include "dialogs/hosteditordialog.h"
#include "guifixture.h"
#include "hosteditcontroller.h"
#include "models/hosttablemodel.h"
#include "providers/providerregistry.h"
#include "service/homingservice.h"
#include "storage/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Homing;

namespace {

// A service whose Scheduler never starts: the dialogs' changes reach the config and the machines,
// nothing is sent.
Scheduler::Options inertScheduler()
{
    Scheduler::Options options;
    options.watchChanges = false;
    options.autoTick = false;
    return options;
}

FieldInfo field(const char *name, const char *label, FieldInfo::Kind kind, bool required = true)
{
    FieldInfo info;
    info.name = QLatin1String(name);
    info.label = QLatin1String(label);
    info.kind = kind;
    info.required = required;
    return info;
}

// A provider with one field of every kind, and a second one that also has "account" (an account at
// another service: not shared) and "zone" (shared by meaning).
QList<ProviderInfo> catalogue()
{
    ProviderInfo all;
    all.id = QStringLiteral("every-kind");
    all.name = QStringLiteral("Every Kind DNS");
    all.summary = QStringLiteral("A provider with every field kind");
    all.ipv6 = true;
    all.ttl = true;
    FieldInfo choice = field("mode", "Mode", FieldInfo::Kind::Choice);
    choice.choices = {QStringLiteral("fast"), QStringLiteral("careful")};
    choice.defaultValue = QStringLiteral("fast");
    FieldInfo number = field("port", "Port", FieldInfo::Kind::Number);
    number.minimum = 1;
    number.maximum = 65535;
    number.defaultValue = QStringLiteral("443");
    FieldInfo flag = field("wildcard", "Wildcard", FieldInfo::Kind::Bool, false);
    flag.defaultValue = QStringLiteral("false");
    all.fields = {field("account", "Account", FieldInfo::Kind::Text),
                  field("token", "API token", FieldInfo::Kind::Secret),
                  choice,
                  number,
                  field("endpoint", "Endpoint", FieldInfo::Kind::Url, false),
                  flag};
    FieldInfo zone = field("zone", "Zone", FieldInfo::Kind::Text, false);
    zone.sharedMeaning = true;
    all.fields.append(zone);
    ProviderInfo other;
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Other Provider");
    other.summary = QStringLiteral("IPv4 only");
    other.testCredentials = false;
    other.fields = {field("account", "Account", FieldInfo::Kind::Text), zone};
    return {all, other};
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QString message(QWidget *dialog, const char *name)
{
    auto *label = child<QLabel>(dialog, name);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestHostEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFieldKindIsValidatedAsTyped()
    {
        HostEditorDialog dialog(catalogue(), {QStringLiteral("echo-a"), QStringLiteral("echo-b")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = child<QPushButton>(&dialog, "save");
        QVERIFY(!save->isEnabled());
        QVERIFY2(message(&dialog, "hostNameMessage").isEmpty(), "no red text before the user typed");

        // Each kind got its own editor.
        QVERIFY(child<QLineEdit>(&dialog, "field_account"));
        QCOMPARE(child<QLineEdit>(&dialog, "field_token")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QComboBox>(&dialog, "field_mode")->currentText(), QStringLiteral("fast"));
        QCOMPARE(child<QSpinBox>(&dialog, "field_port")->value(), 443);
        QVERIFY(child<QLineEdit>(&dialog, "field_endpoint"));
        QVERIFY(child<QCheckBox>(&dialog, "field_wildcard"));

        QTest::keyClicks(child<QLineEdit>(&dialog, "hostName"), QStringLiteral("bad name!"));
        QVERIFY(!message(&dialog, "hostNameMessage").isEmpty());
        QVERIFY(message(&dialog, "message_account").contains(QStringLiteral("Account is required")));
        child<QLineEdit>(&dialog, "hostName")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "hostName"), QStringLiteral("home.example.org"));
        QVERIFY(message(&dialog, "hostNameMessage").isEmpty());

        QTest::keyClicks(child<QLineEdit>(&dialog, "field_account"), QStringLiteral(" alice"));
        QVERIFY(message(&dialog, "message_account").contains(QStringLiteral("space")));
        child<QLineEdit>(&dialog, "field_account")->setText(QStringLiteral("alice"));
        QVERIFY(message(&dialog, "message_account").isEmpty());

        QTest::keyClicks(child<QLineEdit>(&dialog, "field_endpoint"), QStringLiteral("http://update.example.com/"));
        QVERIFY2(!message(&dialog, "message_endpoint").isEmpty(), "plain http to a public host is refused");
        child<QLineEdit>(&dialog, "field_endpoint")->setText(QStringLiteral("https://update.example.com/"));
        QVERIFY(message(&dialog, "message_endpoint").isEmpty());

        QVERIFY(!save->isEnabled()); // the token is still missing
        QTest::keyClicks(child<QLineEdit>(&dialog, "field_token"), QStringLiteral("tok-123"));
        QVERIFY(message(&dialog, "message_token").isEmpty());
        child<QComboBox>(&dialog, "field_mode")->setCurrentText(QStringLiteral("careful"));
        child<QSpinBox>(&dialog, "field_port")->setValue(8443);
        child<QCheckBox>(&dialog, "field_wildcard")->setChecked(true);

        // Families, IPv6 policy, TTL, source override.
        child<QCheckBox>(&dialog, "ipv4")->setChecked(false);
        QVERIFY(message(&dialog, "familyMessage").contains(QStringLiteral("IPv4, IPv6 or both")));
        QVERIFY(!save->isEnabled());
        child<QCheckBox>(&dialog, "ipv6")->setChecked(true);
        QVERIFY(message(&dialog, "familyMessage").isEmpty());
        auto *policy = child<QComboBox>(&dialog, "ipv6Policy");
        policy->setCurrentIndex(policy->findData(static_cast<int>(Ipv6Policy::FixedInterfaceId)));
        QVERIFY(!message(&dialog, "ipv6InterfaceIdMessage").isEmpty());
        QTest::keyClicks(child<QLineEdit>(&dialog, "ipv6InterfaceId"), QStringLiteral("::1234:5678"));
        QVERIFY(message(&dialog, "ipv6InterfaceIdMessage").isEmpty());
        child<QSpinBox>(&dialog, "ttl")->setValue(120);
        auto *source = child<QComboBox>(&dialog, "sourceOverride");
        source->setCurrentIndex(source->findData(QStringLiteral("echo-b")));
        QVERIFY(save->isEnabled());

        const Host host = dialog.host();
        QCOMPARE(host.name, QStringLiteral("home.example.org"));
        QCOMPARE(host.providerId, QStringLiteral("every-kind"));
        QCOMPARE(host.ipv4, false);
        QCOMPARE(host.ipv6, true);
        QCOMPARE(host.ipv6Policy, Ipv6Policy::FixedInterfaceId);
        QCOMPARE(host.ipv6InterfaceId, QStringLiteral("::1234:5678"));
        QCOMPARE(host.ttl, 120);
        QCOMPARE(host.sourceOverride, QStringLiteral("echo-b"));
        QCOMPARE(host.setting(QStringLiteral("account")), QStringLiteral("alice"));
        QCOMPARE(host.setting(QStringLiteral("mode")), QStringLiteral("careful"));
        QCOMPARE(host.setting(QStringLiteral("port")), QStringLiteral("8443"));
        QCOMPARE(host.setting(QStringLiteral("endpoint")), QStringLiteral("https://update.example.com/"));
        QCOMPARE(host.setting(QStringLiteral("wildcard")), QStringLiteral("true"));
        QVERIFY2(!host.settings.contains(QStringLiteral("token")), "a secret never goes into the host's settings");
        QCOMPARE(dialog.secrets(), (QHash<QString, QString> {{QStringLiteral("token"), QStringLiteral("tok-123")}}));
        QCOMPARE(dialog.host().id, host.id); // one id for the dialog's lifetime

        QSignalSpy saved(&dialog, &HostEditorDialog::saveRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
    }

    void searchFiltersProvidersAndCarriesOnlySharedFields()
    {
        HostEditorDialog dialog(catalogue(), {});
        auto *provider = child<QComboBox>(&dialog, "provider");
        QCOMPARE(provider->count(), 2);
        QTest::keyClicks(child<QLineEdit>(&dialog, "field_account"), QStringLiteral("bob"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "field_zone"), QStringLiteral("example.org"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "providerSearch"), QStringLiteral("other"));
        QCOMPARE(provider->count(), 1);
        QCOMPARE(provider->currentData().toString(), QStringLiteral("other"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("field_token")));
        QVERIFY2(child<QLineEdit>(&dialog, "field_account")->text().isEmpty(), "another service's account");
        QCOMPARE(child<QLineEdit>(&dialog, "field_zone")->text(), QStringLiteral("example.org"));
        QVERIFY2(!child<QCheckBox>(&dialog, "ipv6")->isEnabled(), "this provider has no IPv6");
        QVERIFY2(!child<QSpinBox>(&dialog, "ttl")->isEnabled(), "this provider cannot set a TTL");
        auto *test = child<QPushButton>(&dialog, "testButton");
        QVERIFY(!test->isEnabled());
        QVERIFY(test->toolTip().contains(QStringLiteral("no harmless call")));
        child<QLineEdit>(&dialog, "providerSearch")->clear();
        QCOMPARE(provider->count(), 2);
    }

    // With every provider of the catalogue: each mnemonic is used once (P, T and s clashed before:
    // Provider and IPv6 policy, TTL and Test, Address source and Save), and Tab goes top to
    // bottom (the provider's fields came after Test and Cancel before).
    void keyboardMnemonicsAndTabOrder()
    {
        const QList<ProviderInfo> providers = ProviderRegistry::catalogue();
        HostEditorDialog dialog(providers, {QStringLiteral("echo-a")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *provider = child<QComboBox>(&dialog, "provider");
        for (const ProviderInfo &info : providers) {
            provider->setCurrentIndex(provider->findData(info.id));
            QCOMPARE(dialog.providerInfo().id, info.id);
            child<QCheckBox>(&dialog, "ipv6")->setChecked(info.ipv6); // the IPv6 rows take part where they can
            QStringList seen;
            const QStringList clashes = Test::mnemonicClashes(&dialog, &seen);
            QVERIFY2(seen.contains(QStringLiteral("&Provider:")) && seen.contains(QStringLiteral("&Test")),
                     qPrintable(seen.join(QStringLiteral(", "))));
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(info.id + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
            const QStringList order = Test::focusChainProblems(&dialog);
            QVERIFY2(order.isEmpty(), qPrintable(info.id + QStringLiteral(": ") + order.join(QStringLiteral("; "))));
        }
    }

    void editingNeverShowsTheStoredSecret()
    {
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("nas.example.net");
        host.providerId = QStringLiteral("every-kind");
        host.settings.insert(QStringLiteral("account"), QStringLiteral("carol"));
        host.settings.insert(QStringLiteral("wildcard"), QStringLiteral("true"));
        host.settings.insert(QStringLiteral("port"), QStringLiteral("8080"));
        HostEditorDialog dialog(catalogue(), {});
        dialog.setHost(host);
        auto *token = child<QLineEdit>(&dialog, "field_token");
        QVERIFY(token->text().isEmpty());
        QVERIFY(token->placeholderText().contains(QStringLiteral("leave empty")));
        QCOMPARE(child<QLineEdit>(&dialog, "field_account")->text(), QStringLiteral("carol"));
        QVERIFY(child<QCheckBox>(&dialog, "field_wildcard")->isChecked());
        QCOMPARE(child<QSpinBox>(&dialog, "field_port")->value(), 8080);
        QVERIFY2(child<QPushButton>(&dialog, "save")->isEnabled(), "an empty secret keeps the stored one");
        QVERIFY(dialog.secrets().isEmpty());
        QCOMPARE(dialog.host().id, host.id);
    }

    void keychainFailureKeepsInputAndSavesNothing_data()
    {
        QTest::addColumn<SecretResult::Status>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no backend") << SecretResult::Status::NoBackend << QStringLiteral("No keychain is available");
        QTest::newRow("locked") << SecretResult::Status::Locked << QStringLiteral("keychain is locked");
        QTest::newRow("denied") << SecretResult::Status::AccessDenied << QStringLiteral("refused");
        QTest::newRow("timed out") << SecretResult::Status::TimedOut << QStringLiteral("did not answer");
    }

    void keychainFailureKeepsInputAndSavesNothing()
    {
        QFETCH(SecretResult::Status, status);
        QFETCH(QString, expected);
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.secrets->setFailure(status);
        QWidget parent;
        HomingService service(fixture.runtime.get(), inertScheduler());
        HostEditController hosts(&service, &parent);
        hosts.addHost();
        HostEditorDialog *editor = hosts.editor();
        QVERIFY(editor);
        auto *provider = child<QComboBox>(editor, "provider");
        provider->setCurrentIndex(provider->findData(QStringLiteral("dyndns2")));
        QTest::keyClicks(child<QLineEdit>(editor, "hostName"), QStringLiteral("home.example.org"));
        // The generic dyndns2 provider has no server of its own (the first provider's is not carried).
        QTest::keyClicks(child<QLineEdit>(editor, "field_server"), fixture.provider.url().toString());
        QTest::keyClicks(child<QLineEdit>(editor, "field_username"), QStringLiteral("alice"));
        QTest::keyClicks(child<QLineEdit>(editor, "field_password"), QStringLiteral("pw-123"));
        QVERIFY(child<QPushButton>(editor, "save")->isEnabled());
        QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
        QTRY_VERIFY(message(editor, "dialogError").contains(expected));
        QVERIFY(message(editor, "dialogError").contains(QStringLiteral("Nothing was saved")));
        QVERIFY(editor->isVisible());
        QCOMPARE(child<QLineEdit>(editor, "field_password")->text(), QStringLiteral("pw-123"));
        QVERIFY(fixture.runtime->config().hosts.isEmpty());
        QVERIFY(!fixture.configText().contains("home.example.org"));
        QVERIFY(fixture.secrets->entries().isEmpty());

        // Once the keychain works, Save again goes through.
        fixture.secrets->setFailure(std::nullopt);
        QSignalSpy saved(&hosts, &HostEditController::hostSaved);
        QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(fixture.runtime->config().hosts.size(), 1);
        QCOMPARE(fixture.secrets->entries().size(), 1);
    }

    void testButtonChecksCredentialsWithoutSaving()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        QWidget parent;
        HomingService service(fixture.runtime.get(), inertScheduler());
        HostEditController hosts(&service, &parent);
        hosts.addHost();
        HostEditorDialog *editor = hosts.editor();
        auto *provider = child<QComboBox>(editor, "provider");
        provider->setCurrentIndex(provider->findData(QStringLiteral("dyndns2")));
        auto *test = child<QPushButton>(editor, "testButton");
        QVERIFY2(test->isEnabled(), "dyndns2 has a harmless credentials check");
        QTest::keyClicks(child<QLineEdit>(editor, "hostName"), QStringLiteral("home.example.org"));
        auto *server = child<QLineEdit>(editor, "field_server");
        server->setText(fixture.provider.url().toString());
        QTest::keyClicks(child<QLineEdit>(editor, "field_username"), QStringLiteral("alice"));
        QTest::keyClicks(child<QLineEdit>(editor, "field_password"), QStringLiteral("pw-123"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message(editor, "testResult").contains(QStringLiteral("accepted")), 20000);
        QVERIFY(!fixture.provider.requests().isEmpty());
        QCOMPARE(fixture.provider.requests().last().basicCredentials(), QByteArray("alice:pw-123"));
        // Testing saves nothing.
        QVERIFY(fixture.runtime->config().hosts.isEmpty());
        QVERIFY(fixture.secrets->entries().isEmpty());

        fixture.provider.setHandler(
            [](const Test::HttpTestServer::Request &) { return Test::HttpTestServer::Response::text("badauth"); });
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message(editor, "testResult").contains(QStringLiteral("password")), 20000);
    }

    // The TTL row says what "lowest" is at this provider, its minimum and why it matters, and a
    // TTL below the minimum is refused in words; a provider that sets its own TTL says so.
    void ttlShowsTheProvidersMinimum()
    {
        HostEditorDialog dialog(ProviderRegistry::catalogue(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *provider = child<QComboBox>(&dialog, "provider");
        auto *ttl = child<QSpinBox>(&dialog, "ttl");
        auto *hint = child<QLabel>(&dialog, "ttlHint");
        auto *message = child<QLabel>(&dialog, "ttlMessage");
        QTest::keyClicks(child<QLineEdit>(&dialog, "hostName"), QStringLiteral("home.example.org"));

        provider->setCurrentIndex(provider->findData(QStringLiteral("porkbun")));
        QVERIFY(ttl->isEnabled());
        QCOMPARE(ttl->value(), 0);
        QCOMPARE(ttl->text(), QStringLiteral("Lowest (600 s)"));
        QVERIFY2(hint->isVisible() && hint->text().contains(QStringLiteral("600 s at the least"))
                     && hint->text().contains(QStringLiteral("someone else's machine")),
                 qPrintable(hint->text()));
        ttl->setValue(300);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("enter 600 or more")), qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(&dialog, "save")->isEnabled());
        ttl->setValue(900);
        QTRY_VERIFY(!message->isVisible());

        provider->setCurrentIndex(provider->findData(QStringLiteral("cloudflare")));
        QCOMPARE(dialog.providerInfo().defaultTtl(), 60);
        ttl->setValue(0);
        QCOMPARE(ttl->text(), QStringLiteral("Lowest (60 s)"));

        provider->setCurrentIndex(provider->findData(QStringLiteral("duckdns")));
        QVERIFY(!ttl->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("does not let clients set the TTL")), qPrintable(hint->text()));
    }

    // "Take the name offline when this machine goes away": the editor says how this provider does
    // it, asks for the sink address where pointing the name elsewhere is the only way, and what is
    // saved is what the engine sends when the machine leaves: the sink address, at the wire.
    void parkingChoiceIsWhatTheEngineSends()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        {
            QWidget parent;
            HomingService service(fixture.runtime.get(), inertScheduler());
            HostEditController hosts(&service, &parent);
            hosts.addHost();
            HostEditorDialog *editor = hosts.editor();
            editor->show();
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            auto *provider = child<QComboBox>(editor, "provider");
            auto *park = child<QCheckBox>(editor, "park");
            auto *hint = child<QLabel>(editor, "parkHint");
            auto *parkAt = child<QLineEdit>(editor, "parkAt");
            auto *save = child<QPushButton>(editor, "save");

            provider->setCurrentIndex(provider->findData(QStringLiteral("cloudflare")));
            QVERIFY(park->isEnabled());
            QVERIFY2(hint->text().contains(QStringLiteral("removes the name's addresses")), qPrintable(hint->text()));
            QVERIFY(!parkAt->isVisible()); // Cloudflare deletes the record: nothing to ask

            provider->setCurrentIndex(provider->findData(QStringLiteral("dyndns2")));
            QVERIFY2(hint->text().contains(QStringLiteral("offers no way to remove the address")),
                     qPrintable(hint->text()));
            QTest::keyClicks(child<QLineEdit>(editor, "hostName"), QStringLiteral("home.example.org"));
            child<QLineEdit>(editor, "field_server")->setText(fixture.provider.url().toString());
            QTest::keyClicks(child<QLineEdit>(editor, "field_username"), QStringLiteral("alice"));
            QTest::keyClicks(child<QLineEdit>(editor, "field_password"), QStringLiteral("pw-123"));
            QVERIFY(!parkAt->isVisible()); // until the user asks for parking
            QVERIFY(!hint->isVisible());
            QVERIFY(park->toolTip().contains(QStringLiteral("offers no way to remove the address")));
            park->setChecked(true);
            QVERIFY(parkAt->isVisible());
            QVERIFY(hint->isVisible());
            // Asked for parking without saying where to: refused in words, nothing saved.
            QTRY_VERIFY(!message(editor, "message_parkAt").isEmpty());
            QVERIFY(!save->isEnabled());
            QTest::keyClicks(parkAt, QStringLiteral("0.0.0.0, 10.0.0.1"));
            QVERIFY2(message(editor, "message_parkAt").contains(QStringLiteral("at most one IPv4")),
                     qPrintable(message(editor, "message_parkAt")));
            parkAt->clear();
            QTest::keyClicks(parkAt, QStringLiteral("nowhere"));
            QVERIFY2(message(editor, "message_parkAt").contains(QStringLiteral("is not an IP address")),
                     qPrintable(message(editor, "message_parkAt")));
            parkAt->clear();
            QTest::keyClicks(parkAt, QStringLiteral("0.0.0.0"));
            QTRY_VERIFY(message(editor, "message_parkAt").isEmpty());
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_COMPARE(fixture.runtime->config().hosts.size(), 1);
        }

        // The engine publishes the detected address, then the machine leaves: the name is pointed
        // at the sink, as the editor said.
        std::unique_ptr<DesktopController> desktop = fixture.startDesktop();
        QVERIFY2(desktop, qPrintable(fixture.error));
        QCOMPARE(fixture.provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.160"));
        const QUuid id = fixture.runtime->config().hosts.first().id;
        bool parked = false;
        desktop->service()->scheduler()->parkAll(QStringLiteral("test"), [&parked](int count) { parked = count == 1; });
        QTRY_VERIFY(parked);
        QCOMPARE(fixture.provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("0.0.0.0"));
        QCOMPARE(fixture.provider.requests().last().basicCredentials(), QByteArray("alice:pw-123"));
        QCOMPARE(desktop->service()->scheduler()->record(id).state, HostState::Parked);
        QCOMPARE(HostTableModel::stateText(desktop->service()->scheduler()->record(id)),
                 QStringLiteral("Taken offline"));
    }

    // The real catalogue's own rules, as the user types: no IP address as a host name, a part of at
    // most 63 characters said in words that fit, DuckDNS names under duckdns.org, and the token
    // forms DuckDNS, Cloudflare and deSEC document.
    void providersOwnRulesAreCheckedAsTyped()
    {
        HostEditorDialog dialog(ProviderRegistry::catalogue(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *provider = child<QComboBox>(&dialog, "provider");
        auto *name = child<QLineEdit>(&dialog, "hostName");
        auto *save = child<QPushButton>(&dialog, "save");
        const auto choose = [provider](const char *id) {
            provider->setCurrentIndex(provider->findData(QLatin1String(id)));
            return provider->currentData().toString() == QLatin1String(id);
        };
        const auto typeName = [name](const QString &text) {
            name->clear();
            QTest::keyClicks(name, text);
        };

        QVERIFY(choose("duckdns"));
        typeName(QStringLiteral("192.0.2.7"));
        QVERIFY2(message(&dialog, "hostNameMessage").contains(QStringLiteral("IP address")),
                 qPrintable(message(&dialog, "hostNameMessage")));
        typeName(QString(300, QLatin1Char('a')) + QStringLiteral(".duckdns.org"));
        const QString tooLong = message(&dialog, "hostNameMessage");
        QVERIFY2(tooLong.contains(QStringLiteral("300 characters")) && tooLong.contains(QStringLiteral("63")),
                 qPrintable(tooLong));
        QVERIFY2(tooLong.size() < 140, "the message fits next to the field, without the whole input");
        typeName(QStringLiteral("home.example.org"));
        QVERIFY2(message(&dialog, "hostNameMessage").contains(QStringLiteral("duckdns.org")),
                 qPrintable(message(&dialog, "hostNameMessage")));
        typeName(QStringLiteral("home.duckdns.org"));
        QVERIFY(message(&dialog, "hostNameMessage").isEmpty());

        auto *token = child<QLineEdit>(&dialog, "field_token");
        QTest::keyClicks(token, QStringLiteral("my-password"));
        QVERIFY2(message(&dialog, "message_token").contains(QStringLiteral("a1b2c3d4-")),
                 qPrintable(message(&dialog, "message_token")));
        QVERIFY(!save->isEnabled());
        token->setText(QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
        QVERIFY(message(&dialog, "message_token").isEmpty());
        QVERIFY(save->isEnabled());

        QVERIFY(choose("cloudflare"));
        typeName(QStringLiteral("home.example.org"));
        QVERIFY2(message(&dialog, "hostNameMessage").isEmpty(), "Cloudflare serves any zone");
        token = child<QLineEdit>(&dialog, "field_token");
        QTest::keyClicks(token, QStringLiteral("0123456789abcdef0123456789abcdef01234")); // a Global API Key
        QVERIFY2(message(&dialog, "message_token").contains(QStringLiteral("Global API Key")),
                 qPrintable(message(&dialog, "message_token")));
        token->setText(QStringLiteral("Zx9_kL2-mN4pQ6rS8tU0vW1xY3zA5bC7dE9fG1hJ"));
        QVERIFY(message(&dialog, "message_token").isEmpty());

        QVERIFY(choose("desec"));
        auto *password = child<QLineEdit>(&dialog, "field_password");
        QTest::keyClicks(password, QStringLiteral("hunter2"));
        QVERIFY2(message(&dialog, "message_password").contains(QStringLiteral("28")),
                 qPrintable(message(&dialog, "message_password")));
        password->setText(QStringLiteral("4pnk7u-NHvrEkFzrhFDRTjGFyX_S"));
        QVERIFY(message(&dialog, "message_password").isEmpty());
    }

    // The same rules hold for every path into the service, not only the editor: a token in the
    // wrong form from homingctl secret set, or a DuckDNS host outside duckdns.org, is refused and
    // nothing is stored.
    void serviceRefusesWhatTheProviderCannotTake()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        HomingService service(fixture.runtime.get(), inertScheduler());
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("home.example.org");
        host.providerId = QStringLiteral("duckdns");
        const QString good = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        std::optional<HomingService::Result> result;
        const auto keep = [&result](const HomingService::Result &r) { result = r; };

        service.saveHost(host, {{QStringLiteral("token"), good}}, this, keep);
        QTRY_VERIFY(result);
        QVERIFY2(!result->ok && result->error.contains(QStringLiteral("duckdns.org")), qPrintable(result->error));
        QVERIFY(fixture.runtime->config().hosts.isEmpty());

        host.name = QStringLiteral("home.duckdns.org");
        result.reset();
        service.saveHost(host, {{QStringLiteral("token"), QStringLiteral("not-a-token")}}, this, keep);
        QTRY_VERIFY(result);
        QVERIFY2(!result->ok && result->error.contains(QStringLiteral("DuckDNS token")), qPrintable(result->error));
        QVERIFY(fixture.runtime->config().hosts.isEmpty());
        QVERIFY(fixture.secrets->entries().isEmpty());

        result.reset();
        service.saveHost(host, {{QStringLiteral("token"), good}}, this, keep);
        QTRY_VERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        const QString key = SecretStore::keyFor(host.id, QStringLiteral("token"));
        QTRY_COMPARE(fixture.secrets->entries().value(key), good);

        result.reset(); // homingctl secret set goes through storeSecret
        service.storeSecret(host.id, QStringLiteral("token"), QStringLiteral("hunter2"), this, keep);
        QTRY_VERIFY(result);
        QVERIFY2(!result->ok && result->error.contains(QStringLiteral("DuckDNS token")), qPrintable(result->error));
        QCOMPARE(fixture.secrets->entries().value(key), good);
    }

    void removingAHostRemovesItsSecrets()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        const Host kept = fixture.addDyndns2Host(QStringLiteral("kept.example.org"), QStringLiteral("pw-kept"));
        const Host gone = fixture.addDyndns2Host(QStringLiteral("gone.example.org"), QStringLiteral("pw-gone"));
        QTRY_COMPARE(fixture.secrets->entries().size(), 2);
        QWidget parent;
        HomingService service(fixture.runtime.get(), inertScheduler());
        HostEditController hosts(&service, &parent);
        QSignalSpy removed(&hosts, &HostEditController::hostRemoved);
        hosts.removeHost(gone.id, true);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(fixture.runtime->config().hosts.size(), 1);
        QCOMPARE(fixture.runtime->config().hosts.first().id, kept.id);
        QVERIFY(!fixture.configText().contains("gone.example.org"));
        QCOMPARE(fixture.secrets->entries().keys(),
                 QStringList {SecretStore::keyFor(kept.id, QStringLiteral("password"))});

        // A locked keychain stops the removal: no password is left behind without its host.
        fixture.secrets->setFailure(SecretResult::Status::Locked);
        QSignalSpy problem(&hosts, &HostEditController::problem);
        hosts.removeHost(kept.id, true);
        QTRY_COMPARE(problem.size(), 1);
        QVERIFY(problem.first().at(1).toString().contains(QStringLiteral("locked")));
        QCOMPARE(fixture.runtime->config().hosts.size(), 1);
    }
};

QTEST_MAIN(TestHostEditor)
#include "tst_hosteditor.moc"
