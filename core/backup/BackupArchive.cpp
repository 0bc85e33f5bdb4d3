#include "BackupArchive.h"

#include "crypto/ConstantTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtCrypto>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

constexpr char kMagic[] = "\x89TFKBAK\n";
constexpr int kMagicSize = 8;
constexpr quint8 kKdfArgon2id13 = 1;
constexpr int kDerivedSize = 64; // AES key, then the passphrase-check key
constexpr int kCheckSize = 16;
constexpr QByteArrayView kCheckLabel = "tfk backup v1 passphrase check";

// Offsets in the header (see BackupArchive.h).
constexpr int kOffsetVersion = 8;
constexpr int kOffsetContents = 10;
constexpr int kOffsetKdf = 11;
constexpr int kOffsetOps = 12;
constexpr int kOffsetMem = 16;
constexpr int kOffsetSalt = 20;
constexpr int kOffsetNonce = 36;
constexpr int kOffsetCheck = 48;
constexpr int kOffsetLength = 64;
static_assert(kOffsetLength + 8 == BackupArchive::kHeaderSize);

std::unexpected<Error> failWith(QString code, QString message)
{
    return fail(Error {std::move(code), std::move(message), 500, {}, 0});
}

// 64 bytes derived from the passphrase and wiped when it goes out of scope.
class DerivedKeys
{
public:
    DerivedKeys() = default;
    ~DerivedKeys() { sodium_memzero(m_bytes, sizeof m_bytes); }
    DerivedKeys(const DerivedKeys&) = delete;
    DerivedKeys& operator=(const DerivedKeys&) = delete;

    bool derive(const QString& passphrase, const QByteArray& salt, const PasswordHashingLimits& limits)
    {
        QByteArray utf8 = passphrase.toUtf8();
        const int result = crypto_pwhash(m_bytes, kDerivedSize, utf8.constData(), quint64(utf8.size()),
                                         reinterpret_cast<const unsigned char*>(salt.constData()), limits.opsLimit,
                                         limits.memLimit, crypto_pwhash_ALG_ARGON2ID13);
        sodium_memzero(utf8.data(), size_t(utf8.size()));
        return result == 0;
    }
    QByteArray aesKey() const { return QByteArray(reinterpret_cast<const char*>(m_bytes), 32); }
    QByteArray check() const
    {
        unsigned char mac[crypto_auth_hmacsha256_BYTES];
        crypto_auth_hmacsha256_state state;
        crypto_auth_hmacsha256_init(&state, m_bytes + 32, 32);
        crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(kCheckLabel.data()),
                                      quint64(kCheckLabel.size()));
        crypto_auth_hmacsha256_final(&state, mac);
        return QByteArray(reinterpret_cast<const char*>(mac), kCheckSize);
    }

private:
    unsigned char m_bytes[kDerivedSize] = {};
};

QByteArray sha256(QByteArrayView data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), quint64(data.size()));
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest);
}

template <typename T> void appendBigEndian(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> T readBigEndian(QByteArrayView data, qsizetype at)
{
    return qFromBigEndian<T>(data.data() + at);
}

QByteArray headerBytes(const BackupHeader& header)
{
    QByteArray out(kMagic, kMagicSize);
    appendBigEndian<quint16>(out, header.formatVersion);
    out.append(char(header.contents));
    out.append(char(kKdfArgon2id13));
    appendBigEndian<quint32>(out, quint32(header.limits.opsLimit));
    appendBigEndian<quint32>(out, quint32(header.limits.memLimit / 1024));
    out.append(header.salt).append(header.nonce).append(header.passphraseCheck);
    appendBigEndian<quint64>(out, header.ciphertextSize);
    return out;
}

QString cryptoUnavailable()
{
    return BackupArchive::tr("The backup cannot be encrypted: the cryptography libraries cannot provide Argon2id or "
                             "aes256-gcm. Install the QCA OpenSSL plugin (Debian package libqca-qt6-plugins).");
}

QString damaged(const QString& name)
{
    return BackupArchive::tr("The backup archive %1 is damaged: its checksum does not match its contents (a byte was "
                             "changed on the way or on the disk). Nothing was restored; use another copy.")
        .arg(name);
}

} // namespace

