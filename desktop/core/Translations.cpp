#include "desktop/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zs {

void Translations::install(QCoreApplication& app, const QString& language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Chinese,
                                lang == QLatin1String("en") ? QLocale::UnitedStates : QLocale::China));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/zhaoshang_") + lang))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace zs
