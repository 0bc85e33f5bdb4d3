#include "UserFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

const QStringList kKnownColumns
    = {u"email"_s, u"username"_s, u"fullName"_s, u"mobilePhone"_s, u"password"_s, u"encryptionScheme"_s};
constexpr qint64 kMaxLineBytes = 64 * 1024;

Error badLine(qint64 line, const QString& message)
{
    return Error {u"[invalid]line"_s, UserFileReader::tr("Line %1: %2").arg(line).arg(message), 400};
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')) {
        return value;
    }
    return u'"' % QString(value).replace(u"\""_s, u"\"\""_s) % u'"';
}

} // namespace

UserFileReader::UserFileReader(QIODevice& device, Format format)
    : m_device(device)
    , m_format(format)
{
}

UserFileReader::Format UserFileReader::guessFormat(const QString& fileName, QIODevice& device)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv"_s) {
        return Format::Csv;
    }
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s || suffix == u"json"_s) {
        return Format::JsonLines;
    }
    const QByteArray start = device.peek(64).trimmed();
    return start.startsWith('{') ? Format::JsonLines : Format::Csv;
}

Result<std::optional<QStringList>> UserFileReader::nextCsvRecord()
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    m_lastLine = m_line + 1;
    while (true) {
        QByteArray raw = m_device.readLine(kMaxLineBytes + 1);
        if (raw.isEmpty()) {
            if (quoted) {
                return fail(badLine(m_lastLine, tr("a quoted field is not closed.")));
            }
            if (!any) {
                return std::optional<QStringList>();
            }
            fields << field;
            return std::optional<QStringList>(fields);
        }
        ++m_line;
        if (raw.size() > kMaxLineBytes && !raw.endsWith('\n')) {
            return fail(badLine(m_line, tr("the line is longer than %1 bytes.").arg(kMaxLineBytes)));
        }
        const QString line = QString::fromUtf8(raw);
        any = true;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == u'"' && field.isEmpty()) {
                quoted = true;
            } else if (c == u',') {
                fields << field;
                field.clear();
            } else if (c == u'\n' || c == u'\r') {
                // the end of the record (a CR LF pair ends it once)
            } else {
                field += c;
            }
        }
        if (!quoted) {
            fields << field;
            // A blank line between records is skipped.
            if (fields.size() == 1 && fields.first().trimmed().isEmpty()) {
                fields.clear();
                field.clear();
                any = false;
                m_lastLine = m_line + 1;
                continue;
            }
            return std::optional<QStringList>(fields);
        }
    }
}

Result<std::optional<ImportedUser>> UserFileReader::next()
{
    if (m_format == Format::JsonLines) {
        while (true) {
            const QByteArray raw = m_device.readLine(kMaxLineBytes + 1);
            if (raw.isEmpty()) {
                return std::optional<ImportedUser>();
            }
            m_lastLine = ++m_line;
            if (raw.size() > kMaxLineBytes && !raw.endsWith('\n')) {
                return fail(badLine(m_line, tr("the line is longer than %1 bytes.").arg(kMaxLineBytes)));
            }
            if (raw.trimmed().isEmpty()) {
                continue;
            }
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                return fail(badLine(m_line,
                                    error.error != QJsonParseError::NoError
                                        ? tr("not JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset)
                                        : tr("expected a JSON object (one user a line).")));
            }
            // A FusionAuth import body line may wrap the user: {"user": {...}}.
            QJsonObject object = document.object();
            if (object.value(u"user"_s).isObject()) {
                object = object.value(u"user"_s).toObject();
            }
            ImportedUser user;
            QString* targets[] = {&user.email,       &user.username, &user.fullName,
                                  &user.mobilePhone, &user.password, &user.encryptionScheme};
            for (qsizetype i = 0; i < kKnownColumns.size(); ++i) {
                const QJsonValue value = object.value(kKnownColumns.at(i));
                if (value.isUndefined() || value.isNull()) {
                    continue;
                }
                if (!value.isString()) {
                    return fail(badLine(m_line, tr("%1 must be a JSON string.").arg(kKnownColumns.at(i))));
                }
                *targets[i] = value.toString();
            }
            return std::optional<ImportedUser>(user);
        }
    }
    if (!m_headerRead) {
        auto header = nextCsvRecord();
        if (!header) {
            return fail(header.error());
        }
        if (!*header) {
            return fail(badLine(1, tr("the file is empty; a CSV file starts with a header row.")));
        }
        m_headerSize = (*header)->size();
        for (qsizetype i = 0; i < (*header)->size(); ++i) {
            const QString name = (*header)->at(i).trimmed();
            for (const QString& known : kKnownColumns) {
                if (name.compare(known, Qt::CaseInsensitive) == 0) {
                    m_columns.insert(known, i);
                }
            }
        }
        if (!m_columns.contains(u"email"_s) && !m_columns.contains(u"username"_s)) {
            return fail(badLine(1,
                                tr("the header row names neither an email nor a username column (columns: %1).")
                                    .arg(kKnownColumns.join(u", "_s))));
        }
        m_headerRead = true;
    }
    auto record = nextCsvRecord();
    if (!record) {
        return fail(record.error());
    }
    if (!*record) {
        return std::optional<ImportedUser>();
    }
    const QStringList& fields = **record;
    auto column = [&](const QString& name) {
        const auto it = m_columns.constFind(name);
        return it != m_columns.cend() && *it < fields.size() ? fields.at(*it) : QString();
    };
    if (fields.size() != m_headerSize) {
        return fail(
            badLine(m_lastLine, tr("%1 fields, but the header row has %2.").arg(fields.size()).arg(m_headerSize)));
    }
    ImportedUser user;
    user.email = column(u"email"_s);
    user.username = column(u"username"_s);
    user.fullName = column(u"fullName"_s);
    user.mobilePhone = column(u"mobilePhone"_s);
    user.password = column(u"password"_s);
    user.encryptionScheme = column(u"encryptionScheme"_s);
    return std::optional<ImportedUser>(user);
}

UserFileWriter::UserFileWriter(QIODevice& device)
    : m_device(device)
{
}

void UserFileWriter::writeHeader()
{
    m_device.write("id,email,username,fullName,mobilePhone,twoFactorEnabled\n");
}

void UserFileWriter::write(const User& user)
{
    const QString line = csvField(user.id) % u',' % csvField(user.email) % u',' % csvField(user.username) % u','
        % csvField(user.fullName) % u',' % csvField(user.mobilePhone) % u','
        % (user.twoFactorEnabled ? u"true"_s : u"false"_s) % u'\n';
    m_device.write(line.toUtf8());
}

} // namespace tfk
