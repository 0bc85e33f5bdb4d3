// One step as the API view writes it: the request line and answer, the masks outside demo mode (in the path, the
// request and the answer, nested objects and lists included), and the curl command with shell quoting.

#include "api/ApiExchange.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestApiExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAsTheApiSendsThem();
    void masksEverySecret();
    void curlQuotesForTheShell();
};

void TestApiExchange::linesAsTheApiSendsThem()
{
    const ApiExchange send = ApiExchange::of(
        u"POST"_s, u"/api/two-factor/send"_s, ApiReply::empty(200),
        QJsonObject {{u"mobilePhone"_s, u"+12015550123"_s}, {u"secret"_s, u"8MJJfCY4ERBtotvenSc3"_s}});
    QCOMPARE(
        send.summary(),
        u"POST /api/two-factor/send {\"mobilePhone\":\"+12015550123\",\"secret\":\"8MJJfCY4ERBtotvenSc3\"} -> 200"_s);
    ApiReply busy = ApiReply::generalError(429, u"[TooManyRequests]"_s, u"Wait."_s);
    busy.withHeader(QHttpHeaders::WellKnownHeader::RetryAfter, "30");
    const ApiExchange resend = ApiExchange::of(u"POST"_s, u"/api/two-factor/send/abc"_s, busy);
    QCOMPARE(resend.summary(),
             u"POST /api/two-factor/send/abc -> 429 Retry-After: 30 "
             "{\"generalErrors\":[{\"code\":\"[TooManyRequests]\",\"message\":\"Wait.\"}]}"_s);
    QCOMPARE(ApiExchange::of(u"POST"_s, u"/api/two-factor/login"_s, ApiReply::empty(421)).answer(), u"421"_s);
}

void TestApiExchange::masksEverySecret()
{
    const QJsonObject answer {
        {u"token"_s, u"eyJ.x.y"_s},
        {u"tokenExpirationInstant"_s, qint64(1234571523000)},
        {u"user"_s, QJsonObject {{u"email"_s, u"r@example.com"_s}, {u"twoFactorEnabled"_s, true}}},
        {u"recoveryCodes"_s, QJsonArray {u"K7QMX-2RTPW"_s, u"ABCDE-FGHJK"_s}},
    };
    ApiExchange completion = ApiExchange::of(
        u"POST"_s, u"/api/two-factor/login"_s, ApiReply::json(200, answer),
        QJsonObject {{u"twoFactorId"_s, u"T"_s}, {u"code"_s, u"123456"_s}, {u"trustComputer"_s, false}});
    QCOMPARE(
        completion.masked().summary(),
        u"POST /api/two-factor/login {\"code\":\"••••••\",\"trustComputer\":false,\"twoFactorId\":\"••••••\"} -> 200 "
        "{\"recoveryCodes\":[\"••••••\",\"••••••\"],\"token\":\"••••••\",\"tokenExpirationInstant\":1234571523000,"
        "\"user\":{\"email\":\"r@example.com\",\"twoFactorEnabled\":true}}"_s);

    // A credential at the end of the path goes; a user id before it stays (even when it holds the same digits).
    ApiExchange disable
        = ApiExchange::of(u"DELETE"_s, u"/api/user/two-factor/u-123456?code=123456"_s, ApiReply::empty(200));
    disable.secretInPath = u"123456"_s;
    QCOMPARE(disable.masked().requestLine(), u"DELETE /api/user/two-factor/u-123456?code=••••••"_s);
    QCOMPARE(disable.requestLine(), u"DELETE /api/user/two-factor/u-123456?code=123456"_s);
}

void TestApiExchange::curlQuotesForTheShell()
{
    const ApiExchange created = ApiExchange::of(u"POST"_s, u"/api/login"_s, ApiReply::empty(404),
                                                QJsonObject {{u"loginId"_s, u"o'brien@example.com"_s}});
    QCOMPARE(created.curl(QUrl(u"http://127.0.0.1:9011/"_s)),
             u"curl -s -i -X POST -H \"Authorization: $TFK_API_KEY\" -H 'Content-Type: application/json' "
             "-d '{\"loginId\":\"o'\\''brien@example.com\"}' 'http://127.0.0.1:9011/api/login'"_s);
    ApiExchange open = ApiExchange::of(u"POST"_s, u"/api/two-factor/send/T"_s, ApiReply::empty(200));
    open.needsKey = false;
    QCOMPARE(open.curl(QUrl(u"http://[::1]:9011"_s)),
             u"curl -s -i -X POST 'http://[::1]:9011/api/two-factor/send/T'"_s);
}

QTEST_GUILESS_MAIN(TestApiExchange)
#include "tst_apiexchange.moc"
