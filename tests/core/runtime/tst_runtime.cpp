// Start-up as the program does it: settings, key, database, sender, service. In mock mode a text
// travels the real path: service -> Twilio client -> HTTP on loopback -> sink.

#include "FutureWait.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "runtime/Runtime.h"
#include "sms/sink/TwilioSink.h"
#include "store/Schema.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::waitFor;

class TestRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }
    void mockModeSendsThroughTheSink();
    void aNewDatabaseGetsANewKey();
    void anExistingDatabaseWithoutItsKeyIsRefused();
    void aForeignKeyIsRefused();
    void aDatabaseFromTheFutureIsRefused();
    void aRuleOutOfRangeIsRefused();
    void twilioSettingsAndEnvironment();
    void aPasswordInTheSettingsDatabaseUrlIsRefused();
    void kioskDemoMakesAnAdminOnlyWhenThereIsNone();

private:
    RuntimeOptions optionsIn(const QTemporaryDir& dir)
    {
        RuntimeOptions options;
        options.settingsPath = dir.filePath(u"kiosk.conf"_s);
        options.databasePath = dir.filePath(u"kiosk.db"_s);
        options.environment = QProcessEnvironment();
        return options;
    }

    tfk::test::QcaTestEnvironment m_qca;
};

void TestRuntime::mockModeSendsThroughTheSink()
{
    QTemporaryDir dir;
    RuntimeOptions options = optionsIn(dir);
    options.mockSms = true;
    options.demoData = true;
    auto runtime = Runtime::create(options);
    TFK_VERIFY_OK(runtime);
    Runtime& r = **runtime;
    QVERIFY(r.mockSms());
    QVERIFY(r.sink());
    QCOMPARE(r.sink()->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(waitFor(r.service().searchUsers({}, 0, 10))->total, 4);

    auto sent = waitFor(r.service().sendEnrollmentCode(u"+1 201 555 0123"_s, u"8MJJfCY4ERBtotvenSc3"_s));
    TFK_VERIFY_OK(sent);
    QCOMPARE(r.sink()->messages().size(), 1);
    const SinkMessage message = r.sink()->messages().first();
    QCOMPARE(message.to, u"+12015550123"_s);
    QVERIFY(QRegularExpression(u"^Two Factor Code: \\d{6}$"_s).match(message.body).hasMatch());
    QCOMPARE(sent->messageId, message.sid);

    // The demo's magic number: the sink refuses it as Twilio would, and the operator reads why.
    auto refused = waitFor(r.service().sendEnrollmentCode(u"+1 500 555 0009"_s, u"8MJJfCY4ERBtotvenSc3"_s));
    TFK_VERIFY_ERROR(refused, "[TwoFactorSendFailed]");
    QVERIFY2(refused.error().message.contains(u"(Twilio 21614)"_s), qPrintable(refused.error().message));

    // Delivery reports come back into the SMS log.
    QTRY_VERIFY_WITH_TIMEOUT(waitFor(r.service().recentSms(10))->last().status == u"delivered"_s, 15000);
}

void TestRuntime::aNewDatabaseGetsANewKey()
{
    QTemporaryDir dir;
    auto runtime = Runtime::create(optionsIn(dir));
    TFK_VERIFY_OK(runtime);
    QFile key(dir.filePath(u"data.key"_s));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // Without Twilio settings the sender says what is missing instead of failing silently.
    auto sent = waitFor((*runtime)->service().sendEnrollmentCode(u"+1 201 555 0123"_s, u"8MJJfCY4ERBtotvenSc3"_s));
    TFK_VERIFY_ERROR(sent, "[TwoFactorSendFailed]");
    QVERIFY2(sent.error().message.contains(u"Account SID"_s), qPrintable(sent.error().message));
}

void TestRuntime::anExistingDatabaseWithoutItsKeyIsRefused()
{
    QTemporaryDir dir;
    TFK_VERIFY_OK(Runtime::create(optionsIn(dir)));
    QVERIFY(QFile::remove(dir.filePath(u"data.key"_s)));
    auto again = Runtime::create(optionsIn(dir));
    TFK_VERIFY_ERROR(again, "[DataKeyMissing]");
    QVERIFY2(again.error().message.contains(u"data.key"_s), qPrintable(again.error().message));
    QVERIFY(!QFile::exists(dir.filePath(u"data.key"_s))); // no new key was invented
}

void TestRuntime::aForeignKeyIsRefused()
{
    QTemporaryDir dir;
    TFK_VERIFY_OK(Runtime::create(optionsIn(dir)));
    RuntimeOptions options = optionsIn(dir);
    options.environment.insert(u"TFK_DATA_KEY"_s, QString::fromLatin1(QByteArray(32, 'k').toBase64()));
    auto again = Runtime::create(options);
    TFK_VERIFY_ERROR(again, "[DataKeyMismatch]");
    QVERIFY(again.error().message.contains(u"does not match"_s));
}

void TestRuntime::aDatabaseFromTheFutureIsRefused()
{
    QTemporaryDir dir;
    {
        auto runtime = Runtime::create(optionsIn(dir));
        TFK_VERIFY_OK(runtime);
        TFK_VERIFY_OK(Schema::setMetaValue((*runtime)->database(), u"schema_version"_s,
                                           QString::number(Schema::kCurrentVersion + 1)));
    }
    auto again = Runtime::create(optionsIn(dir));
    TFK_VERIFY_ERROR(again, "[DatabaseTooNew]");
}

void TestRuntime::aRuleOutOfRangeIsRefused()
{
    QTemporaryDir dir;
    {
        Settings settings(dir.filePath(u"kiosk.conf"_s));
        settings.setValue(Settings::Key::LookBehindSteps, 50);
        TFK_VERIFY_OK(settings.save());
    }
    auto runtime = Runtime::create(optionsIn(dir));
    TFK_VERIFY_ERROR(runtime, "[invalid]lookBehindSteps");
    QVERIFY(runtime.error().message.contains(u"kiosk.conf"_s));
}

void TestRuntime::twilioSettingsAndEnvironment()
{
    QTemporaryDir dir;
    {
        Settings settings(dir.filePath(u"kiosk.conf"_s));
        settings.setValue(Settings::Key::TwilioAccountSid, u"AC0123456789abcdef0123456789abcdef"_s);
        settings.setValue(Settings::Key::TwilioFromNumber, u"+15005550006"_s);
        TFK_VERIFY_OK(settings.save());
    }
    RuntimeOptions options = optionsIn(dir);
    options.environment.insert(u"TWILIO_AUTH_TOKEN"_s, u"from-the-environment"_s);
    auto runtime = Runtime::create(options);
    TFK_VERIFY_OK(runtime);
    const TwilioConfig config = (*runtime)->twilioConfig();
    QCOMPARE(config.accountSid, u"AC0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(config.authToken, u"from-the-environment"_s);
    QCOMPARE(config.baseUrl, QUrl(u"https://api.twilio.com"_s));
    TFK_VERIFY_OK(config.validate());
    QCOMPARE((*runtime)->sms().description(), u"Twilio (AC01...cdef)"_s);

    // Without the environment, the token the Settings screen stored (outside the settings file) is used.
    TFK_VERIFY_OK((*runtime)->secrets().setSecret(SecretStore::kTwilioAuthToken.toString(), u"from-the-store"_s));
    runtime->reset();
    auto again = Runtime::create(optionsIn(dir));
    TFK_VERIFY_OK(again);
    QCOMPARE((*again)->twilioConfig().authToken, u"from-the-store"_s);
    QFile settingsFile(dir.filePath(u"kiosk.conf"_s));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("from-the-store"));
}

void TestRuntime::aPasswordInTheSettingsDatabaseUrlIsRefused()
{
    QTemporaryDir dir;
    // Written by hand: Settings itself strips the password when it saves the URL.
    const QString settingsPath = dir.filePath(u"kiosk.conf"_s);
    {
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[database]\npath=postgresql://kiosk:s3cret@db.example.com/helpdesk\n");
    }
    RuntimeOptions options = optionsIn(dir);
    options.databasePath.clear();
    auto runtime = Runtime::create(options);
    TFK_VERIFY_ERROR(runtime, "[DatabaseUrl]");
    QCOMPARE(runtime.error().message,
             u"The settings file %1 holds a password in database/path. Remove it from the URL and give the password "
             "in PGPASSWORD or a pgpass file (~/.pgpass, mode 0600) instead: the settings file is not a place for "
             "passwords."_s.arg(settingsPath));
    QCOMPARE(runtime.error().httpStatus, 500);
    QVERIFY(!QFile::exists(dir.filePath(u"data.key"_s)));
}

void TestRuntime::kioskDemoMakesAnAdminOnlyWhenThereIsNone()
{
    QTemporaryDir dir;
    RuntimeOptions options = optionsIn(dir);
    options.demoData = true;
    options.kiosk = true;
    {
        auto runtime = Runtime::create(options);
        TFK_VERIFY_OK(runtime);
        // Kiosk mode: nobody is signed in and the admin's password is shown to nobody.
        QVERIFY(!(*runtime)->demoOperator().has_value());
        QCOMPARE(waitFor((*runtime)->service().searchUsers({}, 0, 10))->total, 3);
    }
    // The second start finds that admin and leaves it alone; the demo users are not added twice.
    auto again = Runtime::create(options);
    TFK_VERIFY_OK(again);
    QVERIFY(!(*again)->demoOperator().has_value());
    QCOMPARE(waitFor((*again)->service().searchUsers({}, 0, 10))->total, 3);
}

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
