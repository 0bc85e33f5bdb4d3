#include "DataKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QtCrypto>

#include <optional>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr int kHttpStatus = 500;
// A key file is 44 characters and a newline; anything much larger is not a key file, so it is not read.
constexpr qint64 kMaxFileSize = 256;
// Creating a key takes milliseconds; waiting longer means another program is stuck holding the lock.
constexpr int kLockTimeoutMs = 10000;
constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDirectory = kOwnerOnlyFile | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOrOtherAccess = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

std::unexpected<Error> failWith(QString code, QString message)
{
    return fail(Error {std::move(code), std::move(message), kHttpStatus, {}, 0});
}

// Only the canonical base64 of exactly 32 bytes (one trailing newline allowed): a key that merely
// decodes is not accepted, so a truncated or hand-edited key is reported instead of half-used.
std::optional<QByteArray> decodeKeyText(QByteArray text)
{
    if (text.endsWith("\r\n")) {
        text.chop(2);
    } else if (text.endsWith('\n')) {
        text.chop(1);
    }
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != DataKey::kSize || decoded.decoded.toBase64() != text) {
        return std::nullopt;
    }
    return decoded.decoded;
}

QString fileSource(const QString& path)
{
    return DataKey::tr("the file %1").arg(QDir::toNativeSeparators(path));
}

// Creates the missing directories of path, each 0700; directories that exist are left alone.
bool makeOwnerOnlyPath(const QString& directory)
{
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current) {
            break;
        }
        current = parent;
    }
    for (const QString& path : std::as_const(missing)) {
        if (!QDir().mkdir(path, kOwnerOnlyDirectory) && !QFileInfo(path).isDir()) {
            return false;
        }
    }
    return QFileInfo(directory).isDir();
}

} // namespace

Result<DataKey> DataKey::load(const QString& keyFilePath, bool createIfMissing, const QProcessEnvironment& environment)
{
    const QString variable = QString::fromLatin1(kEnvironmentVariable);
    if (environment.contains(variable)) {
        // An empty variable is reported rather than ignored: falling back to a file the operator did
        // not mean could seal secrets under the wrong key.
        auto bytes = decodeKeyText(environment.value(variable).toLatin1());
        if (!bytes) {
            return failWith(u"[DataKeyInvalid]"_s,
                            tr("The environment variable %1 does not hold a data key: it must be the base64 "
                               "text of exactly %2 bytes.")
                                .arg(variable)
                                .arg(kSize));
        }
        return DataKey(std::move(*bytes), tr("the environment variable %1").arg(variable));
    }

    if (keyFilePath.isEmpty()) {
        return failWith(u"[DataKeyMissing]"_s,
                        tr("No data key file is configured and the environment variable %1 is not set.").arg(variable));
    }
    if (QFileInfo::exists(keyFilePath)) {
        return loadFromFile(keyFilePath);
    }
    if (!createIfMissing) {
        return failWith(u"[DataKeyMissing]"_s,
                        tr("The data key file %1 does not exist. Restore it from your backup or set the "
                           "environment variable %2; a new key cannot read the two-factor secrets sealed "
                           "under the old one.")
                            .arg(QDir::toNativeSeparators(keyFilePath), variable));
    }
    return createFile(keyFilePath);
}

DataKey DataKey::fromBytes(const QByteArray& bytes)
{
    Q_ASSERT(bytes.size() == kSize);
    return DataKey(bytes, tr("a key given in code"));
}

Result<DataKey> DataKey::loadFromFile(const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failWith(u"[DataKeyUnreadable]"_s,
                        tr("The data key file %1 cannot be read: %2.").arg(nativePath, file.errorString()));
    }
    const QByteArray text = file.read(kMaxFileSize + 1);
    auto bytes = decodeKeyText(text);
    if (!bytes) {
        return failWith(u"[DataKeyInvalid]"_s,
                        tr("The data key file %1 does not hold a data key: it must contain only the base64 "
                           "text of exactly %2 bytes.")
                            .arg(nativePath)
                            .arg(kSize));
    }
    QString warning;
#ifdef Q_OS_UNIX
    // Told, not fixed: a silent chmod would hide that the key may already have been copied.
    if (file.permissions() & kGroupOrOtherAccess) {
        warning = tr("The data key file %1 can be read or changed by other users; restrict it with "
                     "\"chmod 600 %1\".")
                      .arg(nativePath);
    }
#endif
    return DataKey(std::move(*bytes), fileSource(path), warning);
}

Result<DataKey> DataKey::createFile(const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString directory = QFileInfo(path).absolutePath();
    if (!makeOwnerOnlyPath(directory)) {
        return failWith(
            u"[DataKeyNotCreated]"_s,
            tr("The folder %1 for the data key cannot be created.").arg(QDir::toNativeSeparators(directory)));
    }

    // Two instances starting at once must not each write their own key: the later rename would replace
    // the key the first one is already sealing secrets with.
    QLockFile lock(path + u".lock"_s);
    if (!lock.tryLock(kLockTimeoutMs)) {
        return failWith(u"[DataKeyNotCreated]"_s,
                        tr("The data key file %1 cannot be created: another program holds the lock %2.lock.")
                            .arg(nativePath, nativePath));
    }
    if (QFileInfo::exists(path)) {
        return loadFromFile(path);
    }

    const QByteArray key = QCA::Random::randomArray(kSize).toByteArray();
    if (key.size() != kSize) {
        return failWith(u"[DataKeyNotCreated]"_s,
                        tr("The data key file %1 cannot be created: no random numbers are available.").arg(nativePath));
    }
    QSaveFile file(path);
    // Permissions before the first byte is written, so the key is never on disk readable by others.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile)
        || file.write(key.toBase64() + '\n') < 0 || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failWith(u"[DataKeyNotCreated]"_s,
                        tr("The data key file %1 cannot be created: %2.").arg(nativePath, reason));
    }
    return DataKey(key, fileSource(path),
                   tr("A new data key was created in %1. Back it up now: without it the two-factor secrets "
                      "cannot be read.")
                       .arg(nativePath),
                   true);
}

} // namespace tfk
