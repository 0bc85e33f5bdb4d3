#pragma once

// Where the Twilio auth token and API key secret live: never in the settings file, but in the
// system keychain (QtKeychain, when the build has it and a keychain answers) or else in an owner-only
// (0600) file beside the settings, with a warning the Settings screen shows.

#include "common/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace tfk {

class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(tfk::SecretStore)

public:
    // The names the program uses (Runtime reads them into TwilioConfig).
    static constexpr QStringView kTwilioAuthToken = u"twilio/authToken";
    static constexpr QStringView kTwilioApiKeySecret = u"twilio/apiKeySecret";

    // `path` is the fallback file (and names the keychain entries' service); see pathBeside().
    explicit SecretStore(const QString& path);

    // "secrets.ini" in the folder of a settings file.
    static QString pathBeside(const QString& settingsPath);

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

private:
    // The file's entries; an unreadable or missing file reads as empty.
    QMap<QString, QString> readFile() const;
    Result<void> writeFile(const QMap<QString, QString>& entries) const;

    QString m_path;
    bool m_keychain = false;
};

} // namespace tfk
