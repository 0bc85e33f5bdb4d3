#include "ManualClock.h"
#include "ResultAssertions.h"
#include "sms/sink/TwilioSink.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tfk;

namespace {

// Expected values below are written from Twilio's contract, not taken from the sink.
const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kToken = u"token-for-tests"_s;
const QString kApiKey = u"SK0123456789abcdef0123456789abcdef"_s;
const QString kApiSecret = u"secret-for-tests"_s;
const QString kMessagesPath = u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"_s;
const QString kGoodFrom = u"+15005550006"_s;
// 2026-11-27 10:42:00 UTC, a Friday.
const QDateTime kCreated(QDate(2026, 11, 27), QTime(10, 42), QTimeZone::UTC);

QByteArray basic(const QString& user, const QString& password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

const QByteArray kAuth = basic(kAccount, kToken);

// A correct client's form: every value percent-encoded, so '+' travels as %2B.
QByteArray form(std::initializer_list<std::pair<QByteArray, QString>> fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += name + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray sendForm(const QString& to, const QString& body = u"Two Factor Code: 123456"_s,
                    const QString& from = kGoodFrom)
{
    return form({{"To", to}, {"From", from}, {"Body", body}});
}

QByteArray request(const QByteArray& method, const QString& target, const QByteArray& body = {},
                   const QByteArray& auth = kAuth, const QByteArray& extraHeaders = {})
{
    QByteArray out = method + ' ' + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!auth.isEmpty()) {
        out += "Authorization: " + auth + "\r\n";
    }
    if (method == "POST") {
        out += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
    }
    out += extraHeaders;
    out += "\r\n";
    out += body;
    return out;
}

QString fetchPath(const QString& sid)
{
    return u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/"_s + sid + u".json"_s;
}

QByteArray post(const QByteArray& body, const QByteArray& auth = kAuth)
{
    return request("POST", kMessagesPath, body, auth);
}

struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Takes one complete response (1xx interim answers skipped) from the front of `buffer`.
bool takeReply(QByteArray& buffer, HttpReply& reply)
{
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        const QList<QByteArray> lines = buffer.first(end).split('\n');
        HttpReply parsed;
        parsed.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            parsed.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
        }
        if (parsed.status >= 100 && parsed.status < 200) {
            buffer.remove(0, end + 4);
            continue;
        }
        const qsizetype length = parsed.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length) {
            return false;
        }
        parsed.body = buffer.sliced(end + 4, length);
        buffer.remove(0, end + 4 + length);
        reply = parsed;
        return true;
    }
}

// A curl-like client on a raw socket: exactly the bytes we write, and every byte the sink answers.
// Waiting runs an event loop that wakes on socket signals (QTest::qWaitFor would sleep 10 ms a round).
class RawClient
{
public:
    explicit RawClient(const QUrl& base)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { wake(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] {
            m_buffer += m_socket.readAll();
            wake();
        });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
            m_disconnected = true;
            wake();
        });
        m_socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    }

    template <typename Predicate> bool waitFor(Predicate done, int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done()) {
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0) {
                return false;
            }
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(int(left), &loop, &QEventLoop::quit);
            loop.exec();
            m_loop = nullptr;
        }
        return true;
    }
    bool waitConnected()
    {
        return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; });
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    std::optional<HttpReply> next()
    {
        HttpReply reply;
        if (waitFor([&] { return takeReply(m_buffer, reply); })) {
            return reply;
        }
        return std::nullopt;
    }
    bool waitDisconnected()
    {
        return waitFor([this] { return m_disconnected; });
    }
    bool disconnected() const { return m_disconnected; }
    const QByteArray& received() const { return m_buffer; }
    QTcpSocket& socket() { return m_socket; }

private:
    void wake()
    {
        if (m_loop) {
            m_loop->quit();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_disconnected = false;
    QEventLoop* m_loop = nullptr;
};

// One request on a fresh connection, one response.
std::optional<HttpReply> exchange(const TwilioSink& sink, const QByteArray& bytes)
{
    RawClient client(sink.baseUrl());
    if (!client.waitConnected()) {
        return std::nullopt;
    }
    client.send(bytes);
    return client.next();
}

TwilioSink::Options options()
{
    TwilioSink::Options options;
    options.accountSid = kAccount;
    options.authToken = kToken;
    options.apiKeys = {{kApiKey, kApiSecret}};
    options.statusStepMs = 0;
    return options;
}

QString errorMessage(const HttpReply& reply)
{
    return reply.json().value(u"message"_s).toString();
}

} // namespace

class TestTwilioSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAnswersLikeTwilio();
    void demoDefaultsWork();
    void createWithMessagingService();
    void segmentsAreCountedAsCarriersDo_data();
    void segmentsAreCountedAsCarriersDo();
    void alphanumericSenderIsRecordedAsSent();
    void fetchReturnsTheMessage();
    void fetchUnknownSidIs404();
    void listIsNewestFirstWithPaging();
    void listFiltersByTo();
    void apiKeyAuthenticates();
    void badCredentialsAre401_data();
    void badCredentialsAre401();
    void otherAccountIs404();
    void malformedFormIs400AndTheConnectionServesOn_data();
    void malformedFormIs400AndTheConnectionServesOn();
    void unencodedPlusInToIs21211();
    void validation_data();
    void validation();
    void oversizedBodyIs413AndTheServerStaysUp();
    void oversizedBodyWithExpectContinueIsRefusedBeforeItIsSent();
    void magicNumbers_data();
    void magicNumbers();
    void toMagicNumbersWorkWithoutTestCredentials();
    void statusProgressesToDelivered();
    void undeliverableNumberEndsUndelivered();
    void messagingServiceStartsAccepted();
    void getWithTestCredentialsIs403();
    void tooManyRequests_data();
    void tooManyRequests();
    void serverError();
    void standingConditionsLastUntilChanged();
    void droppedConnection();
    void droppedConnectionReachesQNetworkAccessManager();
    void hangKeepsTheSocketAndServesOthers();
    void latencyDelaysTheAnswer();
    void thousandSendsOverOneKeepAliveConnection();
    void hundredConcurrentConnections();
    void pipelinedRequestsAnswerInOrder();
    void requestInPieces();
    void connectionCloseIsHonoured();
    void qNetworkAccessManagerRoundTrip();
    void qNetworkAccessManagerSeesA401();
    void logFileGetsOneJsonLinePerMessage();
    void logWriteFailureWarnsOnce();
    void unknownPathIs404();
    void wrongMethodIs405_data();
    void wrongMethodIs405();
    void hugeHeaderIs431();
    void malformedRequestLineIs400AndCloses();
    void chunkedBodyIs411();
    void clearForgetsEverything();
    void busyPortFailsToStart();
};

