#pragma once

// Puts an archive back: reads and checks it, opens it with the passphrase, stages and verifies the
// database beside its target, and then replaces the database and the data key together, keeping the
// replaced files as "<name>.before-restore". Either both files are the archive's afterwards or both
// are as they were. Also the data-key import, which replaces the key alone.

#include "BackupArchive.h"
#include "DatabaseSnapshot.h"
#include "common/Clock.h"

#include <QProcessEnvironment>

namespace tfk {

// Where a restore puts things: the configured database and data key file.
struct RestoreTargets
{
    DatabaseConfig database;
    QString dataKeyPath;
    // TFK_DATA_KEY, when set here, wins over the key file: the report warns about it.
    QProcessEnvironment environment;
};

struct RestoreReport
{
    bool databaseRestored = false;
    SnapshotCheck check;
    qint64 createdAtMs = 0; // when the archive was made
    QStringList keptFiles; // the replaced files, under their new names
    QStringList warnings; // sentences the operator must read
};

class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(tfk::BackupRestorer)

public:
    static constexpr QStringView kKeptSuffix = u".before-restore";

    BackupRestorer(RestoreTargets targets, const Clock& clock);
    // Removes whatever was staged and not committed.
    ~BackupRestorer();
    BackupRestorer(const BackupRestorer&) = delete;
    BackupRestorer& operator=(const BackupRestorer&) = delete;

    // Reads `archiveFile` and checks what needs no passphrase (BackupArchive::inspect).
    Result<BackupHeader> load(const QString& archiveFile);
    // Opens the archive ("[BackupWrongPassphrase]", ...), requires its data key ("[BackupNoKey]") and, unless
    // `keyOnly`, its database: written beside the target and verified (integrity, schema version not newer
    // than this program, the key opens it). Nothing in place is touched.
    Result<void> unlock(const QString& passphrase, bool keyOnly = false);
    const BackupPayload& payload() const { return m_payload; }
    const SnapshotCheck& check() const { return m_check; }

    // The files a commit replaces or creates, one line each, for the confirmation.
    QStringList plan(bool keyOnly = false) const;

    // Replaces the database and the data key ("[DatabaseInUse]" while a kiosk or API has the database open).
    Result<RestoreReport> commit();
    // Replaces only the data key; refuses a key that does not open the configured database when it exists.
    Result<RestoreReport> commitKey();

private:
    Result<QString> keepAside(const QString& path);
    QString keptName(const QString& path) const;
    QStringList keyWarnings() const;

    RestoreTargets m_targets;
    const Clock& m_clock;
    QString m_archiveName;
    QByteArray m_archive;
    BackupPayload m_payload;
    SnapshotCheck m_check;
    QString m_stagedDatabase;
};

} // namespace tfk
