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

    // The resource path of the program's compiled catalogue for a language.
    static QString catalogPath(const QString& language);
};

} // namespace tfk