void TestTwilioSink::createAnswersLikeTwilio()
{
    test::ManualClock clock(kCreated.toMSecsSinceEpoch());
    auto opts = options();
    opts.clock = &clock;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    QCOMPARE(sink.baseUrl().toString(), u"http://127.0.0.1:%1"_s.arg(sink.port()));
    QSignalSpy received(&sink, &TwilioSink::messageReceived);

    const auto reply = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->header("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(reply->header("Content-Length").toInt(), reply->body.size());
    QCOMPARE(reply->header("Connection"), "keep-alive"_ba);
    QCOMPARE(reply->header("Date"), "Fri, 27 Nov 2026 10:42:00 GMT"_ba);

    const QJsonObject m = reply->json();
    QStringList keys = m.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({u"account_sid"_s,
                          u"api_version"_s,
                          u"body"_s,
                          u"date_created"_s,
                          u"date_sent"_s,
                          u"date_updated"_s,
                          u"direction"_s,
                          u"error_code"_s,
                          u"error_message"_s,
                          u"from"_s,
                          u"messaging_service_sid"_s,
                          u"num_media"_s,
                          u"num_segments"_s,
                          u"price"_s,
                          u"price_unit"_s,
                          u"sid"_s,
                          u"status"_s,
                          u"subresource_uris"_s,
                          u"to"_s,
                          u"uri"_s}));
    const QString sid = m.value(u"sid"_s).toString();
    QVERIFY2(QRegularExpression(u"^SM[0-9a-f]{32}$"_s).match(sid).hasMatch(), qPrintable(sid));
    QCOMPARE(m.value(u"account_sid"_s).toString(), kAccount);
    QCOMPARE(m.value(u"to"_s).toString(), u"+12015550123"_s);
    QCOMPARE(m.value(u"from"_s).toString(), u"+15005550006"_s);
    QCOMPARE(m.value(u"body"_s).toString(), u"Two Factor Code: 123456"_s);
    QCOMPARE(m.value(u"status"_s).toString(), u"queued"_s);
    QVERIFY(m.value(u"num_segments"_s).isString());
    QCOMPARE(m.value(u"num_segments"_s).toString(), u"1"_s);
    QCOMPARE(m.value(u"num_media"_s).toString(), u"0"_s);
    QCOMPARE(m.value(u"direction"_s).toString(), u"outbound-api"_s);
    QCOMPARE(m.value(u"api_version"_s).toString(), u"2010-04-01"_s);
    QVERIFY(m.value(u"price"_s).isNull());
    QCOMPARE(m.value(u"price_unit"_s).toString(), u"USD"_s);
    QVERIFY(m.value(u"error_code"_s).isNull());
    QVERIFY(m.value(u"error_message"_s).isNull());
    QVERIFY(m.value(u"messaging_service_sid"_s).isNull());
    QVERIFY(m.value(u"date_sent"_s).isNull());
    QCOMPARE(m.value(u"date_created"_s).toString(), u"Fri, 27 Nov 2026 10:42:00 +0000"_s);
    QCOMPARE(m.value(u"date_updated"_s).toString(), u"Fri, 27 Nov 2026 10:42:00 +0000"_s);
    QCOMPARE(QDateTime::fromString(m.value(u"date_created"_s).toString(), Qt::RFC2822Date), kCreated);
    QCOMPARE(m.value(u"uri"_s).toString(),
             u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/"_s + sid + u".json"_s);
    QCOMPARE(m.value(u"subresource_uris"_s).toObject().value(u"media"_s).toString(),
             u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/"_s + sid + u"/Media.json"_s);

    QCOMPARE(received.count(), 1);
    const auto message = received.first().first().value<SinkMessage>();
    QCOMPARE(message.sid, sid);
    QCOMPARE(message.dateCreated, kCreated);
    QCOMPARE(sink.messages().size(), 1);
    QCOMPARE(sink.message(sid)->to, u"+12015550123"_s);
    QCOMPARE(sink.requestCount(), 1);
}

void TestTwilioSink::demoDefaultsWork()
{
    const TwilioSink::Options defaults;
    TwilioSink sink(defaults);
    TFK_VERIFY_OK(sink.start());
    QCOMPARE(sink.options().accountSid, u"AC00000000000000000000000000000000"_s);
    const auto reply
        = exchange(sink,
                   request("POST", u"/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json"_s,
                           sendForm(u"+12015550123"_s),
                           basic(u"AC00000000000000000000000000000000"_s, u"twilio-sink-demo-auth-token"_s)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
}

void TestTwilioSink::createWithMessagingService()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const QString service = u"MG0123456789abcdef0123456789abcdef"_s;
    const auto reply
        = exchange(sink, post(form({{"To", u"+12015550123"_s}, {"MessagingServiceSid", service}, {"Body", u"hi"_s}})));
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    const QJsonObject m = reply->json();
    QCOMPARE(m.value(u"status"_s).toString(), u"accepted"_s);
    QVERIFY(m.value(u"from"_s).isNull());
    QCOMPARE(m.value(u"messaging_service_sid"_s).toString(), service);
    // Twilio: "initially 0, since a sender hasn't yet been assigned".
    QCOMPARE(m.value(u"num_segments"_s).toString(), u"0"_s);
}

void TestTwilioSink::segmentsAreCountedAsCarriersDo_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("segments");
    QTest::addColumn<bool>("gsm");
    QTest::newRow("160 gsm") << QString(160, u'a') << u"1"_s << true;
    QTest::newRow("161 gsm") << QString(161, u'a') << u"2"_s << true;
    QTest::newRow("306 gsm = 2 x 153") << QString(306, u'a') << u"2"_s << true;
    QTest::newRow("307 gsm") << QString(307, u'a') << u"3"_s << true;
    // Extension characters take two septets: 79 x '€' + 2 x 'a' = 160, 80 x '€' + 'a' = 161.
    QTest::newRow("160 septets with euros") << QString(QString(79, u'€') + u"aa"_s) << u"1"_s << true;
    QTest::newRow("161 septets with euros") << QString(QString(80, u'€') + u'a') << u"2"_s << true;
    QTest::newRow("70 ucs2") << QString(70, u'ж') << u"1"_s << false;
    QTest::newRow("71 ucs2") << QString(71, u'ж') << u"2"_s << false;
    QTest::newRow("134 ucs2 = 2 x 67") << QString(134, u'ж') << u"2"_s << false;
    QTest::newRow("135 ucs2") << QString(135, u'ж') << u"3"_s << false;
    QTest::newRow("one ó makes 71 UCS-2") << QString(QString(70, u'a') + u'ó') << u"2"_s << false;
    QTest::newRow("35 emoji = 70 units") << u"😀"_s.repeated(35) << u"1"_s << false;
    QTest::newRow("36 emoji = 72 units") << u"😀"_s.repeated(36) << u"2"_s << false;
}

void TestTwilioSink::segmentsAreCountedAsCarriersDo()
{
    QFETCH(QString, body);
    QFETCH(QString, segments);
    QFETCH(bool, gsm);
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const auto reply = exchange(sink, post(sendForm(u"+12015550123"_s, body)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->json().value(u"num_segments"_s).toString(), segments);
    QCOMPARE(reply->json().value(u"body"_s).toString(), body);
    QCOMPARE(sink.messages().first().numSegments, segments.toInt());
    QCOMPARE(sink.messages().first().encoding, gsm ? SmsSegments::Encoding::Gsm7 : SmsSegments::Encoding::Ucs2);
}

void TestTwilioSink::alphanumericSenderIsRecordedAsSent()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const auto reply = exchange(sink, post(sendForm(u"+447700900123"_s, u"Código: 123456"_s, u"ACME IT"_s)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->json().value(u"from"_s).toString(), u"ACME IT"_s);
    QCOMPARE(reply->json().value(u"num_segments"_s).toString(), u"1"_s);
    const QString sid = reply->json().value(u"sid"_s).toString();
    QCOMPARE(sink.message(sid)->from, u"ACME IT"_s);
    QCOMPARE(sink.message(sid)->encoding, SmsSegments::Encoding::Ucs2);
    const auto fetched = exchange(sink, request("GET", fetchPath(sid)));
    QVERIFY(fetched);
    QCOMPARE(fetched->json().value(u"from"_s).toString(), u"ACME IT"_s);
    // The list filters by the sender as Twilio's does.
    const auto listed = exchange(sink, request("GET", kMessagesPath + u"?From=ACME%20IT"_s));
    QVERIFY(listed);
    QCOMPARE(listed->json().value(u"messages"_s).toArray().size(), 1);
}

void TestTwilioSink::fetchReturnsTheMessage()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(post(sendForm(u"+12015550123"_s)));
    const auto created = client.next();
    QVERIFY(created);
    const QString sid = created->json().value(u"sid"_s).toString();

    client.send(request("GET", fetchPath(sid)));
    const auto fetched = client.next();
    QVERIFY(fetched);
    QCOMPARE(fetched->status, 200);
    QCOMPARE(fetched->json(), created->json());
}

void TestTwilioSink::fetchUnknownSidIs404()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const QString path
        = u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM00000000000000000000000000000000.json"_s;
    const auto reply = exchange(sink, request("GET", path));
    QVERIFY(reply);
    QCOMPARE(reply->status, 404);
    QCOMPARE(reply->json(),
             QJsonObject({{u"code"_s, 20404},
                          {u"message"_s, QString(u"The requested resource "_s + path + u" was not found"_s)},
                          {u"more_info"_s, u"https://www.twilio.com/docs/errors/20404"_s},
                          {u"status"_s, 404}}));
}

void TestTwilioSink::listIsNewestFirstWithPaging()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    QStringList sids;
    for (int i = 1; i <= 5; ++i) {
        client.send(post(sendForm(u"+1201555010%1"_s.arg(i))));
        const auto reply = client.next();
        QVERIFY(reply);
        sids.prepend(reply->json().value(u"sid"_s).toString()); // newest first
    }

    client.send(request("GET", kMessagesPath + u"?PageSize=2"_s));
    auto page = client.next();
    QVERIFY(page);
    QCOMPARE(page->status, 200);
    QJsonObject object = page->json();
    QCOMPARE(object.value(u"page"_s).toInt(), 0);
    QCOMPARE(object.value(u"page_size"_s).toInt(), 2);
    QCOMPARE(object.value(u"start"_s).toInt(), 0);
    QCOMPARE(object.value(u"end"_s).toInt(), 1);
    QVERIFY(object.value(u"previous_page_uri"_s).isNull());
    QCOMPARE(object.value(u"first_page_uri"_s).toString(), kMessagesPath + u"?PageSize=2&Page=0"_s);
    QCOMPARE(object.value(u"uri"_s).toString(), kMessagesPath + u"?PageSize=2&Page=0"_s);
    QJsonArray messages = object.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value(u"sid"_s).toString(), sids[0]);
    QCOMPARE(messages[0].toObject().value(u"to"_s).toString(), u"+12015550105"_s);
    QCOMPARE(messages[1].toObject().value(u"sid"_s).toString(), sids[1]);

    QStringList seen;
    QString next = object.value(u"next_page_uri"_s).toString();
    QVERIFY(next.startsWith(kMessagesPath + u"?PageSize=2&Page=1&PageToken="_s));
    while (!next.isEmpty()) {
        client.send(request("GET", next));
        page = client.next();
        QVERIFY(page);
        object = page->json();
        for (const auto& item : object.value(u"messages"_s).toArray()) {
            seen.append(item.toObject().value(u"sid"_s).toString());
        }
        QVERIFY(!object.value(u"previous_page_uri"_s).isNull());
        next = object.value(u"next_page_uri"_s).toString();
    }
    QCOMPARE(seen, sids.mid(2));
    QCOMPARE(object.value(u"page"_s).toInt(), 2);
    QCOMPARE(object.value(u"start"_s).toInt(), 4);
    QCOMPARE(object.value(u"end"_s).toInt(), 4);
    QVERIFY(object.value(u"next_page_uri"_s).isNull());
}

