#include "DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

std::unexpected<Error> notWritten(const QString& path, const QString& reason)
{
    return fail(Error {u"[FileNotWritten]"_s,
                       DurableFile::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), reason), 500});
}

} // namespace

Result<QString> DurableFile::writeBeside(const QString& target, const QByteArray& bytes,
                                         QFileDevice::Permissions permissions)
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath())) {
        return notWritten(target, tr("its folder cannot be created"));
    }
    QTemporaryFile file(info.absolutePath() % u"/."_s % info.fileName() % u".XXXXXX.tmp"_s);
    file.setAutoRemove(false);
    // Permissions before the first byte is written, so a secret is never readable by others on disk.
    if (!file.open() || !file.setPermissions(permissions)) {
        return notWritten(target, file.errorString());
    }
    const QString path = file.fileName();
    const bool written = file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    const QString reason = written ? QString() : file.errorString();
    file.close();
    if (!written) {
        QFile::remove(path);
        return notWritten(target, reason.isEmpty() ? QString::fromLocal8Bit(std::strerror(errno)) : reason);
    }
    return path;
}

Result<void> DurableFile::sync(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0) {
            ::close(fd);
        }
        return notWritten(path, reason);
    }
    ::close(fd);
    return {};
}

Result<void> DurableFile::replace(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return notWritten(to, QString::fromLocal8Bit(std::strerror(errno)));
    }
    syncDirectory(QFileInfo(to).absolutePath());
    return {};
}

Result<void> DurableFile::write(const QString& target, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    auto temporary = writeBeside(target, bytes, permissions);
    if (!temporary) {
        return fail(temporary.error());
    }
    if (auto replaced = replace(*temporary, target); !replaced) {
        QFile::remove(*temporary);
        return replaced;
    }
    return {};
}

void DurableFile::syncDirectory(const QString& directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace tfk
