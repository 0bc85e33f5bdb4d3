// The network path to Twilio for real: an HTTPS loopback sink whose certificate comes from a test CA
// made here with the openssl command (trusted through twilio/caCertificates, or not), and a real HTTP
// proxy, tinyproxy with Basic credentials, started and always stopped by tests/support/with-tinyproxy.sh.
// What went through the proxy is read from tinyproxy's own log.

#include "FutureWait.h"
#include "ResultAssertions.h"
#include "sms/TwilioSmsSender.h"
#include "sms/TwilioTransport.h"
#include "sms/sink/TwilioSink.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPromise>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::waitFor;

namespace {

const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kToken = u"transport-token-0001"_s;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTwilioTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void missingCaCertificatesWarning();
    void systemCaCertificatesReadOnceOffTheThread();
    void caCertificatesFoundInTheirFolders();
    void caWarningArrivesAfterStartUp();
    void rightCaSends();
    void noCaFileFailsWithTheTlsSentence();
    void wrongCaFailsWithTheTlsSentence();
    void unreadableCaFile_data();
    void unreadableCaFile();

    void sendsThroughTheProxy();
    void httpsThroughTheProxy();
    void proxyFromTheEnvironment();
    void wrongProxyPassword();
    void deadProxy();
    void malformedProxySetting_data();
    void malformedProxySetting();

private:
    // Runs openssl with `arguments` in the temporary folder.
    bool openssl(const QStringList& arguments);
    TwilioSink::Options sinkOptions(bool tls) const;
    TwilioConfig configFor(const TwilioSink& sink) const;
    QByteArray proxyLog() const { return readAll(m_proxyLog); }
    QString proxyUrl(const QString& user) const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QString m_proxyLog;
    quint16 m_proxyPort = 0;
    QString m_proxyUser;
    QString m_proxyPassword;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;
};

bool TestTwilioTransport::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAll().constData());
        return false;
    }
    return true;
}

