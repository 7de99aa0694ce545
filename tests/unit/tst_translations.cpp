// Translations: the committed catalogues are complete (no unfinished or vanished message, every
// plural form, the same placeholders and one mnemonic where the source has one), each language
// loads through Translations and shows real translated core texts, Qt's own translations load for
// standard buttons, and homingctl speaks the user's language. The last check compares the sources
// with the committed .ts files: it reports messages not yet extracted or translated, and fails on
// them only when HOMING_STRICT_TRANSLATIONS=1 (see cmake/HomingTranslations.cmake).
#include "model/host.h"
#include "providers/providerregistry.h"
#include "providers/providerreplies.h"
#include "translations.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Homing;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms; // one, or the numerus forms
    int line = 0;

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue parse(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message {};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = static_cast<int>(xml.lineNumber());
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            catalogue.messages << message;
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

// "%1", "%2", … and "%n", each once however often it appears.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// The mnemonic letters of a text: "&" before a letter or digit ("&&" is a literal ampersand).
QStringList mnemonics(const QString &text)
{
    QStringList found;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            found << text.at(i + 1).toLower();
    }
    return found;
}

// Qt's plural rules for the languages Homing ships: two forms each.
int pluralForms(const QString &language)
{
    const QLocale::Language lang = QLocale(language).language();
    return lang == QLocale::English || lang == QLocale::German || lang == QLocale::French ? 2 : -1;
}

