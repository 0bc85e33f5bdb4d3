// How workflow errors become FusionAuth answers: field vs general errors, empty bodies, Retry-After,
// and statuses the service does not produce today (423) passing through unchanged.

#include "api/ApiReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;

class TestApiReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldErrorsAreAMap();
    void generalErrorsAreAList();
    void emptyBodiesWhereFusionAuthSendsNone_data();
    void emptyBodiesWhereFusionAuthSendsNone();
    void retryAfterOnLimitsAndLockouts();
    void statusesPassThrough_data();
    void statusesPassThrough();
    void jsonHasItsContentType();
};

namespace {

QJsonObject bodyOf(const ApiReply& reply)
{
    return QJsonDocument::fromJson(reply.body()).object();
}

} // namespace

void TestApiReply::fieldErrorsAreAMap()
{
    const ApiReply reply
        = ApiReply::fromError(Error {u"[invalid]user.mobilePhone"_s, u"Not a phone."_s, 400, u"user.mobilePhone"_s});
    QCOMPARE(reply.status(), 400);
    const QJsonObject body = bodyOf(reply);
    QVERIFY(body.value(u"fieldErrors"_s).isObject());
    QVERIFY(!body.contains(u"generalErrors"_s));
    const QJsonArray list = body.value(u"fieldErrors"_s).toObject().value(u"user.mobilePhone"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"code"_s).toString(), u"[invalid]user.mobilePhone"_s);
    QCOMPARE(list.first().toObject().value(u"message"_s).toString(), u"Not a phone."_s);
}

void TestApiReply::generalErrorsAreAList()
{
    const ApiReply reply = ApiReply::fromError(Error {u"[TwoFactorSendFailed]"_s, u"Twilio said no."_s, 500});
    QCOMPARE(reply.status(), 500);
    const QJsonArray list = bodyOf(reply).value(u"generalErrors"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"code"_s).toString(), u"[TwoFactorSendFailed]"_s);
    QVERIFY(!bodyOf(reply).contains(u"fieldErrors"_s));
}

void TestApiReply::emptyBodiesWhereFusionAuthSendsNone_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("401") << 401 << QString();
    QTest::newRow("404 user") << 404 << QString();
    QTest::newRow("404 twoFactorId with a field") << 404 << u"twoFactorId"_s;
    QTest::newRow("421 code") << 421 << u"code"_s;
}

void TestApiReply::emptyBodiesWhereFusionAuthSendsNone()
{
    QFETCH(int, status);
    QFETCH(QString, field);
    const ApiReply reply = ApiReply::fromError(Error {u"[x]"_s, u"x"_s, status, field});
    QCOMPARE(reply.status(), status);
    QVERIFY(reply.body().isEmpty());
}

void TestApiReply::retryAfterOnLimitsAndLockouts()
{
    const ApiReply limited = ApiReply::fromError(Error {u"[TooManyRequests]"_s, u"Wait."_s, 429, {}, 27});
    QCOMPARE(limited.status(), 429);
    QCOMPARE(limited.headers().value(QHttpHeaders::WellKnownHeader::RetryAfter).toByteArray(), "27"_ba);
    const ApiReply locked = ApiReply::fromError(Error {u"[LoginPreventedException]"_s, u"Locked."_s, 409, {}, 180});
    QCOMPARE(locked.headers().value(QHttpHeaders::WellKnownHeader::RetryAfter).toByteArray(), "180"_ba);
    const ApiReply plain = ApiReply::fromError(Error {u"[invalid]code"_s, u"No."_s, 400, u"code"_s});
    QVERIFY(!plain.headers().contains(QHttpHeaders::WellKnownHeader::RetryAfter));
}

void TestApiReply::statusesPassThrough_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("expected");
    QTest::newRow("423 locked user") << 423 << 423;
    QTest::newRow("409") << 409 << 409;
    QTest::newRow("0 becomes 500") << 0 << 500;
    QTest::newRow("200 is no error status") << 200 << 500;
    QTest::newRow("503") << 503 << 503;
}

void TestApiReply::statusesPassThrough()
{
    QFETCH(int, given);
    QFETCH(int, expected);
    const ApiReply reply = ApiReply::fromError(Error {u"[UserLocked]"_s, u"Locked."_s, given});
    QCOMPARE(reply.status(), expected);
    QCOMPARE(bodyOf(reply).value(u"generalErrors"_s).toArray().size(), 1);
}

void TestApiReply::jsonHasItsContentType()
{
    const ApiReply reply = ApiReply::json(242, QJsonObject {{u"twoFactorId"_s, u"abc"_s}});
    QCOMPARE(reply.status(), 242);
    QVERIFY(reply.headers().value(QHttpHeaders::WellKnownHeader::ContentType).startsWith("application/json"));
    QCOMPARE(reply.body(), R"({"twoFactorId":"abc"})"_ba);
    QVERIFY(!ApiReply::empty(200).headers().contains(QHttpHeaders::WellKnownHeader::ContentType));
}

QTEST_GUILESS_MAIN(TestApiReply)
#include "tst_apireply.moc"
