// libphonenumber lives in libtfk-phonenumbers.so (PhoneNumberEngine), loaded at the first question: a
// program linked to tfk_core starts without libphonenumber, protobuf and abseil, and the first question
// loads them and answers as before.

#include "phone/PhoneNumberParser.h"

#include "ResultAssertions.h"

#include "MappedFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;
using tfk::PhoneNumberParser;
using tfk::test::mappedFiles;

class TestPhoneNumberEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingOfLibphonenumberIsLoadedAtStart();
    void theFirstQuestionLoadsTheEngine();
    void loadingInBackgroundIsHarmlessOnceLoaded();

private:
    static bool mapped(const QString& part);
};

bool TestPhoneNumberEngine::mapped(const QString& part)
{
    const QStringList files = mappedFiles();
    return std::ranges::any_of(files, [&part](const QString& file) { return file.contains(part); });
}

void TestPhoneNumberEngine::nothingOfLibphonenumberIsLoadedAtStart()
{
    QVERIFY(!mappedFiles().isEmpty());
    QVERIFY(QFileInfo::exists(QStringLiteral(TFK_PHONE_ENGINE_FILE)));
    QVERIFY2(!mapped(u"libphonenumber"_s), "libphonenumber was loaded at start");
    QVERIFY2(!mapped(u"libprotobuf"_s), "protobuf was loaded at start");
    QVERIFY2(!mapped(u"libabsl_"_s), "abseil was loaded at start");
    QVERIFY(!mapped(u"libtfk-phonenumbers"_s));
}

void TestPhoneNumberEngine::theFirstQuestionLoadsTheEngine()
{
    const PhoneNumberParser parser;
    const auto parsed = parser.parse(u"(201) 555-0123"_s);
    TFK_VERIFY_OK(parsed);
    QCOMPARE(parsed->e164, u"+12015550123"_s);
    QCOMPARE(parsed->international(), u"+1 201-555-0123"_s);
    QCOMPARE(PhoneNumberParser::mask(u"+447911123456"_s), u"+44 ... 3456"_s);
    QVERIFY(mapped(QFileInfo(QStringLiteral(TFK_PHONE_ENGINE_FILE)).fileName()));
    QVERIFY(mapped(u"libphonenumber"_s));
    const auto landline = parser.parse(u"+44 20 7946 0958"_s);
    QVERIFY(!landline.has_value());
    QCOMPARE(landline.error().code, u"[invalid]mobilePhone"_s);
}

void TestPhoneNumberEngine::loadingInBackgroundIsHarmlessOnceLoaded()
{
    PhoneNumberParser::loadInBackground();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QVERIFY(PhoneNumberParser::supportedRegions().size() > 200);
    QVERIFY(PhoneNumberParser().isSupportedRegion(u"de"_s));
}

QTEST_GUILESS_MAIN(TestPhoneNumberEngine)
#include "tst_phonenumberengine.moc"
