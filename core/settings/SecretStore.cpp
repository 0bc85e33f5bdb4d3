#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef TFK_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOtherAccess = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
// A secrets file is a few hundred bytes; anything far larger is not ours and is not read.
constexpr qint64 kMaxFileSize = 64 * 1024;
const QByteArray kHeader
    = "# TwoFactorKiosk secrets (Twilio, proxy, database, backups): readable only by you, not encrypted.\n"
      "# One name=value per line, both percent-encoded UTF-8.\n";

std::unexpected<Error> notSaved(const QString& message)
{
    return fail(Error {u"[SecretNotSaved]"_s, message, 500});
}

#ifdef TFK_HAVE_QTKEYCHAIN
// QtKeychain works with jobs; the few secrets are read and written rarely, so waiting here is fine.
template <typename Job> void runJob(Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

const QString kKeychainService = u"TwoFactorKiosk"_s;

// Scoped by the file path, so a demo settings file and a production one keep apart.
QString keychainKey(const QString& name, const QString& path)
{
    return name % u" ("_s % QFileInfo(path).absoluteFilePath() % u')';
}

struct KeychainRead
{
    QKeychain::Error error = QKeychain::NoError;
    QString value;
    QString errorString;
};

KeychainRead readKeychain(const QString& key)
{
    QKeychain::ReadPasswordJob job(kKeychainService);
    job.setKey(key);
    runJob(job);
    return {job.error(), job.error() == QKeychain::NoError ? job.textData() : QString(), job.errorString()};
}

// NoError or the keychain's sentence.
QString writeKeychain(const QString& key, const QString& value)
{
    QKeychain::WritePasswordJob job(kKeychainService);
    job.setKey(key);
    job.setTextData(value);
    runJob(job);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

QString deleteKeychain(const QString& key)
{
    QKeychain::DeletePasswordJob job(kKeychainService);
    job.setKey(key);
    runJob(job);
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound ? QString() : job.errorString();
}
#endif

} // namespace

SecretStore::SecretStore(const QString& path, Storage storage)
    : m_path(path)
{
    if (!keychainAnswers()) {
        return;
    }
    if (storage == Storage::Keychain) {
        m_keychain = true;
        moveFileToKeychain();
    } else {
        m_fileByChoice = true;
        moveKeychainToFile();
    }
}

bool SecretStore::keychainAnswers()
{
#ifdef TFK_HAVE_QTKEYCHAIN
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a session bus no Secret Service can answer; asking anyway would make libsecret try to
    // start one (and wait for it). Tests set DBUS_SESSION_BUS_ADDRESS=disabled: for the same reason.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    if (bus.startsWith("disabled:")
        || (bus.isEmpty()
            && (runtimeDir.isEmpty() || !QFileInfo::exists(QString::fromLocal8Bit(runtimeDir) % u"/bus"_s)))) {
        return false;
    }
#endif
    if (!QKeychain::isAvailable()) {
        return false;
    }
    // An entry nobody writes: "not found" means a keychain answered; anything else means none did.
    const KeychainRead probe = readKeychain(u"availability probe"_s);
    return probe.error == QKeychain::NoError || probe.error == QKeychain::EntryNotFound;
#else
    return false;
#endif
}

QString SecretStore::pathBeside(const QString& settingsPath)
{
    return QFileInfo(settingsPath).absolutePath() % u"/secrets.ini"_s;
}

QStringList SecretStore::knownNames()
{
    return {kTwilioAuthToken.toString(), kTwilioApiKeySecret.toString(), kTwilioProxyPassword.toString(),
            kDatabasePassword.toString(), kBackupPassphrase.toString()};
}

bool SecretStore::isKnownName(const QString& name)
{
    return knownNames().contains(name);
}

void SecretStore::moveFileToKeychain()
{
#ifdef TFK_HAVE_QTKEYCHAIN
    QMap<QString, QString> entries = readFile();
    if (entries.isEmpty()) {
        return;
    }
    for (auto it = entries.begin(); it != entries.end();) {
        // Written to the keychain and read back before it leaves the file: a secret is never in neither.
        const QString key = keychainKey(it.key(), m_path);
        const QString problem = writeKeychain(key, it.value());
        if (problem.isEmpty() && readKeychain(key).value == it.value()) {
            it = entries.erase(it);
        } else {
            m_moveProblems.append(tr("The secret %1 stays in %2: the system keychain did not take it (%3).")
                                      .arg(it.key(), QDir::toNativeSeparators(m_path), problem));
            ++it;
        }
    }
    if (auto written = writeFile(entries); !written) {
        m_moveProblems.append(written.error().message);
    }
#endif
}

