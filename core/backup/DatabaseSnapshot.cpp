#include "DatabaseSnapshot.h"

#include "auth/TwoFactorService.h"
#include "crypto/SecretCipher.h"
#include "store/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// A Database of its own for one job on the calling thread: its connection is nobody else's.
DatabaseConfig privateConfig(DatabaseConfig config, const QString& path = {})
{
    if (!path.isEmpty()) {
        config.path = path;
    }
    config.connectionPrefix = u"tfk-backup-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
    return config;
}

std::unexpected<Error> failWith(QString code, QString message)
{
    return fail(Error {std::move(code), std::move(message), 500, {}, 0});
}

} // namespace

Result<void> DatabaseSnapshot::take(const DatabaseConfig& live, const QString& target)
{
    if (live.driver != SqlDriver::Sqlite) {
        return failWith(u"[BackupUnsupported]"_s, tr("Only SQLite databases can be copied by the program itself."));
    }
    if (!QFileInfo(live.path).isFile()) {
        return failWith(u"[DatabaseMissing]"_s,
                        tr("There is no database at %1 to back up.").arg(QDir::toNativeSeparators(live.path)));
    }
    Database database(privateConfig(live));
    auto copied = database.exec(u"VACUUM INTO :target"_s, {{u"target"_s, target}});
    if (!copied) {
        return fail(copied.error());
    }
    return {};
}

Result<SnapshotCheck> DatabaseSnapshot::verify(const QString& file, const DataKey& key)
{
    DatabaseConfig config;
    config.path = file;
    Database database(privateConfig(config));
    const QString name = QDir::toNativeSeparators(file);

    auto integrity = database.exec(u"PRAGMA integrity_check"_s);
    if (!integrity) {
        return fail(integrity.error());
    }
    QStringList problems;
    while (integrity->next() && problems.size() < 3) {
        problems << integrity->value(0).toString();
    }
    if (problems != QStringList {u"ok"_s}) {
        return failWith(u"[BackupIntegrity]"_s,
                        tr("The copy of the database fails SQLite's integrity check: %1").arg(problems.join(u"; "_s)));
    }

    SnapshotCheck check;
    auto version = Schema::version(database);
    if (!version) {
        return fail(version.error());
    }
    if (*version < 1) {
        return failWith(u"[DatabaseCorrupt]"_s, tr("%1 is not a TwoFactorKiosk database: it has no schema.").arg(name));
    }
    if (*version > Schema::kCurrentVersion) {
        return failWith(u"[DatabaseTooNew]"_s,
                        tr("The database in %1 has schema version %2, newer than this program's %3: it was made by a "
                           "newer TwoFactorKiosk. Use that version (or a newer one); nothing was changed.")
                            .arg(name)
                            .arg(*version)
                            .arg(Schema::kCurrentVersion));
    }
    check.schemaVersion = *version;

    const SecretCipher cipher(key);
    if (auto matches = TwoFactorService::verifyDataKey(database, cipher); !matches) {
        return fail(matches.error());
    }
    auto secrets = database.exec(u"SELECT id, two_factor_secret FROM users"_s);
    if (!secrets) {
        return fail(secrets.error());
    }
    while (secrets->next()) {
        ++check.users;
        const QByteArray sealed = secrets->value(1).toByteArray();
        if (sealed.isEmpty()) {
            continue;
        }
        if (auto opened = cipher.open(sealed, secrets->value(0).toString().toLatin1()); !opened) {
            return failWith(u"[DataKeyMismatch]"_s,
                            tr("A two-factor secret in the copy of the database does not open with the data key: %1")
                                .arg(opened.error().message));
        }
        ++check.sealedSecrets;
    }
    return check;
}

Result<bool> DatabaseSnapshot::inUse(const QString& file)
{
    if (!QFileInfo(file).isFile()) {
        return false;
    }
    const QString name = u"tfk-inuse-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<bool> answer = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        if (!db.open()) {
            answer = failWith(
                u"[DatabaseError]"_s,
                tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(file), db.lastError().text()));
        } else {
            // Exclusive locking needs every other connection gone: each WAL connection holds a shared lock.
            QSqlQuery query(db);
            const bool exclusive = query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s) && query.exec(u"BEGIN EXCLUSIVE"_s)
                && query.exec(u"SELECT count(*) FROM sqlite_master"_s);
            // SQLITE_BUSY (5) or SQLITE_LOCKED (6): someone else has it open. Anything else (a damaged file) is
            // not "in use": the restore replaces it.
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            query.finish();
            if (exclusive) {
                QSqlQuery(db).exec(u"COMMIT"_s);
            }
            answer = !exclusive && (code == 5 || code == 6);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace tfk
