// The twilio-sink program as scripts start it: --help and --version; every option error with its sentence
// and exit code 1; it refuses an address other computers reach unless told; it serves Twilio's Messages API
// on a free port, prints each accepted text on one line and appends it to --log; HTTPS with --tls-cert and
// --tls-key; SIGTERM and SIGINT stop it with exit code 0.

#include "ProgramRunner.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;
using tfk::test::ProgramRun;
using tfk::test::ProgramRunner;
using tfk::test::RunningProgram;

namespace {

const QString kAccount = u"AC00000000000000000000000000000000"_s; // the sink's demo account
const QString kToken = u"twilio-sink-demo-auth-token"_s;

QByteArray describe(const ProgramRun& run)
{
    return u"exit %1 (%2)\nstdout: %3\nstderr: %4"_s.arg(run.exitCode)
        .arg(run.finished ? u"finished"_s : u"did not finish"_s, run.out.left(2000), run.err.left(2000))
        .toUtf8();
}

// POSTs one text to the sink's Messages API; the HTTP status, or 0 when there was no answer.
int sendText(const QUrl& base, const QString& to, const QString& body, QSslConfiguration* tls = nullptr)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + u"/2010-04-01/Accounts/"_s + kAccount + u"/Messages.json"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Authorization", "Basic " + (kAccount + u':' + kToken).toUtf8().toBase64());
    if (tls) {
        request.setSslConfiguration(*tls);
    }
    // Form encoding: '+' must travel as %2B (a bare '+' is a space).
    const QByteArray form = "To=" + QUrl::toPercentEncoding(to) + "&From=" + QUrl::toPercentEncoding(u"+15005550006"_s)
        + "&Body=" + QUrl::toPercentEncoding(body);
    QNetworkReply* reply = network.post(request, form);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(20000)) {
        return 0;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestTwilioSinkProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpAndVersion();
    void optionErrors_data();
    void optionErrors();
    void servesPrintsAndLogsUntilASignal_data();
    void servesPrintsAndLogsUntilASignal();
    void servesHttps();
    void listeningEverywhereIsSaid();

private:
    ProgramRun run(const QStringList& arguments) const
    {
        return ProgramRunner(QStringLiteral(TFK_SINK_PROGRAM), *m_dir).run(arguments);
    }
    bool openssl(const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"openssl"_s, arguments);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTwilioSinkProgram::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTwilioSinkProgram::helpAndVersion()
{
    const ProgramRun help = run({u"--help"_s});
    QVERIFY2(help.finished && help.exitCode == 0, describe(help));
    QVERIFY(help.out.contains(u"A mock of Twilio's Messages API on this computer"_s));
    for (const QString& option : {u"--port"_s, u"--tls-cert"_s, u"--undeliverable"_s, u"--test-credentials"_s}) {
        QVERIFY2(help.out.contains(option), qPrintable(option));
    }
    const ProgramRun version = run({u"--version"_s});
    QVERIFY2(version.finished && version.exitCode == 0, describe(version));
    QVERIFY2(version.out.startsWith(u"twilio-sink " TFK_PROJECT_VERSION " (git "_s), describe(version));
}

void TestTwilioSinkProgram::optionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString sentenceOf = u"twilio-sink: "_s;
    QTest::newRow("unknown option") << QStringList {u"--colour"_s} << sentenceOf + u"Unknown option 'colour'."_s;
    QTest::newRow("port too big") << QStringList {u"--port"_s, u"65536"_s}
                                  << sentenceOf + u"--port must be a number from 0 to 65535."_s;
    QTest::newRow("port not a number") << QStringList {u"--port"_s, u"http"_s}
                                       << sentenceOf + u"--port must be a number from 0 to 65535."_s;
    QTest::newRow("negative latency") << QStringList {u"--latency-ms"_s, u"-1"_s}
                                      << sentenceOf + u"--latency-ms must be a number of milliseconds, 0 or more."_s;
    QTest::newRow("status step not a number")
        << QStringList {u"--status-step-ms"_s, u"soon"_s}
        << sentenceOf + u"--status-step-ms must be a number of milliseconds, 0 or more."_s;
    QTest::newRow("account sid") << QStringList {u"--account-sid"_s, u"AC123"_s}
                                 << sentenceOf + u"--account-sid must be AC followed by 32 hexadecimal digits."_s;
    QTest::newRow("empty auth token") << QStringList {u"--auth-token="_s}
                                      << sentenceOf + u"--auth-token must not be empty."_s;
    QTest::newRow("api key") << QStringList {u"--api-key"_s, u"SK123:secret"_s}
                             << sentenceOf
            + u"--api-key must be SID:SECRET with a SID of SK followed by 32 hexadecimal digits."_s;
    QTest::newRow("certificate without key")
        << QStringList {u"--tls-cert"_s, u"cert.pem"_s} << sentenceOf + u"--tls-cert and --tls-key go together."_s;
    QTest::newRow("no certificate in the file")
        << QStringList {u"--tls-cert"_s, u"/proc/no-such.pem"_s, u"--tls-key"_s, u"/proc/no-such.key"_s}
        << sentenceOf + u"/proc/no-such.pem holds no PEM certificate."_s;
    QTest::newRow("address") << QStringList {u"--address"_s, u"localhost.example"_s}
                             << sentenceOf + u"--address must be an IP address such as 127.0.0.1."_s;
    QTest::newRow("remote address") << QStringList {u"--address"_s, u"192.0.2.10"_s}
                                    << sentenceOf
            + u"refusing to listen on 192.0.2.10, which other computers can reach; add --allow-remote if that is "
              "really wanted."_s;
}

