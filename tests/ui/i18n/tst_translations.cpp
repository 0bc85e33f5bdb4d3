#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using tfk::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOfferedLanguageHasACatalogue();
    void everyCatalogueIsOffered();
    void catalogueTranslatesTheUi_data();
    void catalogueTranslatesTheUi();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void languageForLocale();
    void refusesLanguagesNotOffered();
};

void TestTranslations::everyOfferedLanguageHasACatalogue()
{
    for (const QString& language : Translations::offeredLanguages()) {
        if (language == u"en"_s) {
            continue;
        }
        QVERIFY2(QFile::exists(Translations::catalogPath(language)), qPrintable(language));
    }
}

void TestTranslations::everyCatalogueIsOffered()
{
    static const QRegularExpression name(u"^twofactor-kiosk_([a-z]{2})\\.qm$"_s);
    const QStringList files = QDir(u":/i18n"_s).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
        const auto match = name.match(file);
        QVERIFY2(match.hasMatch(), qPrintable(file));
        QVERIFY2(Translations::offeredLanguages().contains(match.captured(1)), qPrintable(file));
    }
    // The .ts sources and the compiled catalogues are the same set.
    const QStringList sources = QDir(QStringLiteral(TFK_TRANSLATIONS_DIR)).entryList({u"*.ts"_s}, QDir::Files);
    QCOMPARE(sources.size(), files.size());
}

void TestTranslations::catalogueTranslatesTheUi_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("users");
    QTest::newRow("de") << u"de"_s << u"Benutzer"_s;
    QTest::newRow("es") << u"es"_s << u"Usuarios"_s;
}

void TestTranslations::catalogueTranslatesTheUi()
{
    QFETCH(QString, language);
    QFETCH(QString, users);
    QTranslator translator;
    QVERIFY(translator.load(Translations::catalogPath(language)));
    QCOMPARE(translator.translate("tfk::MainWindow", "Users"), users);
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    const QStringList sources = QDir(QStringLiteral(TFK_TRANSLATIONS_DIR)).entryList({u"*.ts"_s}, QDir::Files);
    for (const QString& source : sources) {
        QTest::newRow(qPrintable(source)) << QDir(QStringLiteral(TFK_TRANSLATIONS_DIR)).filePath(source);
    }
}

void TestTranslations::everyMessageIsTranslated()
{
    // "Complete translations": a string added to the code without its translation fails here
    // (refresh with the update_translations target, then translate).
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.count("<message") > 100);
    QCOMPARE(text.count("type=\"unfinished\""), 0);
    QCOMPARE(text.count("type=\"vanished\"") + text.count("type=\"obsolete\""), 0);
}

void TestTranslations::languageForLocale()
{
    QCOMPARE(Translations::languageFor(QLocale(u"de_AT"_s)), u"de"_s);
    QCOMPARE(Translations::languageFor(QLocale(u"es_MX"_s)), u"es"_s);
    QCOMPARE(Translations::languageFor(QLocale(u"ja_JP"_s)), u"en"_s);
}

void TestTranslations::refusesLanguagesNotOffered()
{
    QVERIFY(!Translations::install(*QCoreApplication::instance(), u"xx"_s));
    QVERIFY(Translations::install(*QCoreApplication::instance(), u"de"_s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
