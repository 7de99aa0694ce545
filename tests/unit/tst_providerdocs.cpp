// docs/providers.md must describe exactly the providers of the catalogue, with their fields,
// families and TTL support, so the page users read cannot drift from what Homing speaks.
#include "providers/providerregistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Homing;

class TestProviderDocs : public QObject
{
    Q_OBJECT

private:
    QString m_text;
    QHash<QString, QString> m_sections; // provider id -> its section

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(HOMING_DOCS_DIR "/providers.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_text = QString::fromUtf8(file.readAll());
        static const QRegularExpression heading(QStringLiteral("^## .*\\(`([a-z0-9-]+)`\\)$"),
                                                QRegularExpression::MultilineOption);
        QList<QRegularExpressionMatch> matches;
        for (auto it = heading.globalMatch(m_text); it.hasNext();)
            matches.append(it.next());
        for (int i = 0; i < matches.size(); ++i) {
            const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : m_text.size();
            const QString id = matches.at(i).captured(1);
            QVERIFY2(!m_sections.contains(id), qPrintable(QStringLiteral("two sections for ") + id));
            m_sections.insert(id, m_text.mid(matches.at(i).capturedStart(), end - matches.at(i).capturedStart()));
        }
    }

    void everyProviderHasItsSection()
    {
        const QList<ProviderInfo> catalogue = ProviderRegistry::catalogue();
        QVERIFY(catalogue.size() >= 20);
        for (const ProviderInfo &info : catalogue) {
            const QString section = m_sections.value(info.id);
            QVERIFY2(!section.isEmpty(), qPrintable(QStringLiteral("docs/providers.md has no section for ") + info.id));
            QVERIFY2(section.contains(QStringLiteral("What to enter:")), qPrintable(info.id));
            QVERIFY2(section.contains(QStringLiteral("| Reply | Outcome |")), qPrintable(info.id));
            for (const FieldInfo &field : info.fields) {
                QVERIFY2(
                    section.contains(
                        QStringLiteral("| `%1` (%2) | %3 |").arg(field.name, field.label, fieldKindName(field.kind))),
                    qPrintable(info.id + QLatin1Char('.') + field.name));
            }
            const QString families = info.ipv4 && info.ipv6 ? QStringLiteral("Families: IPv4 and IPv6.")
                : info.ipv4                                 ? QStringLiteral("Families: IPv4.")
                                                            : QStringLiteral("Families: IPv6.");
            QVERIFY2(section.contains(families), qPrintable(info.id + QStringLiteral(": ") + families));
            const QString ttl = !info.ttl ? QStringLiteral("TTL: not settable.")
                : info.minTtl > 0
                ? QStringLiteral("TTL: set from the host's TTL; %1 s unless the host sets one (the provider's minimum "
                                 "is %2 s).")
                      .arg(info.defaultTtl())
                      .arg(info.minTtl)
                : QStringLiteral("TTL: set from the host's TTL; %1 s unless the host sets one (the server decides the "
                                 "minimum).")
                      .arg(info.defaultTtl());
            QVERIFY2(section.contains(ttl), qPrintable(info.id + QStringLiteral(": ") + ttl));
            QString parking;
            switch (info.parkingMethod) {
            case ParkingMethod::None:
                parking = QStringLiteral("Parking: not possible (the service takes the address from the connection).");
                break;
            case ParkingMethod::Offline:
                parking = QStringLiteral("Parking: offline=YES (a paid feature of the service); a host that parks "
                                         "sends offline=NO with every update.");
                break;
            case ParkingMethod::DeleteRecord:
                parking = QStringLiteral(
                    "Parking: deletes the host's A/AAAA records; they come back with the next update.");
                break;
            case ParkingMethod::SinkAddress:
                parking = QStringLiteral(
                    "Parking: points the name at the host's sink address (the service cannot remove it).");
                break;
            }
            QVERIFY2(section.contains(parking), qPrintable(info.id + QStringLiteral(": ") + parking));
            QVERIFY2(
                section.contains(QStringLiteral("Least time between two updates: %1 s.").arg(info.minIntervalSeconds)),
                qPrintable(info.id));
        }
    }

    void noSectionForAProviderThatIsGone()
    {
        QSet<QString> ids;
        for (const ProviderInfo &info : ProviderRegistry::catalogue())
            ids.insert(info.id);
        for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
            QVERIFY2(ids.contains(it.key()), qPrintable(QStringLiteral("docs describe unknown provider ") + it.key()));
    }

    void everyFieldIsWellFormed()
    {
        for (const ProviderInfo &info : ProviderRegistry::catalogue()) {
            QVERIFY2(!info.name.isEmpty() && !info.summary.isEmpty()
                         && info.helpUrl.startsWith(QLatin1String("https://")),
                     qPrintable(info.id));
            QSet<QString> names;
            for (const FieldInfo &field : info.fields) {
                QVERIFY2(!names.contains(field.name), qPrintable(info.id + QLatin1Char('.') + field.name));
                names.insert(field.name);
                QString why;
                QVERIFY2(field.defaultValue.isEmpty() || field.validate(field.defaultValue, &why),
                         qPrintable(info.id + QLatin1Char('.') + field.name + QStringLiteral(": ") + why));
            }
            QVERIFY2(info.ipv4 || info.ipv6, qPrintable(info.id));
        }
    }

    void theRegistryIsBuiltOnceAndFollowsTheLanguage()
    {
        // Built once: two lookups share the one catalogue instead of building it again.
        const QList<ProviderInfo> first = ProviderRegistry::catalogue();
        const QList<ProviderInfo> second = ProviderRegistry::catalogue();
        QVERIFY(first.constData() == second.constData());
        QVERIFY(ProviderRegistry::find(QStringLiteral("dyndns2")));
        QVERIFY(!ProviderRegistry::find(QStringLiteral("carrier-pigeon")));
        QVERIFY(ProviderRegistry::catalogue().constData() == first.constData());
        // Each id is registered once, and a client can be made for every one.
        QSet<QString> ids;
        for (const ProviderInfo &info : first) {
            QVERIFY2(!ids.contains(info.id), qPrintable(info.id));
            ids.insert(info.id);
            QObject parent;
            QVERIFY2(ProviderRegistry::create(info.id, nullptr, &parent), qPrintable(info.id));
        }
        // A change of translators builds it again, once, in the new language.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/homing_core_de.qm")));
        QCoreApplication::installTranslator(&translator);
        const QList<ProviderInfo> german = ProviderRegistry::catalogue();
        QVERIFY(german.constData() != first.constData());
        QCOMPARE(ProviderRegistry::find(QStringLiteral("dyndns2"))->field(QStringLiteral("password"))->label,
                 QStringLiteral("Passwort"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(ProviderRegistry::find(QStringLiteral("dyndns2"))->field(QStringLiteral("password"))->label,
                 QStringLiteral("Password"));
    }
};

QTEST_GUILESS_MAIN(TestProviderDocs)
#include "tst_providerdocs.moc"
