// The keychain path of SecretStore against a real Secret Service: gnome-keyring-daemon on a private
// D-Bus session (tests/support/with-secret-service.sh starts both and always stops them). Checked from
// outside with secret-tool, so the secrets are seen in the keychain itself, not only through the class.

#include "ResultAssertions.h"
#include "settings/SecretStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::SecretStore;

namespace {

// What the Secret Service holds for a name, asked with libsecret's own tool (QtKeychain stores the
// entry under the attributes server=<service>, user=<key>).
QString lookedUp(const QString& name, const QString& path)
{
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"server"_s, u"TwoFactorKiosk"_s, u"user"_s, name % u" ("_s % path % u')'});
    if (!tool.waitForFinished(10000)) {
        return u"<secret-tool did not finish>"_s;
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

QByteArray fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSecretKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretsGoToTheKeychain();
    void fromTheFileIntoTheKeychain();
    void fromTheKeychainBackIntoTheFile();
    void noSessionBusMeansTheFile();

private:
    QTemporaryDir m_dir;
};

void TestSecretKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-secret-service.sh");
    QVERIFY(SecretStore::keychainAnswers());
}

void TestSecretKeychain::secretsGoToTheKeychain()
{
    const QString path = m_dir.filePath(u"direct/secrets.ini"_s);
    SecretStore store(path);
    QVERIFY(store.usesKeychain());
    QCOMPARE(store.storageWarning(), QString());
    TFK_VERIFY_OK(store.setSecret(SecretStore::kTwilioAuthToken.toString(), u"token-in-keychain-1"_s));
    TFK_VERIFY_OK(store.setSecret(SecretStore::kDatabasePassword.toString(), u"pg pass wörd"_s));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(lookedUp(u"twilio/authToken"_s, path), u"token-in-keychain-1"_s);
    QCOMPARE(lookedUp(u"database/password"_s, path), u"pg pass wörd"_s);
    QCOMPARE(SecretStore(path).secret(u"database/password"_s), u"pg pass wörd"_s);

    TFK_VERIFY_OK(store.setSecret(SecretStore::kTwilioAuthToken.toString(), QString()));
    QCOMPARE(lookedUp(u"twilio/authToken"_s, path), QString());
    QCOMPARE(store.secret(SecretStore::kTwilioAuthToken.toString()), QString());
}

void TestSecretKeychain::fromTheFileIntoTheKeychain()
{
    const QString path = m_dir.filePath(u"tokeychain/secrets.ini"_s);
    {
        SecretStore file(path, SecretStore::Storage::File);
        QVERIFY(!file.usesKeychain());
        QVERIFY(file.storageWarning().contains(u"secrets/storage"_s));
        TFK_VERIFY_OK(file.setSecret(SecretStore::kTwilioApiKeySecret.toString(), u"api-secret-2"_s));
        TFK_VERIFY_OK(file.setSecret(SecretStore::kTwilioProxyPassword.toString(), u"proxy-pass-3"_s));
    }
    QVERIFY(fileText(path).contains("api-secret-2"));
    QCOMPARE(lookedUp(u"twilio/apiKeySecret"_s, path), QString());

    // secrets/storage back to "keychain": the next start moves everything over and removes the file.
    SecretStore keychain(path);
    QVERIFY(keychain.usesKeychain());
    QCOMPARE(keychain.moveProblems(), QStringList());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(keychain.secret(SecretStore::kTwilioApiKeySecret.toString()), u"api-secret-2"_s);
    QCOMPARE(lookedUp(u"twilio/apiKeySecret"_s, path), u"api-secret-2"_s);
    QCOMPARE(lookedUp(u"twilio/proxyPassword"_s, path), u"proxy-pass-3"_s);
}

void TestSecretKeychain::fromTheKeychainBackIntoTheFile()
{
    const QString path = m_dir.filePath(u"tofile/secrets.ini"_s);
    {
        SecretStore keychain(path);
        QVERIFY(keychain.usesKeychain());
        TFK_VERIFY_OK(keychain.setSecret(SecretStore::kBackupPassphrase.toString(), u"backup passphrase 4"_s));
        TFK_VERIFY_OK(keychain.setSecret(SecretStore::kTwilioAuthToken.toString(), u"token-5"_s));
    }
    QVERIFY(!QFile::exists(path));

    SecretStore file(path, SecretStore::Storage::File);
    QVERIFY(!file.usesKeychain());
    QCOMPARE(file.moveProblems(), QStringList());
    QCOMPARE(file.secret(SecretStore::kBackupPassphrase.toString()), u"backup passphrase 4"_s);
    QCOMPARE(file.secret(SecretStore::kTwilioAuthToken.toString()), u"token-5"_s);
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(fileText(path).contains("token-5"));
    // Gone from the keychain: one copy, in one place.
    QCOMPARE(lookedUp(u"twilio/authToken"_s, path), QString());
    QCOMPARE(lookedUp(u"backup/passphrase"_s, path), QString());
}

void TestSecretKeychain::noSessionBusMeansTheFile()
{
    // The same machine without a session bus (a service, an ssh login): the file, with its warning.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    const QString path = m_dir.filePath(u"nobus/secrets.ini"_s);
    SecretStore store(path);
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QVERIFY(!store.usesKeychain());
    QVERIFY(store.storageWarning().contains(u"no system keychain"_s));
    TFK_VERIFY_OK(store.setSecret(SecretStore::kTwilioAuthToken.toString(), u"token-6"_s));
    QVERIFY(fileText(path).contains("token-6"));
    QCOMPARE(lookedUp(u"twilio/authToken"_s, path), QString());
}

QTEST_GUILESS_MAIN(TestSecretKeychain)
#include "tst_secretkeychain.moc"
