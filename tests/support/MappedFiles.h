#pragma once

// The files mapped into this process (/proc/self/maps), each once: what the loader has loaded so far.

#include <QFile>
#include <QStringList>

namespace tfk::test {

inline QStringList mappedFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList files;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (const qsizetype slash = line.indexOf('/'); slash >= 0) {
            files << QString::fromUtf8(line.mid(slash));
        }
    }
    files.removeDuplicates();
    return files;
}

} // namespace tfk::test
