#pragma once

// Where the secrets live (the Twilio auth token and API key secret, the PostgreSQL and proxy passwords,
// the backup passphrase): never in the settings file, but in the OS keychain (QtKeychain: the Secret
// Service on Linux) when one answers, or else in an owner-only (0600) file beside the settings, with a
// warning the Settings screen shows. Moving between the two (the keychain appears, or secrets/storage
// says "file") carries every secret over.

#include "common/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tfk {

class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(tfk::SecretStore)

public:
    // The names the program uses (Runtime reads them into TwilioConfig and the database settings).
    static constexpr QStringView kTwilioAuthToken = u"twilio/authToken";
    static constexpr QStringView kTwilioApiKeySecret = u"twilio/apiKeySecret";
    static constexpr QStringView kTwilioProxyPassword = u"twilio/proxyPassword";
    static constexpr QStringView kDatabasePassword = u"database/password";
    static constexpr QStringView kBackupPassphrase = u"backup/passphrase";

    enum class Storage
    {
        Keychain, // the OS keychain when one answers, else the file
        File, // always the file (secrets/storage=file); what a keychain held moves into it
    };

    // `path` is the fallback file (and names the keychain entries); see pathBeside().
    explicit SecretStore(const QString& path, Storage storage = Storage::Keychain);

    // "secrets.ini" in the folder of a settings file.
    static QString pathBeside(const QString& settingsPath);
    // Every secret the program keeps (the ones carried over between the keychain and the file).
    static QStringList knownNames();
    // True when one of knownNames().
    static bool isKnownName(const QString& name);

    // Stores a secret; an empty value removes it. "[SecretNotSaved]" with a sentence naming the file and
    // the cause (read-only folder, full disk) or the keychain's complaint; nothing is half-written.
    Result<void> setSecret(const QString& name, const QString& value);
    // The stored secret, empty when there is none (or it cannot be read).
    QString secret(const QString& name) const;
    QString path() const { return m_path; }
    // True when secrets go to the system keychain rather than the file.
    bool usesKeychain() const { return m_keychain; }
    // Empty with a keychain; otherwise a sentence saying where the secrets are and who can read them.
    QString storageWarning() const;
    // Sentences about secrets that could not be carried between the keychain and the file (empty when
    // everything moved); the move is tried again at the next start.
    const QStringList& moveProblems() const { return m_moveProblems; }
    // "the system keychain (Secret Service)" or the file's path: for commands and logs.
    QString whereDescription() const;

    // True when a keychain answers on this computer now (on Linux: a Secret Service on the session bus).
    static bool keychainAnswers();

private:
    // The file's entries; an unreadable or missing file reads as empty.
    QMap<QString, QString> readFile() const;
    Result<void> writeFile(const QMap<QString, QString>& entries) const;
    Result<void> setInFile(const QString& name, const QString& value) const;
    void moveFileToKeychain();
    void moveKeychainToFile();

    QString m_path;
    bool m_keychain = false;
    bool m_fileByChoice = false; // a keychain answered, but secrets/storage says "file"
    QStringList m_moveProblems;
};

} // namespace tfk
