// Address sources in the Settings dialog (issue 9, item 7): added, tested, edited and removed
// there; the source editor checks what is typed with the config file's own rules; and what Settings
// saves is what the engine asks at its next check, on the wire.
#include "desktopcontroller.h"
#include "dialogchecks.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/sourceeditordialog.h"
#include "engine/scheduler.h"
#include "fakeclock.h"
#include "guifixture.h"
#include "httptestserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Homing;

namespace {

DesktopController::Options testOptions(const QString &autostartDir)
{
    DesktopController::Options options;
    options.bus = QDBusConnection(QString()); // never connected: notifications fall back
    options.scheduler.watchChanges = false; // no netlink or wake-ups in tests
    options.autostartDir = autostartDir;
    return options;
}

bool providerSent(const Test::HttpTestServer &provider, const QString &address)
{
    for (const Test::HttpTestServer::Request &request : provider.requests()) {
        if (request.query().queryItemValue(QStringLiteral("myip")) == address)
            return true;
    }
    return false;
}

QStringList sourceIds(const QList<SourceConfig> &sources)
{
    QStringList ids;
    for (const SourceConfig &source : sources)
        ids.append(source.id);
    return ids;
}

const SourceConfig *sourceById(const QList<SourceConfig> &sources, const QString &id)
{
    for (const SourceConfig &source : sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

QListWidgetItem *rowFor(QListWidget *list, const QString &id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

void clickRow(QListWidget *list, const QString &id)
{
    QListWidgetItem *item = rowFor(list, id);
    QVERIFY2(item, qPrintable(id));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(list->currentItem(), item);
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

void click(QWidget *parent, const char *name)
{
    QPushButton *button = child<QPushButton>(parent, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Selects the whole text and types over it, as a user does.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseKind(SourceEditorDialog *editor, const char *kind)
{
    auto *combo = child<QComboBox>(editor, "sourceKind");
    combo->setCurrentIndex(combo->findData(QLatin1String(kind)));
}

// The message under a field: shown, and saying what the config file would say.
bool showsProblem(SourceEditorDialog *editor, const char *field, const char *words)
{
    const QLabel *label = editor->findChild<QLabel *>(QLatin1String(field) + QStringLiteral("Message"));
    return label && label->isVisibleTo(editor) && label->text().contains(QLatin1String(words));
}

// Opens Settings anew, selects the source and clicks Remove.
bool removeInNewSettings(DesktopController *desktop, const QString &id)
{
    desktop->showSettings();
    SettingsDialog *dialog = desktop->settingsDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    auto *list = child<QListWidget>(dialog, "sources");
    clickRow(list, id);
    click(dialog, "removeSource");
    return !QTest::currentTestFailed();
}

} // namespace

class TestSourceEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Add an http source pointing at a loopback echo server, Test it, remove the old source, Save:
    // the engine's next check asks the new server (and publishes what it answered), never the old.
    void addedSourceIsWhatTheEngineAsks()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        Test::HttpTestServer router;
        router.setHandler([](const Test::HttpTestServer::Request &) {
            return Test::HttpTestServer::Response::text("81.2.69.161\n");
        });
        QVERIFY(router.listen());
        Test::FakeClock clock; // the provider's least time between two updates passes when the test says
        fixture.runtime->setClock(&clock);
        QTemporaryDir autostart;
        DesktopController desktop(fixture.runtime.get(), testOptions(autostart.path()));
        QSignalSpy cycles(&desktop, &DesktopController::cycleFinished);
        desktop.start(false);
        // The start-up check asks the configured source and publishes its address.
        QTRY_VERIFY_WITH_TIMEOUT(providerSent(fixture.provider, QStringLiteral("81.2.69.160")), 20000);
        QTRY_VERIFY(cycles.count() >= 1);

        desktop.showSettings();
        SettingsDialog *dialog = desktop.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = child<QListWidget>(dialog, "sources");
        QCOMPARE(list->count(), 1);
        QVERIFY(!child<QPushButton>(dialog, "testSource")->isEnabled()); // nothing selected yet

        click(dialog, "addSource");
        QPointer<SourceEditorDialog> editor;
        QTRY_VERIFY((editor = dialog->findChild<SourceEditorDialog *>()));
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(child<QComboBox>(editor, "sourceKind")->currentData().toString(), QStringLiteral("http"));
        auto *save = child<QPushButton>(editor, "saveSource");
        QVERIFY(!save->isEnabled()); // no URL yet, but nothing is called wrong before the first key
        QVERIFY(!showsProblem(editor, "ipv4Url", ""));
        const QString url = router.url(QStringLiteral("/ip")).toString();
        QTest::keyClicks(child<QLineEdit>(editor, "ipv4Url"), url);
        QVERIFY(save->isEnabled());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the picture as laid out now
        const QPixmap editorShot = editor->grab();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!editor);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("http"));
        QVERIFY2(list->currentItem()->text().contains(url), qPrintable(list->currentItem()->text()));
        QCOMPARE(child<QSpinBox>(dialog, "quorum")->maximum(), 2); // two enabled sources now

        // Test asks the new server once, through the core, and says what it answered.
        click(dialog, "testSource");
        auto *result = child<QLabel>(dialog, "sourceTestResult");
        QTRY_COMPARE(result->text(), QStringLiteral("http answered 81.2.69.161 for IPv4."));
        QCOMPARE(router.requests().size(), 1);
        QCOMPARE(router.requests().first().path(), QStringLiteral("/ip"));
        QVERIFY(child<QPushButton>(dialog, "testSource")->isEnabled());
        // tests/gui/screenshots.sh-style run under Xvfb: HOMING_SCREENSHOT_DIR=docs/screenshots.
        if (const QString shots = qEnvironmentVariable("HOMING_SCREENSHOT_DIR"); !shots.isEmpty()) {
            // Settings, and the editor beside it at the height of the source list, on the grey
            // desktop of tests/gui/screenshots.sh.
            const QPixmap settingsShot = dialog->grab();
            const int margin = 16;
            const int editorTop = std::max(margin, list->mapTo(dialog, QPoint()).y() - editorShot.height() / 2);
            QPixmap both(settingsShot.width() + editorShot.width() + 3 * margin,
                         std::max(settingsShot.height(), editorTop + editorShot.height()) + 2 * margin);
            both.fill(QColor(0x3c, 0x41, 0x48));
            QPainter painter(&both);
            painter.drawPixmap(margin, margin, settingsShot);
            const QPoint editorAt(settingsShot.width() + 2 * margin, editorTop + margin);
            painter.drawPixmap(editorAt, editorShot);
            painter.setPen(QColor(0x20, 0x23, 0x27));
            painter.drawRect(QRect(QPoint(margin, margin), settingsShot.size()).adjusted(-1, -1, 0, 0));
            painter.drawRect(QRect(editorAt, editorShot.size()).adjusted(-1, -1, 0, 0));
            painter.end();
            QVERIFY(both.save(shots + QStringLiteral("/settings-sources.png")));
        }

        clickRow(list, QStringLiteral("loopback-echo"));
        click(dialog, "removeSource");
        QCOMPARE(list->count(), 1);
        QVERIFY(!rowFor(list, QStringLiteral("loopback-echo")));
        QCOMPARE(child<QSpinBox>(dialog, "quorum")->maximum(), 1);

        fixture.echo.clearRequests();
        router.clearRequests();
        cycles.clear();
        click(dialog, "save");
        QTRY_VERIFY(!desktop.settingsDialog());
        QCOMPARE(sourceIds(fixture.runtime->config().sources), QStringList {QStringLiteral("http")});
        QVERIFY(fixture.configText().contains(url.toUtf8()));
        QVERIFY(!fixture.configText().contains("loopback-echo"));

        // The check that follows the saved settings asks the new server; the removed source's
        // server hears nothing.
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 1, 20000);
        QVERIFY(!router.requests().isEmpty());
        QCOMPARE(router.requests().last().path(), QStringLiteral("/ip"));
        QCOMPARE(fixture.echo.requests().size(), 0);
        // Its answer is what the host gets once the provider's minimum interval has passed.
        const QHostAddress detected = desktop.scheduler()->publicAddress(AddressFamily::IPv4).value_or(QHostAddress());
        QCOMPARE(detected, QHostAddress(QStringLiteral("81.2.69.161")));
        clock.advance(61);
        desktop.scheduler()->tick();
        QTRY_VERIFY_WITH_TIMEOUT(providerSent(fixture.provider, QStringLiteral("81.2.69.161")), 20000);
        QCOMPARE(fixture.echo.requests().size(), 0);
    }

    // Input the config file would refuse shows the same message under its field; Save stays off and
    // neither Save nor Enter closes the dialog or loses the input.
    void validationUsesTheConfigRules()
    {
        SourceEditorDialog editor({QStringLiteral("loopback-echo")});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *save = child<QPushButton>(&editor, "saveSource");
        auto *ipv4Url = child<QLineEdit>(&editor, "ipv4Url");

        QTest::keyClicks(ipv4Url, QStringLiteral("http://example.org/ip"));
        QVERIFY(showsProblem(&editor, "ipv4Url", "https://"));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(ipv4Url, Qt::Key_Return);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.result(), 0);
        QCOMPARE(ipv4Url->text(), QStringLiteral("http://example.org/ip"));

        retype(ipv4Url, QStringLiteral("not a url"));
        QVERIFY(showsProblem(&editor, "ipv4Url", "not a valid URL"));
        QVERIFY(!save->isEnabled());
        retype(ipv4Url, QStringLiteral("https://example.org/ip"));
        QVERIFY(!showsProblem(&editor, "ipv4Url", ""));
        QVERIFY(save->isEnabled());
        QCOMPARE(editor.source().option(QStringLiteral("ipv4Url")), QStringLiteral("https://example.org/ip"));
        QCOMPARE(editor.source().id, QStringLiteral("http")); // made from the kind
        retype(child<QLineEdit>(&editor, "ipv6Url"), QStringLiteral("https://user:pw@example.org/"));
        QVERIFY(showsProblem(&editor, "ipv6Url", "user name or password"));
        QVERIFY(!save->isEnabled());

        // DNS: the service's own servers to begin with; with both emptied it could never answer.
        chooseKind(&editor, "dns");
        QVERIFY(!ipv4Url->isVisibleTo(&editor));
        auto *ipv4Server = child<QLineEdit>(&editor, "ipv4Server");
        auto *ipv6Server = child<QLineEdit>(&editor, "ipv6Server");
        QCOMPARE(ipv4Server->text(), QStringLiteral("208.67.222.222"));
        QVERIFY(save->isEnabled());
        retype(ipv4Server, QString());
        QVERIFY(save->isEnabled()); // IPv6 only is fine
        retype(ipv6Server, QString());
        QVERIFY(showsProblem(&editor, "ipv4Server", "IPv4, IPv6 or both"));
        QVERIFY(!save->isEnabled());
        retype(ipv6Server, QStringLiteral("resolver.example"));
        QVERIFY(showsProblem(&editor, "ipv6Server", "IP address"));
        retype(ipv6Server, QStringLiteral("::1"));
        QVERIFY(save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&editor, "dnsPort"), QStringLiteral("70000"));
        QVERIFY(showsProblem(&editor, "dnsPort", "1 to 65535"));
        QVERIFY(!save->isEnabled());
        retype(child<QLineEdit>(&editor, "dnsPort"), QStringLiteral("5353"));
        QVERIFY(save->isEnabled());
        QCOMPARE(editor.source().id, QStringLiteral("dns"));
        QCOMPARE(editor.source().option(QStringLiteral("ipv4Server")), QString()); // off
        QCOMPARE(editor.source().options.value(QStringLiteral("port")).toInt(), 5353);

