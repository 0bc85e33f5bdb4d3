// The Twilio client against the mock sink over real loopback HTTP: the request it sends (form
// encoding, Basic auth), every answer it must understand, retries only where nothing was processed,
// and delivery tracking.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "sms/TwilioMessageJob.h"
#include "sms/TwilioSmsSender.h"
#include "sms/TwilioStatusPoller.h"
#include "sms/sink/TwilioSink.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::waitFor;

namespace {

const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kToken = u"super-secret-token-0001"_s;
const QString kApiKey = u"SKfedcba9876543210fedcba9876543210"_s;
const QString kApiSecret = u"api-key-secret-0002"_s;

TwilioSink::Options sinkOptions(bool testCredentials = false)
{
    TwilioSink::Options options;
    options.accountSid = kAccount;
    options.authToken = kToken;
    options.apiKeys = {{kApiKey, kApiSecret}};
    options.testCredentials = testCredentials;
    options.statusStepMs = 50;
    options.undeliverableNumbers = {u"+12015550199"_s};
    return options;
}

TwilioConfig configFor(const TwilioSink& sink)
{
    TwilioConfig config;
    config.baseUrl = sink.baseUrl();
    config.accountSid = kAccount;
    config.authToken = kToken;
    config.fromNumber = u"+15005550006"_s;
    config.timeoutMs = 2000;
    config.backoffMs = 20;
    config.trackDelivery = false;
    config.pollInitialMs = 30;
    config.pollMaxMs = 60;
    config.pollDeadlineMs = 5000;
    return config;
}

} // namespace

class TestTwilioSmsSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formBodyEncodesEveryValue();
    void retryAfterHeader_data();
    void retryAfterHeader();
    void configValidation_data();
    void configValidation();
    void configFromEnvironment();
    void senderPerDestination_data();
    void senderPerDestination();

    void alphanumericSenderWithFallbackNumber();
    void alphanumericSenderWithoutFallbackToPlusOne();
    void alphanumericSenderRefusedAbroad();

    void sendsAndTheSinkReceivesExactly();
    void authenticatesWithAnApiKey();
    void messagingServiceInsteadOfFrom();
    void wrongCredentials();
    void unknownAccount();
    void magicNumbers_data();
    void magicNumbers();
    void emptyAndOverlongBodies();
    void timeoutIsReportedAndNeverResent();
    void tooManyRequestsIsRetried_data();
    void tooManyRequestsIsRetried();
    void tooManyRequestsGivesUpAfterThreeTries();
    void serverErrorIsNotRetried();
    void droppedConnectionIsNotResent();
    void unreachableHostIsRetriedThenReported();
    void nonJsonAnswer();
    void tracksDeliveryToDelivered();
    void tracksDeliveryToUndelivered();
    void stopsPollingOnTestCredentials();
    void unconfiguredSenderSaysWhatIsMissing();
    void cancelAllStopsEverything();

private:
    QNetworkAccessManager m_network;
};

void TestTwilioSmsSender::formBodyEncodesEveryValue()
{
    const QByteArray body
        = TwilioMessageJob::formBody({{u"To"_s, u"+15005550006"_s}, {u"Body"_s, u"Two Factor Code: 123456 & más=ñ"_s}});
    QCOMPARE(body, "To=%2B15005550006&Body=Two%20Factor%20Code%3A%20123456%20%26%20m%C3%A1s%3D%C3%B1"_ba);
    // The pitfall this guards against: QUrlQuery leaves '+' raw, and a form decoder reads it as a space.
    QUrlQuery query;
    query.addQueryItem(u"To"_s, u"+15005550006"_s);
    QCOMPARE(query.toString(QUrl::FullyEncoded), u"To=+15005550006"_s);
}

void TestTwilioSmsSender::retryAfterHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << "7"_ba << qint64(7);
    QTest::newRow("spaces") << " 12 "_ba << qint64(12);
    QTest::newRow("negative") << "-3"_ba << qint64(-1);
    QTest::newRow("garbage") << "soon"_ba << qint64(-1);
    QTest::newRow("http date") << "Fri, 27 Nov 2026 10:00:30 +0000"_ba << qint64(30);
    QTest::newRow("date in the past") << "Fri, 27 Nov 2026 09:00:00 +0000"_ba << qint64(0);
}

