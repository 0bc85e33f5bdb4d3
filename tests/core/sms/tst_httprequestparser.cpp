#include "sms/sink/HttpRequestParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

using Status = HttpRequestParser::Status;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAGet();
    void parsesAPostArrivingByteByByte();
    void parsesPipelinedRequests();
    void keepAlive_data();
    void keepAlive();
    void acceptsBareLineFeeds();
    void skipsEmptyLinesBeforeARequest();
    void splitsPathAndQuery();
    void rejects_data();
    void rejects();
    void headerLimitWithoutAnEnd();
    void bodyLimitIsCheckedBeforeTheBodyArrives();
    void expectContinueIsAskedOnce();
    void staysFailed();
};

void TestHttpRequestParser::parsesAGet()
{
    HttpRequestParser parser;
    QByteArray buffer = "GET /a/b.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Empty:\r\nAccept:  */*  \r\n\r\n"_ba;
    QCOMPARE(parser.parse(buffer), Status::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.target, "/a/b.json"_ba);
    QCOMPARE(request.minorVersion, 1);
    QCOMPARE(request.header("host"), "127.0.0.1"_ba);
    QCOMPARE(request.header("ACCEPT"), "*/*"_ba);
    QVERIFY(request.hasHeader("x-empty"));
    QVERIFY(!request.hasHeader("Authorization"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(buffer.isEmpty());
}

void TestHttpRequestParser::parsesAPostArrivingByteByByte()
{
    const QByteArray wire = "POST /m HTTP/1.1\r\nContent-Length: 11\r\n\r\nTo=%2B1&B=x"_ba;
    HttpRequestParser parser;
    QByteArray buffer;
    for (qsizetype i = 0; i < wire.size() - 1; ++i) {
        buffer.append(wire[i]);
        QCOMPARE(parser.parse(buffer), Status::NeedMore);
    }
    buffer.append(wire.back());
    QCOMPARE(parser.parse(buffer), Status::Complete);
    QCOMPARE(parser.takeRequest().body, "To=%2B1&B=x"_ba);
}

void TestHttpRequestParser::parsesPipelinedRequests()
{
    HttpRequestParser parser;
    QByteArray buffer = "POST /1 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\n"_ba;
    QCOMPARE(parser.parse(buffer), Status::Complete);
    const HttpRequest first = parser.takeRequest();
    QCOMPARE(first.target, "/1"_ba);
    QCOMPARE(first.body, "abc"_ba);
    QCOMPARE(parser.parse(buffer), Status::Complete);
    QCOMPARE(parser.takeRequest().target, "/2"_ba);
    QCOMPARE(parser.parse(buffer), Status::NeedMore);
    buffer.append("\r\n");
    QCOMPARE(parser.parse(buffer), Status::Complete);
    QCOMPARE(parser.takeRequest().target, "/3"_ba);
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << "GET / HTTP/1.1\r\n\r\n"_ba << true;
    QTest::newRow("1.1 close") << "GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"_ba << false;
    QTest::newRow("1.1 list with close") << "GET / HTTP/1.1\r\nConnection: TE, close\r\n\r\n"_ba << false;
    QTest::newRow("1.0 default") << "GET / HTTP/1.0\r\n\r\n"_ba << false;
    QTest::newRow("1.0 keep-alive") << "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"_ba << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser;
    QCOMPARE(parser.parse(head), Status::Complete);
    QCOMPARE(parser.takeRequest().keepAlive(), keepAlive);
}

void TestHttpRequestParser::acceptsBareLineFeeds()
{
    HttpRequestParser parser;
    QByteArray buffer = "POST /x HTTP/1.1\nContent-Length: 2\n\nhi"_ba;
    QCOMPARE(parser.parse(buffer), Status::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.header("Content-Length"), "2"_ba);
    QCOMPARE(request.body, "hi"_ba);
}

void TestHttpRequestParser::skipsEmptyLinesBeforeARequest()
{
    HttpRequestParser parser;
    QByteArray buffer = "\r\n\r\nGET /x HTTP/1.1\r\n\r\n"_ba;
    QCOMPARE(parser.parse(buffer), Status::Complete);
    QCOMPARE(parser.takeRequest().target, "/x"_ba);
}

void TestHttpRequestParser::splitsPathAndQuery()
{
    HttpRequestParser parser;
    QByteArray buffer = "GET /a/Messages.json?To=%2B1&PageSize=2 HTTP/1.1\r\n\r\n"_ba;
    QCOMPARE(parser.parse(buffer), Status::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.path(), "/a/Messages.json"_ba);
    QCOMPARE(request.query(), "To=%2B1&PageSize=2"_ba);
}

void TestHttpRequestParser::rejects_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");

    QTest::newRow("junk") << "GARBAGE\r\n\r\n"_ba << 400;
    QTest::newRow("no version") << "GET /\r\n\r\n"_ba << 400;
    QTest::newRow("two spaces") << "GET  / HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("not a path") << "GET index.html HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("raw byte in target") << "GET /\xff HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("bad method") << "G(T / HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("bad version") << "GET / HTTX/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("http 2") << "GET / HTTP/2.0\r\n\r\n"_ba << 505;
    QTest::newRow("header without colon") << "GET / HTTP/1.1\r\nBad Header\r\n\r\n"_ba << 400;
    QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400;
    QTest::newRow("folded header") << "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n"_ba << 400;
    QTest::newRow("control in value") << "GET / HTTP/1.1\r\nA: b\x01\r\n\r\n"_ba << 400;
    QTest::newRow("length not a number") << "POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n"_ba << 400;
    QTest::newRow("negative length") << "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << 400;
    QTest::newRow("conflicting lengths") << "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"_ba
                                         << 400;
    QTest::newRow("chunked") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << 411;
    QTest::newRow("body over limit") << "POST / HTTP/1.1\r\nContent-Length: 70000\r\n\r\n"_ba << 413;
    QTest::newRow("head over limit") << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(17 * 1024, 'x')
                                                   + "\r\n\r\n")
                                     << 431;
}

void TestHttpRequestParser::rejects()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    HttpRequestParser parser({16 * 1024, 64 * 1024});
    QCOMPARE(parser.parse(wire), Status::Failed);
    QCOMPARE(parser.failure().httpStatus, status);
    QVERIFY(!parser.failure().reason.isEmpty());
}