void SecretStore::moveKeychainToFile()
{
#ifdef TFK_HAVE_QTKEYCHAIN
    QMap<QString, QString> entries = readFile();
    QStringList moved;
    for (const QString& name : knownNames()) {
        const KeychainRead read = readKeychain(keychainKey(name, m_path));
        if (read.error != QKeychain::NoError) {
            continue;
        }
        entries.insert(name, read.value);
        moved.append(name);
    }
    if (moved.isEmpty()) {
        return;
    }
    // The file first, then the keychain's copies go: a failure leaves the secret where it was.
    if (auto written = writeFile(entries); !written) {
        m_moveProblems.append(written.error().message);
        return;
    }
    for (const QString& name : std::as_const(moved)) {
        if (const QString problem = deleteKeychain(keychainKey(name, m_path)); !problem.isEmpty()) {
            m_moveProblems.append(
                tr("The secret %1 was copied to %2 but could not be removed from the system keychain: %3")
                    .arg(name, QDir::toNativeSeparators(m_path), problem));
        }
    }
#endif
}

Result<void> SecretStore::setSecret(const QString& name, const QString& value)
{
#ifdef TFK_HAVE_QTKEYCHAIN
    if (m_keychain) {
        const QString key = keychainKey(name, m_path);
        if (value.isEmpty()) {
            if (const QString problem = deleteKeychain(key); !problem.isEmpty()) {
                return notSaved(tr("The secret could not be removed from the system keychain: %1").arg(problem));
            }
            // A copy the file may still hold (a move that failed earlier) goes too.
            return setInFile(name, {});
        }
        if (const QString problem = writeKeychain(key, value); !problem.isEmpty()) {
            return notSaved(tr("The secret could not be saved in the system keychain: %1").arg(problem));
        }
        return setInFile(name, {});
    }
#endif
    return setInFile(name, value);
}

Result<void> SecretStore::setInFile(const QString& name, const QString& value) const
{
    QMap<QString, QString> entries = readFile();
    if (value.isEmpty()) {
        if (!entries.contains(name)) {
            return {};
        }
        entries.remove(name);
    } else {
        if (entries.value(name) == value) {
            return {};
        }
        entries.insert(name, value);
    }
    return writeFile(entries);
}

QString SecretStore::secret(const QString& name) const
{
#ifdef TFK_HAVE_QTKEYCHAIN
    if (m_keychain) {
        const KeychainRead read = readKeychain(keychainKey(name, m_path));
        if (read.error == QKeychain::NoError) {
            return read.value;
        }
        // Not moved yet (the keychain refused it at start): the file still has it.
    }
#endif
    return readFile().value(name);
}

QString SecretStore::whereDescription() const
{
    return m_keychain ? tr("the system keychain") : QDir::toNativeSeparators(m_path);
}

QString SecretStore::storageWarning() const
{
    if (m_keychain) {
        return {};
    }
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_fileByChoice) {
        return tr("The auth token is kept in %1, readable only by you, because secrets/storage is \"file\"; "
                  "the system keychain is not used.")
            .arg(file);
    }
#ifdef Q_OS_UNIX
    // Told, not fixed: a silent chmod would hide that the token may already have been copied.
    if (QFileInfo::exists(m_path) && (QFile(m_path).permissions() & kGroupOrOtherAccess)) {
        return tr("The auth token is kept in %1, which other users can read: restrict it with \"chmod 600 %1\"; "
                  "no system keychain is available.")
            .arg(file);
    }
#endif
    return tr("The auth token is kept in %1, readable only by you; no system keychain is available.").arg(file);
}

QMap<QString, QString> SecretStore::readFile() const
{
    QMap<QString, QString> entries;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize) {
        return entries;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype equals = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || equals <= 0) {
            continue;
        }
        entries.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(line.left(equals))),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(line.mid(equals + 1))));
    }
    return entries;
}

Result<void> SecretStore::writeFile(const QMap<QString, QString>& entries) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (entries.isEmpty()) {
        // No secrets left: no file left that looks like it might hold one.
        if (QFileInfo::exists(m_path) && !QFile::remove(m_path)) {
            return notSaved(tr("The secret could not be removed: %1 cannot be deleted.").arg(file));
        }
        return {};
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return notSaved(tr("The secret could not be saved: the folder %1 cannot be created.")
                            .arg(QDir::toNativeSeparators(folder)));
    }
    QByteArray text = kHeader;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        text += it.key().toUtf8().toPercentEncoding("/") + '=' + it.value().toUtf8().toPercentEncoding() + '\n';
    }
    QSaveFile out(m_path);
    // Owner-only before the first byte is written, so the token is never on disk readable by others.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnlyFile) || out.write(text) != text.size()
        || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return notSaved(tr("The secret could not be saved to %1: %2.").arg(file, reason));
    }
    return {};
}

} // namespace tfk
