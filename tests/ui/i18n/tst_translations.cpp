#include "auth/TwoFactorRules.h"
#include "i18n/Translations.h"
#include "sms/SmsSegments.h"

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
    void translateReadsOneCatalogue();
    void textsStayInOneSegment_data();
    void textsStayInOneSegment();
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

void TestTranslations::translateReadsOneCatalogue()
{
    // Whatever is installed: each language's own text.
    QCOMPARE(Translations::translate(u"de"_s, "tfk::MainWindow", "Users"), u"Benutzer"_s);
    QCOMPARE(Translations::translate(u"es"_s, "tfk::MainWindow", "Users"), u"Usuarios"_s);
    QCOMPARE(Translations::translate(u"en"_s, "tfk::MainWindow", "Users"), u"Users"_s);
    QCOMPARE(Translations::translate(u"de"_s, "tfk::MainWindow", "No such text"), u"No such text"_s);
    QCOMPARE(Translations::translate(u"xx"_s, "tfk::MainWindow", "Users"), u"Users"_s);
    QCOMPARE(Translations::nativeName(u"es"_s), u"Español"_s);
}

void TestTranslations::textsStayInOneSegment_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : Translations::offeredLanguages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslations::textsStayInOneSegment()
{
    // What the kiosk texts in each language costs one segment: the code with the longest code (8 digits),
    // and the lost-phone notice, which is long and so must stay GSM-7 (160 a segment, not 70).
    QFETCH(QString, language);
    const QString code
        = Translations::translate(language, "tfk::TwoFactorRules", tfk::TwoFactorRules::kDefaultSmsTemplate)
              .replace(u"{code}"_s, u"12345678"_s);
    QVERIFY2(code.contains(u"12345678"_s), qPrintable(code));
    QCOMPARE(tfk::SmsSegments::count(code), 1);
    const QString notices[] = {
        Translations::translate(language, "tfk::TwoFactorService",
                                "Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was "
                                "not you, contact your helpdesk now.")
            .arg(u"10:42"_s),
        Translations::translate(language, "tfk::TwoFactorService",
                                "Two-factor sign-in for your account was turned off at the helpdesk at %1. If this was "
                                "not you, call %2.")
            .arg(u"10:42"_s, u"+1 201 555 0100"_s),
    };
    for (const QString& notice : notices) {
        const tfk::SmsSegments::Analysis cost = tfk::SmsSegments::analyze(notice);
        QVERIFY2(cost.encoding == tfk::SmsSegments::Encoding::Gsm7,
                 qPrintable(notice + u" is UCS-2 because of "_s + cost.forcedBy));
        QVERIFY2(cost.segments == 1, qPrintable(notice));
    }
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