        // Command: a program is needed; the line is split without a shell.
        chooseKind(&editor, "command");
        QVERIFY(showsProblem(&editor, "command", "program"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&editor, "command"),
                         QStringLiteral("/usr/local/bin/my-ip \"two words\" {family}"));
        QVERIFY(save->isEnabled());
        QCOMPARE(editor.source().option(QStringLiteral("program")), QStringLiteral("/usr/local/bin/my-ip"));
        QCOMPARE(editor.source().options.value(QStringLiteral("arguments")).toStringList(),
                 (QStringList {QStringLiteral("two words"), QStringLiteral("{family}")}));
        QTest::mouseClick(child<QCheckBox>(&editor, "commandIpv4"), Qt::LeftButton);
        QVERIFY(showsProblem(&editor, "commandFamilies", "ipv4"));
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(child<QCheckBox>(&editor, "commandIpv6"), Qt::LeftButton);
        QVERIFY(save->isEnabled());

        // Interface: a name longer than Linux allows; a fixed identifier that is a whole address.
        chooseKind(&editor, "interface");
        QVERIFY(save->isEnabled()); // every interface, both families
        auto *name = child<QComboBox>(&editor, "interface");
        QTest::keyClicks(name, QStringLiteral("a-very-long-interface-name"));
        QVERIFY(showsProblem(&editor, "interface", "interface name"));
        retype(name->lineEdit(), QStringLiteral("eth0"));
        QVERIFY(save->isEnabled());
        auto *interfaceId = child<QLineEdit>(&editor, "interfaceId");
        QVERIFY(!interfaceId->isVisibleTo(&editor));
        auto *policy = child<QComboBox>(&editor, "ipv6Policy");
        policy->setCurrentIndex(policy->findData(QStringLiteral("fixed")));
        QVERIFY(interfaceId->isVisibleTo(&editor));
        QVERIFY(showsProblem(&editor, "interfaceId", "interface identifier"));
        QTest::keyClicks(interfaceId, QStringLiteral("2001:db8::1"));
        QVERIFY(showsProblem(&editor, "interfaceId", "interface identifier"));
        retype(interfaceId, QStringLiteral("::1234:5678:9abc:def0"));
        QVERIFY(save->isEnabled());