void TestTwilioSmsSender::retryAfterHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, seconds);
    const QDateTime now = QDateTime::fromString(u"2026-11-27T10:00:00Z"_s, Qt::ISODate);
    QCOMPARE(TwilioMessageJob::retryAfterSeconds(header, now), seconds);
}

void TestTwilioSmsSender::configValidation_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no account") << 0 << u"Account SID"_s;
    QTest::newRow("bad account") << 1 << u"AC followed by 32"_s;
    QTest::newRow("no token") << 2 << u"auth token"_s;
    QTest::newRow("no sender") << 3 << u"No sender"_s;
    QTest::newRow("bad from") << 4 << u"E.164"_s;
    QTest::newRow("bad service") << 5 << u"MG followed"_s;
    QTest::newRow("bad key") << 6 << u"SK followed"_s;
    QTest::newRow("bad url") << 7 << u"not an http(s) URL"_s;
    QTest::newRow("bad alphanumeric") << 8 << u"An alphanumeric sender ID has at most 11 characters"_s;
    QTest::newRow("bad fallback") << 9 << u"The fallback From number must be in E.164 form"_s;
    QTest::newRow("bad short code") << 10 << u"A short code has 5 or 6 digits"_s;
}

void TestTwilioSmsSender::configValidation()
{
    QFETCH(int, which);
    QFETCH(QString, messagePart);
    TwilioConfig config;
    config.accountSid = kAccount;
    config.authToken = kToken;
    config.fromNumber = u"+15005550006"_s;
    TFK_VERIFY_OK(config.validate());
    switch (which) {
    case 0:
        config.accountSid.clear();
        break;
    case 1:
        config.accountSid = u"AC123"_s;
        break;
    case 2:
        config.authToken.clear();
        break;
    case 3:
        config.fromNumber.clear();
        break;
    case 4:
        config.fromNumber = u"5005550006"_s;
        break;
    case 5:
        config.messagingServiceSid = u"MGxyz"_s;
        break;
    case 6:
        config.apiKeySid = u"SK1"_s;
        break;
    case 8:
        config.fromNumber = u"ACME Helpdesk"_s;
        break;
    case 9:
        config.fromNumber = u"ACME IT"_s;
        config.fallbackFromNumber = u"15005550006"_s;
        break;
    case 10:
        config.fromNumber = u"1234"_s;
        break;
    default:
        config.baseUrl = QUrl(u"ftp://example.com"_s);
        break;
    }
    const auto valid = config.validate();
    TFK_VERIFY_ERROR(valid, "[TwilioNotConfigured]");
    QVERIFY2(valid.error().message.contains(messagePart), qPrintable(valid.error().message));
    QVERIFY(!valid.error().message.contains(kToken));
}

