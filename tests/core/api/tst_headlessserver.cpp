// The headless mode: serves until SIGTERM or SIGINT, then stops cleanly with exit code 0; logs its
// address, each request by route (never ids or codes) and, against the mock sink, each text.

#include "ApiTestClient.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "TestDatabases.h"
#include "api/HeadlessServer.h"
#include "runtime/Runtime.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ApiTestClient;

class TestHeadlessServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }
    void servesUntilASignal_data();
    void servesUntilASignal();
    void refusesARemoteAddress();

private:
    std::unique_ptr<Runtime> runtime(const QTemporaryDir& dir)
    {
        RuntimeOptions options;
        options.settingsPath = dir.filePath(u"kiosk.conf"_s);
        // A SQLite file, or a fresh database on the test PostgreSQL server (tst_headlessserver_postgres).
        options.databasePath = tfk::test::TestDatabases::location(m_databases.create(u"kiosk-%1.db"_s.arg(++m_made)));
        if (options.databasePath.startsWith(u"postgresql://"_s) != tfk::test::TestDatabases::postgres()) {
            qFatal("the database is not on the engine this run tests: %s", qPrintable(options.databasePath));
        }
        options.mockSms = true;
        options.environment = QProcessEnvironment();
        auto created = Runtime::create(options);
        return created ? std::move(*created) : nullptr;
    }

    tfk::test::QcaTestEnvironment m_qca;
    tfk::test::TestDatabases m_databases;
    int m_made = 0;
};

void TestHeadlessServer::servesUntilASignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestHeadlessServer::servesUntilASignal()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    auto kiosk = runtime(dir);
    QVERIFY(kiosk);
    QString text;
    QTextStream log(&text);
    ApiServerOptions options;
    options.port = 0;
    int unauthenticated = 0;
    int open = 0;
    QString twoFactorId = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    QTimer::singleShot(0, [&] {
        const auto match = QRegularExpression(u"API listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(text);
        if (match.hasMatch()) {
            ApiTestClient client(QUrl(match.captured(1)));
            unauthenticated = client.request("GET", u"/api/two-factor/secret"_s).status;
            open = client.request("POST", u"/api/two-factor/send/"_s + twoFactorId).status;
        }
        ::raise(signalNumber);
    });
    struct sigaction before = {};
    ::sigaction(signalNumber, nullptr, &before);
    const int code = HeadlessServer::run(*kiosk, options, log, QProcessEnvironment());
    QCOMPARE(code, 0);
    QCOMPARE(unauthenticated, 401);
    QCOMPARE(open, 404);
    QVERIFY2(text.contains(u"mock SMS sink at http://127.0.0.1:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"GET /api/two-factor/secret 401"_s), qPrintable(text));
    QVERIFY2(text.contains(u"POST /api/two-factor/send/{twoFactorId} 404"_s), qPrintable(text));
    QVERIFY2(!text.contains(twoFactorId), qPrintable(text));
    QVERIFY2(text.trimmed().endsWith(u"stopped"_s), qPrintable(text));
    // The previous handler (QtTest's own) is put back.
    struct sigaction current = {};
    ::sigaction(signalNumber, nullptr, &current);
    QVERIFY(current.sa_handler == before.sa_handler);
}

void TestHeadlessServer::refusesARemoteAddress()
{
    QTemporaryDir dir;
    auto kiosk = runtime(dir);
    QVERIFY(kiosk);
    QString text;
    QTextStream log(&text);
    ApiServerOptions options;
    options.address = QHostAddress(QHostAddress::AnyIPv4);
    QCOMPARE(HeadlessServer::run(*kiosk, options, log, QProcessEnvironment()), 1);
    QVERIFY2(text.contains(u"--allow-remote-api"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestHeadlessServer)
#include "tst_headlessserver.moc"
