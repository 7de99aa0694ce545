// A peer's config that only root may read (ddclient.conf is 0600 root:root on Debian): the import
// wizard says so and opens the file chooser instead of failing later. The test runs as a user who
// cannot read the file: as root it first becomes nobody, since root reads every file.
#include "desktopcontroller.h"
#include "dialogs/importwizard.h"
#include "guifixture.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <grp.h>
#include <unistd.h>

using namespace Homing;

class TestImportRootOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(::geteuid() != 0, "the test must not run as root"); }

    void aRootOnlyConfigLeadsToTheFileChooser()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("etc/ddclient"))));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("home"))));
        QFile conf(root.filePath(QStringLiteral("etc/ddclient/ddclient.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("protocol=duckdns, password=duck-secret-1 me.duckdns.org\n");
        conf.close();
        QVERIFY(conf.setPermissions({})); // 0000: not even its owner may read it now
        QVERIFY(!QFile(conf.fileName()).open(QIODevice::ReadOnly));

        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController::Options options;
        options.bus = QDBusConnection(QString());
        options.scheduler.watchChanges = false;
        options.autostartDir = root.filePath(QStringLiteral("autostart"));
        options.importRoot = root.path();
        options.importHome = root.filePath(QStringLiteral("home"));
        DesktopController desktop(fixture.runtime.get(), options);
        desktop.start(true);
        desktop.window()->action(QStringLiteral("actionImport"))->trigger();
        QTRY_VERIFY(desktop.importWizard() && desktop.importWizard()->isVisible());
        ImportWizard *wizard = desktop.importWizard();

        auto *candidates = wizard->findChild<QListWidget *>(QStringLiteral("importCandidates"));
        QCOMPARE(candidates->count(), 1);
        QVERIFY2(candidates->item(0)->text().contains(QStringLiteral("readable by root only")),
                 qPrintable(candidates->item(0)->text()));
        candidates->setCurrentRow(0);
        const QString said = wizard->findChild<QLabel *>(QStringLiteral("importChooseError"))->text();
        QVERIFY2(said.contains(QStringLiteral("can be read only by root")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("sudo cat ") + conf.fileName()), qPrintable(said));
        QTRY_VERIFY(wizard->findChild<QFileDialog *>(QStringLiteral("importFileDialog"))
                    && wizard->findChild<QFileDialog *>(QStringLiteral("importFileDialog"))->isVisible());
        // Nothing was taken from the file, and the path was not filled in to fail later.
        QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("importPath"))->text().isEmpty());
        QVERIFY(fixture.runtime->config().hosts.isEmpty());
        QVERIFY(fixture.secrets->entries().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    if (::geteuid() == 0) {
        constexpr uid_t kNobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setresgid(kNobody, kNobody, kNobody) != 0
            || ::setresuid(kNobody, kNobody, kNobody) != 0) {
            std::perror("tst_importrootonly: cannot become nobody");
            return 1;
        }
    }
    // A home of its own: root's is closed to nobody.
    char home[] = "/tmp/tst_importrootonly-XXXXXX";
    if (!::mkdtemp(home)) {
        std::perror("tst_importrootonly: mkdtemp");
        return 1;
    }
    ::setenv("HOME", home, 1);
    ::unsetenv("XDG_RUNTIME_DIR");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TestImportRootOnly test;
    const int status = QTest::qExec(&test, argc, argv);
    QDir(QString::fromLocal8Bit(home)).removeRecursively();
    return status;
}

#include "tst_importrootonly.moc"