Result<void> BackupArchive::validatePassphrase(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphraseLength) {
        return failWith(u"[BackupPassphraseTooShort]"_s,
                        tr("The backup passphrase must have at least %1 characters.").arg(kMinPassphraseLength));
    }
    return {};
}

Result<QByteArray> BackupArchive::seal(const BackupPayload& payload, const QString& passphrase,
                                       const PasswordHashingLimits& limits)
{
    if (sodium_init() < 0) {
        return failWith(u"[CryptoUnavailable]"_s, cryptoUnavailable());
    }
    QJsonObject manifest {
        {u"contents"_s, int(payload.contents)}, {u"schemaVersion"_s, payload.schemaVersion},
        {u"createdAt"_s, payload.createdAtMs},  {u"programVersion"_s, payload.programVersion},
        {u"source"_s, payload.source},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);

    BackupHeader header;
    header.formatVersion = kFormatVersion;
    header.contents = payload.contents;
    header.limits = limits;
    header.salt = QCA::Random::randomArray(kSaltSize).toByteArray();
    header.nonce = QCA::Random::randomArray(kNonceSize).toByteArray();
    if (header.salt.size() != kSaltSize || header.nonce.size() != kNonceSize) {
        return failWith(u"[CryptoUnavailable]"_s, cryptoUnavailable());
    }
    DerivedKeys keys;
    if (!keys.derive(passphrase, header.salt, limits)) {
        return failWith(u"[BackupKdfFailed]"_s,
                        tr("The backup key cannot be derived from the passphrase: not enough memory for Argon2id "
                           "(%1 MiB).")
                            .arg(limits.memLimit >> 20));
    }
    header.passphraseCheck = keys.check();
    header.ciphertextSize = quint64(kHeaderSize) + 4 + quint64(manifestBytes.size()) + 4
        + quint64(payload.dataKey.size()) + 8 + quint64(payload.database.size());
    const QByteArray head = headerBytes(header);

    QCA::SecureArray plain(head);
    QByteArray lengths;
    appendBigEndian<quint32>(lengths, quint32(manifestBytes.size()));
    plain.append(QCA::SecureArray(lengths + manifestBytes));
    QByteArray keyLength;
    appendBigEndian<quint32>(keyLength, quint32(payload.dataKey.size()));
    plain.append(QCA::SecureArray(keyLength));
    plain.append(QCA::SecureArray(payload.dataKey));
    QByteArray databaseLength;
    appendBigEndian<quint64>(databaseLength, quint64(payload.database.size()));
    plain.append(QCA::SecureArray(databaseLength));

    // The database goes through the cipher as a plain QByteArray: it is large, and its secrets are sealed anyway.
    QCA::Cipher cipher(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode,
                       QCA::SymmetricKey(QCA::SecureArray(keys.aesKey())), QCA::InitializationVector(header.nonce),
                       QCA::AuthTag(kTagSize));
    QByteArray ciphertext = cipher.update(plain).toByteArray();
    bool ok = cipher.ok();
    ciphertext.append(cipher.update(QCA::MemoryRegion(payload.database)).toByteArray());
    ok = ok && cipher.ok();
    ciphertext.append(cipher.final().toByteArray());
    const QByteArray tag = cipher.tag().toByteArray();
    if (!ok || !cipher.ok() || tag.size() != kTagSize || quint64(ciphertext.size()) != header.ciphertextSize) {
        return failWith(u"[CryptoUnavailable]"_s, cryptoUnavailable());
    }

    QByteArray archive;
    archive.reserve(head.size() + ciphertext.size() + kTagSize + kChecksumSize);
    archive.append(head).append(ciphertext).append(tag);
    archive.append(sha256(archive));
    return archive;
}

