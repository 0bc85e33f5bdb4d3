#include "BackupRestorer.h"

#include "DurableFile.h"
#include "auth/TwoFactorService.h"
#include "crypto/SecretCipher.h"
#include "store/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTimeZone>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// Archives are read whole; anything larger than this is not a kiosk's backup.
constexpr qint64 kMaxArchiveSize = qint64(4) << 30;
const QStringList kSqliteCompanions = {u"-wal"_s, u"-shm"_s};

std::unexpected<Error> failWith(QString code, QString message)
{
    return fail(Error {std::move(code), std::move(message), 500, {}, 0});
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray keyFileText(const QByteArray& key)
{
    return key.toBase64() + '\n';
}

} // namespace

BackupRestorer::BackupRestorer(RestoreTargets targets, const Clock& clock)
    : m_targets(std::move(targets))
    , m_clock(clock)
{
}

BackupRestorer::~BackupRestorer()
{
    if (!m_stagedDatabase.isEmpty()) {
        QFile::remove(m_stagedDatabase);
        for (const QString& companion : kSqliteCompanions) {
            QFile::remove(m_stagedDatabase + companion);
        }
    }
}

Result<BackupHeader> BackupRestorer::load(const QString& archiveFile)
{
    m_archiveName = native(archiveFile);
    QFile file(archiveFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return failWith(u"[FileNotRead]"_s,
                        tr("Cannot read the backup archive %1: %2.").arg(m_archiveName, file.errorString()));
    }
    if (file.size() > kMaxArchiveSize) {
        return failWith(u"[BackupNotAnArchive]"_s,
                        tr("%1 is too large to be a TwoFactorKiosk backup archive.").arg(m_archiveName));
    }
    m_archive = file.readAll();
    return BackupArchive::inspect(m_archive, m_archiveName);
}

Result<void> BackupRestorer::unlock(const QString& passphrase, bool keyOnly)
{
    auto payload = BackupArchive::open(m_archive, passphrase, m_archiveName);
    if (!payload) {
        return fail(payload.error());
    }
    m_payload = std::move(*payload);
    if (m_payload.dataKey.size() != DataKey::kSize) {
        return failWith(u"[BackupNoKey]"_s,
                        tr("The backup archive %1 holds no data key. Its database alone would lock every enrolled user "
                           "out (their two-factor secrets are sealed under the key), so nothing was restored.")
                            .arg(m_archiveName));
    }
    if (keyOnly) {
        return {};
    }
    if (m_payload.contents != BackupContents::DatabaseAndKey || m_payload.database.isEmpty()) {
        return failWith(u"[BackupNoDatabase]"_s,
                        tr("The backup archive %1 holds only a data key, no database. Put the key back with "
                           "\"twofactor-kiosk data-key import %1\"; nothing was restored.")
                            .arg(m_archiveName));
    }
    if (m_targets.database.driver != SqlDriver::Sqlite) {
        return failWith(
            u"[BackupUnsupported]"_s,
            tr("The configured database is PostgreSQL: restore it from its pg_dump with pg_restore, and "
               "put the data key back with \"twofactor-kiosk data-key import FILE\". Nothing was restored."));
    }
    auto staged = DurableFile::writeBeside(m_targets.database.path, m_payload.database,
                                           QFileInfo::exists(m_targets.database.path)
                                               ? QFile::permissions(m_targets.database.path)
                                               : DurableFile::kOwnerOnly);
    if (!staged) {
        return fail(staged.error());
    }
    m_stagedDatabase = *staged;
    // Whatever fails from here on, the staged copy goes and commit() has nothing to put in place.
    auto unstage = qScopeGuard([this] {
        QFile::remove(m_stagedDatabase);
        for (const QString& companion : kSqliteCompanions) {
            QFile::remove(m_stagedDatabase + companion);
        }
        m_stagedDatabase.clear();
    });
    auto check = DatabaseSnapshot::verify(m_stagedDatabase, DataKey::fromBytes(m_payload.dataKey));
    if (!check) {
        Error error = check.error();
        if (error.code == u"[DatabaseTooNew]"_s) {
            error.message
                = tr("The backup archive %1 holds a database with schema version %2, newer than this "
                     "program's %3. Restore it with the TwoFactorKiosk version that made it (or a newer one); "
                     "nothing was restored.")
                      .arg(m_archiveName)
                      .arg(m_payload.schemaVersion)
                      .arg(Schema::kCurrentVersion);
        } else {
            error.message = tr("The database in the backup archive %1 cannot be used, so nothing was restored: %2")
                                .arg(m_archiveName, error.message);
        }
        return fail(error);
    }
    // SQLite removed the copy's WAL when the check closed it; the file itself goes to the disk now.
    if (auto synced = DurableFile::sync(m_stagedDatabase); !synced) {
        return fail(synced.error());
    }
    m_check = *check;
    unstage.dismiss();
    return {};
}

