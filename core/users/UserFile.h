#pragma once

// The user files of `users import` and `users export`: CSV with a header row (RFC 4180 quoting) and
// JSON lines (one FusionAuth User object a line). Columns / members: email, username, fullName,
// mobilePhone, password, encryptionScheme; any order, unknown ones ignored; export writes the first
// four (never a password or a secret) plus twoFactorEnabled and id.

#include "auth/UserImport.h"
#include "store/User.h"

#include <QIODevice>

#include <optional>

namespace tfk {

class UserFileReader
{
    Q_DECLARE_TR_FUNCTIONS(tfk::UserFileReader)

public:
    enum class Format
    {
        Csv,
        JsonLines
    };

    // The format from the name (".csv", ".jsonl"/".ndjson"/".json"), else from the first byte.
    UserFileReader(QIODevice& device, Format format);
    static Format guessFormat(const QString& fileName, QIODevice& device);

    // The next user, with the line it started on; std::nullopt at the end. A bad line is an error
    // naming its line number ("[invalid]line" 400).
    Result<std::optional<ImportedUser>> next();
    // The line the last user returned by next() started on (1 = the first line of the file).
    qint64 lastLine() const { return m_lastLine; }
    // How far into the file (bytes), for the progress bar.
    qint64 position() const { return m_device.pos(); }

private:
    Result<std::optional<QStringList>> nextCsvRecord();

    QIODevice& m_device;
    Format m_format;
    qint64 m_line = 0;
    qint64 m_lastLine = 0;
    QHash<QString, qsizetype> m_columns; // CSV header: column name -> index
    qsizetype m_headerSize = 0;
    bool m_headerRead = false;
};

// CSV, the same columns the reader takes (less password and scheme), with a header row.
class UserFileWriter
{
public:
    explicit UserFileWriter(QIODevice& device);
    void writeHeader();
    void write(const User& user);

private:
    QIODevice& m_device;
};

} // namespace tfk