void TestTwilioSink::listFiltersByTo()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    QVERIFY(exchange(sink, post(sendForm(u"+12015550101"_s))));
    QVERIFY(exchange(sink, post(sendForm(u"+12015550102"_s))));
    QVERIFY(exchange(sink, post(sendForm(u"+12015550101"_s))));
    const auto reply = exchange(sink, request("GET", kMessagesPath + u"?To=%2B12015550101"_s));
    QVERIFY(reply);
    const QJsonArray messages = reply->json().value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    for (const auto& message : messages) {
        QCOMPARE(message.toObject().value(u"to"_s).toString(), u"+12015550101"_s);
    }
    QCOMPARE(reply->json().value(u"page_size"_s).toInt(), 50);
    QCOMPARE(reply->json().value(u"uri"_s).toString(), kMessagesPath + u"?To=%2B12015550101&PageSize=50&Page=0"_s);
}

void TestTwilioSink::apiKeyAuthenticates()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const auto reply = exchange(sink, post(sendForm(u"+12015550123"_s), basic(kApiKey, kApiSecret)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->json().value(u"account_sid"_s).toString(), kAccount);
}

void TestTwilioSink::badCredentialsAre401_data()
{
    QTest::addColumn<QByteArray>("auth");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong token") << basic(kAccount, u"wrong"_s);
    QTest::newRow("token of the key") << basic(kAccount, kApiSecret);
    QTest::newRow("wrong key secret") << basic(kApiKey, kToken);
    QTest::newRow("unknown user") << basic(u"AC00000000000000000000000000000000"_s, kToken);
    QTest::newRow("no colon") << "Basic "_ba + kAccount.toUtf8().toBase64();
    QTest::newRow("not base64") << "Basic %%%"_ba;
    QTest::newRow("bearer") << "Bearer "_ba + kToken.toUtf8();
}

