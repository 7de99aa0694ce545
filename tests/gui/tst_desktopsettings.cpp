// Settings: the UI-only settings file (typed keys, schema, damaged or newer files left alone), the
// XDG autostart entry written and removed by the toggle, config fields saved through the Runtime,
// and which notifications go out (kinds switchable, rate-limited, never for a first detection).
#include "desktopcontroller.h"
#include "dialogchecks.h"
#include "dialogs/settingsdialog.h"
#include "fakeclock.h"
#include "guifixture.h"
#include "notify/desktopnotifier.h"
#include "notify/notificationcenter.h"
#include "platform/autostart.h"
#include "settings/uisettings.h"
#include "testutil.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Homing;

class TestDesktopSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uiSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homing-ui.json"));
        UiSettings settings(path);
        QString error;
        QVERIFY(settings.load(&error)); // missing: defaults
        QCOMPARE(settings.flag(UiSettings::Key::NotifyAddressChange), true);
        QCOMPARE(settings.flag(UiSettings::Key::StartMinimized), false);
        settings.setValue(UiSettings::Key::StartMinimized, true);
        settings.setValue(UiSettings::Key::NotifyRecovery, false);
        QVERIFY(settings.save(&error));
        UiSettings again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.flag(UiSettings::Key::StartMinimized), true);
        QCOMPARE(again.flag(UiSettings::Key::NotifyRecovery), false);
        QVERIFY(Test::readFile(path).contains("\"schema\": 1"));

        QVERIFY(Test::writeFile(path, "{\"schema\": 9, \"startMinimized\": true}"));
        UiSettings newer(path);
        QVERIFY(!newer.load(&error));
        QVERIFY(error.contains(QStringLiteral("newer")));
        QCOMPARE(newer.flag(UiSettings::Key::StartMinimized), false);
        QCOMPARE(Test::readFile(path), QByteArray("{\"schema\": 9, \"startMinimized\": true}"));
        QVERIFY(Test::writeFile(path, "{ damaged"));
        QVERIFY(!UiSettings(path).load(&error));
    }

    void settingsDialogWritesAutostartAndConfig()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        QTemporaryDir autostartDir;
        DesktopController::Options options;
        options.bus = QDBusConnection(QString());
        options.scheduler.watchChanges = false; // no netlink or wake-ups in tests
        options.autostartDir = autostartDir.path();
        options.autostartArguments = {QStringLiteral("--config-dir"), QStringLiteral("/tmp/my dir")};
        DesktopController desktop(fixture.runtime.get(), options);
        desktop.showSettings();
        SettingsDialog *dialog = desktop.settingsDialog();
        QVERIFY(dialog);
        auto *startAtLogin = dialog->findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
        QVERIFY(!startAtLogin->isChecked());
        startAtLogin->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("notifyRecovery"))->setChecked(false);
        dialog->findChild<QSpinBox *>(QStringLiteral("pollInterval"))->setValue(600);
        dialog->findChild<QSpinBox *>(QStringLiteral("historyRetention"))->setValue(30);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QTRY_VERIFY(!desktop.settingsDialog());

        const Autostart autostart(autostartDir.path());
        QVERIFY(autostart.isEnabled());
        const QByteArray entry = Test::readFile(autostart.filePath());
        QVERIFY(entry.contains("[Desktop Entry]"));
        QVERIFY(entry.contains("--minimized --config-dir \"/tmp/my dir\""));
        QVERIFY(entry.contains("X-GNOME-Autostart-enabled=true"));
        QCOMPARE(fixture.runtime->config().settings.pollIntervalSeconds, 600);
        QCOMPARE(fixture.runtime->config().settings.historyRetentionDays, 30);
        QVERIFY(fixture.configText().contains("600"));
        QCOMPARE(desktop.uiSettings().flag(UiSettings::Key::NotifyRecovery), false);
        UiSettings stored(fixture.dir.filePath(QStringLiteral("homing-ui.json")));
        QString error;
        QVERIFY(stored.load(&error));
        QCOMPARE(stored.flag(UiSettings::Key::NotifyRecovery), false);

        // The toggle removes the entry again.
        desktop.showSettings();
        desktop.settingsDialog()->findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->setChecked(false);
        QTest::mouseClick(desktop.settingsDialog()->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QTRY_VERIFY(!desktop.settingsDialog());
        QVERIFY(!autostart.isEnabled());
        QVERIFY(!QFile::exists(autostart.filePath()));
    }

    // Every mnemonic is used once (Save's S, Log level's L and the address's a clashed before), and
    // Tab follows the order the rows are shown in.
    void keyboardMnemonicsAndTabOrder()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController::Options options;
        options.bus = QDBusConnection(QString());
        options.scheduler.watchChanges = false;
        DesktopController desktop(fixture.runtime.get(), options);
        desktop.showSettings();
        SettingsDialog *dialog = desktop.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QStringList seen;
        const QStringList clashes = Test::mnemonicClashes(dialog, &seen);
        QVERIFY2(seen.contains(QStringLiteral("Log le&vel:")) && seen.contains(QStringLiteral("Copy &diagnostics")),
                 qPrintable(seen.join(QStringLiteral(", "))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        const QStringList order = Test::focusChainProblems(dialog);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QStringLiteral("; "))));
    }

    void notificationPolicy()
    {
        UiSettings settings;
        Test::FakeClock clock;
        DesktopNotifier notifier(nullptr, QDBusConnection(QString()));
        NotificationCenter center(&notifier, &settings, &clock);
        const QHostAddress a(QStringLiteral("81.2.69.160"));
        const QHostAddress b(QStringLiteral("81.2.69.161"));
        // The first address ever seen is not a change.
        center.addressChanged(AddressFamily::IPv4, QHostAddress(), a, {}, {});
        QCOMPARE(center.sentCount(), 0);
        center.addressChanged(AddressFamily::IPv4, a, b, {QStringLiteral("home.example.org")}, {});
        QCOMPARE(center.sentCount(), 1);
        // The same event again soon after: suppressed.
        center.addressChanged(AddressFamily::IPv4, a, b, {}, {});
        QCOMPARE(center.sentCount(), 1);
        QCOMPARE(center.suppressedCount(), 1);
        clock.advance(NotificationCenter::quietSeconds + 1);
        center.addressChanged(AddressFamily::IPv4, a, b, {}, {});
        QCOMPARE(center.sentCount(), 2);

        // Attention then recovery for one host: both, once each.
        center.hostNeedsAttention(QStringLiteral("h1"), QStringLiteral("home.example.org"), QStringLiteral("badauth"));
        center.hostNeedsAttention(QStringLiteral("h1"), QStringLiteral("home.example.org"), QStringLiteral("badauth"));
        center.hostRecovered(QStringLiteral("h1"), QStringLiteral("home.example.org"));
        QCOMPARE(center.sentCount(), 4);
        // A burst is capped.
        clock.advance(NotificationCenter::burstWindowSeconds + 1);
        const int before = center.sentCount();
        for (int i = 0; i < 10; ++i)
            center.hostNeedsAttention(QStringLiteral("host-%1").arg(i), QStringLiteral("x"), QString());
        QCOMPARE(center.sentCount(), before + NotificationCenter::burstLimit);
        const int capped = center.sentCount();

        // Each kind can be switched off.
        clock.advance(NotificationCenter::burstWindowSeconds + 1);
        settings.setValue(UiSettings::Key::NotifyAttention, false);
        center.hostNeedsAttention(QStringLiteral("h2"), QStringLiteral("nas.example.net"), QString());
        QCOMPARE(center.sentCount(), capped);
        settings.setValue(UiSettings::Key::NotifyAddressChange, false);
        center.addressChanged(AddressFamily::IPv4, b, a, {}, {});
        QCOMPARE(center.sentCount(), capped);
        center.hostRecovered(QStringLiteral("h2"), QStringLiteral("nas.example.net"));
        QCOMPARE(center.sentCount(), capped + 1); // recovery is still on
    }
};

QTEST_MAIN(TestDesktopSettings)
#include "tst_desktopsettings.moc"
