// The Settings screen on a temporary settings file: it shows what is saved, saves edits to the INI
// file, refuses invalid rules with the message beside the field (writing nothing), keeps secrets out
// of the INI file, checks SIDs as they are typed, and asks for a test text only for a valid number.

#include "ResultAssertions.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::SecretStore;
using tfk::Settings;
using tfk::SettingsPage;

namespace {

const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;

// With TFK_SCREENSHOT_DIR set, the screen as the test left it is written there (for looking at it).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TFK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }
}

QByteArray fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> T* child(QWidget& page, const char* name)
{
    T* widget = page.findChild<T*>(QString::fromLatin1(name));
    if (!widget) {
        qFatal("no widget %s", name);
    }
    return widget;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsWhatIsSaved();
    void editAndSaveWritesTheFile();
    void invalidRuleIsRefusedAndNothingWritten();
    void tokenGoesToTheSecretStoreOnly();
    void sidFormatsCheckedAsTyped();
    void senderKinds();
    void unwritableFileKeepsWhatWasTyped();
    void testSms();
    void spinRangesAreTheRulesRanges();
    void revertDropsEdits();
    void everyInputHasANameAndALabel();
    void durationsInDaysAndMinutesSaveSeconds();
    void kioskAndHelpdeskSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
    QString m_secretsPath;
};

void TestSettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(u"kiosk.conf"_s);
    m_secretsPath = m_dir->filePath(u"secrets.ini"_s);
}

