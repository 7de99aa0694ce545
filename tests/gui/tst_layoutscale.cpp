// Every window and dialog at the size it opens with, on a real X screen (run-session.sh), with the
// desktop's font and with it 1.5 times larger: nothing is drawn smaller than its text needs or past
// the window's edge, no column title is cut, and each window fits the screen: 1280x800 here, and the
// same in device-independent pixels when the session runs with QT_SCALE_FACTOR=2 on a 2560x1600
// screen (ctest runs both).
#include "dialogchecks.h"
#include "dialogs/hosteditordialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/sourceeditordialog.h"
#include "models/hosttablemodel.h"
#include "providers/providerregistry.h"
#include "settings/uisettings.h"
#include "storage/config.h"
#include "windows/hostdetailpane.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

namespace {

QString report(const QString &what, const QStringList &problems)
{
    return what + QStringLiteral(": ") + problems.join(QStringLiteral("; "));
}

// What the window takes on the screen, its frame included, against what the screen offers.
QString tooBig(QWidget *window)
{
    const QRect available = window->screen()->availableGeometry();
    const QSize size = window->frameGeometry().size();
    if (size.width() <= available.width() && size.height() <= available.height())
        return {};
    return QStringLiteral("%1x%2 on a screen of %3x%4")
        .arg(size.width())
        .arg(size.height())
        .arg(available.width())
        .arg(available.height());
}

QList<Host> someHosts()
{
    Host a;
    a.id = QUuid::createUuid();
    a.name = QStringLiteral("nas.internationalisation-example.org");
    a.providerId = QStringLiteral("cloudflare");
    a.ipv6 = true;
    Host b;
    b.id = QUuid::createUuid();
    b.name = QStringLiteral("pi.duckdns.org");
    b.providerId = QStringLiteral("duckdns");
    return {a, b};
}

} // namespace

class TestLayoutScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X screen: run through tests/gui/run-session.sh");
        m_font = QApplication::font();
        qInfo("screen %dx%d (device-independent), device pixel ratio %.1f",
              QGuiApplication::primaryScreen()->availableGeometry().width(),
              QGuiApplication::primaryScreen()->availableGeometry().height(),
              QGuiApplication::primaryScreen()->devicePixelRatio());
    }

    void init()
    {
        QFETCH_GLOBAL(double, fontScale);
        QFont font = m_font;
        font.setPointSizeF(m_font.pointSizeF() * fontScale);
        QApplication::setFont(font);
    }

    void cleanupTestCase() { QApplication::setFont(m_font); }

    void mainWindowWithHostsAndTimeline()
    {
        HostTableModel model;
        const QList<Host> hosts = someHosts();
        QHash<QUuid, HostRecord> records;
        HostRecord needsYou;
        needsYou.hostId = hosts.first().id;
        needsYou.state = HostState::NeedsAttention;
        needsYou.credentialsRejected = true;
        needsYou.attentionReason = QStringLiteral("Cloudflare refused the API token: Invalid API Token (code 1000).");
        needsYou.publishedIpv4 = QStringLiteral("81.2.69.160");
        needsYou.publishedIpv6 = QStringLiteral("2001:db8:1234:5678:9abc:def0:1234:5678");
        records.insert(needsYou.hostId, needsYou);
        model.setHosts(hosts, records);
        MainWindow window(&model);
        HistoryEvent event;
        event.id = 1;
        event.time = QDateTime::currentDateTimeUtc();
        event.hostId = hosts.first().id;
        event.kind = HistoryEvent::Kind::Error;
        event.outcome = QStringLiteral("retry-later");
        event.retryAt = event.time.addSecs(300);
        event.detail = QStringLiteral("The provider has a problem on its side (HTTP 503).");
        window.detailPane()->setHost(hosts.first().id, hosts.first().name, {event});
        window.setStatusText(
            QStringLiteral("Passwords are kept in your desktop's keychain. Online; next check at 14:05."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectHost(hosts.first().id);
        const QStringList clipped = Test::clippedWidgets(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(report(QStringLiteral("main window"), clipped)));
        const QString big = tooBig(&window);
        QVERIFY2(big.isEmpty(), qPrintable(QStringLiteral("the main window is ") + big));
    }

    void hostEditorForEveryProvider()
    {
        const QList<ProviderInfo> catalogue = ProviderRegistry::catalogue();
        HostEditorDialog dialog(catalogue, {QStringLiteral("ipify"), QStringLiteral("router")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("provider"));
        QVERIFY(provider);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("hostName"));
        QVERIFY(name);
        QStringList problems;
        for (const ProviderInfo &info : catalogue) {
            provider->setCurrentIndex(provider->findData(info.id));
            // Every message the form can show at once: a refused name, and each empty required field.
            name->setText(QStringLiteral("192.0.2.1"));
            const QStringList clipped = Test::clippedWidgets(&dialog);
            if (!clipped.isEmpty())
                problems << report(info.id, clipped);
            if (const QString big = tooBig(&dialog); !big.isEmpty())
                problems << info.id + QStringLiteral(": the editor is ") + big;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingsAndSourceEditor()
    {
        QTemporaryDir dir;
        Config config;
        config.sources = SourceConfig::defaults();
        UiSettings ui(dir.filePath(QStringLiteral("ui.json")));
        SettingsDialog settings(config, ui, false);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QStringList clipped = Test::clippedWidgets(&settings);
        QVERIFY2(clipped.isEmpty(), qPrintable(report(QStringLiteral("settings"), clipped)));
        QVERIFY2(tooBig(&settings).isEmpty(), qPrintable(tooBig(&settings)));

        QStringList ids;
        for (const SourceConfig &existing : config.sources)
            ids << existing.id;
        SourceEditorDialog source(ids);
        source.show();
        QVERIFY(QTest::qWaitForWindowExposed(&source));
        auto *kind = source.findChild<QComboBox *>(QStringLiteral("sourceKind"));
        QVERIFY(kind);
        QStringList problems;
        for (int i = 0; i < kind->count(); ++i) {
            kind->setCurrentIndex(i);
            // A message under the first field, as for a mistyped value.
            for (QLineEdit *edit : source.findChildren<QLineEdit *>()) {
                if (edit->isVisible() && edit->isEnabled() && !qobject_cast<QComboBox *>(edit->parentWidget())) {
                    edit->setText(QStringLiteral("http://192.0.2.1/ip"));
                    break;
                }
            }
            clipped = Test::clippedWidgets(&source);
            if (!clipped.isEmpty())
                problems << report(kind->itemText(i), clipped);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void initTestCase_data()
    {
        QTest::addColumn<double>("fontScale");
        QTest::newRow("desktop font") << 1.0;
        QTest::newRow("font 1.5x") << 1.5;
    }

private:
    QFont m_font;
};

QTEST_MAIN(TestLayoutScale)
#include "tst_layoutscale.moc"
