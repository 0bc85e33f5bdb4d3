// The user files of `users import`: any CSV or JSON-lines file gives users or an error naming a line,
// the reader always moves forward, and it ends.

#include "FuzzCheck.h"
#include "users/UserFile.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray content = tfk::fuzz::bytes(data, size);
    for (const auto format : {tfk::UserFileReader::Format::Csv, tfk::UserFileReader::Format::JsonLines}) {
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        tfk::UserFileReader reader(buffer, format);
        const qsizetype lines = content.count('\n') + content.count('\r') + 1;
        qint64 lastLine = 0;
        qsizetype records = 0;
        while (true) {
            const qint64 before = reader.position();
            const auto next = reader.next();
            if (!next) {
                FUZZ_CHECK(!next.error().message.isEmpty(), "a bad line has a sentence");
                FUZZ_CHECK(next.error().httpStatus == 400, "a bad line is a 400");
                break;
            }
            if (!*next) {
                break;
            }
            ++records;
            FUZZ_CHECK(records <= lines, "no more users than lines");
            FUZZ_CHECK(reader.position() > before, "the reader moves forward");
            FUZZ_CHECK(reader.lastLine() > lastLine, "users come in line order");
            FUZZ_CHECK(reader.lastLine() <= lines, "a user's line is in the file");
            lastLine = reader.lastLine();
        }
    }
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    (void)tfk::UserFileReader::guessFormat(QStringLiteral("users"), buffer);
    return 0;
}