void TestTwilioTransport::initTestCase()
{
    m_proxyLog = qEnvironmentVariable("TFK_TEST_PROXY_LOG");
    m_proxyPort = quint16(qEnvironmentVariableIntValue("TFK_TEST_PROXY_PORT"));
    m_proxyUser = qEnvironmentVariable("TFK_TEST_PROXY_USER");
    m_proxyPassword = qEnvironmentVariable("TFK_TEST_PROXY_PASSWORD");
    QVERIFY2(m_proxyPort != 0 && !m_proxyLog.isEmpty(), "run through tests/support/with-tinyproxy.sh");
    QVERIFY(m_dir.isValid());

    // Two CAs: the one that signs the sink's certificate, and another that does not.
    const QStringList ec {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const QStringList caExtensions {u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                    u"keyUsage=critical,keyCertSign,cRLSign"_s};
    QVERIFY(openssl(QStringList {u"req"_s, u"-x509"_s} + ec
                    + QStringList {u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                                   u"/CN=TwoFactorKiosk test CA"_s}
                    + caExtensions));
    QVERIFY(openssl(QStringList {u"req"_s, u"-x509"_s} + ec
                    + QStringList {u"-keyout"_s, u"other-ca.key"_s, u"-out"_s, u"other-ca.pem"_s, u"-days"_s, u"2"_s,
                                   u"-subj"_s, u"/CN=Some other CA"_s}
                    + caExtensions));
    QVERIFY(openssl(
        QStringList {u"req"_s} + ec
        + QStringList {u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s}));
    QFile extensions(m_dir.filePath(u"server.ext"_s));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                     u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                     u"server.ext"_s}));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_dir.filePath(u"server.pem"_s));
    QCOMPARE(certificates.size(), 1);
    m_serverCertificate = certificates.first();
    m_serverKey = QSslKey(readAll(m_dir.filePath(u"server.key"_s)), QSsl::Ec);
    QVERIFY(!m_serverKey.isNull());
    QFile notPem(m_dir.filePath(u"not-pem.txt"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("this is not a certificate\n");
}

void TestTwilioTransport::init()
{
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
}

TwilioSink::Options TestTwilioTransport::sinkOptions(bool tls) const
{
    TwilioSink::Options options;
    options.accountSid = kAccount;
    options.authToken = kToken;
    options.statusStepMs = 0;
    if (tls) {
        options.tlsCertificate = m_serverCertificate;
        options.tlsKey = m_serverKey;
    }
    return options;
}

TwilioConfig TestTwilioTransport::configFor(const TwilioSink& sink) const
{
    TwilioConfig config;
    config.baseUrl = sink.baseUrl();
    config.accountSid = kAccount;
    config.authToken = kToken;
    config.fromNumber = u"+15005550006"_s;
    config.timeoutMs = 5000;
    config.backoffMs = 20;
    config.maxAttempts = 1;
    config.trackDelivery = false;
    config.proxy = u"none"_s;
    return config;
}

QString TestTwilioTransport::proxyUrl(const QString& user) const
{
    return u"http://"_s % user % u"@127.0.0.1:"_s % QString::number(m_proxyPort);
}

void TestTwilioTransport::missingCaCertificatesWarning()
{
    const QUrl twilio(u"https://api.twilio.com"_s);
    const auto warning = TwilioTransport::missingCaCertificatesWarning(twilio, {}, false);
    QVERIFY(warning.has_value());
    QVERIFY2(warning->contains(u"ca-certificates"_s), qPrintable(*warning));
    QVERIFY(warning->contains(u"api.twilio.com"_s));
    QVERIFY(!TwilioTransport::missingCaCertificatesWarning(twilio, {}, true));
    // A CA file of one's own, or plain HTTP (the sink): nothing to say.
    QVERIFY(!TwilioTransport::missingCaCertificatesWarning(twilio, u"/etc/kiosk/ca.pem"_s, false));
    QVERIFY(!TwilioTransport::missingCaCertificatesWarning(QUrl(u"http://127.0.0.1:8929"_s), {}, false));
}

void TestTwilioTransport::systemCaCertificatesReadOnceOffTheThread()
{
    // Qt's answer, read on a worker thread; asked again, the same answer without reading again.
    const bool expected = !QSslConfiguration::systemCaCertificates().isEmpty();
    QCOMPARE(waitFor(TwilioTransport::systemCaCertificatesPresent()), expected);
    QFuture<bool> again = TwilioTransport::systemCaCertificatesPresent();
    QVERIFY(again.isFinished());
    QCOMPARE(again.result(), expected);
}

void TestTwilioTransport::caCertificatesFoundInTheirFolders()
{
    const QDir root(m_dir.path());
    const auto folder = [&root](const QString& name) {
        root.mkpath(name);
        return root.filePath(name);
    };
    const auto copy = [&root](const QString& from, const QString& to) {
        return QFile::copy(root.filePath(from), to);
    };
    // Nothing, or nothing that parses: none, whatever the names.
    QVERIFY(!TwilioTransport::caCertificatesIn({}));
    QVERIFY(!TwilioTransport::caCertificatesIn({root.filePath(u"missing"_s)}));
    const QString empty = folder(u"empty"_s);
    QVERIFY(!TwilioTransport::caCertificatesIn({empty}));
    const QString junk = folder(u"junk"_s);
    QVERIFY(copy(u"not-pem.txt"_s, junk + u"/0123abcd.0"_s));
    QVERIFY(copy(u"not-pem.txt"_s, junk + u"/broken.pem"_s));
    QVERIFY(copy(u"ca.pem"_s, junk + u"/ca.txt"_s)); // a name Qt does not read
    QVERIFY(!TwilioTransport::caCertificatesIn({empty, junk}));
    // A hashed name (OpenSSL's look-up, here a symbolic link as c_rehash makes), a .crt or a .pem file, in any
    // of the folders, after junk.
    const QString hashed = folder(u"hashed"_s);
    QVERIFY(QFile::link(root.filePath(u"ca.pem"_s), hashed + u"/5ed36f99.0"_s));
    QVERIFY(TwilioTransport::caCertificatesIn({junk, hashed}));
    const QString crt = folder(u"crt"_s);
    QVERIFY(copy(u"other-ca.pem"_s, crt + u"/other.crt"_s));
    QVERIFY(TwilioTransport::caCertificatesIn({empty, junk, crt}));
    const QString pem = folder(u"pem"_s);
    QVERIFY(copy(u"ca.pem"_s, pem + u"/ca.pem"_s));
    QVERIFY(TwilioTransport::caCertificatesIn({junk, pem}));
}

void TestTwilioTransport::caWarningArrivesAfterStartUp()
{
    TwilioConfig config;
    config.baseUrl = QUrl(u"https://api.twilio.com"_s);
    QObject context;
    QStringList warnings;
    const auto collect = [&warnings](const QString& warning) {
        warnings.append(warning);
    };
    const auto answer = [](bool present) {
        return [present] {
            return QtFuture::makeReadyValueFuture(present);
        };
    };

    // Not said at once: the answer comes through the event loop, then the sentence, once.
    TwilioTransport::warnIfCaCertificatesMissing(config, &context, collect, answer(false));
    QVERIFY(warnings.isEmpty());
    QTRY_COMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(u"ca-certificates"_s), qPrintable(warnings.first()));

    // Certificates present, a CA file of one's own, plain HTTP: nothing, and the last two never ask.
    bool asked = false;
    const auto mustNotAsk = [&asked] {
        asked = true;
        return QtFuture::makeReadyValueFuture(false);
    };
    TwilioTransport::warnIfCaCertificatesMissing(config, &context, collect, answer(true));
    TwilioConfig ownCa = config;
    ownCa.caCertificatesFile = u"/etc/kiosk/ca.pem"_s;
    TwilioTransport::warnIfCaCertificatesMissing(ownCa, &context, collect, mustNotAsk);
    TwilioConfig sink = config;
    sink.baseUrl = QUrl(u"http://127.0.0.1:8929"_s);
    TwilioTransport::warnIfCaCertificatesMissing(sink, &context, collect, mustNotAsk);
    QTest::qWait(50);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(!asked);

    // The answer arriving after the window is gone: nothing happens.
    QPromise<bool> late;
    late.start();
    {
        QObject gone;
        TwilioTransport::warnIfCaCertificatesMissing(config, &gone, collect, [&late] { return late.future(); });
    }
    late.addResult(false);
    late.finish();
    QTest::qWait(50);
    QCOMPARE(warnings.size(), 1);
}