void TestTwilioSinkProgram::optionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProgramRun result = run(arguments);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 1, describe(result));
    QVERIFY2(result.err.startsWith(message), describe(result));
    QCOMPARE(result.out, QString());
}

void TestTwilioSinkProgram::servesPrintsAndLogsUntilASignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestTwilioSinkProgram::servesPrintsAndLogsUntilASignal()
{
    QFETCH(int, signalNumber);
    const QString log = m_dir->filePath(u"sink.jsonl"_s);
    ProgramRunner runner(QStringLiteral(TFK_SINK_PROGRAM), *m_dir);
    RunningProgram sink(runner,
                        {u"--port"_s, u"0"_s, u"--log"_s, log, u"--status-step-ms"_s, u"0"_s, u"--latency-ms"_s, u"0"_s,
                         u"--undeliverable"_s, u"+12015550111"_s});
    const auto listening
        = sink.waitFor(QRegularExpression(u"^twilio-sink listening on (http://127\\.0\\.0\\.1:\\d+) \\(account "_s
                                          + kAccount + u", auth token twilio-sink-demo-auth-token\\)\n"_s),
                       false);
    QVERIFY2(listening.hasMatch(), qPrintable(sink.out() + sink.err()));
    QCOMPARE(sendText(QUrl(listening.captured(1)), u"+12015550123"_s, u"Your code: 123456\nThanks \"A\""_s), 201);
    const auto printed = sink.waitFor(
        QRegularExpression(u"\n(SM[0-9a-f]{32}) to=\\+12015550123 from=\\+15005550006 segments=1 encoding=GSM-7 "
                           "body=\"Your code: 123456\\\\nThanks \\\\\"A\\\\\"\"\n"_s),
        false);
    QVERIFY2(printed.hasMatch(), qPrintable(sink.out()));
    QVERIFY2(sink.stop(signalNumber), qPrintable(sink.err()));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray line = file.readLine();
    QVERIFY2(line.contains(printed.captured(1).toUtf8()) && line.contains("+12015550123"), line.constData());
}

void TestTwilioSinkProgram::servesHttps()
{
    const QStringList ec {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    QVERIFY(openssl(QStringList {u"req"_s, u"-x509"_s} + ec
                    + QStringList {u"-keyout"_s, u"sink.key"_s, u"-out"_s, u"sink.pem"_s, u"-days"_s, u"2"_s,
                                   u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s}));
    // A file without a key in it: refused by name.
    const ProgramRun noKey = run({u"--tls-cert"_s, m_dir->filePath(u"sink.pem"_s), u"--tls-key"_s,
                                  m_dir->filePath(u"sink.pem"_s), u"--port"_s, u"0"_s});
    QVERIFY2(noKey.finished && noKey.exitCode == 1, describe(noKey));
    QCOMPARE(
        noKey.err,
        u"twilio-sink: %1 holds no unencrypted PEM private key (RSA or EC).\n"_s.arg(m_dir->filePath(u"sink.pem"_s)));
    ProgramRunner runner(QStringLiteral(TFK_SINK_PROGRAM), *m_dir);
    RunningProgram sink(runner,
                        {u"--port"_s, u"0"_s, u"--tls-cert"_s, m_dir->filePath(u"sink.pem"_s), u"--tls-key"_s,
                         m_dir->filePath(u"sink.key"_s)});
    const auto listening = sink.waitFor(QRegularExpression(u"listening on (https://127\\.0\\.0\\.1:\\d+)"_s), false);
    QVERIFY2(listening.hasMatch(), qPrintable(sink.out() + sink.err()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_dir->filePath(u"sink.pem"_s)));
    QCOMPARE(sendText(QUrl(listening.captured(1)), u"+12015550123"_s, u"Your code: 654321"_s, &tls), 201);
    QVERIFY2(sink.stop(SIGTERM), qPrintable(sink.err()));
    QVERIFY(sink.out().contains(u"body=\"Your code: 654321\""_s));
}

void TestTwilioSinkProgram::listeningEverywhereIsSaid()
{
    ProgramRunner runner(QStringLiteral(TFK_SINK_PROGRAM), *m_dir);
    {
        RunningProgram sink(runner, {u"--port"_s, u"0"_s, u"--listen-any"_s, u"--auth-token"_s, u"s3cret-token"_s});
        const auto listening = sink.waitFor(QRegularExpression(u"twilio-sink listening on \\S+ \\(account "_s + kAccount
                                                               + u", auth token s3cr\\.\\.\\.\\)"_s),
                                            false);
        QVERIFY2(listening.hasMatch(), qPrintable(sink.out() + sink.err()));
        QVERIFY(sink.err().startsWith(u"twilio-sink: warning: listening on every network interface; other computers "
                                      "can reach the sink with the demo credentials."_s));
        QVERIFY(!sink.out().contains(u"s3cret-token"_s)); // a real token is shown by its start only
        QVERIFY2(sink.stop(SIGTERM), qPrintable(sink.err()));
    }
    // A remote address allowed: warned about, then it must exist here to listen on (TEST-NET-1 does not).
    const ProgramRun remote = run({u"--address"_s, u"192.0.2.10"_s, u"--allow-remote"_s, u"--port"_s, u"0"_s});
    QVERIFY2(remote.finished && remote.exitCode == 1, describe(remote));
    QVERIFY2(remote.err.startsWith(u"twilio-sink: warning: listening on 192.0.2.10; other computers can reach the "
                                   "sink.\ntwilio-sink: "_s),
             describe(remote));
}

QTEST_MAIN(TestTwilioSinkProgram)
#include "tst_twiliosinkprogram.moc"