void TestHttpRequestParser::headerLimitWithoutAnEnd()
{
    HttpRequestParser parser({1024, 64 * 1024});
    QByteArray buffer = "GET / HTTP/1.1\r\nX-Big: "_ba + QByteArray(1000, 'x');
    QCOMPARE(parser.parse(buffer), Status::NeedMore);
    buffer.append(QByteArray(100, 'x'));
    QCOMPARE(parser.parse(buffer), Status::Failed);
    QCOMPARE(parser.failure().httpStatus, 431);
}

void TestHttpRequestParser::bodyLimitIsCheckedBeforeTheBodyArrives()
{
    HttpRequestParser parser({16 * 1024, 100});
    QByteArray buffer = "POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\nabc"_ba;
    QCOMPARE(parser.parse(buffer), Status::Failed);
    QCOMPARE(parser.failure().httpStatus, 413);
    QCOMPARE(parser.failure().bodyBytesToDiscard, 101);
    QCOMPARE(buffer, "abc"_ba); // what already arrived of the refused body, left to the caller

    HttpRequestParser exact({16 * 1024, 100});
    QByteArray fits = "POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n"_ba + QByteArray(100, 'b');
    QCOMPARE(exact.parse(fits), Status::Complete);
}

void TestHttpRequestParser::expectContinueIsAskedOnce()
{
    HttpRequestParser parser;
    QByteArray buffer = "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"_ba;
    QCOMPARE(parser.parse(buffer), Status::NeedMore);
    QVERIFY(parser.takeContinueRequest());
    QVERIFY(!parser.takeContinueRequest());
    buffer.append("ok");
    QCOMPARE(parser.parse(buffer), Status::Complete);
    QVERIFY(!parser.takeContinueRequest());
}

void TestHttpRequestParser::staysFailed()
{
    HttpRequestParser parser;
    QByteArray junk = "JUNK\r\n\r\n"_ba;
    QCOMPARE(parser.parse(junk), Status::Failed);
    QByteArray good = "GET / HTTP/1.1\r\n\r\n"_ba;
    QCOMPARE(parser.parse(good), Status::Failed);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