void TestTwilioTransport::rightCaSends()
{
    TwilioSink sink(sinkOptions(true));
    TFK_VERIFY_OK(sink.start());
    QCOMPARE(sink.baseUrl().scheme(), u"https"_s);
    TwilioConfig config = configFor(sink);
    config.caCertificatesFile = m_dir.filePath(u"ca.pem"_s);
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"Code over TLS: 123456"_s}));
    TFK_VERIFY_OK(sent);
    QCOMPARE(sink.messages().size(), 1);
    QCOMPARE(sink.messages().first().body, u"Code over TLS: 123456"_s);
}

void TestTwilioTransport::noCaFileFailsWithTheTlsSentence()
{
    TwilioSink sink(sinkOptions(true));
    TFK_VERIFY_OK(sink.start());
    TwilioSmsSender sender(configFor(sink), &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioTls]");
    QVERIFY2(sent.error().message.startsWith(u"The secure connection to 127.0.0.1 failed"_s),
             qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains(u"twilio/caCertificates"_s), qPrintable(sent.error().message));
    QCOMPARE(sink.messages().size(), 0);
}

void TestTwilioTransport::wrongCaFailsWithTheTlsSentence()
{
    TwilioSink sink(sinkOptions(true));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.caCertificatesFile = m_dir.filePath(u"other-ca.pem"_s);
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioTls]");
    QVERIFY2(sent.error().message.contains(config.caCertificatesFile), qPrintable(sent.error().message));
    QCOMPARE(sink.messages().size(), 0);
}

void TestTwilioTransport::unreadableCaFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("missing") << u"no-such-ca.pem"_s << u"cannot be read"_s;
    QTest::newRow("not PEM") << u"not-pem.txt"_s << u"holds no PEM certificate"_s;
}

void TestTwilioTransport::unreadableCaFile()
{
    QFETCH(QString, file);
    QFETCH(QString, sentence);
    TwilioSink sink(sinkOptions(true));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.caCertificatesFile = m_dir.filePath(file);
    TwilioSmsSender sender(config, &m_network);
    QVERIFY(sender.transport().problem().has_value());
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioTls]");
    QVERIFY2(sent.error().message.contains(sentence), qPrintable(sent.error().message));
    QVERIFY(sent.error().message.contains(config.caCertificatesFile));
    // Said before anything was sent.
    QCOMPARE(sink.requestCount(), 0);
}

void TestTwilioTransport::sendsThroughTheProxy()
{
    TwilioSink sink(sinkOptions(false));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.proxy = proxyUrl(m_proxyUser);
    config.proxyPassword = m_proxyPassword;
    TwilioSmsSender sender(config, &m_network);
    QCOMPARE(sender.transport().proxyMode(), TwilioTransport::ProxyMode::Explicit);
    const QByteArray request = "POST http://127.0.0.1:" + QByteArray::number(sink.port()) + "/2010-04-01/Accounts/"
        + kAccount.toLatin1() + "/Messages.json";
    QVERIFY(!proxyLog().contains(request));
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"via the proxy"_s})));
    QCOMPARE(sink.messages().size(), 1);
    QTRY_VERIFY2(proxyLog().contains(request), proxyLog().right(2000).constData());
}