void TestTwilioSink::badCredentialsAre401()
{
    QFETCH(QByteArray, auth);
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const auto reply = exchange(sink, post(sendForm(u"+12015550123"_s), auth));
    QVERIFY(reply);
    QCOMPARE(reply->status, 401);
    QCOMPARE(reply->header("WWW-Authenticate"), "Basic realm=\"Twilio API\""_ba);
    QCOMPARE(reply->json(),
             QJsonObject({{u"code"_s, 20003},
                          {u"detail"_s, u"Your AccountSid or AuthToken was incorrect."_s},
                          {u"message"_s, u"Authenticate"_s},
                          {u"more_info"_s, u"https://www.twilio.com/docs/errors/20003"_s},
                          {u"status"_s, 401}}));
    QVERIFY(sink.messages().isEmpty());
}

void TestTwilioSink::otherAccountIs404()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const QString path = u"/2010-04-01/Accounts/ACffffffffffffffffffffffffffffffff/Messages.json"_s;
    const auto reply = exchange(sink, request("POST", path, sendForm(u"+12015550123"_s)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 404);
    QCOMPARE(reply->json().value(u"code"_s).toInt(), 20404);
    QCOMPARE(errorMessage(*reply), u"The requested resource "_s + path + u" was not found"_s);
    QVERIFY(sink.messages().isEmpty());
}

void TestTwilioSink::malformedFormIs400AndTheConnectionServesOn_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("bad escape") << "To=%zz&From=%2B15005550006&Body=hi"_ba;
    QTest::newRow("missing =") << "To&From=%2B15005550006&Body=hi"_ba;
    QTest::newRow("binary junk") << QByteArray("\x00\x01\xfe\xff\r\n\x7f", 7);
}

void TestTwilioSink::malformedFormIs400AndTheConnectionServesOn()
{
    QFETCH(QByteArray, body);
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(post(body));
    const auto refused = client.next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 400);
    QCOMPARE(refused->json().value(u"status"_s).toInt(), 400);
    QCOMPARE(refused->json().value(u"code"_s).toInt(), 20400);
    QVERIFY(errorMessage(*refused).startsWith(u"The form body is malformed"_s));
    QCOMPARE(refused->header("Connection"), "keep-alive"_ba);

    client.send(post(sendForm(u"+12015550123"_s)));
    const auto accepted = client.next();
    QVERIFY(accepted);
    QCOMPARE(accepted->status, 201);
    QCOMPARE(sink.messages().size(), 1);
}

void TestTwilioSink::unencodedPlusInToIs21211()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    // What a client that builds the body with QUrlQuery sends: the '+' is not encoded.
    const auto forgot = exchange(sink, post("To=+12015550123&From=%2B15005550006&Body=hi"_ba));
    QVERIFY(forgot);
    QCOMPARE(forgot->status, 400);
    QCOMPARE(forgot->json(),
             QJsonObject({{u"code"_s, 21211},
                          {u"message"_s, u"The 'To' number  12015550123 is not a valid phone number."_s},
                          {u"more_info"_s, u"https://www.twilio.com/docs/errors/21211"_s},
                          {u"status"_s, 400}}));

    const auto encoded = exchange(sink, post("To=%2B12015550123&From=%2B15005550006&Body=hi"_ba));
    QVERIFY(encoded);
    QCOMPARE(encoded->status, 201);
    QCOMPARE(encoded->json().value(u"to"_s).toString(), u"+12015550123"_s);
}

void TestTwilioSink::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("no To") << form({{"From", kGoodFrom}, {"Body", u"hi"_s}}) << formType << 400 << 21604
                           << u"A 'To' phone number is required."_s;
    QTest::newRow("lower-case to") << "to=%2B12015550123&From=%2B15005550006&Body=hi"_ba << formType << 400 << 21604
                                   << u"A 'To' phone number is required."_s;
    QTest::newRow("JSON body") << R"({"To":"+12015550123","From":"+15005550006","Body":"hi"})"_ba
                               << "application/json"_ba << 400 << 21604 << u"A 'To' phone number is required."_s;
    QTest::newRow("To not E.164") << sendForm(u"555-555-5555"_s) << formType << 400 << 21211
                                  << u"The 'To' number 555-555-5555 is not a valid phone number."_s;
    QTest::newRow("To with leading zero") << sendForm(u"+0123456"_s) << formType << 400 << 21211
                                          << u"The 'To' number +0123456 is not a valid phone number."_s;
    QTest::newRow("To too long") << sendForm(u"+1234567890123456"_s) << formType << 400 << 21211
                                 << u"The 'To' number +1234567890123456 is not a valid phone number."_s;
    QTest::newRow("no From") << form({{"To", u"+12015550123"_s}, {"Body", u"hi"_s}}) << formType << 400 << 21603
                             << u"A 'From' phone number is required."_s;
    QTest::newRow("bad From") << sendForm(u"+12015550123"_s, u"hi"_s, u"+0000"_s) << formType << 400 << 21212
                              << u"The 'From' number +0000 is not a valid phone number, shortcode, or alphanumeric "
                                 "sender ID."_s;
    QTest::newRow("bad service") << form(
        {{"To", u"+12015550123"_s}, {"MessagingServiceSid", u"MG123"_s}, {"Body", u"hi"_s}})
                                 << formType << 400 << 21701 << u"The Messaging Service Sid MG123 is invalid."_s;
    QTest::newRow("no Body") << form({{"To", u"+12015550123"_s}, {"From", kGoodFrom}}) << formType << 400 << 21602
                             << u"Message body is required."_s;
    QTest::newRow("empty Body") << sendForm(u"+12015550123"_s, QString()) << formType << 400 << 21602
                                << u"Message body is required."_s;
    QTest::newRow("1601 characters") << sendForm(u"+12015550123"_s, QString(1601, u'x')) << formType << 400 << 21617
                                     << u"The concatenated message body exceeds the 1600 character limit."_s;
    QTest::newRow("1600 characters") << sendForm(u"+12015550123"_s, QString(1600, u'x')) << formType << 201 << 0
                                     << QString();
    QTest::newRow("ValidityPeriod 0") << sendForm(u"+12015550123"_s) + "&ValidityPeriod=0" << formType << 400 << 21624
                                      << u"Invalid validity period value"_s;
    QTest::newRow("ValidityPeriod 36001") << sendForm(u"+12015550123"_s) + "&ValidityPeriod=36001" << formType << 400
                                          << 21624 << u"Invalid validity period value"_s;
    QTest::newRow("ValidityPeriod text") << sendForm(u"+12015550123"_s) + "&ValidityPeriod=ten" << formType << 400
                                         << 21624 << u"Invalid validity period value"_s;
    QTest::newRow("ValidityPeriod 36000")
        << sendForm(u"+12015550123"_s) + "&ValidityPeriod=36000" << formType << 201 << 0 << QString();
    QTest::newRow("bad StatusCallback") << sendForm(u"+12015550123"_s) + "&StatusCallback=not%20a%20url" << formType
                                        << 400 << 21609 << u"The StatusCallback URL not a url is not a valid URL."_s;
    QTest::newRow("StatusCallback accepted")
        << sendForm(u"+12015550123"_s) + "&StatusCallback=" + QUrl::toPercentEncoding(u"https://example.com/cb"_s)
        << formType << 201 << 0 << QString();
    // Senders (shared/reference/twilio-messages.md, "Senders and segments").
    QTest::newRow("alphanumeric sender abroad")
        << sendForm(u"+447700900123"_s, u"hi"_s, u"ACME IT"_s) << formType << 201 << 0 << QString();
    QTest::newRow("alphanumeric sender to +1")
        << sendForm(u"+12015550123"_s, u"hi"_s, u"ACME IT"_s) << formType << 400 << 21612
        << u"Message cannot be sent with the current combination of 'To' "
           "(+12015550123) and/or 'From' (ACME IT) parameters"_s;
    QTest::newRow("alphanumeric sender to Canada")
        << sendForm(u"+14165550123"_s, u"hi"_s, u"Kiosk"_s) << formType << 400 << 21612
        << u"Message cannot be sent with the current combination of 'To' "
           "(+14165550123) and/or 'From' (Kiosk) parameters"_s;
    QTest::newRow("alphanumeric 12 characters")
        << sendForm(u"+447700900123"_s, u"hi"_s, u"Helpdesk ABC"_s) << formType << 400 << 21401
        << u"Invalid From: Helpdesk ABC is not a valid phone number or alphanumeric sender ID."_s;
    QTest::newRow("alphanumeric with a hyphen")
        << sendForm(u"+447700900123"_s, u"hi"_s, u"ACME-IT"_s) << formType << 400 << 21401
        << u"Invalid From: ACME-IT is not a valid phone number or alphanumeric sender ID."_s;
    QTest::newRow("alphanumeric without a letter")
        << sendForm(u"+447700900123"_s, u"hi"_s, u"12 34"_s) << formType << 400 << 21401
        << u"Invalid From: 12 34 is not a valid phone number or alphanumeric sender ID."_s;
    QTest::newRow("short code") << sendForm(u"+12015550123"_s, u"hi"_s, u"12345"_s) << formType << 201 << 0
                                << QString();
    QTest::newRow("short code of 4 digits")
        << sendForm(u"+12015550123"_s, u"hi"_s, u"1234"_s) << formType << 400 << 21212
        << u"The 'From' number 1234 is not a valid phone number, shortcode, or "
           "alphanumeric sender ID."_s;
    QTest::newRow("first To wins") << "To=%2B12015550123&To=bad&From=%2B15005550006&Body=hi"_ba << formType << 201 << 0
                                   << QString();
}

