// The import wizard, offscreen: reached from the first-run screen, the toolbar and the menu; finds
// a ddclient.conf at the usual place (below a scratch root), shows the preview with a tick box per
// host and the reasons, imports the ticked hosts and offers the command that stops ddclient.
#include "desktopcontroller.h"
#include "dialogs/importwizard.h"
#include "guifixture.h"
#include "models/hosttablemodel.h"
#include "storage/secretstore.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace Homing;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    DesktopController::Options options() const
    {
        DesktopController::Options o;
        o.bus = QDBusConnection(QString());
        o.scheduler.watchChanges = false;
        o.autostartDir = m_root.filePath(QStringLiteral("autostart"));
        o.importRoot = m_root.path();
        o.importHome = m_root.filePath(QStringLiteral("home"));
        return o;
    }

    static QStringList tableNames(QTableView *table)
    {
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names << table->model()->index(row, HostTableModel::NameColumn).data().toString();
        return names;
    }

    static void click(ImportWizard *wizard, QWizard::WizardButton which)
    {
        QTest::mouseClick(wizard->button(which), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("etc/ddclient"))));
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("home"))));
        QFile conf(m_root.filePath(QStringLiteral("etc/ddclient/ddclient.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("# ddclient 4\n"
                   "daemon=300\n"
                   "usev4=webv4, webv4=https://ip.example.net/\n"
                   "protocol=dyndns2, login=alice, password='pw-wizard-1'\n"
                   "home.example.org,nas.example.org\n"
                   "protocol=duckdns, password=d0000022-0000-4000-8000-000000000022 me.duckdns.org\n"
                   "protocol=woima, login=x, password=y old.example.org\n"
                   "# protocol=cloudflare, password=your-api-token commented.example.org\n");
    }

    void openedFromFirstRunToolbarAndMenu()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController desktop(fixture.runtime.get(), options());
        desktop.start(true);
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        auto *first = desktop.window()->findChild<QPushButton *>(QStringLiteral("importFirst"));
        QVERIFY(first && first->isVisible());
        QTest::mouseClick(first, Qt::LeftButton);
        QTRY_VERIFY(desktop.importWizard() && desktop.importWizard()->isVisible());
        desktop.importWizard()->close();
        QTRY_VERIFY(!desktop.importWizard());

        QAction *action = desktop.window()->action(QStringLiteral("actionImport"));
        QVERIFY(action);
        auto *toolbar = desktop.window()->findChild<QToolBar *>(QStringLiteral("hostToolbar"));
        QVERIFY(toolbar->actions().contains(action));
        QTest::mouseClick(toolbar->widgetForAction(action), Qt::LeftButton);
        QTRY_VERIFY(desktop.importWizard() && desktop.importWizard()->isVisible());
        desktop.importWizard()->close();
        QTRY_VERIFY(!desktop.importWizard());

        bool inMenu = false;
        for (QAction *menu : desktop.window()->menuBar()->actions())
            inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(action));
        QVERIFY(inMenu);
        action->trigger();
        QTRY_VERIFY(desktop.importWizard() && desktop.importWizard()->isVisible());
    }

    void fromFileChoiceToTheNewHostsInTheTable()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController desktop(fixture.runtime.get(), options());
        desktop.start(true);
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        desktop.window()->action(QStringLiteral("actionImport"))->trigger();
        QTRY_VERIFY(desktop.importWizard() && desktop.importWizard()->isVisible());
        ImportWizard *wizard = desktop.importWizard();

        // The usual place is found and chosen.
        auto *candidates = wizard->findChild<QListWidget *>(QStringLiteral("importCandidates"));
        QCOMPARE(candidates->count(), 1);
        QVERIFY(candidates->item(0)->text().contains(QStringLiteral("/etc/ddclient/ddclient.conf")));
        candidates->setCurrentRow(0);
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("importPath"))->text(),
                 m_root.filePath(QStringLiteral("etc/ddclient/ddclient.conf")));
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("importFormat"))->currentData().toString(),
                 QStringLiteral("ddclient"));
        click(wizard, QWizard::NextButton);
        QTRY_COMPARE(wizard->currentId(), 1);

        // The preview: a tick box per host, the reasons for what is not imported.
        auto *hosts = wizard->findChild<QTreeWidget *>(QStringLiteral("importHosts"));
        QCOMPARE(hosts->topLevelItemCount(), 3);
        QStringList names;
        for (int i = 0; i < hosts->topLevelItemCount(); ++i) {
            names << hosts->topLevelItem(i)->text(0);
            QCOMPARE(hosts->topLevelItem(i)->checkState(0), Qt::Checked);
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("home.example.org"), QStringLiteral("nas.example.org"),
                               QStringLiteral("me.duckdns.org")}));
        QCOMPARE(hosts->topLevelItem(0)->text(1), QStringLiteral("dyndns"));
        QVERIFY(hosts->topLevelItem(0)->text(3).contains(QStringLiteral("password")));
        QVERIFY(!hosts->topLevelItem(0)->text(3).contains(QStringLiteral("pw-wizard-1")));
        auto *issues = wizard->findChild<QListWidget *>(QStringLiteral("importIssues"));
        QCOMPARE(issues->count(), 1);
        QVERIFY(issues->item(0)->text().contains(QStringLiteral("\"woima\" has no Homing provider")));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("importSources"))
                    ->text()
                    .contains(QStringLiteral("https://ip.example.net/")));

        // Untick nas, import the other two.
        hosts->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
        // tests/gui/screenshots.sh runs this under Xvfb to make docs/screenshots/import-wizard.png.
        if (const QString shots = qEnvironmentVariable("HOMING_SCREENSHOT_DIR"); !shots.isEmpty()) {
            wizard->resize(900, 640);
            QVERIFY(QTest::qWaitForWindowExposed(wizard));
            QVERIFY(wizard->grab().save(shots + QStringLiteral("/import-wizard.png")));
        }
        click(wizard, QWizard::NextButton);
        QTRY_COMPARE(wizard->currentId(), 2);
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("importStopCommand"))->text(),
                 QStringLiteral("sudo systemctl disable --now ddclient.service"));
        QVERIFY(
            wizard->findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("2 host")));
        click(wizard, QWizard::FinishButton);
        QTRY_VERIFY(!desktop.importWizard());

        auto *table = desktop.window()->findChild<QTableView *>(QStringLiteral("hostTable"));
        QTRY_VERIFY(table->isVisible());
        QStringList shown = tableNames(table);
        shown.sort();
        QCOMPARE(shown, (QStringList {QStringLiteral("home.example.org"), QStringLiteral("me.duckdns.org")}));
        const Host *home = fixture.runtime->config().find(QStringLiteral("home.example.org"));
        QVERIFY(home);
        QCOMPARE(fixture.secrets->entries().value(SecretStore::keyFor(home->id, QStringLiteral("password"))),
                 QStringLiteral("pw-wizard-1"));
        QVERIFY(!fixture.configText().contains("pw-wizard-1"));
        QVERIFY(!fixture.configText().contains("d0000022-0000-4000-8000-000000000022"));
    }

    void aBrokenFileIsExplainedOnTheFirstPage()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController desktop(fixture.runtime.get(), options());
        desktop.start(true);
        desktop.showImport();
        QTRY_VERIFY(desktop.importWizard() && desktop.importWizard()->isVisible());
        ImportWizard *wizard = desktop.importWizard();
        const QString path = m_root.filePath(QStringLiteral("home/config.json"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"settings\": [ {\"provider\": \"duckdns\",}, ]}");
        broken.close();
        wizard->setFile(path);
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard->currentId(), 0);
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("importChooseError"))
                    ->text()
                    .contains(QStringLiteral("not valid JSON")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