Result<BackupHeader> BackupArchive::inspect(const QByteArray& archive, const QString& name)
{
    if (archive.size() < kMagicSize
        || QByteArrayView(archive).first(kMagicSize) != QByteArrayView(kMagic, kMagicSize)) {
        return failWith(u"[BackupNotAnArchive]"_s, tr("%1 is not a TwoFactorKiosk backup archive.").arg(name));
    }
    if (archive.size() < kHeaderSize) {
        return failWith(u"[BackupTruncated]"_s,
                        tr("The backup archive %1 is incomplete: it ends inside its header (%2 bytes). It was cut off "
                           "while being copied or written; nothing was restored, use another copy.")
                            .arg(name)
                            .arg(archive.size()));
    }
    BackupHeader header;
    header.formatVersion = readBigEndian<quint16>(archive, kOffsetVersion);
    if (header.formatVersion != kFormatVersion) {
        return failWith(u"[BackupTooNew]"_s,
                        tr("The backup archive %1 has format %2, which this program cannot read (it reads format %3). "
                           "Restore it with the program that made it, or a newer one.")
                            .arg(name)
                            .arg(header.formatVersion)
                            .arg(kFormatVersion));
    }
    const quint8 contents = quint8(archive.at(kOffsetContents));
    const quint8 kdf = quint8(archive.at(kOffsetKdf));
    header.contents = BackupContents(contents);
    header.limits.opsLimit = readBigEndian<quint32>(archive, kOffsetOps);
    header.limits.memLimit = size_t(readBigEndian<quint32>(archive, kOffsetMem)) * 1024;
    header.salt = archive.mid(kOffsetSalt, kSaltSize);
    header.nonce = archive.mid(kOffsetNonce, kNonceSize);
    header.passphraseCheck = archive.mid(kOffsetCheck, kCheckSize);
    header.ciphertextSize = readBigEndian<quint64>(archive, kOffsetLength);

    const quint64 expected = quint64(kHeaderSize) + header.ciphertextSize + kTagSize + kChecksumSize;
    if (header.ciphertextSize > quint64(std::numeric_limits<qsizetype>::max() / 2)
        || quint64(archive.size()) < expected) {
        return failWith(u"[BackupTruncated]"_s,
                        tr("The backup archive %1 is incomplete: it has %2 bytes of %3. It was cut off while being "
                           "copied or written; nothing was restored, use another copy.")
                            .arg(name)
                            .arg(archive.size())
                            .arg(expected));
    }
    if (quint64(archive.size()) > expected
        || sha256(QByteArrayView(archive).first(archive.size() - kChecksumSize)) != archive.right(kChecksumSize)) {
        return failWith(u"[BackupDamaged]"_s, damaged(name));
    }
    if ((contents != quint8(BackupContents::DatabaseAndKey) && contents != quint8(BackupContents::DataKeyOnly))
        || kdf != kKdfArgon2id13) {
        return failWith(u"[BackupTooNew]"_s,
                        tr("The backup archive %1 uses contents or a key derivation this program does not know. "
                           "Restore it with the program that made it, or a newer one.")
                            .arg(name));
    }
    if (header.limits.opsLimit < crypto_pwhash_OPSLIMIT_MIN || header.limits.opsLimit > kMaxOpsLimit
        || header.limits.memLimit < crypto_pwhash_MEMLIMIT_MIN || header.limits.memLimit > kMaxMemLimitBytes) {
        return failWith(u"[BackupDamaged]"_s,
                        tr("The backup archive %1 asks for key-derivation costs outside what this program accepts "
                           "(%2 passes, %3 MiB); it is damaged or was not made by TwoFactorKiosk.")
                            .arg(name)
                            .arg(header.limits.opsLimit)
                            .arg(header.limits.memLimit >> 20));
    }
    return header;
}

