#pragma once

// The backup archive: the database file and the data key (or the key alone) in one file, encrypted
// under a passphrase (Argon2id through libsodium, AES-256-GCM through QCA), behind a versioned header
// that is authenticated with the contents and checksummed so damage is told apart from a wrong passphrase.
//
// Format 1, integers big-endian:
//   offset  size  field
//        0     8  magic "\x89TFKBAK\n"
//        8     2  format version (1)
//       10     1  contents: 1 database and data key, 2 data key only
//       11     1  key derivation: 1 Argon2id v1.3 (libsodium crypto_pwhash_ALG_ARGON2ID13)
//       12     4  Argon2id opslimit (passes)
//       16     4  Argon2id memlimit, in KiB
//       20    16  salt (random)
//       36    12  AES-256-GCM nonce (random)
//       48    16  passphrase check: HMAC-SHA256(check key, "tfk backup v1 passphrase check"), first 16 bytes
//       64     8  ciphertext length N
//       72     N  AES-256-GCM ciphertext of: the 72 header bytes again || u32 manifest length || manifest
//                 (UTF-8 JSON) || u32 key length || key || u64 database length || database
//     72+N    16  GCM tag
//     88+N    32  SHA-256 of everything before it (unkeyed: tells accidental damage from a wrong passphrase)
// Argon2id derives 64 bytes from the passphrase and salt: the AES key, then the check key. QCA's GCM
// has no additional authenticated data, so the header travels inside the ciphertext and must match.

#include "common/Error.h"
#include "crypto/PasswordHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tfk {

enum class BackupContents
{
    DatabaseAndKey = 1,
    DataKeyOnly = 2,
};

// What an archive holds once opened.
struct BackupPayload
{
    BackupContents contents = BackupContents::DatabaseAndKey;
    QByteArray database; // the SQLite file; empty for DataKeyOnly
    QByteArray dataKey; // the 32 raw bytes; empty only in a damaged or hand-made archive
    int schemaVersion = 0; // of the database; 0 without one
    qint64 createdAtMs = 0;
    QString programVersion;
    QString source; // where the database was ("/srv/kiosk/kiosk.db"), for the report
};

// The header's fields, readable without the passphrase.
struct BackupHeader
{
    quint16 formatVersion = 0;
    BackupContents contents = BackupContents::DatabaseAndKey;
    PasswordHashingLimits limits {0, 0};
    QByteArray salt;
    QByteArray nonce;
    QByteArray passphraseCheck;
    quint64 ciphertextSize = 0;
};

class BackupArchive
{
    Q_DECLARE_TR_FUNCTIONS(tfk::BackupArchive)

public:
    static constexpr quint16 kFormatVersion = 1;
    static constexpr int kHeaderSize = 72;
    static constexpr int kTagSize = 16;
    static constexpr int kChecksumSize = 32;
    static constexpr int kSaltSize = 16;
    static constexpr int kNonceSize = 12;
    // Archives asking for more than this are refused before any work (a hostile file could ask for 4 TiB).
    static constexpr quint64 kMaxMemLimitBytes = quint64(1) << 30;
    static constexpr quint32 kMaxOpsLimit = 16;
    // Passphrases shorter than this are refused when an archive is made.
    static constexpr int kMinPassphraseLength = 10;

    // libsodium's moderate limits (3 passes, 256 MiB): what archives are made with.
    static PasswordHashingLimits defaultLimits() { return PasswordHashingLimits::moderate(); }

    // "[BackupPassphraseTooShort]" for a passphrase that is too short.
    static Result<void> validatePassphrase(const QString& passphrase);

    // The whole archive file. "[CryptoUnavailable]" when QCA or libsodium cannot do their part.
    static Result<QByteArray> seal(const BackupPayload& payload, const QString& passphrase,
                                   const PasswordHashingLimits& limits = defaultLimits());

    // Checks what can be checked without the passphrase: magic, format version, header fields,
    // length ("[BackupTruncated]") and checksum ("[BackupDamaged]"). `name` names the file in sentences.
    static Result<BackupHeader> inspect(const QByteArray& archive, const QString& name);

    // inspect(), then the passphrase ("[BackupWrongPassphrase]"), then authentication
    // ("[BackupTampered]") and the contents ("[BackupDamaged]").
    static Result<BackupPayload> open(const QByteArray& archive, const QString& passphrase, const QString& name);
};

} // namespace tfk