QStringList BackupRestorer::plan(bool keyOnly) const
{
    QStringList lines;
    auto describe = [](const QString& path, const QString& what) {
        return QFileInfo::exists(path)
            ? tr("%1 %2 is replaced (the current file is kept as %2%3)").arg(what, native(path), kKeptSuffix)
            : tr("%1 %2 is created").arg(what, native(path));
    };
    if (!keyOnly) {
        lines << describe(m_targets.database.path, tr("the database"));
    }
    lines << describe(m_targets.dataKeyPath, tr("the data key"));
    return lines;
}

QString BackupRestorer::keptName(const QString& path) const
{
    const QString plain = path + kKeptSuffix;
    if (!QFileInfo::exists(plain)) {
        return plain;
    }
    // An earlier restore's file stays too: this one gets the time in its name.
    const QString stamped = plain + u'-'
        + QDateTime::fromMSecsSinceEpoch(m_clock.currentMSecsSinceEpoch(), QTimeZone::UTC)
              .toString(u"yyyyMMddTHHmmssZ"_s);
    QString candidate = stamped;
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = stamped + u'-' + QString::number(n);
    }
    return candidate;
}

Result<QString> BackupRestorer::keepAside(const QString& path)
{
    // A hard link: the file stays in place under its own name until the new one is renamed over it.
    const QString kept = keptName(path);
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(kept).constData()) != 0
        && !QFile::copy(path, kept)) {
        return failWith(u"[FileNotWritten]"_s,
                        tr("Cannot keep a copy of %1 as %2: %3.")
                            .arg(native(path), native(kept), QString::fromLocal8Bit(std::strerror(errno))));
    }
    DurableFile::syncDirectory(QFileInfo(kept).absolutePath());
    return kept;
}

QStringList BackupRestorer::keyWarnings() const
{
    QStringList warnings;
    const QString variable = QString::fromLatin1(DataKey::kEnvironmentVariable);
    if (m_targets.environment.contains(variable)) {
        const QByteArray current = QByteArray::fromBase64(m_targets.environment.value(variable).toLatin1());
        if (current != m_payload.dataKey) {
            warnings << tr("The environment variable %1 is set and wins over the key file %2, but holds another key: "
                           "set it to the restored key (the file's content) or unset it, or the kiosk will not start.")
                            .arg(variable, native(m_targets.dataKeyPath));
        }
    }
    return warnings;
}

