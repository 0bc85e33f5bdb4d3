// The user files of `users import` / `users export`: CSV with a header row (RFC 4180 quoting, any
// column order, CR LF, blank lines) and JSON lines; a bad line is an error naming its line number.

#include "ResultAssertions.h"
#include "users/UserFile.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

QList<ImportedUser> readAll(const QByteArray& text, UserFileReader::Format format, Error* error = nullptr,
                            QList<qint64>* lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    UserFileReader reader(buffer, format);
    QList<ImportedUser> users;
    while (true) {
        auto next = reader.next();
        if (!next) {
            if (error) {
                *error = next.error();
            }
            return users;
        }
        if (!*next) {
            return users;
        }
        users << **next;
        if (lines) {
            *lines << reader.lastLine();
        }
    }
}

} // namespace

class TestUserFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithQuotesAndAnyColumnOrder();
    void csvBadLinesNameTheirLine();
    void jsonLines();
    void formatFromNameOrContent();
    void exportWritesCsvWithoutSecrets();
};

void TestUserFile::csvWithQuotesAndAnyColumnOrder()
{
    const QByteArray csv = "mobilePhone,FullName,email,password,unknown\r\n"
                           "+12015550123,\"Hendricks, Richard\",richard@example.com,p@ss\"word,x\r\n"
                           "\r\n"
                           ",\"Two\nLines \"\"quoted\"\"\",jared@example.com,secret123,\r\n";
    QList<qint64> lines;
    Error error;
    const QList<ImportedUser> users = readAll(csv, UserFileReader::Format::Csv, &error, &lines);
    QVERIFY2(error.code.isEmpty(), qPrintable(error.message));
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).fullName, u"Hendricks, Richard"_s);
    QCOMPARE(users.at(0).email, u"richard@example.com"_s);
    QCOMPARE(users.at(0).mobilePhone, u"+12015550123"_s);
    QCOMPARE(users.at(0).password, u"p@ss\"word"_s);
    QCOMPARE(users.at(1).fullName, u"Two\nLines \"quoted\""_s);
    QCOMPARE(users.at(1).mobilePhone, QString());
    // Line numbers of the file (the header is line 1, a blank line 3).
    QCOMPARE(lines, (QList<qint64> {2, 4}));
}

void TestUserFile::csvBadLinesNameTheirLine()
{
    Error error;
    QList<ImportedUser> users
        = readAll("email,fullName\na@example.com,A\nb@example.com\n", UserFileReader::Format::Csv, &error);
    QCOMPARE(users.size(), 1);
    QCOMPARE(error.code, u"[invalid]line"_s);
    QVERIFY2(error.message.startsWith(u"Line 3:"_s), qPrintable(error.message));
    users = readAll("email,fullName\na@example.com,\"open\n", UserFileReader::Format::Csv, &error);
    QVERIFY2(error.message.contains(u"not closed"_s), qPrintable(error.message));
    users = readAll("name,phone\nx,y\n", UserFileReader::Format::Csv, &error);
    QVERIFY2(error.message.startsWith(u"Line 1:"_s), qPrintable(error.message));
    QVERIFY(users.isEmpty());
    users = readAll("", UserFileReader::Format::Csv, &error);
    QVERIFY(error.message.contains(u"empty"_s));
}

void TestUserFile::jsonLines()
{
    const QByteArray jsonl
        = "{\"email\":\"a@example.com\",\"mobilePhone\":\"+12015550123\",\"data\":{\"x\":1}}\n"
          "\n"
          "{\"user\":{\"username\":\"bee\",\"password\":\"$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA\","
          "\"encryptionScheme\":\"argon2id\"}}\n"
          "{\"email\": 42}\n";
    Error error;
    QList<qint64> lines;
    const QList<ImportedUser> users = readAll(jsonl, UserFileReader::Format::JsonLines, &error, &lines);
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).email, u"a@example.com"_s);
    QCOMPARE(users.at(1).username, u"bee"_s);
    QCOMPARE(users.at(1).encryptionScheme, u"argon2id"_s);
    QCOMPARE(lines, (QList<qint64> {1, 3}));
    QVERIFY2(error.message.startsWith(u"Line 4:"_s), qPrintable(error.message));
    readAll("{not json\n", UserFileReader::Format::JsonLines, &error);
    QVERIFY2(error.message.startsWith(u"Line 1: not JSON"_s), qPrintable(error.message));
}

void TestUserFile::formatFromNameOrContent()
{
    QBuffer json;
    json.setData("  {\"email\":\"a@b\"}");
    json.open(QIODevice::ReadOnly);
    QCOMPARE(UserFileReader::guessFormat(u"users.txt"_s, json), UserFileReader::Format::JsonLines);
    QCOMPARE(UserFileReader::guessFormat(u"users.CSV"_s, json), UserFileReader::Format::Csv);
    QCOMPARE(UserFileReader::guessFormat(u"users.jsonl"_s, json), UserFileReader::Format::JsonLines);
    QBuffer csv;
    csv.setData("email\n");
    csv.open(QIODevice::ReadOnly);
    QCOMPARE(UserFileReader::guessFormat(u"users"_s, csv), UserFileReader::Format::Csv);
}

void TestUserFile::exportWritesCsvWithoutSecrets()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    UserFileWriter writer(buffer);
    writer.writeHeader();
    User user;
    user.id = u"1f0c"_s;
    user.email = u"r@example.com"_s;
    user.fullName = u"Hendricks, \"Richard\""_s;
    user.mobilePhone = u"+12015550123"_s;
    user.twoFactorEnabled = true;
    writer.write(user);
    QCOMPARE(buffer.data(),
             QByteArray("id,email,username,fullName,mobilePhone,twoFactorEnabled\n"
                        "1f0c,r@example.com,,\"Hendricks, \"\"Richard\"\"\",+12015550123,true\n"));
    // What export writes, import reads back.
    const QList<ImportedUser> back = readAll(buffer.data(), UserFileReader::Format::Csv);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().fullName, user.fullName);
    QCOMPARE(back.first().mobilePhone, user.mobilePhone);
}

QTEST_GUILESS_MAIN(TestUserFile)
#include "tst_userfile.moc"
