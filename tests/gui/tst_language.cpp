// The desktop's language: the one chosen in Settings is what the app shows when it next starts (window
// actions, host table, core texts such as provider field labels, Qt's standard buttons); "As the
// system" goes back to the locale (C here, so English, with its plural forms).
#include "desktopcontroller.h"
#include "dialogs/hosteditordialog.h"
#include "dialogs/settingsdialog.h"
#include "guifixture.h"
#include "providers/providerregistry.h"
#include "settings/desktoplanguage.h"
#include "translations.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

namespace {

DesktopController::Options testOptions(const QString &autostartDir)
{
    DesktopController::Options options;
    options.bus = QDBusConnection(QString());
    options.scheduler.watchChanges = false; // no netlink or wake-ups in tests
    options.autostartDir = autostartDir;
    return options;
}

// Chooses `language` (a code, or "" for the system's) in the Settings dialog and presses Save.
bool chooseLanguage(DesktopController &desktop, const QString &language)
{
    desktop.showSettings();
    SettingsDialog *dialog = desktop.settingsDialog();
    if (!dialog)
        return false;
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    if (!combo || combo->findData(language) < 0)
        return false;
    combo->setCurrentIndex(combo->findData(language));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    return true;
}

QString actionText(DesktopController &desktop, const char *name)
{
    auto *action = desktop.window()->findChild<QAction *>(QLatin1String(name));
    return action ? action->text() : QStringLiteral("(no action %1)").arg(QLatin1String(name));
}

QStringList labelTexts(QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chosenLanguageIsShownAtTheNextStart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("settingsAction");
        QTest::addColumn<QString>("hostColumn");
        QTest::addColumn<QString>("passwordLabel");
        QTest::addColumn<QString>("saveButton");
        QTest::newRow("fr") << "fr"
                            << "&Paramètres…"
                            << "Hôte"
                            << "Mot de passe :"
                            << "Enregistrer";
        QTest::newRow("de") << "de"
                            << "&Einstellungen…"
                            << "Host"
                            << "Passwort:"
                            << "Speichern";
    }

    void chosenLanguageIsShownAtTheNextStart()
    {
        QFETCH(QString, language);
        QFETCH(QString, settingsAction);
        QFETCH(QString, hostColumn);
        QFETCH(QString, passwordLabel);
        QFETCH(QString, saveButton);
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        QTemporaryDir autostartDir;
        const QString configDir = fixture.runtime->paths().configDir;

        // Start as app/homing/main.cpp does: the system's language (C here) until one is chosen.
        Translations translations({QStringLiteral("homing_core"), QStringLiteral("homing")});
        QCOMPARE(installDesktopLanguage(translations, configDir), QStringLiteral("en"));
        {
            DesktopController desktop(fixture.runtime.get(), testOptions(autostartDir.path()));
            QCOMPARE(actionText(desktop, "actionSettings"), QStringLiteral("&Settings…"));
            QVERIFY(chooseLanguage(desktop, language));
            QTRY_VERIFY(!desktop.settingsDialog());
        }

        // The next start.
        QCOMPARE(installDesktopLanguage(translations, configDir), language);
        {
            DesktopController desktop(fixture.runtime.get(), testOptions(autostartDir.path()));
            QCOMPARE(actionText(desktop, "actionSettings"), settingsAction);
            auto *table = desktop.window()->findChild<QTableView *>(QStringLiteral("hostTable"));
            QVERIFY(table);
            QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), hostColumn);
            desktop.showSettings();
            QVERIFY(desktop.settingsDialog());
            // Qt's own translation names the standard buttons.
            QCOMPARE(desktop.settingsDialog()->findChild<QPushButton *>(QStringLiteral("save"))->text().remove(u'&'),
                     saveButton);
            auto *combo = desktop.settingsDialog()->findChild<QComboBox *>(QStringLiteral("language"));
            QCOMPARE(combo->currentData().toString(), language);
            desktop.settingsDialog()->reject();
            QTRY_VERIFY(!desktop.settingsDialog());

            // A core text in the desktop: the provider's field label in the host editor.
            HostEditorDialog editor(ProviderRegistry::catalogue(), {});
            auto *provider = editor.findChild<QComboBox *>(QStringLiteral("provider"));
            provider->setCurrentIndex(provider->findData(QStringLiteral("dyndns2")));
            QVERIFY2(labelTexts(&editor).contains(passwordLabel), qPrintable(labelTexts(&editor).join(u'|')));

            QVERIFY(chooseLanguage(desktop, QString()));
            QTRY_VERIFY(!desktop.settingsDialog());
        }

        // Back to the system's language.
        QCOMPARE(installDesktopLanguage(translations, configDir), QStringLiteral("en"));
        DesktopController desktop(fixture.runtime.get(), testOptions(autostartDir.path()));
        QCOMPARE(actionText(desktop, "actionSettings"), QStringLiteral("&Settings…"));
    }

    void englishHasItsPluralForms()
    {
        Translations translations({QStringLiteral("homing_core"), QStringLiteral("homing")});
        QCOMPARE(translations.install(QStringLiteral("en_GB")), QStringLiteral("en"));
        QVERIFY(!translations.qtTranslated());
        QCOMPARE(QCoreApplication::translate("Homing::DesktopController", "%n host(s) up to date", nullptr, 1),
                 QStringLiteral("1 host up to date"));
        QCOMPARE(QCoreApplication::translate("Homing::DesktopController", "%n host(s) up to date", nullptr, 3),
                 QStringLiteral("3 hosts up to date"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
