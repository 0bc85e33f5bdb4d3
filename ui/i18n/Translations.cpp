#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tfk {

QStringList Translations::offeredLanguages()
{
    return {u"en"_s, u"de"_s, u"es"_s};
}

QString Translations::languageFor(const QLocale& locale)
{
    const QStringList offered = offeredLanguages();
    for (const QString& name : locale.uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).toLower();
        if (offered.contains(language)) {
            return language;
        }
    }
    return u"en"_s;
}

QString Translations::nativeName(const QString& language)
{
    // Spelled out for the offered ones: QLocale adds the country ("español de España").
    if (language == u"en"_s) {
        return u"English"_s;
    }
    if (language == u"de"_s) {
        return u"Deutsch"_s;
    }
    if (language == u"es"_s) {
        return u"Español"_s;
    }
    return QLocale(language).nativeLanguageName();
}

QString Translations::translate(const QString& language, const char* context, const char* source)
{
    QTranslator translator;
    if (language == u"en"_s || !offeredLanguages().contains(language) || !translator.load(catalogPath(language))) {
        return QString::fromUtf8(source);
    }
    const QString translated = translator.translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString Translations::catalogPath(const QString& language)
{
    return u":/i18n/twofactor-kiosk_"_s % language % u".qm"_s;
}

bool Translations::install(QCoreApplication& app, const QString& language)
{
    if (!offeredLanguages().contains(language)) {
        return false;
    }
    if (language == u"en"_s) {
        return true; // the source language needs no catalogue
    }
    auto* ours = new QTranslator(&app);
    if (!ours->load(catalogPath(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own dialogs and context menus; absent on minimal systems, which only costs English buttons.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace tfk