void TestSettingsPage::showsWhatIsSaved()
{
    {
        Settings settings(m_settingsPath);
        settings.setValue(Settings::Key::TwilioAccountSid, kAccount);
        settings.setValue(Settings::Key::TwilioFromNumber, u"+15005550006"_s);
        settings.setValue(Settings::Key::DefaultRegion, u"DE"_s);
        settings.setValue(Settings::Key::AllowTestNumbers, true);
        settings.setValue(Settings::Key::MaxWrongCodes, 7);
        settings.setValue(Settings::Key::Language, u"es"_s);
        TFK_VERIFY_OK(settings.save());
    }
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    TFK_VERIFY_OK(secrets.setSecret(SecretStore::kTwilioAuthToken.toString(), u"token-0001"_s));
    SettingsPage page(&settings, &secrets);
    page.setDatabasePath(u"/srv/kiosk/users.db"_s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QCOMPARE(child<QLineEdit>(page, "twilioAccountSidEdit")->text(), kAccount);
    QCOMPARE(child<QLineEdit>(page, "twilioApiUrlEdit")->text(), u"https://api.twilio.com"_s);
    QCOMPARE(child<QLineEdit>(page, "twilioFromNumberEdit")->text(), u"+15005550006"_s);
    QCOMPARE(child<QLineEdit>(page, "twilioAuthTokenEdit")->text(), u"token-0001"_s);
    QCOMPARE(child<QLineEdit>(page, "twilioAuthTokenEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QSpinBox>(page, "twilioTimeoutSpin")->value(), 15);
    QCOMPARE(child<QComboBox>(page, "defaultRegionCombo")->currentData().toString(), u"DE"_s);
    QCOMPARE(child<QComboBox>(page, "defaultRegionCombo")->currentText(), u"Germany (DE, +49)"_s);
    QVERIFY(child<QCheckBox>(page, "allowTestNumbersCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(page, "maxWrongCodesSpin")->value(), 7);
    QCOMPARE(child<QSpinBox>(page, "lookBehindStepsSpin")->value(), 1);
    // Durations in the unit people think in; the value stays in seconds.
    QCOMPARE(child<QSpinBox>(page, "trustLifetimeSecondsSpin")->value(), 2592000);
    QCOMPARE(child<QSpinBox>(page, "trustLifetimeSecondsSpin")->text(), u"30 days"_s);
    QCOMPARE(child<QSpinBox>(page, "challengeLifetimeSecondsSpin")->text(), u"5 minutes"_s);
    QCOMPARE(child<QSpinBox>(page, "lockoutSecondsSpin")->text(), u"3 minutes"_s);
    QCOMPARE(child<QSpinBox>(page, "sendCooldownSecondsSpin")->text(), u"30 seconds"_s);
    QCOMPARE(child<QSpinBox>(page, "phoneSendWindowSecondsSpin")->text(), u"10 minutes"_s);
    QCOMPARE(child<QSpinBox>(page, "passwordFailureWindowSecondsSpin")->text(), u"1 minute"_s);
    QCOMPARE(child<QSpinBox>(page, "operatorIdleLockSpin")->text(), u"5 minutes"_s);
    QCOMPARE(child<QLineEdit>(page, "smsTemplateEdit")->text(), QString());
    QCOMPARE(child<QLabel>(page, "smsTemplatePreview")->text(), u"Preview: Two Factor Code: 123456"_s);
    QCOMPARE(child<QLabel>(page, "smsSegmentsLabel")->text(),
             u"Cost of one text, counted with the longest code (8 digits):\n"
             "English: 1 segment, GSM-7\n"
             "Deutsch: 1 segment, GSM-7\n"
             "Español: 1 segment, UCS-2: the 'ó' forces it"_s);
    QVERIFY(!child<QLabel>(page, "smsSegmentsWarning")->isVisibleTo(&page));
    QCOMPARE(child<QComboBox>(page, "twilioSenderKindCombo")->currentText(), u"Phone number"_s);
    QVERIFY(!child<QLineEdit>(page, "twilioFallbackFromEdit")->isVisibleTo(&page));
    QVERIFY(!child<QLineEdit>(page, "twilioMessagingServiceSidEdit")->isVisibleTo(&page));
    QCOMPARE(child<QComboBox>(page, "languageCombo")->currentData().toString(), u"es"_s);
    QCOMPARE(child<QComboBox>(page, "languageCombo")->currentText(), u"Español (es)"_s);
    QCOMPARE(child<QLineEdit>(page, "databasePathEdit")->text(), u"/srv/kiosk/users.db"_s);
    QVERIFY(child<QLineEdit>(page, "databasePathEdit")->isReadOnly());
    QCOMPARE(child<QLabel>(page, "secretStorageLabel")->text(),
             u"The auth token is kept in %1, readable only by you; no system keychain is available."_s.arg(
                 QDir::toNativeSeparators(m_secretsPath)));
    QCOMPARE(child<QLabel>(page, "twilioStatusLabel")->text(), u"Complete: texts go through Twilio (AC01...cdef)."_s);
    page.resize(1000, 900);
    screenshot(&page, u"settings"_s);
    // Nothing edited: nothing to save or revert.
    QVERIFY(!page.isModified());
    QVERIFY(!child<QPushButton>(page, "settingsSaveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "settingsRevertButton")->isEnabled());
}

void TestSettingsPage::editAndSaveWritesTheFile()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy twilioChanged(&page, &SettingsPage::twilioSettingsChanged);

    QTest::keyClicks(child<QLineEdit>(page, "twilioAccountSidEdit"), u" "_s + kAccount + u" "_s);
    auto* behind = child<QSpinBox>(page, "lookBehindStepsSpin");
    behind->setFocus();
    behind->selectAll();
    QTest::keyClicks(behind, u"4"_s);
    // keyClicks types ASCII only.
    child<QLineEdit>(page, "smsTemplateEdit")->insert(u"Código: {code}"_s);
    QCOMPARE(child<QLabel>(page, "smsTemplatePreview")->text(), u"Preview: Código: 123456"_s);
    // One template for every language now.
    QCOMPARE(child<QLabel>(page, "smsSegmentsLabel")->text(),
             u"Cost of one text in every language, counted with the longest code (8 digits): 1 segment, UCS-2: "
             "the 'ó' forces it"_s);
    auto* region = child<QComboBox>(page, "defaultRegionCombo");
    region->setCurrentIndex(region->findData(u"GB"_s));
    QVERIFY(page.isModified());
    QVERIFY(child<QPushButton>(page, "settingsSaveButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(page, "settingsSaveButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(page, "settingsStatusLabel")->text(),
             u"Saved. The rules, phone and language settings take effect when the program starts again."_s);
    QCOMPARE(twilioChanged.count(), 1);
    QVERIFY(!page.isModified());

    Settings reread(m_settingsPath);
    QCOMPARE(reread.value(Settings::Key::TwilioAccountSid).toString(), kAccount); // trimmed
    QCOMPARE(reread.rules().lookBehindSteps, 4);
    QCOMPARE(reread.rules().smsTemplate, u"Código: {code}"_s);
    QCOMPARE(reread.phoneOptions().defaultRegion, u"GB"_s);
    const QByteArray text = fileText(m_settingsPath);
    QVERIFY2(text.contains("lookBehindSteps=4"), text.constData());
    // Defaults stay out of the file.
    QVERIFY2(!text.contains("maxWrongCodes"), text.constData());
    QVERIFY2(!text.contains("timeoutSeconds"), text.constData());

    // A save that touches no Twilio field does not disturb the sender.
    auto* wrong = child<QSpinBox>(page, "maxWrongCodesSpin");
    wrong->setValue(9);
    QVERIFY(page.save());
    QCOMPARE(twilioChanged.count(), 1);
    QCOMPARE(Settings(m_settingsPath).rules().maxWrongCodes, 9);
}

void TestSettingsPage::invalidRuleIsRefusedAndNothingWritten()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy twilioChanged(&page, &SettingsPage::twilioSettingsChanged);

    child<QSpinBox>(page, "maxWrongCodesSpin")->setValue(9);
    auto* sms = child<QLineEdit>(page, "smsTemplateEdit");
    QTest::keyClicks(sms, u"Your code"_s);
    QVERIFY(!page.save());
    auto* message = child<QLabel>(page, "smsTemplateMessage");
    QCOMPARE(message->text(), u"The SMS template must contain {code} where the code goes."_s);
    QVERIFY(message->isVisibleTo(&page));
    QCOMPARE(child<QLabel>(page, "settingsStatusLabel")->text(), u"Not saved: correct the fields marked in red."_s);
    QTRY_VERIFY(sms->hasFocus());
    // Nothing written, nothing the operator typed lost.
    QVERIFY(!QFile::exists(m_settingsPath));
    QCOMPARE(settings.rules().maxWrongCodes, 5);
    QCOMPARE(sms->text(), u"Your code"_s);
    QCOMPARE(child<QSpinBox>(page, "maxWrongCodesSpin")->value(), 9);
    QCOMPARE(twilioChanged.count(), 0);
    page.resize(1000, 900);
    screenshot(&page, u"settings-invalid-rule"_s);

    // Fixed, the message goes at once, and the save works.
    QTest::keyClicks(sms, u" {code}"_s);
    QVERIFY(!message->isVisibleTo(&page));
    QVERIFY(page.save());
    QCOMPARE(Settings(m_settingsPath).rules().smsTemplate, u"Your code {code}"_s);
}

void TestSettingsPage::tokenGoesToTheSecretStoreOnly()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    page.show();
    QSignalSpy twilioChanged(&page, &SettingsPage::twilioSettingsChanged);
    QTest::keyClicks(child<QLineEdit>(page, "twilioAuthTokenEdit"), u"very-secret-token-123"_s);
    QTest::keyClicks(child<QLineEdit>(page, "twilioApiKeySecretEdit"), u"api-secret-456"_s);
    QTest::keyClicks(child<QLineEdit>(page, "twilioFromNumberEdit"), u"+15005550006"_s);
    QVERIFY(page.save());
    QCOMPARE(twilioChanged.count(), 1);
    QCOMPARE(SecretStore(m_secretsPath).secret(SecretStore::kTwilioAuthToken.toString()), u"very-secret-token-123"_s);
    QCOMPARE(SecretStore(m_secretsPath).secret(SecretStore::kTwilioApiKeySecret.toString()), u"api-secret-456"_s);
    const QByteArray ini = fileText(m_settingsPath);
    QVERIFY2(ini.contains("fromNumber"), ini.constData());
    QVERIFY2(!ini.contains("very-secret"), ini.constData());
    QVERIFY2(!ini.contains("api-secret"), ini.constData());
    QCOMPARE(QFile(m_secretsPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // Cleared: removed from the store.
    child<QLineEdit>(page, "twilioAuthTokenEdit")->clear();
    QVERIFY(page.save());
    QCOMPARE(twilioChanged.count(), 2);
    QCOMPARE(SecretStore(m_secretsPath).secret(SecretStore::kTwilioAuthToken.toString()), QString());
    QCOMPARE(SecretStore(m_secretsPath).secret(SecretStore::kTwilioApiKeySecret.toString()), u"api-secret-456"_s);
}

void TestSettingsPage::sidFormatsCheckedAsTyped()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    page.show();
    auto* sid = child<QLineEdit>(page, "twilioAccountSidEdit");
    auto* sidMessage = child<QLabel>(page, "twilioAccountSidMessage");
    QVERIFY(!sidMessage->isVisibleTo(&page));
    QTest::keyClicks(sid, u"AC123"_s);
    QCOMPARE(sidMessage->text(), u"The Twilio Account SID must be AC followed by 32 hexadecimal digits."_s);
    QVERIFY(sidMessage->isVisibleTo(&page));
    retype(sid, kAccount);
    QVERIFY(!sidMessage->isVisibleTo(&page));

    QTest::keyClicks(child<QLineEdit>(page, "twilioApiKeySidEdit"), u"SKnothex"_s);
    QCOMPARE(child<QLabel>(page, "twilioApiKeySidMessage")->text(),
             u"The Twilio API key must be SK followed by 32 hexadecimal digits."_s);
    QTest::keyClicks(child<QLineEdit>(page, "twilioFromNumberEdit"), u"5005550006"_s);
    QCOMPARE(child<QLabel>(page, "twilioFromNumberMessage")->text(),
             u"The From number must be in E.164 form: + and the country code, e.g. +15005550006."_s);
    retype(child<QLineEdit>(page, "twilioApiUrlEdit"), u"ftp://example.com"_s);
    QCOMPARE(child<QLabel>(page, "twilioApiUrlMessage")->text(),
             u"The Twilio API address \"ftp://example.com\" is not an http(s) URL."_s);

    // Malformed fields are not saved; the first one gets the focus.
    QVERIFY(!page.save());
    QVERIFY(!QFile::exists(m_settingsPath));
    QTRY_VERIFY(child<QLineEdit>(page, "twilioApiUrlEdit")->hasFocus());
    page.resize(1000, 900);
    screenshot(&page, u"settings-invalid-twilio"_s);
    // The whole configuration's state, in the core's words.
    QCOMPARE(child<QLabel>(page, "twilioStatusLabel")->text(),
             u"Not ready: The Twilio API address \"ftp://example.com\" is not an http(s) URL."_s);

    // A Messaging Service instead: its SID is checked, the From is not (it is not used).
    auto* kind = child<QComboBox>(page, "twilioSenderKindCombo");
    kind->setCurrentIndex(kind->findText(u"Messaging Service"_s));
    QVERIFY(!child<QLabel>(page, "twilioFromNumberMessage")->isVisibleTo(&page));
    QTest::keyClicks(child<QLineEdit>(page, "twilioMessagingServiceSidEdit"), u"MG1"_s);
    QCOMPARE(child<QLabel>(page, "twilioMessagingServiceSidMessage")->text(),
             u"The Messaging Service SID must be MG followed by 32 hexadecimal digits."_s);
}

void TestSettingsPage::senderKinds()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    TFK_VERIFY_OK(secrets.setSecret(SecretStore::kTwilioAuthToken.toString(), u"token-0003"_s));
    SettingsPage page(&settings, &secrets);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(child<QLineEdit>(page, "twilioAccountSidEdit"), kAccount);
    auto* kind = child<QComboBox>(page, "twilioSenderKindCombo");
    auto* from = child<QLineEdit>(page, "twilioFromNumberEdit");
    auto* fromMessage = child<QLabel>(page, "twilioFromNumberMessage");
    auto* fallback = child<QLineEdit>(page, "twilioFallbackFromEdit");
    auto* fallbackMessage = child<QLabel>(page, "twilioFallbackFromMessage");
    auto* hint = child<QLabel>(page, "twilioSenderHint");

    // A short code: the From is checked as one.
    kind->setCurrentIndex(kind->findText(u"Short code"_s));
    QCOMPARE(from->placeholderText(), u"12345"_s);
    QTest::keyClicks(from, u"1234"_s);
    QCOMPARE(fromMessage->text(), u"A short code has 5 or 6 digits; 1234 has 4."_s);
    QTest::keyClicks(from, u"5"_s);
    QVERIFY(!fromMessage->isVisibleTo(&page));
    QVERIFY(!fallback->isVisibleTo(&page));

    // An alphanumeric sender ID: Twilio's rules, each with its sentence, and the fallback number.
    kind->setCurrentIndex(kind->findText(u"Alphanumeric sender ID"_s));
    QCOMPARE(fromMessage->text(), u"An alphanumeric sender ID needs at least one letter; \"12345\" has none."_s);
    QVERIFY(fallback->isVisibleTo(&page));
    QVERIFY(hint->text().contains(u"Not delivered to +1 numbers"_s));
    retype(from, u"ACME-IT"_s);
    QCOMPARE(fromMessage->text(),
             u"An alphanumeric sender ID may hold only the letters A to Z (upper or lower case), the digits 0 to 9 "
             "and spaces; \"ACME-IT\" holds \"-\"."_s);
    retype(from, u"ACME Helpdesk"_s);
    QCOMPARE(fromMessage->text(), u"An alphanumeric sender ID has at most 11 characters; \"ACME Helpdesk\" has 13."_s);
    retype(from, u"ACME IT"_s);
    QVERIFY(!fromMessage->isVisibleTo(&page));
    QTest::keyClicks(fallback, u"15005550006"_s);
    QCOMPARE(fallbackMessage->text(),
             u"The fallback From number must be in E.164 form: + and the country code, e.g. +15005550006."_s);
    QVERIFY(!page.save());
    QTRY_VERIFY(fallback->hasFocus());
    retype(fallback, u"+15005550006"_s);
    QVERIFY(!fallbackMessage->isVisibleTo(&page));
    QCOMPARE(child<QLabel>(page, "twilioStatusLabel")->text(), u"Complete: texts go through Twilio (AC01...cdef)."_s);
    page.resize(1000, 900);
    screenshot(&page, u"settings-alphanumeric-sender"_s);
    QVERIFY(page.save());
    {
        Settings reread(m_settingsPath);
        QCOMPARE(reread.value(Settings::Key::TwilioFromNumber).toString(), u"ACME IT"_s);
        QCOMPARE(reread.value(Settings::Key::TwilioFallbackFromNumber).toString(), u"+15005550006"_s);
        QCOMPARE(reread.value(Settings::Key::TwilioMessagingServiceSid).toString(), QString());
        // A page opened on what was saved shows the same kind.
        SettingsPage again(&reread, &secrets);
        QCOMPARE(child<QComboBox>(again, "twilioSenderKindCombo")->currentText(), u"Alphanumeric sender ID"_s);
        QCOMPARE(child<QLineEdit>(again, "twilioFallbackFromEdit")->text(), u"+15005550006"_s);
    }

    // A Messaging Service replaces both: only its SID is saved.
    kind->setCurrentIndex(kind->findText(u"Messaging Service"_s));
    QVERIFY(!from->isVisibleTo(&page));
    QVERIFY(!fallback->isVisibleTo(&page));
    QTest::keyClicks(child<QLineEdit>(page, "twilioMessagingServiceSidEdit"), u"MG0123456789abcdef0123456789abcdef"_s);
    QVERIFY(page.save());
    Settings reread(m_settingsPath);
    QCOMPARE(reread.value(Settings::Key::TwilioFromNumber).toString(), QString());
    QCOMPARE(reread.value(Settings::Key::TwilioFallbackFromNumber).toString(), QString());
    QCOMPARE(reread.value(Settings::Key::TwilioMessagingServiceSid).toString(),
             u"MG0123456789abcdef0123456789abcdef"_s);
    // What was typed for the other kinds is still there to switch back to.
    QCOMPARE(from->text(), u"ACME IT"_s);
}

void TestSettingsPage::unwritableFileKeepsWhatWasTyped()
{
    // A folder stands where the settings file should be.
    QVERIFY(QDir().mkpath(m_settingsPath));
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    page.show();
    QSignalSpy twilioChanged(&page, &SettingsPage::twilioSettingsChanged);
    QTest::keyClicks(child<QLineEdit>(page, "twilioAccountSidEdit"), kAccount);
    QTest::keyClicks(child<QLineEdit>(page, "twilioAuthTokenEdit"), u"token-0002"_s);
    QVERIFY(!page.save());
    const QString status = child<QLabel>(page, "settingsStatusLabel")->text();
    QVERIFY2(status.startsWith(u"Not saved: The settings could not be written to "_s), qPrintable(status));
    QVERIFY2(status.contains(u"kiosk.conf"_s), qPrintable(status));
    QCOMPARE(child<QLineEdit>(page, "twilioAccountSidEdit")->text(), kAccount);
    QCOMPARE(child<QLineEdit>(page, "twilioAuthTokenEdit")->text(), u"token-0002"_s);
    QVERIFY(page.isModified());
    QCOMPARE(twilioChanged.count(), 0);
    // The running program keeps the saved values, and the token written first is taken back.
    QCOMPARE(settings.value(Settings::Key::TwilioAccountSid).toString(), QString());
    QCOMPARE(secrets.secret(SecretStore::kTwilioAuthToken.toString()), QString());
}

void TestSettingsPage::testSms()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    page.show();
    QSignalSpy requested(&page, &SettingsPage::testSmsRequested);
    auto* number = child<QLineEdit>(page, "testSmsNumberEdit");
    auto* button = child<QPushButton>(page, "testSmsButton");
    auto* result = child<QLabel>(page, "testSmsResultLabel");

    QTest::keyClicks(number, u"555-555-5555"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(result->text(),
             u"+1 555-555-5555 is not a valid phone number in United States: check the area code "
             "and the number of digits."_s);
    QVERIFY(result->isVisibleTo(&page));
    QVERIFY(button->isEnabled());

    retype(number, u"(201) 555-0123"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"+12015550123"_s);
    QCOMPARE(result->text(), u"Sending a test text to +1 201-555-0123…"_s);
    QVERIFY(!button->isEnabled());
    page.showTestSmsResult(false, u"This number cannot receive text messages. (Twilio 21614)"_s);
    QCOMPARE(result->text(), u"This number cannot receive text messages. (Twilio 21614)"_s);
    QVERIFY(button->isEnabled());
    page.showTestSmsResult(true, u"Sent to +1 ... 0123: delivered."_s);
    QCOMPARE(result->text(), u"Sent to +1 ... 0123: delivered."_s);

    // The region chosen on the page (not yet saved) reads a national number.
    auto* region = child<QComboBox>(page, "defaultRegionCombo");
    region->setCurrentIndex(region->findData(u"GB"_s));
    retype(number, u"07911 123456"_s);
    QTest::keyClick(number, Qt::Key_Return);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().first().toString(), u"+447911123456"_s);
}

void TestSettingsPage::spinRangesAreTheRulesRanges()
{
    Settings settings(m_settingsPath);
    SettingsPage page(&settings, nullptr);
    const auto with = [](const QString& rule, qint64 value) {
        tfk::TwoFactorRules r;
        if (rule == u"lookBehindSteps"_s) {
            r.lookBehindSteps = int(value);
        } else if (rule == u"lookAheadSteps"_s) {
            r.lookAheadSteps = int(value);
        } else if (rule == u"challengeLifetimeSeconds"_s) {
            r.challengeLifetimeSeconds = value;
        } else if (rule == u"maxWrongCodes"_s) {
            r.maxWrongCodes = int(value);
        } else if (rule == u"maxWrongCodesPerUserPerHour"_s) {
            r.maxWrongCodesPerUserPerHour = int(value);
        } else if (rule == u"sendCooldownSeconds"_s) {
            r.sendCooldownSeconds = value;
        } else if (rule == u"maxSendsPerPhone"_s) {
            r.maxSendsPerPhone = int(value);
        } else if (rule == u"phoneSendWindowSeconds"_s) {
            r.phoneSendWindowSeconds = value;
        } else if (rule == u"maxSendsPerHour"_s) {
            r.maxSendsPerHour = int(value);
        } else if (rule == u"maxPasswordFailures"_s) {
            r.maxPasswordFailures = int(value);
        } else if (rule == u"passwordFailureWindowSeconds"_s) {
            r.passwordFailureWindowSeconds = value;
        } else if (rule == u"lockoutSeconds"_s) {
            r.lockoutSeconds = value;
        } else if (rule == u"trustLifetimeSeconds"_s) {
            r.trustLifetimeSeconds = value;
        } else {
            r.maxWrongCodes = -1; // an unknown spin box fails below
        }
        return r;
    };
    int ruleSpins = 0;
    const QList<QSpinBox*> spins = page.findChildren<QSpinBox*>();
    for (QSpinBox* spin : spins) {
        if (spin->objectName() == u"twilioTimeoutSpin"_s || spin->objectName() == u"operatorIdleLockSpin"_s) {
            continue;
        }
        ++ruleSpins;
        const QString rule = spin->objectName().chopped(4);
        // The page's bounds are exactly what TwoFactorRules::validate() accepts.
        QVERIFY2(with(rule, spin->minimum()).validate(), qPrintable(rule));
        QVERIFY2(with(rule, spin->maximum()).validate(), qPrintable(rule));
        const auto below = with(rule, spin->minimum() - 1).validate();
        QVERIFY2(!below, qPrintable(rule));
        QCOMPARE(below.error().field, rule);
        const auto above = with(rule, qint64(spin->maximum()) + 1).validate();
        QVERIFY2(!above, qPrintable(rule));
        QCOMPARE(above.error().field, rule);
    }
    QCOMPARE(ruleSpins, 13);
}

void TestSettingsPage::revertDropsEdits()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    page.show();
    QTest::keyClicks(child<QLineEdit>(page, "twilioAccountSidEdit"), u"AC12"_s);
    child<QSpinBox>(page, "lockoutSecondsSpin")->setValue(600);
    QVERIFY(page.isModified());
    QTest::mouseClick(child<QPushButton>(page, "settingsRevertButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(page, "twilioAccountSidEdit")->text(), QString());
    QCOMPARE(child<QSpinBox>(page, "lockoutSecondsSpin")->value(), 180);
    QVERIFY(!child<QLabel>(page, "twilioAccountSidMessage")->isVisibleTo(&page));
    QVERIFY(!page.isModified());
    QVERIFY(!QFile::exists(m_settingsPath));
}

void TestSettingsPage::everyInputHasANameAndALabel()
{
    Settings settings(m_settingsPath);
    SecretStore secrets(m_secretsPath);
    SettingsPage page(&settings, &secrets);
    QSet<QWidget*> buddies;
    const QList<QLabel*> labels = page.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy()) {
            buddies.insert(label->buddy());
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
        }
    }
    QList<QWidget*> inputs;
    for (QLineEdit* w : page.findChildren<QLineEdit*>()) {
        // Spin boxes and combo boxes have line edits of their own inside.
        if (!qobject_cast<QAbstractSpinBox*>(w->parentWidget()) && !qobject_cast<QComboBox*>(w->parentWidget())) {
            inputs << w;
        }
    }
    for (QSpinBox* w : page.findChildren<QSpinBox*>()) {
        inputs << w;
    }
    for (QComboBox* w : page.findChildren<QComboBox*>()) {
        inputs << w;
    }
    for (QPlainTextEdit* w : page.findChildren<QPlainTextEdit*>()) {
        inputs << w;
    }
    // Twilio edits (with the fallback number) + spins + combos (sender kind, region, language) + template +
    // database + organisation, logo, helpdesk phone + identity checks
    QCOMPARE(inputs.size(), 9 + 15 + 3 + 1 + 1 + 3 + 1);
    for (QWidget* input : std::as_const(inputs)) {
        QVERIFY2(!input->objectName().isEmpty(), input->metaObject()->className());
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        QVERIFY2(buddies.contains(input), qPrintable(input->objectName()));
    }
    for (QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
        QVERIFY2(!button->objectName().isEmpty(), qPrintable(button->text()));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    }
}

void TestSettingsPage::durationsInDaysAndMinutesSaveSeconds()
{
    Settings settings(m_settingsPath);
    SettingsPage page(&settings, nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* trust = child<QSpinBox>(page, "trustLifetimeSecondsSpin");
    // Typed in days, kept in seconds.
    trust->setFocus();
    trust->selectAll();
    QTest::keyClicks(trust, u"7"_s);
    QTest::keyClick(trust, Qt::Key_Tab);
    QCOMPARE(trust->value(), 7 * 86400);
    QCOMPARE(trust->text(), u"7 days"_s);
    // The arrow keys step by a whole day.
    trust->setFocus();
    QTest::keyClick(trust, Qt::Key_Up);
    QCOMPARE(trust->value(), 8 * 86400);
    auto* lockout = child<QSpinBox>(page, "lockoutSecondsSpin");
    lockout->setFocus();
    lockout->selectAll();
    QTest::keyClicks(lockout, u"15"_s);
    QTest::keyClick(lockout, Qt::Key_Tab);
    QCOMPARE(lockout->value(), 900);
    auto* idle = child<QSpinBox>(page, "operatorIdleLockSpin");
    idle->setFocus();
    idle->selectAll();
    QTest::keyClicks(idle, u"2"_s);
    QTest::keyClick(idle, Qt::Key_Tab);
    // A stored value that is no whole number of minutes shows as it is and is kept.
    child<QSpinBox>(page, "challengeLifetimeSecondsSpin")->setValue(90);
    QCOMPARE(child<QSpinBox>(page, "challengeLifetimeSecondsSpin")->text(), u"1.5 minutes"_s);
    QVERIFY(page.save());
    Settings reread(m_settingsPath);
    QCOMPARE(reread.rules().trustLifetimeSeconds, 8 * 86400);
    QCOMPARE(reread.rules().lockoutSeconds, 900);
    QCOMPARE(reread.rules().challengeLifetimeSeconds, 90);
    QCOMPARE(reread.value(Settings::Key::OperatorIdleLockSeconds).toInt(), 120);
    const QByteArray ini = fileText(m_settingsPath);
    QVERIFY2(ini.contains("trustLifetimeSeconds=691200"), ini.constData());
    QVERIFY2(ini.contains("idleLockSeconds=120"), ini.constData());
}

void TestSettingsPage::kioskAndHelpdeskSettings()
{
    Settings settings(m_settingsPath);
    SettingsPage page(&settings, nullptr);
    page.show();
    QSignalSpy kioskChanged(&page, &SettingsPage::kioskSettingsChanged);
    // The default identity checks, one per line.
    auto* methods = child<QPlainTextEdit>(page, "identityCheckMethodsEdit");
    QCOMPARE(methods->toPlainText(), settings.identityCheckMethods().join(u'\n'));
    QTest::keyClicks(child<QLineEdit>(page, "organizationNameEdit"), u"Hooli IT"_s);
    QTest::keyClicks(child<QLineEdit>(page, "helpdeskPhoneEdit"), u"+1 201 555 0100"_s);
    methods->setPlainText(u"Photo ID seen\n\n  Manager vouched by phone  \n"_s);
    auto* logo = child<QLineEdit>(page, "organizationLogoEdit");
    QTest::keyClicks(logo, m_dir->filePath(u"missing.png"_s));
    QVERIFY(child<QLabel>(page, "organizationLogoMessage")->isVisibleTo(&page));
    logo->clear();
    QVERIFY(!child<QLabel>(page, "organizationLogoMessage")->isVisibleTo(&page));
    QVERIFY(page.save());
    QCOMPARE(kioskChanged.count(), 1);
    Settings reread(m_settingsPath);
    QCOMPARE(reread.value(Settings::Key::OrganizationName).toString(), u"Hooli IT"_s);
    QCOMPARE(reread.value(Settings::Key::HelpdeskPhone).toString(), u"+1 201 555 0100"_s);
    QCOMPARE(reread.identityCheckMethods(), (QStringList {u"Photo ID seen"_s, u"Manager vouched by phone"_s}));
    page.resize(1100, 1000);
    screenshot(&page, u"settings-kiosk"_s);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
