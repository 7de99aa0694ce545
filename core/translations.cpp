#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace Homing {

namespace {

Q_LOGGING_CATEGORY(lcTranslations, "homing.core.translations")

const QString &resourceDir()
{
    static const QString dir = QStringLiteral(":/i18n");
    return dir;
}

} // namespace

Translations::Translations(const QStringList &catalogues)
    : m_catalogues(catalogues)
{
}

Translations::~Translations()
{
    clear();
}

void Translations::clear()
{
    for (const std::unique_ptr<QTranslator> &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
    m_language.clear();
    m_qtTranslated = false;
}

QString Translations::install(const QString &language)
{
    clear();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const auto add = [this](std::unique_ptr<QTranslator> translator) {
        QCoreApplication::installTranslator(translator.get());
        m_installed.push_back(std::move(translator));
    };
    m_language = QStringLiteral("en");
    for (const QString &catalogue : m_catalogues) {
        auto translator = std::make_unique<QTranslator>();
        const QString underscore = QStringLiteral("_");
        if (translator->load(locale, catalogue, underscore, resourceDir())
            || translator->load(catalogue + QStringLiteral("_en"), resourceDir())) {
            m_language = translator->language();
            add(std::move(translator));
        } else {
            qCWarning(lcTranslations).noquote() << "no catalogue" << catalogue << "in" << resourceDir();
        }
    }
    if (QLocale(m_language).language() != QLocale::English) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qtTranslated = true;
            add(std::move(qt));
        } else {
            qCInfo(lcTranslations).noquote()
                << "no Qt translation for" << m_language << "in" << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        }
    }
    return m_language;
}

QStringList Translations::available()
{
    QStringList languages {QStringLiteral("en")};
    const QStringList files
        = QDir(resourceDir()).entryList({QStringLiteral("homing_core_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(12).chopped(3); // "homing_core_" … ".qm"
        if (!languages.contains(code))
            languages << code;
    }
    return languages;
}

} // namespace Homing
