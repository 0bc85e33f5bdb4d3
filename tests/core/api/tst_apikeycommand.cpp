// `twofactor-kiosk api-key create|list|revoke` on a real kiosk database (settings + data key + SQLite
// in a temporary folder), as a script would run it.

#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "TestDatabases.h"
#include "api/ApiKeyCommand.h"
#include "runtime/Runtime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestApiKeyCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TFK_REQUIRE_QCA(m_qca);
        // A SQLite file, or a fresh database on the test PostgreSQL server (tst_apikeycommand_postgres).
        m_database = tfk::test::TestDatabases::location(m_databases.create(u"kiosk.db"_s));
        QVERIFY2(m_databases.problem().isEmpty(), m_databases.problem().constData());
        QCOMPARE(m_database.startsWith(u"postgresql://"_s), tfk::test::TestDatabases::postgres());
    }
    void recognisesTheCommand();
    void createListRevoke();
    void createdKeysOpenTheApi();
    void createWithoutANameGetsADatedName();
    void usageErrors();

private:
    Output run(const QStringList& words)
    {
        Output output;
        QTextStream out(&output.out);
        QTextStream err(&output.err);
        const QStringList arguments = QStringList {u"twofactor-kiosk"_s, u"--settings"_s,
                                                   m_dir.filePath(u"kiosk.conf"_s), u"--database"_s, m_database}
            + words;
        output.code = ApiKeyCommand::main(arguments, out, err, QProcessEnvironment());
        out.flush();
        err.flush();
        return output;
    }

    tfk::test::QcaTestEnvironment m_qca;
    QTemporaryDir m_dir;
    tfk::test::TestDatabases m_databases;
    QString m_database;
};

void TestApiKeyCommand::recognisesTheCommand()
{
    QVERIFY(ApiKeyCommand::isInvocation({u"tfk"_s, u"api-key"_s, u"list"_s}));
    QVERIFY(ApiKeyCommand::isInvocation({u"tfk"_s, u"--database"_s, u"api-key"_s, u"api-key"_s, u"list"_s}));
    QVERIFY(ApiKeyCommand::isInvocation({u"tfk"_s, u"--mock-sms"_s, u"api-key"_s, u"list"_s}));
    QVERIFY(!ApiKeyCommand::isInvocation({u"tfk"_s, u"--database"_s, u"api-key"_s}));
    QVERIFY(!ApiKeyCommand::isInvocation({u"tfk"_s, u"--headless"_s, u"--api"_s}));
    QVERIFY(!ApiKeyCommand::isInvocation({u"tfk"_s}));
}

void TestApiKeyCommand::createListRevoke()
{
    const Output created = run({u"api-key"_s, u"create"_s, u"--name"_s, u"deploy script"_s});
    QCOMPARE(created.code, 0);
    // stdout is the key and nothing else.
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}\\n$"_s).match(created.out).hasMatch(), qPrintable(created.out));
    QVERIFY(created.err.contains(u"deploy script"_s));
    QVERIFY(!created.err.contains(created.out.trimmed()));
    QVERIFY(run({u"api-key"_s, u"create"_s, u"--name"_s, u"second"_s}).code == 0);

    const Output listed = run({u"api-key"_s, u"list"_s});
    QCOMPARE(listed.code, 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList columns = lines.first().split(u'\t');
    QCOMPARE(columns.size(), 5);
    QCOMPARE(columns.at(1), u"deploy script"_s);
    QCOMPARE(columns.at(3), u"-"_s); // never used
    QCOMPARE(columns.at(4), u"active"_s);
    QVERIFY(!listed.out.contains(created.out.trimmed())); // the key is never shown again

    const Output revoked = run({u"api-key"_s, u"revoke"_s, columns.at(0)});
    QCOMPARE(revoked.code, 0);
    QVERIFY(revoked.out.isEmpty());
    const Output after = run({u"api-key"_s, u"list"_s});
    QVERIFY(after.out.split(u'\n').first().split(u'\t').at(4).startsWith(u"revoked "_s));

    const Output unknown = run({u"api-key"_s, u"revoke"_s, u"no-such-id"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"no-such-id"_s));
}

void TestApiKeyCommand::createdKeysOpenTheApi()
{
    const Output created = run({u"api-key"_s, u"create"_s, u"--name"_s, u"check"_s});
    QCOMPARE(created.code, 0);
    RuntimeOptions options;
    options.settingsPath = m_dir.filePath(u"kiosk.conf"_s);
    options.databasePath = m_database;
    options.environment = QProcessEnvironment();
    auto runtime = Runtime::create(options);
    TFK_VERIFY_OK(runtime);
    // Another process, the same data key: the key printed by the command is recognised.
    const SecretCipher cipher((*runtime)->dataKey());
    SystemClock clock;
    ApiKeyStore store((*runtime)->database(), cipher, clock);
    QVERIFY(store.authenticate(created.out.trimmed())->has_value());
}

void TestApiKeyCommand::createWithoutANameGetsADatedName()
{
    QCOMPARE(ApiKeyCommand::defaultKeyName(QDateTime(QDate(2025, 3, 4), QTime(9, 7, 59), QTimeZone::UTC)),
             u"api key 2025-03-04 09:07"_s);
    QCOMPARE(ApiKeyCommand::defaultKeyName(QDateTime(QDate(2031, 12, 31), QTime(23, 59), QTimeZone::UTC)),
             u"api key 2031-12-31 23:59"_s);

    const QDateTime before = QDateTime::currentDateTime();
    const Output created = run({u"api-key"_s, u"create"_s});
    const QDateTime after = QDateTime::currentDateTime();
    QCOMPARE(created.code, 0);
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}\\n$"_s).match(created.out).hasMatch(), qPrintable(created.out));
    // The newest key (the list is oldest first; earlier tests made keys in the same database).
    const QStringList lines = run({u"api-key"_s, u"list"_s}).out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QStringList columns = lines.last().split(u'\t');
    QCOMPARE(columns.size(), 5);
    // The local time of the call, to the minute.
    const auto match = QRegularExpression(u"^api key (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})$"_s).match(columns.at(1));
    QVERIFY2(match.hasMatch(), qPrintable(columns.at(1)));
    const QDateTime named = QDateTime::fromString(match.captured(1), u"yyyy-MM-dd HH:mm"_s);
    QVERIFY(named.isValid());
    QVERIFY2(named.secsTo(before) < 60 && after.secsTo(named) <= 0, qPrintable(match.captured(1)));
    QVERIFY(created.err.contains(columns.at(1)));
}

void TestApiKeyCommand::usageErrors()
{
    QCOMPARE(run({u"api-key"_s}).code, 2);
    QCOMPARE(run({u"api-key"_s, u"create"_s, u"extra"_s}).code, 2);
    QCOMPARE(run({u"api-key"_s, u"create"_s, u"--name"_s}).code, 2);
    QCOMPARE(run({u"api-key"_s, u"frobnicate"_s}).code, 2);
    QCOMPARE(run({u"api-key"_s, u"revoke"_s}).code, 2);
    QCOMPARE(run({u"api-key"_s, u"list"_s, u"extra"_s}).code, 2);
    const Output blank = run({u"api-key"_s, u"create"_s, u"--name"_s, u" "_s});
    QCOMPARE(blank.code, 1);
    QVERIFY(blank.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiKeyCommand)
#include "tst_apikeycommand.moc"
