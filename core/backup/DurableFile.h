#pragma once

// Files that are either completely there or not at all: written to a temporary name in the target's
// folder, flushed to the disk (fsync), then renamed over the target, and the folder flushed too.

#include "common/Error.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace tfk {

class DurableFile
{
    Q_DECLARE_TR_FUNCTIONS(tfk::DurableFile)

public:
    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // A new file beside `target` (same folder, so a rename is atomic) holding `bytes`, synced; its path.
    // "[FileNotWritten]" with the reason (full disk, read-only folder).
    static Result<QString> writeBeside(const QString& target, const QByteArray& bytes,
                                       QFileDevice::Permissions permissions = kOwnerOnly);
    // Flushes a file that is already written (a database closed by SQLite) to the disk.
    static Result<void> sync(const QString& path);
    // rename(2) of `from` over `to`, then the folder is synced.
    static Result<void> replace(const QString& from, const QString& to);
    // writeBeside() then replace(): `target` holds either the old or the new bytes, never a mix.
    static Result<void> write(const QString& target, const QByteArray& bytes,
                              QFileDevice::Permissions permissions = kOwnerOnly);
    // Flushes a folder's entries (new names, renames) to the disk.
    static void syncDirectory(const QString& directory);
};

} // namespace tfk