void TestTwilioSmsSender::configFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"TWILIO_ACCOUNT_SID"_s, kAccount);
    environment.insert(u"TWILIO_AUTH_TOKEN"_s, kToken);
    environment.insert(u"TWILIO_API_KEY"_s, kApiKey);
    environment.insert(u"TWILIO_API_SECRET"_s, kApiSecret);
    environment.insert(u"TWILIO_FROM_NUMBER"_s, u"+15005550006"_s);
    environment.insert(u"TWILIO_MESSAGING_SERVICE_SID"_s, u"MG0123456789abcdef0123456789abcdef"_s);
    environment.insert(u"TWILIO_FALLBACK_FROM_NUMBER"_s, u"+15005550007"_s);
    environment.insert(u"TWILIO_API_URL"_s, u"http://127.0.0.1:9"_s);
    TwilioConfig base;
    base.accountSid = u"ACffffffffffffffffffffffffffffffff"_s;
    const TwilioConfig config = TwilioConfig::fromEnvironment(environment, base);
    QCOMPARE(config.accountSid, kAccount);
    QCOMPARE(config.authToken, kToken);
    QCOMPARE(config.apiKeySid, kApiKey);
    QCOMPARE(config.apiKeySecret, kApiSecret);
    QCOMPARE(config.fromNumber, u"+15005550006"_s);
    QCOMPARE(config.messagingServiceSid, u"MG0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(config.fallbackFromNumber, u"+15005550007"_s);
    QCOMPARE(config.baseUrl, QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(config.description(), u"Twilio (AC01...cdef)"_s);
}

void TestTwilioSmsSender::senderPerDestination_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected"); // the From sent
    QTest::addColumn<QString>("logged"); // what SmsSender::senderFor() tells the SMS log

    const QString alpha = u"ACME IT"_s;
    const QString number = u"+15005550006"_s;
    const QString service = u"MG0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("alnum to UK") << alpha << number << QString() << u"+447700900123"_s << alpha << alpha;
    QTest::newRow("alnum to Spain") << alpha << number << QString() << u"+34612345678"_s << alpha << alpha;
    QTest::newRow("alnum to US: fallback") << alpha << number << QString() << u"+12015550123"_s << number << number;
    QTest::newRow("alnum to Canada: fallback") << alpha << number << QString() << u"+14165550123"_s << number << number;
    QTest::newRow("alnum to US, no fallback") << alpha << QString() << QString() << u"+12015550123"_s << alpha << alpha;
    QTest::newRow("number ignores fallback")
        << u"+447700900100"_s << number << QString() << u"+12015550123"_s << u"+447700900100"_s << u"+447700900100"_s;
    QTest::newRow("short code to US") << u"12345"_s << number << QString() << u"+12015550123"_s << u"12345"_s
                                      << u"12345"_s;
    QTest::newRow("service picks") << alpha << number << service << u"+12015550123"_s << QString() << service;
}

void TestTwilioSmsSender::senderPerDestination()
{
    QFETCH(QString, from);
    QFETCH(QString, fallback);
    QFETCH(QString, service);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QFETCH(QString, logged);
    TwilioConfig config;
    config.accountSid = kAccount;
    config.authToken = kToken;
    config.fromNumber = from;
    config.fallbackFromNumber = fallback;
    config.messagingServiceSid = service;
    TFK_VERIFY_OK(config.validate());
    QCOMPARE(config.senderFor(to), expected);
    QCOMPARE(TwilioSmsSender(config, &m_network).senderFor(to), logged);
}

void TestTwilioSmsSender::alphanumericSenderWithFallbackNumber()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.fromNumber = u"ACME IT"_s;
    config.fallbackFromNumber = u"+15005550006"_s;
    TwilioSmsSender sender(config, &m_network);

    auto abroad = waitFor(sender.send({u"+447700900123"_s, u"Código: 123456"_s}));
    TFK_VERIFY_OK(abroad);
    QCOMPARE(abroad->sender, u"ACME IT"_s);
    auto home = waitFor(sender.send({u"+12015550123"_s, u"Code: 123456"_s}));
    TFK_VERIFY_OK(home);
    QCOMPARE(home->sender, u"+15005550006"_s);

    QCOMPARE(sink.messages().size(), 2);
    QCOMPARE(sink.messages().at(0).from, u"ACME IT"_s);
    QCOMPARE(sink.messages().at(0).to, u"+447700900123"_s);
    QCOMPARE(sink.messages().at(1).from, u"+15005550006"_s);
    QCOMPARE(sink.messages().at(1).to, u"+12015550123"_s);
}

void TestTwilioSmsSender::alphanumericSenderWithoutFallbackToPlusOne()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.fromNumber = u"ACME IT"_s;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"Code: 123456"_s}));
    TFK_VERIFY_ERROR(sent, "twilio:21612");
    QCOMPARE(sent.error().message,
             u"Alphanumeric sender IDs such as \"ACME IT\" are not delivered to +1 numbers (the United States, Canada "
             "and the rest of North America): set a fallback From number in Settings. (Twilio 21612)"_s);
    QCOMPARE(sink.messages().size(), 0);
    QCOMPARE(sink.requestCount(), 1); // a 4xx is never retried
}