QStringList committedCatalogues()
{
    QStringList paths;
    const QDir dir(QStringLiteral(HOMING_TRANSLATIONS_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

// Runs homingctl with the environment of a user whose language is `language`.
QString homingctlSays(const QString &language, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), language + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HOMINGCTL), arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("(homingctl did not finish)");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogueIsThere()
    {
        const QStringList paths = committedCatalogues();
        for (const char *name : {"homing_core_de.ts", "homing_core_fr.ts", "homing_core_en.ts", "homing_de.ts",
                                 "homing_fr.ts", "homing_en.ts"}) {
            QVERIFY2(paths.contains(QDir(QStringLiteral(HOMING_TRANSLATIONS_DIR)).filePath(QLatin1String(name))), name);
        }
        QCOMPARE(Translations::available(),
                 (QStringList {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : committedCatalogues())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        const Catalogue catalogue = parse(path);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        const bool pluralOnly = QFileInfo(path).completeBaseName().endsWith(QLatin1String("_en"));
        const int forms = pluralForms(catalogue.language);
        QVERIFY2(forms > 0, qPrintable(QStringLiteral("unknown language %1").arg(catalogue.language)));
        if (!pluralOnly)
            QVERIFY2(!catalogue.messages.isEmpty(), "no messages");

        QStringList problems;
        // Per context: the mnemonic letters the source and the translation use.
        QHash<QString, QStringList> sourceKeys, translatedKeys;
        for (const Message &m : catalogue.messages) {
            const QString where = QStringLiteral("line %1 (%2) \"%3\": ").arg(m.line).arg(m.context, m.source);
            if (!m.type.isEmpty()) {
                problems << where + m.type;
                continue;
            }
            if (pluralOnly && !m.numerus)
                problems << where + QStringLiteral("the English catalogue holds plural forms only");
            if (m.numerus && m.forms.size() != forms) {
                problems << where
                        + QStringLiteral("%1 plural forms, %2 needs %3")
                              .arg(m.forms.size())
                              .arg(catalogue.language)
                              .arg(forms);
            }
            for (const QString &form : m.forms) {
                if (form.isEmpty()) {
                    problems << where + QStringLiteral("empty translation");
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(form);
                const QStringList sourceMnemonic = mnemonics(m.source);
                if (sourceMnemonic.size() == 1 && mnemonics(form).size() != 1)
                    problems << where + QStringLiteral("needs exactly one mnemonic in \"%1\"").arg(form);
            }
            if (mnemonics(m.source).size() == 1 && mnemonics(m.forms.value(0)).size() == 1) {
                sourceKeys[m.context] << mnemonics(m.source).first();
                translatedKeys[m.context] << mnemonics(m.forms.value(0)).first();
            }
        }
        // Where the English texts of a window or dialog use each mnemonic once, so must the translation.
        for (auto it = sourceKeys.begin(); it != sourceKeys.end(); ++it) {
            const QStringList &translated = translatedKeys.value(it.key());
            if (QSet<QString>(it->begin(), it->end()).size() == it->size()
                && QSet<QString>(translated.begin(), translated.end()).size() != translated.size()) {
                problems << QStringLiteral("(%1): mnemonics used twice: %2").arg(it.key(), translated.join(u' '));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void coreTextsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("passwordLabel");
        QTest::addColumn<QString>("refusedReason");
        QTest::addColumn<QString>("noHostName");
        QTest::newRow("de") << "de"
                            << "Passwort"
                            << "Der Anbieter hat die Zugangsdaten abgelehnt (HTTP 401)"
                            << "Geben Sie einen Hostnamen ein, z. B. home.example.org";
        QTest::newRow("fr") << "fr"
                            << "Mot de passe"
                            << "Le fournisseur a refusé les identifiants (HTTP 401)"
                            << "saisissez un nom d'hôte, par exemple home.example.org";
        QTest::newRow("en") << "en"
                            << "Password"
                            << "The provider refused the credentials (HTTP 401)"
                            << "enter a host name, e.g. home.example.org";
        QTest::newRow("es falls back to English") << "es"
                                                  << "Password"
                                                  << "The provider refused the credentials (HTTP 401)"
                                                  << "enter a host name, e.g. home.example.org";
    }

    void coreTextsInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, passwordLabel);
        QFETCH(QString, refusedReason);
        QFETCH(QString, noHostName);
        Translations translations({QStringLiteral("homing_core")});
        const QString shown = translations.install(language);
        QCOMPARE(QLocale(shown).language(),
                 language == QLatin1String("es") ? QLocale::English : QLocale(language).language());

        // A provider field label, as the host editor and homingctl show it.
        const std::optional<ProviderInfo> dyndns = ProviderRegistry::find(QStringLiteral("dyndns2"));
        QVERIFY(dyndns);
        QVERIFY(dyndns->field(QStringLiteral("password")));
        QCOMPARE(dyndns->field(QStringLiteral("password"))->label, passwordLabel);
        // An outcome reason, as the host table, history and homingctl show it.
        HttpResponse response;
        response.status = 401;
        const std::optional<UpdateOutcome> outcome = ProviderReplies::commonProblem(response);
        QVERIFY(outcome);
        QCOMPARE(outcome->reason, refusedReason);
        // A validation message.
        QString ace, error;
        QVERIFY(!Host::normalizeName(QString(), &ace, &error));
        QCOMPARE(error, noHostName);
    }

    void qtOwnTranslationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << "de"
                            << "Abbrechen";
        QTest::newRow("fr") << "fr"
                            << "Annuler";
    }

    void qtOwnTranslationsLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        Translations translations({QStringLiteral("homing_core")});
        translations.install(language);
        QVERIFY(translations.qtTranslated());
        // The text QDialogButtonBox puts on its Cancel button.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }

    void replacingTheLanguageRemovesTheOldOne()
    {
        Translations translations({QStringLiteral("homing_core")});
        translations.install(QStringLiteral("de"));
        translations.install(QStringLiteral("fr"));
        QCOMPARE(ProviderRegistry::find(QStringLiteral("dyndns2"))->field(QStringLiteral("password"))->label,
                 QStringLiteral("Mot de passe"));
        translations.install(QStringLiteral("en"));
        QCOMPARE(ProviderRegistry::find(QStringLiteral("dyndns2"))->field(QStringLiteral("password"))->label,
                 QStringLiteral("Password"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void homingctlFollowsTheSystemLocale()
    {
        QCOMPARE(homingctlSays(QStringLiteral("de_DE"), {QStringLiteral("frobnicate")}).trimmed(),
                 QStringLiteral("homingctl: unbekannter Befehl „frobnicate“; siehe homingctl --help"));
        QCOMPARE(homingctlSays(QStringLiteral("fr_FR"), {QStringLiteral("frobnicate")}).trimmed(),
                 QStringLiteral("homingctl: commande inconnue « frobnicate » ; voir homingctl --help"));
        QCOMPARE(homingctlSays(QStringLiteral("C"), {QStringLiteral("frobnicate")}).trimmed(),
                 QStringLiteral("homingctl: unknown command \"frobnicate\"; see homingctl --help"));
    }

    // lupdate run on the sources into copies of the committed .ts files: anything it adds is a
    // message not yet in the catalogue, anything it drops has left the sources.
    void sourcesMatchTheCatalogues()
    {
        const bool strict = qEnvironmentVariable("HOMING_STRICT_TRANSLATIONS") == QLatin1String("1");
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QStringList differences;
        const QStringList specs = QStringLiteral(HOMING_CATALOGUES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        QVERIFY(!specs.isEmpty());
        for (const QString &spec : specs) {
            const QString name = spec.section(QLatin1Char('='), 0, 0);
            QStringList arguments {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                   QStringLiteral("-locations"), QStringLiteral("none")};
            for (const QString &dir : spec.section(QLatin1Char('='), 1).split(QLatin1Char(',')))
                arguments << QDir(QStringLiteral(HOMING_SOURCE_DIR)).filePath(dir);
            const QString committed
                = QDir(QStringLiteral(HOMING_TRANSLATIONS_DIR)).filePath(name + QStringLiteral("_de.ts"));
            const QString copy = scratch.filePath(name + QStringLiteral("_de.ts"));
            QVERIFY(QFile::copy(committed, copy));
            QProcess lupdate;
            lupdate.start(QStringLiteral(HOMING_LUPDATE), arguments + QStringList {QStringLiteral("-ts"), copy});
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);

            QSet<QString> before, after;
            for (const Message &m : parse(committed).messages)
                before.insert(m.key());
            for (const Message &m : parse(copy).messages)
                after.insert(m.key());
            for (const QString &key : after - before)
                differences << QStringLiteral("%1: not yet translated: %2").arg(name, key);
            for (const QString &key : before - after)
                differences << QStringLiteral("%1: no longer in the sources: %2").arg(name, key);
        }
        std::sort(differences.begin(), differences.end());
        if (!differences.isEmpty()) {
            qInfo().noquote() << differences.size()
                              << QStringLiteral("messages differ between the sources and translations/ (run the "
                                                "update_translations target, then translate):\n")
                    + differences.join(QLatin1Char('\n'));
        }
        if (strict)
            QVERIFY2(differences.isEmpty(), "HOMING_STRICT_TRANSLATIONS: every message must be translated");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