void TestTwilioSink::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, message);
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    QByteArray bytes = post(body);
    bytes.replace("application/x-www-form-urlencoded", contentType);
    const auto reply = exchange(sink, bytes);
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    if (status == 201) {
        QCOMPARE(sink.messages().size(), 1);
        return;
    }
    QCOMPARE(reply->json(),
             QJsonObject({{u"code"_s, code},
                          {u"message"_s, message},
                          {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                          {u"status"_s, status}}));
    QVERIFY(sink.messages().isEmpty());
}

void TestTwilioSink::oversizedBodyIs413AndTheServerStaysUp()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(post("Body=" + QByteArray(100 * 1024, 'x')));
    const auto refused = client.next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 413);
    QCOMPARE(refused->header("Connection"), "close"_ba);
    QCOMPARE(refused->json().value(u"status"_s).toInt(), 413);
    QVERIFY(client.waitDisconnected());

    const auto next = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(next);
    QCOMPARE(next->status, 201);
}

void TestTwilioSink::oversizedBodyWithExpectContinueIsRefusedBeforeItIsSent()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    QByteArray head = request("POST", kMessagesPath, {}, kAuth, "Expect: 100-continue\r\n");
    head.replace("Content-Length: 0", "Content-Length: 102400");
    client.send(head);
    const auto refused = client.next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 413);

    // A small body with Expect gets the go-ahead first, then the answer.
    RawClient polite(sink.baseUrl());
    QVERIFY(polite.waitConnected());
    const QByteArray body = sendForm(u"+12015550123"_s);
    QByteArray politeHead = request("POST", kMessagesPath, body, kAuth, "Expect: 100-continue\r\n");
    politeHead.chop(body.size());
    polite.send(politeHead);
    QVERIFY(polite.waitFor([&] { return polite.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"); }));
    polite.send(body);
    const auto accepted = polite.next();
    QVERIFY(accepted);
    QCOMPARE(accepted->status, 201);
}

void TestTwilioSink::magicNumbers_data()
{
    // Twilio's test-credential table (twilio-messages.md).
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");

    QTest::newRow("From 6 ok") << u"+15005550006"_s << u"+12015550123"_s << 201 << 0;
    QTest::newRow("From 1 invalid") << u"+15005550001"_s << u"+12015550123"_s << 400 << 21212;
    QTest::newRow("From 7 not owned") << u"+15005550007"_s << u"+12015550123"_s << 400 << 21606;
    QTest::newRow("From 8 queue full") << u"+15005550008"_s << u"+12015550123"_s << 429 << 21611;
    QTest::newRow("other From") << u"+12015550199"_s << u"+12015550123"_s << 400 << 21606;
    QTest::newRow("To 1 invalid") << u"+15005550006"_s << u"+15005550001"_s << 400 << 21211;
    QTest::newRow("To 2 unreachable") << u"+15005550006"_s << u"+15005550002"_s << 400 << 21612;
    QTest::newRow("To 3 no permission") << u"+15005550006"_s << u"+15005550003"_s << 400 << 21408;
    QTest::newRow("To 4 unsubscribed") << u"+15005550006"_s << u"+15005550004"_s << 400 << 21610;
    QTest::newRow("To 9 not mobile") << u"+15005550006"_s << u"+15005550009"_s << 400 << 21614;
}

void TestTwilioSink::magicNumbers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, status);
    QFETCH(int, code);
    auto opts = options();
    opts.testCredentials = true;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    const auto reply = exchange(sink, post(sendForm(to, u"hi"_s, from)));
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    if (status == 201) {
        QCOMPARE(reply->json().value(u"status"_s).toString(), u"queued"_s);
        return;
    }
    QCOMPARE(reply->json().value(u"code"_s).toInt(), code);
    QCOMPARE(reply->json().value(u"status"_s).toInt(), status);
    QCOMPARE(reply->json().value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
    QVERIFY(!errorMessage(*reply).isEmpty());
    QVERIFY(sink.messages().isEmpty());
}

void TestTwilioSink::toMagicNumbersWorkWithoutTestCredentials()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const auto unreachable = exchange(sink, post(sendForm(u"+15005550002"_s, u"hi"_s, u"+12015550199"_s)));
    QVERIFY(unreachable);
    QCOMPARE(unreachable->status, 400);
    QCOMPARE(unreachable->json().value(u"code"_s).toInt(), 21612);
    QCOMPARE(errorMessage(*unreachable),
             u"The 'To' phone number: +15005550002, is not currently reachable using the "
             "'From' phone number: +12015550199 via SMS."_s);
    // Live credentials: any well-formed From is fine, even a magic one.
    const auto live = exchange(sink, post(sendForm(u"+12015550123"_s, u"hi"_s, u"+15005550001"_s)));
    QVERIFY(live);
    QCOMPARE(live->status, 201);
}