void TestTwilioSmsSender::alphanumericSenderRefusedAbroad()
{
    // A country outside the +1 list that takes no alphanumeric sender either: Twilio answers 21612, and
    // the sentence points at the sender (the fallback number is only for +1).
    const QByteArray answer = R"({"code":21612,"message":"Message cannot be sent with the current combination of 'To' )"
                              R"((+8613800138000) and/or 'From' (ACME IT) parameters","more_info":)"
                              R"("https://www.twilio.com/docs/errors/21612","status":400})";
    QByteArray request;
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, &request, answer] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &request, answer] {
            request += socket->readAll();
            if (!request.contains("Body=")) {
                return;
            }
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
            socket->disconnectFromHost();
        });
    });
    TwilioConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
    config.accountSid = kAccount;
    config.authToken = kToken;
    config.fromNumber = u"ACME IT"_s;
    config.fallbackFromNumber = u"+15005550006"_s;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+8613800138000"_s, u"Code: 123456"_s}));
    TFK_VERIFY_ERROR(sent, "twilio:21612");
    QVERIFY2(request.contains("From=ACME%20IT"), request.constData());
    QCOMPARE(sent.error().message,
             u"Twilio does not deliver texts from the alphanumeric sender ID \"ACME IT\" to this number's country: "
             "use a From number there, or a Messaging Service that holds a number as well. (Twilio 21612)"_s);
}

void TestTwilioSmsSender::sendsAndTheSinkReceivesExactly()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    const QString body = u"Two Factor Code: 123456 — ça & más+ñ = ok"_s;
    auto sent = waitFor(sender.send({u"+12015550123"_s, body}));
    TFK_VERIFY_OK(sent);
    QVERIFY2(QRegularExpression(u"^SM[0-9a-f]{32}$"_s).match(sent->messageId).hasMatch(), qPrintable(sent->messageId));
    QCOMPARE(sent->status, u"queued"_s);
    QCOMPARE(sink.messages().size(), 1);
    const SinkMessage received = sink.messages().first();
    // The '+' arrived as a '+', the body byte for byte.
    QCOMPARE(received.to, u"+12015550123"_s);
    QCOMPARE(received.from, u"+15005550006"_s);
    QCOMPARE(received.body, body);
    QCOMPARE(received.sid, sent->messageId);
    QCOMPARE(sent->sender, u"+15005550006"_s);
}

void TestTwilioSmsSender::authenticatesWithAnApiKey()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.authToken.clear();
    config.apiKeySid = kApiKey;
    config.apiKeySecret = kApiSecret;
    TwilioSmsSender sender(config, &m_network);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"hello"_s})));
    config.apiKeySecret = u"wrong"_s;
    sender.setConfig(config);
    TFK_VERIFY_ERROR(waitFor(sender.send({u"+12015550123"_s, u"hello"_s})), "twilio:20003");
}

void TestTwilioSmsSender::messagingServiceInsteadOfFrom()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.fromNumber.clear();
    config.messagingServiceSid = u"MG0123456789abcdef0123456789abcdef"_s;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_OK(sent);
    QCOMPARE(sent->status, u"accepted"_s);
    QCOMPARE(sent->sender, config.messagingServiceSid); // the service has not picked a number yet
    QCOMPARE(sink.messages().first().messagingServiceSid, config.messagingServiceSid);
}

void TestTwilioSmsSender::wrongCredentials()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.authToken = u"not-the-token"_s;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "twilio:20003");
    QCOMPARE(sent.error().httpStatus, 401);
    QVERIFY2(sent.error().message.contains(u"(Twilio 20003)"_s), qPrintable(sent.error().message));
    QVERIFY(!sent.error().message.contains(u"not-the-token"_s));
    QCOMPARE(sink.messages().size(), 0);
    QCOMPARE(sink.requestCount(), 1); // a 401 is never retried
}

void TestTwilioSmsSender::unknownAccount()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.accountSid = u"ACffffffffffffffffffffffffffffffff"_s;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    QVERIFY(!sent.has_value());
    // Twilio authenticates first: an account the credentials do not belong to is 20003 or 20404.
    QVERIFY2(sent.error().code == u"twilio:20404"_s || sent.error().code == u"twilio:20003"_s,
             qPrintable(sent.error().code));
}