Result<RestoreReport> BackupRestorer::commit()
{
    if (m_stagedDatabase.isEmpty()) {
        return failWith(u"[BackupNotUnlocked]"_s, tr("Open the backup archive with its passphrase first."));
    }
    const QString databasePath = m_targets.database.path;
    auto inUse = DatabaseSnapshot::inUse(databasePath);
    if (!inUse) {
        return fail(inUse.error());
    }
    if (*inUse) {
        return failWith(u"[DatabaseInUse]"_s,
                        tr("The database %1 is in use by a running kiosk or API. Stop it first, then restore; nothing "
                           "was changed.")
                            .arg(native(databasePath)));
    }
    auto stagedKey = DurableFile::writeBeside(m_targets.dataKeyPath, keyFileText(m_payload.dataKey));
    if (!stagedKey) {
        return fail(stagedKey.error());
    }
    auto removeStagedKey = qScopeGuard([&] { QFile::remove(*stagedKey); });

    RestoreReport report;
    QString keptDatabase;
    QString keptKey;
    QStringList movedCompanions; // "-wal"/"-shm" of the old database, moved beside its kept copy
    if (QFileInfo::exists(databasePath)) {
        auto kept = keepAside(databasePath);
        if (!kept) {
            return fail(kept.error());
        }
        keptDatabase = *kept;
        // Left over from a kiosk that did not close cleanly: they belong to the old file, never to the new one.
        for (const QString& companion : kSqliteCompanions) {
            if (QFileInfo::exists(databasePath + companion)
                && QFile::rename(databasePath + companion, keptDatabase + companion)) {
                movedCompanions << companion;
            }
        }
    }
    if (QFileInfo::exists(m_targets.dataKeyPath)) {
        auto kept = keepAside(m_targets.dataKeyPath);
        if (!kept) {
            return fail(kept.error());
        }
        keptKey = *kept;
    }

    if (auto placed = DurableFile::replace(m_stagedDatabase, databasePath); !placed) {
        return fail(placed.error());
    }
    m_stagedDatabase.clear();
    if (auto placed = DurableFile::replace(*stagedKey, m_targets.dataKeyPath); !placed) {
        // Back to how it was: the old database (or none) with the old key.
        if (keptDatabase.isEmpty()) {
            QFile::remove(databasePath);
        } else {
            DurableFile::replace(keptDatabase, databasePath);
            for (const QString& companion : std::as_const(movedCompanions)) {
                QFile::rename(keptDatabase + companion, databasePath + companion);
            }
        }
        if (!keptKey.isEmpty()) {
            QFile::remove(keptKey);
        }
        return fail(placed.error());
    }
    removeStagedKey.dismiss();

    report.databaseRestored = true;
    report.check = m_check;
    report.createdAtMs = m_payload.createdAtMs;
    for (const QString& kept : {keptDatabase, keptKey}) {
        if (!kept.isEmpty()) {
            report.keptFiles << native(kept);
        }
    }
    report.warnings = keyWarnings();
    return report;
}

Result<RestoreReport> BackupRestorer::commitKey()
{
    if (m_payload.dataKey.size() != DataKey::kSize) {
        return failWith(u"[BackupNotUnlocked]"_s, tr("Open the backup archive with its passphrase first."));
    }
    RestoreReport report;
    const QString databasePath = m_targets.database.path;
    if (m_targets.database.driver == SqlDriver::Sqlite && QFileInfo(databasePath).isFile()) {
        // The key must belong to the database it will serve; the wrong key would lock everyone out.
        DatabaseConfig config = m_targets.database;
        config.connectionPrefix = u"tfk-keycheck-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
        Database database(config);
        const SecretCipher cipher(DataKey::fromBytes(m_payload.dataKey));
        if (auto matches = TwoFactorService::verifyDataKey(database, cipher); !matches) {
            if (matches.error().code == u"[DataKeyMismatch]"_s) {
                return failWith(u"[DataKeyMismatch]"_s,
                                tr("The data key in %1 does not open the database %2: it belongs to another database. "
                                   "Nothing was changed.")
                                    .arg(m_archiveName, native(databasePath)));
            }
            return fail(matches.error());
        }
    }
    if (QFileInfo::exists(m_targets.dataKeyPath)) {
        auto kept = keepAside(m_targets.dataKeyPath);
        if (!kept) {
            return fail(kept.error());
        }
        report.keptFiles << native(*kept);
    }
    if (auto written = DurableFile::write(m_targets.dataKeyPath, keyFileText(m_payload.dataKey)); !written) {
        return fail(written.error());
    }
    report.createdAtMs = m_payload.createdAtMs;
    report.warnings = keyWarnings();
    return report;
}

} // namespace tfk