void TestTwilioSink::statusProgressesToDelivered()
{
    auto opts = options();
    opts.statusStepMs = 20;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    QSignalSpy changes(&sink, &TwilioSink::messageStatusChanged);
    const auto created = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(created);
    const QString sid = created->json().value(u"sid"_s).toString();
    QCOMPARE(created->json().value(u"status"_s).toString(), u"queued"_s);

    QTRY_COMPARE(sink.message(sid)->status, u"delivered"_s);
    QCOMPARE(changes.count(), 3);
    QCOMPARE(changes.at(0), QVariantList({sid, u"sending"_s, 0}));
    QCOMPARE(changes.at(1), QVariantList({sid, u"sent"_s, 0}));
    QCOMPARE(changes.at(2), QVariantList({sid, u"delivered"_s, 0}));
    QVERIFY(sink.message(sid)->dateSent.isValid());

    const auto fetched = exchange(sink, request("GET", fetchPath(sid)));
    QVERIFY(fetched);
    QCOMPARE(fetched->json().value(u"status"_s).toString(), u"delivered"_s);
    QVERIFY(fetched->json().value(u"error_code"_s).isNull());
    QVERIFY(QDateTime::fromString(fetched->json().value(u"date_sent"_s).toString(), Qt::RFC2822Date).isValid());
}

void TestTwilioSink::undeliverableNumberEndsUndelivered()
{
    auto opts = options();
    opts.statusStepMs = 20;
    opts.undeliverableNumbers = {u"+12015550166"_s};
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    QSignalSpy changes(&sink, &TwilioSink::messageStatusChanged);
    const auto created = exchange(sink, post(sendForm(u"+12015550166"_s)));
    QVERIFY(created);
    const QString sid = created->json().value(u"sid"_s).toString();

    QTRY_COMPARE(sink.message(sid)->status, u"undelivered"_s);
    QCOMPARE(sink.message(sid)->errorCode, 30003);
    QCOMPARE(changes.last(), QVariantList({sid, u"undelivered"_s, 30003}));
    const auto fetched = exchange(sink, request("GET", fetchPath(sid)));
    QVERIFY(fetched);
    QCOMPARE(fetched->json().value(u"status"_s).toString(), u"undelivered"_s);
    QCOMPARE(fetched->json().value(u"error_code"_s).toInt(), 30003);
    QCOMPARE(fetched->json().value(u"error_message"_s).toString(), u"Unreachable destination handset"_s);
}

void TestTwilioSink::messagingServiceStartsAccepted()
{
    auto opts = options();
    opts.statusStepMs = 20;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    QSignalSpy changes(&sink, &TwilioSink::messageStatusChanged);
    const auto created = exchange(sink,
                                  post(form({{"To", u"+12015550123"_s},
                                             {"MessagingServiceSid", u"MG0123456789abcdef0123456789abcdef"_s},
                                             {"Body", u"hi"_s}})));
    QVERIFY(created);
    const QString sid = created->json().value(u"sid"_s).toString();
    QTRY_COMPARE(sink.message(sid)->status, u"delivered"_s);
    QStringList statuses;
    for (const auto& change : changes) {
        statuses.append(change.at(1).toString());
    }
    QCOMPARE(statuses, QStringList({u"queued"_s, u"sending"_s, u"sent"_s, u"delivered"_s}));
}

void TestTwilioSink::getWithTestCredentialsIs403()
{
    auto opts = options();
    opts.testCredentials = true;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    const auto created = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const QString sid = created->json().value(u"sid"_s).toString();
    const QJsonObject forbidden({{u"code"_s, 20008},
                                 {u"message"_s, u"Resource not accessible with Test Account Credentials"_s},
                                 {u"more_info"_s, u"https://www.twilio.com/docs/errors/20008"_s},
                                 {u"status"_s, 403}});
    for (const QString& path : {kMessagesPath, fetchPath(sid)}) {
        const auto reply = exchange(sink, request("GET", path));
        QVERIFY(reply);
        QCOMPARE(reply->status, 403);
        QCOMPARE(reply->json(), forbidden);
    }
}

void TestTwilioSink::tooManyRequests_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("without Retry-After") << -1 << QByteArray();
    QTest::newRow("with Retry-After") << 7 << "7"_ba;
}

void TestTwilioSink::tooManyRequests()
{
    QFETCH(int, retryAfter);
    QFETCH(QByteArray, header);
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    sink.injectTooManyRequests(2, retryAfter);
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    for (int i = 0; i < 2; ++i) {
        client.send(post(sendForm(u"+12015550123"_s)));
        const auto limited = client.next();
        QVERIFY(limited);
        QCOMPARE(limited->status, 429);
        QCOMPARE(limited->header("Retry-After"), header);
        QCOMPARE(limited->json(),
                 QJsonObject({{u"code"_s, 20429},
                              {u"message"_s, u"Too Many Requests"_s},
                              {u"more_info"_s, u"https://www.twilio.com/docs/errors/20429"_s},
                              {u"status"_s, 429}}));
    }
    QVERIFY(sink.messages().isEmpty());
    client.send(post(sendForm(u"+12015550123"_s)));
    const auto accepted = client.next();
    QVERIFY(accepted);
    QCOMPARE(accepted->status, 201);
    QCOMPARE(sink.requestCount(), 3);
}

// The demo's scenarios: unlike injected faults, standing ones answer every request until turned off.
void TestTwilioSink::standingConditionsLastUntilChanged()
{
    auto opts = options();
    opts.statusStepMs = 20;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    sink.setStandingFault(TwilioSink::StandingFault::TooManyRequests, 2);
    for (int i = 0; i < 3; ++i) {
        const auto limited = exchange(sink, post(sendForm(u"+12015550123"_s)));
        QVERIFY(limited);
        QCOMPARE(limited->status, 429);
        QCOMPARE(limited->header("Retry-After"), QByteArray("2"));
        QCOMPARE(limited->json().value(u"code"_s).toInt(), 20429);
    }
    sink.setStandingFault(TwilioSink::StandingFault::ServerError);
    for (int i = 0; i < 2; ++i) {
        const auto failed = exchange(sink, post(sendForm(u"+12015550123"_s)));
        QVERIFY(failed);
        QCOMPARE(failed->status, 500);
        QCOMPARE(failed->json().value(u"code"_s).toInt(), 20500);
    }
    QVERIFY(sink.messages().isEmpty());
    sink.setStandingFault(TwilioSink::StandingFault::None);

    sink.setAllLandlines(true);
    const auto landline = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(landline);
    QCOMPARE(landline->status, 400);
    QCOMPARE(landline->json().value(u"code"_s).toInt(), 21614);
    sink.setAllLandlines(false);

    sink.setAllUndeliverable(true);
    const auto off = exchange(sink, post(sendForm(u"+12015550147"_s)));
    QVERIFY(off);
    QCOMPARE(off->status, 201);
    const QString offSid = off->json().value(u"sid"_s).toString();
    QTRY_COMPARE(sink.message(offSid)->status, u"undelivered"_s);
    QCOMPARE(sink.message(offSid)->errorCode, 30003);
    sink.setAllUndeliverable(false);

    const auto normal = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(normal);
    QCOMPARE(normal->status, 201);
    const QString sid = normal->json().value(u"sid"_s).toString();
    QTRY_COMPARE(sink.message(sid)->status, u"delivered"_s);
    // clear() forgets messages, not standing conditions, and says so.
    QSignalSpy cleared(&sink, &TwilioSink::cleared);
    sink.setAllLandlines(true);
    sink.clear();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(sink.messages().isEmpty());
    QVERIFY(sink.allLandlines());
}