void TestTwilioSmsSender::magicNumbers_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sentence");
    // shared/reference/twilio-messages.md, test credentials.
    QTest::newRow("to invalid") << u"+15005550006"_s << u"+15005550001"_s << u"twilio:21211"_s
                                << u"not a valid phone number"_s;
    QTest::newRow("to unreachable") << u"+15005550006"_s << u"+15005550002"_s << u"twilio:21612"_s
                                    << u"cannot send text messages from the configured sender"_s;
    QTest::newRow("to geo") << u"+15005550006"_s << u"+15005550003"_s << u"twilio:21408"_s << u"Geo Permissions"_s;
    QTest::newRow("to unsubscribed") << u"+15005550006"_s << u"+15005550004"_s << u"twilio:21610"_s
                                     << u"replying STOP"_s;
    QTest::newRow("to not mobile") << u"+15005550006"_s << u"+15005550009"_s << u"twilio:21614"_s
                                   << u"cannot receive text messages"_s;
    QTest::newRow("from invalid") << u"+15005550001"_s << u"+12015550123"_s << u"twilio:21212"_s
                                  << u"sender (From) number in Settings is not a valid"_s;
    QTest::newRow("from not owned") << u"+15005550007"_s << u"+12015550123"_s << u"twilio:21606"_s
                                    << u"cannot send text messages from this Twilio account"_s;
    QTest::newRow("from other") << u"+12015550100"_s << u"+12015550123"_s << u"twilio:21606"_s
                                << u"cannot send text messages from this Twilio account"_s;
}

void TestTwilioSmsSender::magicNumbers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);
    QFETCH(QString, sentence);
    TwilioSink sink(sinkOptions(true));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.fromNumber = from;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({to, u"Two Factor Code: 123456"_s}));
    QVERIFY(!sent.has_value());
    QCOMPARE(sent.error().code, code);
    QVERIFY2(sent.error().message.contains(sentence), qPrintable(sent.error().message));
    QVERIFY(sent.error().message.contains(u"(Twilio "_s % code.mid(7) % u')'));
    QCOMPARE(sink.requestCount(), 1); // validation errors are never retried
}

void TestTwilioSmsSender::emptyAndOverlongBodies()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    TFK_VERIFY_ERROR(waitFor(sender.send({u"+12015550123"_s, QString()})), "twilio:21602");
    TFK_VERIFY_ERROR(waitFor(sender.send({u"+12015550123"_s, QString(1601, u'x')})), "twilio:21617");
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, QString(1600, u'x')})));
}

void TestTwilioSmsSender::timeoutIsReportedAndNeverResent()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.timeoutMs = 1000;
    TwilioSmsSender sender(config, &m_network);
    sink.injectHang(1);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioTimeout]");
    QVERIFY(sent.error().message.contains(u"may or may not have been sent"_s));
    // Retries would come within the 20 ms backoff: give them ten times that, then count.
    QTest::qWait(300);
    QCOMPARE(sink.requestCount(), 1);
}

void TestTwilioSmsSender::tooManyRequestsIsRetried_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("with Retry-After") << 1;
    QTest::newRow("without Retry-After") << -1;
}

void TestTwilioSmsSender::tooManyRequestsIsRetried()
{
    QFETCH(int, retryAfter);
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    sink.injectTooManyRequests(1, retryAfter);
    QElapsedTimer elapsed;
    elapsed.start();
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_OK(sent);
    QCOMPARE(sink.requestCount(), 2);
    QCOMPARE(sink.messages().size(), 1);
    if (retryAfter > 0) {
        // Retry-After is honoured: the second try cannot come earlier than it says.
        QVERIFY2(elapsed.elapsed() >= retryAfter * 1000 - 50, qPrintable(QString::number(elapsed.elapsed())));
    }
}

void TestTwilioSmsSender::tooManyRequestsGivesUpAfterThreeTries()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    sink.injectTooManyRequests(10);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "twilio:20429");
    QCOMPARE(sent.error().httpStatus, 429);
    QCOMPARE(sink.requestCount(), 3);
    QCOMPARE(sink.messages().size(), 0);
}