void TestTwilioTransport::httpsThroughTheProxy()
{
    TwilioSink sink(sinkOptions(true));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.caCertificatesFile = m_dir.filePath(u"ca.pem"_s);
    config.proxy = proxyUrl(m_proxyUser);
    config.proxyPassword = m_proxyPassword;
    TwilioSmsSender sender(config, &m_network);
    TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"tunnelled"_s})));
    QCOMPARE(sink.messages().size(), 1);
    // A tunnel: the proxy sees where to, never what.
    const QByteArray tunnel = "CONNECT 127.0.0.1:" + QByteArray::number(sink.port());
    QTRY_VERIFY2(proxyLog().contains(tunnel), proxyLog().right(2000).constData());
    QVERIFY(!proxyLog().contains("tunnelled"));
}

void TestTwilioTransport::proxyFromTheEnvironment()
{
    TwilioSink sink(sinkOptions(false));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.proxy.clear(); // the system's configuration
    const QByteArray request = "POST http://127.0.0.1:" + QByteArray::number(sink.port()) + "/2010-04-01/";
    const QByteArray proxy = "http://" + m_proxyUser.toUtf8() + ':' + m_proxyPassword.toUtf8()
        + "@127.0.0.1:" + QByteArray::number(m_proxyPort);
    qputenv("http_proxy", proxy);
    {
        TwilioSmsSender sender(config, &m_network);
        QCOMPARE(sender.transport().proxyMode(), TwilioTransport::ProxyMode::System);
        TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"system proxy"_s})));
    }
    QTRY_VERIFY2(proxyLog().contains(request), proxyLog().right(2000).constData());
    const qsizetype before = proxyLog().count(request);

    // no_proxy names the host: straight there, the proxy sees nothing more.
    qputenv("no_proxy", "127.0.0.1");
    {
        TwilioSmsSender sender(config, &m_network);
        TFK_VERIFY_OK(waitFor(sender.send({u"+12015550123"_s, u"no proxy for this host"_s})));
    }
    QCOMPARE(sink.messages().size(), 2);
    QCOMPARE(proxyLog().count(request), before);
}

void TestTwilioTransport::wrongProxyPassword()
{
    TwilioSink sink(sinkOptions(true)); // HTTPS, as Twilio: the proxy asks in the CONNECT
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.caCertificatesFile = m_dir.filePath(u"ca.pem"_s);
    config.proxy = proxyUrl(m_proxyUser);
    config.proxyPassword = u"not-the-password"_s;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    QVERIFY2(!sent, "sent through a proxy with the wrong password");
    QVERIFY2(sent.error().code == u"[TwilioProxy]"_s, qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains(u"twilio/proxyPassword"_s), qPrintable(sent.error().message));
    // The password is never part of a sentence.
    QVERIFY(!sent.error().message.contains(u"not-the-password"_s));
    QCOMPARE(sink.messages().size(), 0);
}

void TestTwilioTransport::deadProxy()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    TwilioSink sink(sinkOptions(false));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.proxy = u"http://127.0.0.1:"_s % QString::number(deadPort);
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioProxy]");
    QVERIFY2(sent.error().message.contains(u"the proxy http://127.0.0.1:"_s % QString::number(deadPort)
                                           % u" does not answer"_s),
             qPrintable(sent.error().message));
    QCOMPARE(sink.requestCount(), 0);
}

void TestTwilioTransport::malformedProxySetting_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::newRow("no port") << u"http://proxy.example"_s;
    QTest::newRow("ftp") << u"ftp://proxy.example:21"_s;
    QTest::newRow("a word") << u"proxy"_s;
    QTest::newRow("a path") << u"http://proxy.example:3128/pac"_s;
}

void TestTwilioTransport::malformedProxySetting()
{
    QFETCH(QString, proxy);
    TwilioSink sink(sinkOptions(false));
    TFK_VERIFY_OK(sink.start());
    TwilioConfig config = configFor(sink);
    config.proxy = proxy;
    TwilioSmsSender sender(config, &m_network);
    auto sent = waitFor(sender.send({u"+12015550123"_s, u"hello"_s}));
    TFK_VERIFY_ERROR(sent, "[TwilioProxy]");
    QVERIFY2(sent.error().message.contains(u"is not a proxy address"_s), qPrintable(sent.error().message));
    QCOMPARE(sink.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestTwilioTransport)
#include "tst_twiliotransport.moc"