void TestTwilioSink::serverError()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    sink.injectServerError(1);
    const auto failed = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(failed);
    QCOMPARE(failed->status, 500);
    QCOMPARE(failed->json(),
             QJsonObject({{u"code"_s, 20500},
                          {u"message"_s, u"Internal Server Error"_s},
                          {u"more_info"_s, u"https://www.twilio.com/docs/errors/20500"_s},
                          {u"status"_s, 500}}));
    QVERIFY(sink.messages().isEmpty());
    const auto next = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(next);
    QCOMPARE(next->status, 201);
}

void TestTwilioSink::droppedConnection()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    sink.injectDroppedConnection(1);
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(post(sendForm(u"+12015550123"_s)));
    QVERIFY(client.waitDisconnected());
    QVERIFY(client.received().isEmpty());
    QCOMPARE(sink.requestCount(), 1);
    QVERIFY(sink.messages().isEmpty());
}

void TestTwilioSink::droppedConnectionReachesQNetworkAccessManager()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(sink.baseUrl().resolved(QUrl(kMessagesPath)));
    request.setRawHeader("Authorization", kAuth);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    // QNAM silently re-sends a request (even a POST) once when the connection closes before any
    // answer; with both attempts dropped the client finally sees the closed connection.
    sink.injectDroppedConnection(2);
    std::unique_ptr<QNetworkReply> reply(nam.post(request, sendForm(u"+12015550123"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY2(sink.requestCount() >= 1 && sink.requestCount() <= 2, qPrintable(QString::number(sink.requestCount())));
    QVERIFY(sink.messages().isEmpty());
}

void TestTwilioSink::hangKeepsTheSocketAndServesOthers()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    sink.injectHang(1);
    RawClient hung(sink.baseUrl());
    QVERIFY(hung.waitConnected());
    hung.send(post(sendForm(u"+12015550123"_s)));
    QTRY_COMPARE(sink.requestCount(), 1);

    const auto other = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(other);
    QCOMPARE(other->status, 201);

    QTest::qWait(300); // the one place where nothing must happen for a while
    QVERIFY(hung.received().isEmpty());
    QVERIFY(!hung.disconnected());
    QCOMPARE(hung.socket().state(), QAbstractSocket::ConnectedState);
}

void TestTwilioSink::latencyDelaysTheAnswer()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    sink.setLatency(200);
    QSignalSpy received(&sink, &TwilioSink::messageReceived);
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(post(sendForm(u"+12015550123"_s)));
    // The request is processed at once; only the answer waits.
    QTRY_COMPARE(received.count(), 1);
    QVERIFY(client.received().isEmpty());
    const auto reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->json().value(u"sid"_s).toString(), received.first().first().value<SinkMessage>().sid);
}

void TestTwilioSink::thousandSendsOverOneKeepAliveConnection()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    QSet<QString> sids;
    for (int i = 0; i < 1000; ++i) {
        client.send(post(sendForm(u"+1201555%1"_s.arg(i, 4, 10, QChar(u'0')))));
        const auto reply = client.next();
        QVERIFY2(reply, qPrintable(u"request %1"_s.arg(i)));
        QCOMPARE(reply->status, 201);
        QCOMPARE(reply->header("Connection"), "keep-alive"_ba);
        sids.insert(reply->json().value(u"sid"_s).toString());
    }
    QVERIFY(!client.disconnected());
    QCOMPARE(sids.size(), 1000);
    QCOMPARE(sink.messages().size(), 1000);
    QCOMPARE(sink.requestCount(), 1000);
}

void TestTwilioSink::hundredConcurrentConnections()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 100; ++i) {
        clients.push_back(std::make_unique<RawClient>(sink.baseUrl()));
    }
    for (auto& client : clients) {
        QVERIFY(client->waitConnected());
    }
    for (int i = 0; i < 100; ++i) {
        clients[size_t(i)]->send(post(sendForm(u"+12015551%1"_s.arg(i, 3, 10, QChar(u'0')))));
    }
    QSet<QString> sids;
    for (auto& client : clients) {
        const auto reply = client->next();
        QVERIFY(reply);
        QCOMPARE(reply->status, 201);
        sids.insert(reply->json().value(u"sid"_s).toString());
    }
    QCOMPARE(sids.size(), 100);
    QCOMPARE(sink.messages().size(), 100);
}

void TestTwilioSink::pipelinedRequestsAnswerInOrder()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    sink.setLatency(30); // the first answer is still waiting when the second request is read
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(post(sendForm(u"+12015550101"_s)) + post(sendForm(u"+12015550102"_s)));
    const auto first = client.next();
    const auto second = client.next();
    QVERIFY(first);
    QVERIFY(second);
    QCOMPARE(first->json().value(u"to"_s).toString(), u"+12015550101"_s);
    QCOMPARE(second->json().value(u"to"_s).toString(), u"+12015550102"_s);
    QVERIFY(!client.disconnected());
}

void TestTwilioSink::requestInPieces()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    const QByteArray bytes = post(sendForm(u"+12015550123"_s));
    for (qsizetype i = 0; i < bytes.size(); i += 7) {
        client.send(bytes.mid(i, 7));
        client.socket().flush();
        QCoreApplication::processEvents();
    }
    const auto reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(sink.requestCount(), 1);
}

void TestTwilioSink::connectionCloseIsHonoured()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(request("POST", kMessagesPath, sendForm(u"+12015550123"_s), kAuth, "Connection: close\r\n"));
    const auto reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->header("Connection"), "close"_ba);
    QVERIFY(client.waitDisconnected());
}