Result<BackupPayload> BackupArchive::open(const QByteArray& archive, const QString& passphrase, const QString& name)
{
    auto header = inspect(archive, name);
    if (!header) {
        return fail(header.error());
    }
    if (sodium_init() < 0) {
        return failWith(u"[CryptoUnavailable]"_s, cryptoUnavailable());
    }
    DerivedKeys keys;
    if (!keys.derive(passphrase, header->salt, header->limits)) {
        return failWith(u"[BackupKdfFailed]"_s,
                        tr("The key of %1 cannot be derived from the passphrase: not enough memory for Argon2id "
                           "(%2 MiB).")
                            .arg(name)
                            .arg(header->limits.memLimit >> 20));
    }
    if (!constantTimeEquals(keys.check(), header->passphraseCheck)) {
        return failWith(u"[BackupWrongPassphrase]"_s,
                        tr("The passphrase does not open the backup archive %1. Nothing was restored; check the "
                           "passphrase (it is case-sensitive) and try again.")
                            .arg(name));
    }

    const QByteArray head = archive.first(kHeaderSize);
    const QByteArray ciphertext = archive.mid(kHeaderSize, qsizetype(header->ciphertextSize));
    const QByteArray tag = archive.mid(kHeaderSize + qsizetype(header->ciphertextSize), kTagSize);
    QCA::Cipher cipher(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode,
                       QCA::SymmetricKey(QCA::SecureArray(keys.aesKey())), QCA::InitializationVector(header->nonce),
                       QCA::AuthTag(tag));
    // GCM hands out plaintext before it has checked the tag: nothing is used until final() succeeds.
    QByteArray plain = cipher.update(QCA::MemoryRegion(ciphertext)).toByteArray();
    const bool updated = cipher.ok();
    plain.append(cipher.final().toByteArray());
    if (!updated || !cipher.ok()) {
        return failWith(u"[BackupTampered]"_s,
                        tr("The backup archive %1 cannot be authenticated: it was altered after it was written. "
                           "Nothing was restored; use another copy.")
                            .arg(name));
    }

    // The header inside must be the header outside: a swapped header (other limits, contents) is refused.
    const QByteArrayView inner(plain);
    if (inner.size() < kHeaderSize + 4 || !constantTimeEquals(inner.first(kHeaderSize), head)) {
        return failWith(u"[BackupTampered]"_s,
                        tr("The backup archive %1 cannot be authenticated: its header was altered. Nothing was "
                           "restored; use another copy.")
                            .arg(name));
    }
    qsizetype at = kHeaderSize;
    auto take = [&](qsizetype size) -> std::optional<QByteArrayView> {
        if (size < 0 || size > inner.size() - at) {
            return std::nullopt;
        }
        const QByteArrayView part = inner.sliced(at, size);
        at += size;
        return part;
    };
    auto manifestLength = take(4);
    auto manifestBytes = manifestLength ? take(qsizetype(readBigEndian<quint32>(*manifestLength, 0))) : std::nullopt;
    auto keyLength = manifestBytes ? take(4) : std::nullopt;
    auto key = keyLength ? take(qsizetype(readBigEndian<quint32>(*keyLength, 0))) : std::nullopt;
    auto databaseLength = key ? take(8) : std::nullopt;
    auto database = databaseLength ? take(qsizetype(readBigEndian<quint64>(*databaseLength, 0))) : std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument manifest
        = manifestBytes ? QJsonDocument::fromJson(manifestBytes->toByteArray(), &parseError) : QJsonDocument();
    if (!database || at != inner.size() || !manifest.isObject()) {
        return failWith(u"[BackupDamaged]"_s, damaged(name));
    }

    BackupPayload payload;
    payload.contents = header->contents;
    payload.dataKey = key->toByteArray();
    payload.database = database->toByteArray();
    const QJsonObject fields = manifest.object();
    payload.schemaVersion = fields.value(u"schemaVersion"_s).toInt();
    payload.createdAtMs = qint64(fields.value(u"createdAt"_s).toDouble());
    payload.programVersion = fields.value(u"programVersion"_s).toString();
    payload.source = fields.value(u"source"_s).toString();
    return payload;
}

} // namespace tfk
