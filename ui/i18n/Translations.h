#pragma once

// Which languages the program offers, and installing one (ours plus Qt's own strings).

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace tfk {

class Translations
{
public:
    // Language codes offered in the UI, "en" (the source language) first.
    static QStringList offeredLanguages();

    // The offered language that best fits a locale's UI languages, "en" when none does.
    static QString languageFor(const QLocale& locale);

    // Installs the program's and Qt's translations for an offered language; false (and nothing
    // installed) for a language that is not offered or whose catalogue is missing.
    static bool install(QCoreApplication& app, const QString& language);

    // An offered language in its own words ("English", "Deutsch", "Español").
    static QString nativeName(const QString& language);

    // `source` (in `context`) as an offered language's catalogue has it, whatever language is installed:
    // the source itself for English and for anything the catalogue lacks.
    static QString translate(const QString& language, const char* context, const char* source);

    // The resource path of the program's compiled catalogue for a language.
    static QString catalogPath(const QString& language);
};

} // namespace tfk
