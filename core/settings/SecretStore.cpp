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
const QByteArray kHeader = "# TwoFactorKiosk secrets (Twilio credentials): readable only by you, not encrypted.\n"
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
#endif

} // namespace

SecretStore::SecretStore(const QString& path)
    : m_path(path)
{
#ifdef TFK_HAVE_QTKEYCHAIN
    m_keychain = QKeychain::isAvailable();
#endif
}

QString SecretStore::pathBeside(const QString& settingsPath)
{
    return QFileInfo(settingsPath).absolutePath() % u"/secrets.ini"_s;
}

Result<void> SecretStore::setSecret(const QString& name, const QString& value)
{
#ifdef TFK_HAVE_QTKEYCHAIN
    if (m_keychain) {
        if (value.isEmpty()) {
            QKeychain::DeletePasswordJob job(kKeychainService);
            job.setKey(keychainKey(name, m_path));
            runJob(job);
            if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
                return notSaved(
                    tr("The secret could not be removed from the system keychain: %1").arg(job.errorString()));
            }
            return {};
        }
        QKeychain::WritePasswordJob job(kKeychainService);
        job.setKey(keychainKey(name, m_path));
        job.setTextData(value);
        runJob(job);
        if (job.error() != QKeychain::NoError) {
            return notSaved(tr("The secret could not be saved in the system keychain: %1").arg(job.errorString()));
        }
        return {};
    }
#endif
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
        QKeychain::ReadPasswordJob job(kKeychainService);
        job.setKey(keychainKey(name, m_path));
        runJob(job);
        return job.error() == QKeychain::NoError ? job.textData() : QString();
    }
#endif
    return readFile().value(name);
}

QString SecretStore::storageWarning() const
{
    if (m_keychain) {
        return {};
    }
    const QString file = QDir::toNativeSeparators(m_path);
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
