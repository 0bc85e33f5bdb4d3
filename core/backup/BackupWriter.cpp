#include "BackupWriter.h"

#include "DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

std::unexpected<Error> failWith(QString code, QString message)
{
    return fail(Error {std::move(code), std::move(message), 500, {}, 0});
}

Result<QByteArray> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failWith(
            u"[FileNotRead]"_s,
            BackupWriter::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return file.readAll();
}

// Writes the archive beside `file`, reads it back from the disk and opens it, and only then puts it in place.
Result<qint64> writeVerified(const BackupPayload& payload, const QString& passphrase, const QString& file,
                             const PasswordHashingLimits& limits)
{
    auto archive = BackupArchive::seal(payload, passphrase, limits);
    if (!archive) {
        return fail(archive.error());
    }
    auto temporary = DurableFile::writeBeside(file, *archive);
    if (!temporary) {
        return fail(temporary.error());
    }
    auto discard = qScopeGuard([&] { QFile::remove(*temporary); });
    auto written = readAll(*temporary);
    if (!written) {
        return fail(written.error());
    }
    auto reopened = BackupArchive::open(*written, passphrase, QDir::toNativeSeparators(file));
    if (!reopened) {
        return fail(reopened.error());
    }
    if (reopened->database != payload.database || reopened->dataKey != payload.dataKey) {
        return failWith(u"[BackupNotVerified]"_s,
                        BackupWriter::tr("The backup written to %1 does not read back as written; it was removed. "
                                         "Check the disk and try again.")
                            .arg(QDir::toNativeSeparators(file)));
    }
    if (auto replaced = DurableFile::replace(*temporary, file); !replaced) {
        return fail(replaced.error());
    }
    discard.dismiss();
    return qint64(written->size());
}

BackupPayload keyPayload(const DataKey& key, const Clock& clock)
{
    BackupPayload payload;
    payload.contents = BackupContents::DataKeyOnly;
    payload.dataKey = key.bytes();
    payload.createdAtMs = clock.currentMSecsSinceEpoch();
    payload.programVersion = QCoreApplication::applicationVersion();
    return payload;
}

} // namespace

QString BackupWriter::pgDumpAdvice(const DatabaseConfig& database)
{
    return tr("The database is PostgreSQL: back it up with pg_dump (for example: pg_dump --format=custom --host=%1 "
              "--port=%2 --username=%3 --file=twofactor-kiosk.dump %4) and restore it with pg_restore. This archive "
              "holds only the data key, which the dump needs to be of any use.")
        .arg(database.host.isEmpty() ? u"localhost"_s : database.host)
        .arg(database.port)
        .arg(database.userName.isEmpty() ? u"kiosk"_s : database.userName,
             database.databaseName.isEmpty() ? u"twofactor"_s : database.databaseName);
}

Result<BackupReport> BackupWriter::writeBackup(const DatabaseConfig& database, const DataKey& key,
                                               const QString& passphrase, const QString& file, const Clock& clock,
                                               const PasswordHashingLimits& limits)
{
    if (database.driver != SqlDriver::Sqlite) {
        auto report = writeDataKey(key, passphrase, file, clock, limits);
        if (report) {
            report->note = pgDumpAdvice(database);
        }
        return report;
    }
    if (auto valid = BackupArchive::validatePassphrase(passphrase); !valid) {
        return fail(valid.error());
    }
    // The copy is made beside the archive, not in /tmp, which may be a small RAM disk.
    QTemporaryDir work(QFileInfo(file).absolutePath() % u"/.tfk-backup-XXXXXX"_s);
    if (!work.isValid()) {
        return failWith(u"[FileNotWritten]"_s,
                        tr("Cannot write in the folder %1: %2.")
                            .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath()), work.errorString()));
    }
    const QString copy = work.filePath(u"snapshot.db"_s);
    if (auto taken = DatabaseSnapshot::take(database, copy); !taken) {
        return fail(taken.error());
    }
    auto check = DatabaseSnapshot::verify(copy, key);
    if (!check) {
        return fail(check.error());
    }
    auto bytes = readAll(copy);
    if (!bytes) {
        return fail(bytes.error());
    }

    BackupPayload payload = keyPayload(key, clock);
    payload.contents = BackupContents::DatabaseAndKey;
    payload.database = *bytes;
    payload.schemaVersion = check->schemaVersion;
    payload.source = QDir::toNativeSeparators(database.path);
    auto size = writeVerified(payload, passphrase, file, limits);
    if (!size) {
        return fail(size.error());
    }
    return BackupReport {file, *size, payload.createdAtMs, true, *check, {}};
}

Result<BackupReport> BackupWriter::writeDataKey(const DataKey& key, const QString& passphrase, const QString& file,
                                                const Clock& clock, const PasswordHashingLimits& limits)
{
    if (auto valid = BackupArchive::validatePassphrase(passphrase); !valid) {
        return fail(valid.error());
    }
    const BackupPayload payload = keyPayload(key, clock);
    auto size = writeVerified(payload, passphrase, file, limits);
    if (!size) {
        return fail(size.error());
    }
    return BackupReport {file, *size, payload.createdAtMs, false, {}, {}};
}

} // namespace tfk