void TestTwilioSmsSender::serverErrorIsNotRetried()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    sink.injectServerError(1);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    QVERIFY(!sent.has_value());
    QCOMPARE(sent.error().httpStatus, 500);
    QVERIFY(sent.error().code.startsWith(u"twilio:"_s));
    QTest::qWait(200);
    QCOMPARE(sink.requestCount(), 1);
}

void TestTwilioSmsSender::droppedConnectionIsNotResent()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    sink.injectDroppedConnection(1);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioConnectionDropped]");
    QTest::qWait(200);
    QCOMPARE(sink.requestCount(), 1);
}

void TestTwilioSmsSender::unreachableHostIsRetriedThenReported()
{
    // A port nobody listens on: connection refused before anything was sent.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    TwilioConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    config.accountSid = kAccount;
    config.authToken = kToken;
    config.fromNumber = u"+15005550006"_s;
    config.backoffMs = 20;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioUnreachable]");
    QVERIFY2(sent.error().message.contains(u"3 attempts"_s), qPrintable(sent.error().message));
}

void TestTwilioSmsSender::nonJsonAnswer()
{
    // A proxy or captive portal answering HTML.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 20\r\n"
                          "Connection: close\r\n\r\n<html>oops</html>\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    TwilioConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
    config.accountSid = kAccount;
    config.authToken = kToken;
    config.fromNumber = u"+15005550006"_s;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioBadResponse]");
    QVERIFY(sent.error().message.contains(u"502"_s));
}

void TestTwilioSmsSender::tracksDeliveryToDelivered()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.trackDelivery = true;
    TwilioSmsSender sender(config, &m_network);
    QSignalSpy spy(&sender, &SmsSender::deliveryStatusChanged);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_OK(sent);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(1).toString() == u"delivered"_s, 5000);
    for (const QList<QVariant>& change : std::as_const(spy)) {
        QCOMPARE(change.at(0).toString(), sent->messageId);
    }
    QCOMPARE(spy.last().at(2).toInt(), 0);
    QTRY_COMPARE(sender.findChildren<TwilioStatusPoller*>().size(), 0);
}

void TestTwilioSmsSender::tracksDeliveryToUndelivered()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.trackDelivery = true;
    TwilioSmsSender sender(config, &m_network);
    QSignalSpy spy(&sender, &SmsSender::deliveryStatusChanged);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550199"_s, u"hello"_s})));
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(1).toString() == u"undelivered"_s, 5000);
    QCOMPARE(spy.last().at(2).toInt(), 30003);
    QVERIFY2(spy.last().at(3).toString().contains(u"(Twilio 30003)"_s), qPrintable(spy.last().at(3).toString()));
}

void TestTwilioSmsSender::stopsPollingOnTestCredentials()
{
    TwilioSink sink(sinkOptions(true));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.trackDelivery = true;
    TwilioSmsSender sender(config, &m_network);
    QSignalSpy spy(&sender, &SmsSender::deliveryStatusChanged);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"hello"_s})));
    // One GET answered 403, then nothing more.
    QTRY_COMPARE(sender.findChildren<TwilioStatusPoller*>().size(), 0);
    QCOMPARE(sink.requestCount(), 2);
    QCOMPARE(spy.size(), 0);
}

void TestTwilioSmsSender::unconfiguredSenderSaysWhatIsMissing()
{
    TwilioSmsSender sender(TwilioConfig(), &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioNotConfigured]");
    QVERIFY(sent.error().message.contains(u"TWILIO_ACCOUNT_SID"_s));
}

void TestTwilioSmsSender::cancelAllStopsEverything()
{
    TwilioSink sink(sinkOptions());
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    sink.injectHang(1);
    auto pending = sender.send({u"+12015550123"_s, u"hello"_s});
    QTRY_COMPARE(sink.requestCount(), 1);
    QCOMPARE(sender.pendingCount(), 1);
    sender.cancelAll();
    QVERIFY(pending.isFinished());
    TFK_VERIFY_ERROR(pending.result(), "[SmsCanceled]");
}

QTEST_GUILESS_MAIN(TestTwilioSmsSender)
#include "tst_twiliosmssender.moc"
