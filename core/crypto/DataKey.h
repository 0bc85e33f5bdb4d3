#pragma once

// The 32-byte data key that encrypts two-factor secrets at rest; it lives outside the database, in
// a key file or the TFK_DATA_KEY environment variable.

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace tfk {

class DataKey
{
    Q_DECLARE_TR_FUNCTIONS(tfk::DataKey)

public:
    static constexpr int kSize = 32;
    // Base64 of 32 bytes; when set it wins over the key file (containers, secrets managers).
    static constexpr const char* kEnvironmentVariable = "TFK_DATA_KEY";

    // The environment variable when set ("[DataKeyInvalid]" naming the variable, never its value, when
    // malformed); otherwise the key file, which must hold exactly the base64 text of 32 bytes (one
    // trailing newline allowed). A missing file is created (mode 0600, parent directories 0700) when
    // createIfMissing is true and is "[DataKeyMissing]" otherwise. A file other users can read still
    // loads, with warning() saying how to fix it. Creating a key needs a live CryptoRuntime.
    static Result<DataKey> load(const QString& keyFilePath, bool createIfMissing,
                                const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // For tests: the key from raw bytes, which must be kSize long.
    static DataKey fromBytes(const QByteArray& bytes);

    const QByteArray& bytes() const { return m_bytes; }
    // Where the key came from, to complete a sentence: "the file /path/data.key" or
    // "the environment variable TFK_DATA_KEY".
    QString source() const { return m_source; }
    // Empty unless the operator should be told something (a new key to back up, loose permissions).
    QString warning() const { return m_warning; }
    // True when load() made this key just now (a new file): the first-run reminder to export it.
    bool created() const { return m_created; }

private:
    DataKey(QByteArray bytes, QString source, QString warning = {}, bool created = false)
        : m_bytes(std::move(bytes))
        , m_source(std::move(source))
        , m_warning(std::move(warning))
        , m_created(created)
    {
    }

    static Result<DataKey> loadFromFile(const QString& path);
    static Result<DataKey> createFile(const QString& path);

    QByteArray m_bytes;
    QString m_source;
    QString m_warning;
    bool m_created = false;
};

} // namespace tfk
