#include "ResultAssertions.h"
#include "settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void rulesRoundTripThroughTheFile();
    void pathsFollowTheSettingsFile();
    void unwritableFileIsReported();

private:
    QTemporaryDir m_dir;
};

void TestSettings::defaults()
{
    Settings settings(m_dir.filePath(u"defaults.conf"_s));
    QCOMPARE(settings.value(Settings::Key::DefaultRegion).toString(), u"US"_s);
    QCOMPARE(settings.value(Settings::Key::AllowTestNumbers).toBool(), false);
    QCOMPARE(settings.value(Settings::Key::TwilioApiUrl).toString(), u"https://api.twilio.com"_s);
    QCOMPARE(settings.value(Settings::Key::TwilioTimeoutSeconds).toInt(), 15);
    QCOMPARE(settings.rules().maxWrongCodes, 5);
    QCOMPARE(settings.keyName(Settings::Key::LockoutSeconds), u"rules/lockoutSeconds"_s);
}

void TestSettings::rulesRoundTripThroughTheFile()
{
    const QString path = m_dir.filePath(u"rules.conf"_s);
    {
        Settings settings(path);
        tfk::TwoFactorRules rules;
        rules.lookBehindSteps = 4;
        rules.maxSendsPerHour = 42;
        rules.smsTemplate = u"Código: {code}"_s;
        settings.setRules(rules);
        settings.setValue(Settings::Key::DefaultRegion, u"DE"_s);
        TFK_VERIFY_OK(settings.save());
    }
    Settings reread(path);
    QCOMPARE(reread.rules().lookBehindSteps, 4);
    QCOMPARE(reread.rules().maxSendsPerHour, 42);
    QCOMPARE(reread.rules().smsTemplate, u"Código: {code}"_s);
    QCOMPARE(reread.rules().lockoutSeconds, qint64(180)); // untouched: still the default
    QCOMPARE(reread.phoneOptions().defaultRegion, u"DE"_s);
    // The file holds what was changed, readable by a person.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("lookBehindSteps=4"), text.constData());
    QVERIFY(!text.contains("lockoutSeconds"));
}

void TestSettings::pathsFollowTheSettingsFile()
{
    Settings settings(m_dir.filePath(u"sub/kiosk.conf"_s));
    QCOMPARE(settings.dataKeyPath(), m_dir.filePath(u"sub/data.key"_s));
    QVERIFY(settings.databasePath().endsWith(u"twofactor-kiosk.db"_s));
    settings.setValue(Settings::Key::DatabasePath, u"/srv/kiosk/users.db"_s);
    QCOMPARE(settings.databasePath(), u"/srv/kiosk/users.db"_s);
}

void TestSettings::unwritableFileIsReported()
{
    // A folder stands where the file should be.
    const QString path = m_dir.filePath(u"blocked.conf"_s);
    QVERIFY(QDir().mkpath(path));
    Settings settings(path);
    settings.setValue(Settings::Key::DefaultRegion, u"GB"_s);
    const auto saved = settings.save();
    TFK_VERIFY_ERROR(saved, "[SettingsNotSaved]");
    QVERIFY(saved.error().message.contains(u"blocked.conf"_s));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