        // UPnP: the discovery address must be an IPv4 address.
        chooseKind(&editor, "upnp");
        QVERIFY(save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&editor, "ssdpAddress"), QStringLiteral("ff02::c"));
        QVERIFY(showsProblem(&editor, "ssdpAddress", "IPv4"));
        QVERIFY(!save->isEnabled());
        QVERIFY(editor.isVisible());
    }

    // Edit keeps the id and changes the option; Test of a failing source says why in words; Remove
    // takes a source out of the saved config, but never the last enabled one.
    void editTestAndRemove()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        QTemporaryDir autostart;
        DesktopController desktop(fixture.runtime.get(), testOptions(autostart.path()));
        desktop.showSettings();
        SettingsDialog *dialog = desktop.settingsDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = child<QListWidget>(dialog, "sources");
        auto *result = child<QLabel>(dialog, "sourceTestResult");

        clickRow(list, QStringLiteral("loopback-echo"));
        click(dialog, "editSource");
        QPointer<SourceEditorDialog> editor;
        QTRY_VERIFY((editor = dialog->findChild<SourceEditorDialog *>()));
        QVERIFY(editor->windowTitle().contains(QStringLiteral("loopback-echo")));
        auto *ipv4Url = child<QLineEdit>(editor, "ipv4Url");
        QCOMPARE(ipv4Url->text(), fixture.echo.url(QStringLiteral("/ip")).toString());
        QCOMPARE(child<QComboBox>(editor, "format")->currentData().toString(), QStringLiteral("plain"));
        const QString moved = fixture.echo.url(QStringLiteral("/json")).toString();
        retype(ipv4Url, QString());
        QVERIFY(showsProblem(editor, "ipv4Url", "an IPv4 URL")); // an edited source is checked from the start
        retype(ipv4Url, moved);
        auto *format = child<QComboBox>(editor, "format");
        format->setCurrentIndex(format->findData(QStringLiteral("json")));
        click(editor, "saveSource");
        QTRY_VERIFY(!editor);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("loopback-echo"));

        // A command that fails: Test says so, in words.
        click(dialog, "addSource");
        QTRY_VERIFY((editor = dialog->findChild<SourceEditorDialog *>()));
        chooseKind(editor, "command");
        QTest::keyClicks(child<QLineEdit>(editor, "command"), QStringLiteral("/bin/false"));
        click(editor, "saveSource");
        QTRY_VERIFY(!editor);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("command"));
        click(dialog, "testSource");
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("command gave no IPv4 address: ")));
        QVERIFY2(result->text().contains(QStringLiteral("exit")), qPrintable(result->text()));

        // Edited into one that works: the same id, and Test shows its address.
        click(dialog, "editSource");
        QTRY_VERIFY((editor = dialog->findChild<SourceEditorDialog *>()));
        QCOMPARE(child<QLineEdit>(editor, "command")->text(), QStringLiteral("/bin/false"));
        retype(child<QLineEdit>(editor, "command"), QStringLiteral("/bin/echo 10.0.0.7"));
        click(editor, "saveSource");
        QTRY_VERIFY(!editor);
        QCOMPARE(list->count(), 2);
        click(dialog, "testSource");
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("command answered 10.0.0.7 for IPv4.")));
        QVERIFY2(result->text().contains(QStringLiteral("allow private addresses")), qPrintable(result->text()));

        click(dialog, "save");
        QTRY_VERIFY(!desktop.settingsDialog());
        const QList<SourceConfig> saved = fixture.runtime->config().sources;
        QCOMPARE(sourceIds(saved), (QStringList {QStringLiteral("loopback-echo"), QStringLiteral("command")}));
        QCOMPARE(sourceById(saved, QStringLiteral("loopback-echo"))->option(QStringLiteral("ipv4Url")), moved);
        QCOMPARE(sourceById(saved, QStringLiteral("loopback-echo"))->option(QStringLiteral("format")),
                 QStringLiteral("json"));
        QCOMPARE(sourceById(saved, QStringLiteral("command"))->option(QStringLiteral("program")),
                 QStringLiteral("/bin/echo"));
        QVERIFY(fixture.configText().contains("\"/bin/echo\""));

        // Remove the command: gone from the saved config.
        QVERIFY(removeInNewSettings(&desktop, QStringLiteral("command")));
        dialog = desktop.settingsDialog();
        list = child<QListWidget>(dialog, "sources");
        click(dialog, "save");
        QTRY_VERIFY(!desktop.settingsDialog());
        QCOMPARE(sourceIds(fixture.runtime->config().sources), QStringList {QStringLiteral("loopback-echo")});
        QVERIFY(!fixture.configText().contains("/bin/echo"));

        // The last enabled source stays, with a message saying why.
        QVERIFY(removeInNewSettings(&desktop, QStringLiteral("loopback-echo")));
        dialog = desktop.settingsDialog();
        list = child<QListWidget>(dialog, "sources");
        QCOMPARE(list->count(), 1);
        auto *message = child<QLabel>(dialog, "settingsMessage");
        QVERIFY(message->isVisibleTo(dialog));
        QVERIFY2(message->text().contains(QStringLiteral("only enabled address source")), qPrintable(message->text()));
        // Unticking it is refused as before.
        list->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(message->text(), QStringLiteral("Enable at least one address source."));
        QVERIFY(!child<QPushButton>(dialog, "save")->isEnabled());
    }

    // Each kind's fields: every mnemonic once, and Tab in the order they are shown. The Settings
    // dialog with its source buttons is checked in tst_desktopsettings.
    void keyboardMnemonicsAndTabOrder_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("policy");
        for (const char *kind : {"http", "dns", "interface", "upnp", "command"})
            QTest::newRow(kind) << QString::fromLatin1(kind) << QString();
        QTest::newRow("interface fixed") << QStringLiteral("interface") << QStringLiteral("fixed");
    }

    void keyboardMnemonicsAndTabOrder()
    {
        QFETCH(QString, kind);
        QFETCH(QString, policy);
        SourceEditorDialog editor({});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        chooseKind(&editor, kind.toLatin1().constData());
        if (!policy.isEmpty()) {
            auto *combo = child<QComboBox>(&editor, "ipv6Policy");
            combo->setCurrentIndex(combo->findData(policy));
        }
        QStringList seen;
        const QStringList clashes = Test::mnemonicClashes(&editor, &seen);
        QVERIFY2(seen.contains(QStringLiteral("&Kind:")), qPrintable(seen.join(QStringLiteral(", "))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        const QStringList order = Test::focusChainProblems(&editor);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
