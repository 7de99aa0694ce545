// Issue 2's desktop smoke test: the window shows the configured hosts, the add-host dialog adds a
// dyndns2 host, and its password ends up in the secret store, never in config.json.
#include "control/controlserver.h"
#include "desktopcontroller.h"
#include "dialogs/hosteditordialog.h"
#include "engine/scheduler.h"
#include "guifixture.h"
#include "models/hosttablemodel.h"
#include "service/homingservice.h"
#include "storage/configstore.h"
#include "storage/secretstore.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Homing;

class TestDesktopSmoke : public QObject
{
    Q_OBJECT

private:
    static DesktopController::Options noBus()
    {
        DesktopController::Options options;
        options.bus = QDBusConnection(QString()); // never connected: notifications fall back
        options.scheduler.watchChanges = false; // no netlink or wake-ups in tests
        options.autostartDir = QDir::tempPath() + QStringLiteral("/homing-smoke-autostart");
        return options;
    }

    static QStringList tableNames(QTableView *table)
    {
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names << table->model()->index(row, HostTableModel::NameColumn).data().toString();
        return names;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void windowShowsConfiguredHosts()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        fixture.addDyndns2Host(QStringLiteral("nas.example.net"));
        DesktopController desktop(fixture.runtime.get(), noBus());
        desktop.start(true);
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        auto *table = desktop.window()->findChild<QTableView *>(QStringLiteral("hostTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(tableNames(table),
                 (QStringList {QStringLiteral("home.example.org"), QStringLiteral("nas.example.net")}));
        QCOMPARE(table->model()->index(0, HostTableModel::ProviderColumn).data().toString().isEmpty(), false);
        // The start-up check runs against the loopback servers and publishes the echoed address.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, HostTableModel::Ipv4Column).data().toString(),
                                  QStringLiteral("81.2.69.160"), 20000);
        QVERIFY(!desktop.window()->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    }

    // The public address shows once it is detected, while the pass still waits for a provider
    // (here a provider that has not answered yet; in life, one whose rate limit holds hosts back).
    void theAddressShowsBeforeTheProvidersAnswer()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        std::unique_ptr<DesktopController> desktop = fixture.startDesktop();
        QVERIFY2(desktop, qPrintable(fixture.error));
        auto *addresses = desktop->window()->findChild<QLabel *>(QStringLiteral("publicAddresses"));
        QVERIFY(addresses);
        QVERIFY2(addresses->text().contains(QStringLiteral("81.2.69.160")), qPrintable(addresses->text()));

        fixture.echoAddress = "81.2.69.161";
        fixture.provider.hold();
        const qsizetype before = fixture.provider.requests().size();
        QSignalSpy finished(desktop.get(), &DesktopController::cycleFinished);
        desktop->updateNow();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.provider.requests().size(), before + 1, 20000);
        QVERIFY(finished.isEmpty()); // the pass waits for the provider's answer
        QTRY_VERIFY2(addresses->text().contains(QStringLiteral("81.2.69.161")), qPrintable(addresses->text()));
        fixture.provider.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    }

    // `homingctl reload` after a hand edit: the tray app's control socket takes it through the
    // application service; the window shows the new host and the engine sends its address.
    void homingctlReloadReachesTheWindowAndTheEngine()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        DesktopController desktop(fixture.runtime.get(), noBus());
        ControlServer control(desktop.service());
        QString error;
        QVERIFY2(control.listen(&error), qPrintable(error));
        desktop.start(true);
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        auto *table = desktop.window()->findChild<QTableView *>(QStringLiteral("hostTable"));
        QVERIFY(table);
        QCOMPARE(tableNames(table), QStringList {QStringLiteral("home.example.org")});
        QTRY_COMPARE_WITH_TIMEOUT(fixture.provider.requests().size(), 1, 20000);

        Config config = fixture.runtime->config();
        Host added = config.hosts.first();
        added.id = QUuid::createUuid();
        added.name = QStringLiteral("nas.example.net");
        config.hosts.append(added);
        bool stored = false;
        fixture.secrets->write(SecretStore::keyFor(added.id, QStringLiteral("password")), QStringLiteral("pw-nas"),
                               this, [&](const SecretResult &result) { stored = result.ok(); });
        QTRY_VERIFY(stored);
        QVERIFY2(ConfigStore(fixture.runtime->paths().configFile).save(config, &error), qPrintable(error));
        QProcess ctl;
        ctl.start(qEnvironmentVariable("HOMINGCTL"),
                  {QStringLiteral("--config-dir"), fixture.dir.path(), QStringLiteral("reload")});
        QVERIFY(ctl.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(ctl.state(), QProcess::NotRunning, 20000); // the socket is served by this loop
        QCOMPARE(ctl.exitCode(), 0);
        QTRY_COMPARE(tableNames(table),
                     (QStringList {QStringLiteral("home.example.org"), QStringLiteral("nas.example.net")}));
        // The engine took it too: the new host's address went to its provider.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(fixture.provider.requests().begin(), fixture.provider.requests().end(),
                                             [](const Test::HttpTestServer::Request &request) {
                                                 return request.query().queryItemValue(QStringLiteral("hostname"))
                                                     == QLatin1String("nas.example.net");
                                             }),
                                 20000);
    }

    void addHostDialogStoresPasswordInSecretStore()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController desktop(fixture.runtime.get(), noBus());
        desktop.start(true);
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));

        // First run: the empty state offers to add a host.
        auto *addFirst = desktop.window()->findChild<QPushButton *>(QStringLiteral("addFirstHost"));
        QVERIFY(addFirst && addFirst->isVisible());
        QTest::mouseClick(addFirst, Qt::LeftButton);
        QTRY_VERIFY(desktop.editor() && desktop.editor()->isVisible());
        HostEditorDialog *editor = desktop.editor();

        auto *provider = editor->findChild<QComboBox *>(QStringLiteral("provider"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("dyndns2")));
        QCOMPARE(provider->currentData().toString(), QStringLiteral("dyndns2"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("hostName")),
                         QStringLiteral("home.example.org"));
        auto *server = editor->findChild<QLineEdit *>(QStringLiteral("field_server"));
        server->clear();
        QTest::keyClicks(server, fixture.provider.url().toString());
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("field_username")), QStringLiteral("alice"));
        const QString password = QStringLiteral("S3cret-planted-7d1f");
        auto *passwordEdit = editor->findChild<QLineEdit *>(QStringLiteral("field_password"));
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(passwordEdit, password);
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("save"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        QTRY_COMPARE(fixture.runtime->config().hosts.size(), 1);
        const Host host = fixture.runtime->config().hosts.first();
        QCOMPARE(host.name, QStringLiteral("home.example.org"));
        QCOMPARE(host.providerId, QStringLiteral("dyndns2"));
        QCOMPARE(host.setting(QStringLiteral("username")), QStringLiteral("alice"));
        QCOMPARE(fixture.secrets->entries().value(SecretStore::keyFor(host.id, QStringLiteral("password"))), password);
        const QByteArray configText = fixture.configText();
        QVERIFY(configText.contains("home.example.org"));
        QVERIFY2(!configText.contains(password.toUtf8()), "the password must not be in config.json");
        QTRY_VERIFY(!desktop.editor());

        auto *table = desktop.window()->findChild<QTableView *>(QStringLiteral("hostTable"));
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(tableNames(table), QStringList {QStringLiteral("home.example.org")});
        // The new host is updated through the loopback provider with the password from the store.
        QTRY_VERIFY_WITH_TIMEOUT(!fixture.provider.requests().isEmpty(), 20000);
        QCOMPARE(fixture.provider.requests().first().basicCredentials(), QByteArray("alice:") + password.toUtf8());
    }
};

QTEST_MAIN(TestDesktopSmoke)
#include "tst_desktopsmoke.moc"