void TestTwilioSink::qNetworkAccessManagerRoundTrip()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(sink.baseUrl().resolved(QUrl(kMessagesPath)));
    request.setRawHeader("Authorization", kAuth);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QStringList sids;
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<QNetworkReply> reply(nam.post(request, sendForm(u"+12015550123"_s, u"Code: ü"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QJsonObject m = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(m.value(u"body"_s).toString(), u"Code: ü"_s);
        sids.append(m.value(u"sid"_s).toString());
    }
    QNetworkRequest fetch(sink.baseUrl().resolved(QUrl(fetchPath(sids.last()))));
    fetch.setRawHeader("Authorization", kAuth);
    std::unique_ptr<QNetworkReply> fetched(nam.get(fetch));
    QTRY_VERIFY_WITH_TIMEOUT(fetched->isFinished(), 10000);
    QCOMPARE(fetched->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(fetched->readAll()).object().value(u"sid"_s).toString(), sids.last());
    QCOMPARE(sink.requestCount(), 6);
}

void TestTwilioSink::qNetworkAccessManagerSeesA401()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(sink.baseUrl().resolved(QUrl(kMessagesPath)));
    request.setRawHeader("Authorization", basic(kAccount, u"wrong"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    std::unique_ptr<QNetworkReply> reply(nam.post(request, sendForm(u"+12015550123"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    // QNAM reports the 401 as an error but keeps Twilio's body readable.
    QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"code"_s).toInt(), 20003);
}

void TestTwilioSink::logFileGetsOneJsonLinePerMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sink.log"_s);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("{\"earlier\":true}\n");
    }
    test::ManualClock clock(kCreated.toMSecsSinceEpoch());
    auto opts = options();
    opts.logFile = path;
    opts.clock = &clock;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    const auto first = exchange(sink, post(sendForm(u"+12015550101"_s, u"Code: 1\nbye"_s)));
    const auto refused = exchange(sink, post(sendForm(u"+15005550009"_s)));
    const auto second = exchange(sink,
                                 post(form({{"To", u"+12015550102"_s},
                                            {"MessagingServiceSid", u"MG0123456789abcdef0123456789abcdef"_s},
                                            {"Body", u"two"_s}})));
    QVERIFY(first && refused && second);

    QFile log(path);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last newline
    QCOMPARE(lines[0], "{\"earlier\":true}"_ba);
    QVERIFY(lines[3].isEmpty());
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object(),
             QJsonObject({{u"sid"_s, first->json().value(u"sid"_s)},
                          {u"to"_s, u"+12015550101"_s},
                          {u"from"_s, u"+15005550006"_s},
                          {u"body"_s, u"Code: 1\nbye"_s},
                          {u"num_segments"_s, u"1"_s},
                          {u"encoding"_s, u"GSM-7"_s},
                          {u"date_created"_s, u"Fri, 27 Nov 2026 10:42:00 +0000"_s}}));
    QCOMPARE(QJsonDocument::fromJson(lines[2]).object(),
             QJsonObject({{u"sid"_s, second->json().value(u"sid"_s)},
                          {u"to"_s, u"+12015550102"_s},
                          {u"from"_s, QJsonValue::Null},
                          {u"body"_s, u"two"_s},
                          {u"num_segments"_s, u"1"_s},
                          {u"encoding"_s, u"GSM-7"_s},
                          {u"date_created"_s, u"Fri, 27 Nov 2026 10:42:00 +0000"_s}}));
}

void TestTwilioSink::logWriteFailureWarnsOnce()
{
    if (!QFile::exists(u"/dev/full"_s)) {
        QSKIP("needs /dev/full to make every write fail");
    }
    auto opts = options();
    opts.logFile = u"/dev/full"_s;
    TwilioSink sink(opts);
    TFK_VERIFY_OK(sink.start());
    const QRegularExpression warning(u"cannot write to the message log /dev/full"_s);
    QTest::ignoreMessage(QtWarningMsg, warning);
    QTest::failOnWarning(warning);
    for (int i = 0; i < 3; ++i) {
        const auto reply = exchange(sink, post(sendForm(u"+12015550123"_s)));
        QVERIFY(reply);
        QCOMPARE(reply->status, 201);
    }
    QCOMPARE(sink.messages().size(), 3);
}

void TestTwilioSink::unknownPathIs404()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const auto reply
        = exchange(sink, request("GET", u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json"_s));
    QVERIFY(reply);
    QCOMPARE(reply->status, 404);
    QCOMPARE(reply->json().value(u"code"_s).toInt(), 20404);
    QCOMPARE(errorMessage(*reply),
             u"The requested resource "
             "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json was not found"_s);
}

void TestTwilioSink::wrongMethodIs405_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("DELETE list") << "DELETE"_ba << kMessagesPath << "GET, POST"_ba;
    QTest::newRow("PUT list") << "PUT"_ba << kMessagesPath << "GET, POST"_ba;
    QTest::newRow("POST item") << "POST"_ba
                               << u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/"
                                  "SM00000000000000000000000000000000.json"_s
                               << "GET"_ba;
}

void TestTwilioSink::wrongMethodIs405()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    const auto reply = exchange(sink, request(method, path));
    QVERIFY(reply);
    QCOMPARE(reply->status, 405);
    QCOMPARE(reply->header("Allow"), allow);
    QCOMPARE(reply->json().value(u"code"_s).toInt(), 20004);
}

void TestTwilioSink::hugeHeaderIs431()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send(request("GET", kMessagesPath, {}, kAuth, "X-Huge: " + QByteArray(20 * 1024, 'h') + "\r\n"));
    const auto reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 431);
    QCOMPARE(reply->header("Connection"), "close"_ba);
    QVERIFY(client.waitDisconnected());
    const auto next = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(next);
    QCOMPARE(next->status, 201);
}

void TestTwilioSink::malformedRequestLineIs400AndCloses()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send("HELLO THERE\r\n\r\n");
    const auto reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 400);
    QCOMPARE(reply->json().value(u"status"_s).toInt(), 400);
    QVERIFY(client.waitDisconnected());
    QCOMPARE(sink.requestCount(), 1);
    const auto next = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(next);
    QCOMPARE(next->status, 201);
}

void TestTwilioSink::chunkedBodyIs411()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    RawClient client(sink.baseUrl());
    QVERIFY(client.waitConnected());
    client.send("POST " + kMessagesPath.toUtf8() + " HTTP/1.1\r\nAuthorization: " + kAuth
                + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nBody=\r\n0\r\n\r\n");
    const auto reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, 411);
    QVERIFY(client.waitDisconnected());
}

void TestTwilioSink::clearForgetsEverything()
{
    TwilioSink sink(options());
    TFK_VERIFY_OK(sink.start());
    QVERIFY(exchange(sink, post(sendForm(u"+12015550123"_s))));
    sink.injectServerError(5);
    sink.clear();
    QVERIFY(sink.messages().isEmpty());
    QCOMPARE(sink.requestCount(), 0);
    const auto reply = exchange(sink, post(sendForm(u"+12015550123"_s)));
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
}

void TestTwilioSink::busyPortFailsToStart()
{
    TwilioSink first(options());
    TFK_VERIFY_OK(first.start());
    auto opts = options();
    opts.port = first.port();
    TwilioSink second(opts);
    const auto started = second.start();
    TFK_VERIFY_ERROR(started, "[SinkListenFailed]");
    QVERIFY2(started.error().message.contains(QString::number(first.port())), qPrintable(started.error().message));
    QVERIFY2(started.error().message.contains(u"already in use"_s), qPrintable(started.error().message));
}

QTEST_GUILESS_MAIN(TestTwilioSink)
#include "tst_twiliosink.moc"
