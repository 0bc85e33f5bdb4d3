// Secrets at rest: after a full scripted run of the headless API (a user created, enrolled by text,
// signed in with a texted code and with a recovery code, a trusted computer, an API key used, Twilio
// credentials set, a sink writing its message log), no file the run left behind (the database with
// its WAL, the settings, the headless log, the sink's log) holds any secret in plain text: not the
// TOTP secret (as typed, in base32, hex or base64), the codes texted, the recovery codes, the
// password, the twoFactorIds, the JWT, the trust token, the API key or the Twilio auth token. The
// only exceptions are by design: the auth token lives in the owner-only secrets file (no keychain
// here), and the sink (standing in for the phone company) logs the texts it carried, codes included.
// And the programs themselves keep secrets out of core dumps: the running kiosk and sink say they
// are not dumpable, and the kernel shows their core size limit at 0.

#include "ApiTestClient.h"
#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"
#include "api/ApiKeyStore.h"
#include "api/HeadlessServer.h"
#include "runtime/Runtime.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "sms/sink/TwilioSink.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::ApiTestClient;
using tfk::test::HttpResult;

namespace {

const QString kPassword = u"Seven tired zebras 42"_s;
const QString kPhoneE164 = u"+12015550123"_s;

QString codeIn(const SinkMessage& message)
{
    return QRegularExpression(u"(\\d{6})"_s).match(message.body).captured(1);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

// Every file under `dir`, by path relative to it.
QMap<QString, QByteArray> filesUnder(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            files.insert(QDir(dir).relativeFilePath(file.fileName()), file.readAll());
        }
    }
    return files;
}

// The forms a value could be written in by mistake.
QList<QByteArray> formsOf(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QList<QByteArray> forms {utf8, utf8.toHex(), utf8.toBase64()};
    forms << utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return forms;
}

} // namespace

class TestSecretsAtRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }
    void noSecretIsLeftInAnyFile();
    void programsAreNotDumpable_data();
    void programsAreNotDumpable();

private:
    tfk::test::QcaTestEnvironment m_qca;
};

void TestSecretsAtRest::noSecretIsLeftInAnyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Twilio's part, with credentials of this run only.
    TwilioSink::Options sinkOptions;
    sinkOptions.accountSid = u"AC"_s + randomHex(16);
    sinkOptions.authToken = randomHex(16);
    sinkOptions.logFile = dir.filePath(u"sink.log"_s);
    sinkOptions.statusStepMs = 0;
    TwilioSink sink(sinkOptions);
    TFK_VERIFY_OK(sink.start());

    const QString settingsPath = dir.filePath(u"kiosk.conf"_s);
    {
        Settings settings(settingsPath);
        settings.setValue(Settings::Key::TwilioApiUrl, sink.baseUrl().toString());
        settings.setValue(Settings::Key::TwilioAccountSid, sinkOptions.accountSid);
        settings.setValue(Settings::Key::TwilioFromNumber, u"+15005550006"_s);
        settings.setValue(Settings::Key::TwilioProxy, u"none"_s);
    }
    {
        SecretStore secrets(SecretStore::pathBeside(settingsPath), SecretStore::Storage::File);
        TFK_VERIFY_OK(secrets.setSecret(SecretStore::kTwilioAuthToken.toString(), sinkOptions.authToken));
    }
    RuntimeOptions options;
    options.settingsPath = settingsPath;
    options.databasePath = dir.filePath(u"kiosk.db"_s);
    options.environment = QProcessEnvironment();
    auto runtime = Runtime::create(options);
    TFK_VERIFY_OK(runtime);
    SystemClock clock;
    SecretCipher cipher((*runtime)->dataKey());
    ApiKeyStore keys((*runtime)->database(), cipher, clock);
    auto apiKey = keys.create(u"secrets-at-rest"_s);
    TFK_VERIFY_OK(apiKey);

    QStringList secrets {kPassword, sinkOptions.authToken, apiKey->key};
    QStringList codes;
    QString text;
    QTextStream log(&text);
    bool scripted = false;
    QTimer::singleShot(0, [&] {
        const auto raiseAtEnd = qScopeGuard([] { ::raise(SIGTERM); });
        const auto match = QRegularExpression(u"API listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        ApiTestClient api(QUrl(match.captured(1)));
        api.setApiKey(apiKey->key);
        const HttpResult created = api.request(
            "POST", u"/api/user"_s,
            (uR"({"user":{"email":"monica@example.com","password":"%1","mobilePhone":"+1 201 555 0123"}})"_s.arg(
                 kPassword))
                .toUtf8());
        QCOMPARE(created.status, 200);
        const QString userId = created.json.value(u"user"_s).toObject().value(u"id"_s).toString();
        const HttpResult secret = api.request("GET", u"/api/two-factor/secret"_s);
        QCOMPARE(secret.status, 200);
        secrets << secret.json.value(u"secret"_s).toString() << secret.json.value(u"secretBase32Encoded"_s).toString();
        QCOMPARE(api.request("POST", u"/api/two-factor/send"_s,
                             (uR"({"mobilePhone":"+1 201 555 0123","secret":"%1"})"_s.arg(secrets.at(3))).toUtf8())
                     .status,
                 200);
        QTRY_COMPARE(sink.messages().size(), 1);
        codes << codeIn(sink.messages().last());
        const HttpResult enabled = api.request(
            "POST", u"/api/user/two-factor/"_s + userId,
            (uR"({"code":"%1","secret":"%2","delivery":"TextMessage"})"_s.arg(codes.last(), secrets.at(3))).toUtf8());
        QCOMPARE(enabled.status, 200);
        QStringList recovery;
        for (const QJsonValue& code : enabled.json.value(u"recoveryCodes"_s).toArray()) {
            recovery << code.toString();
        }
        QCOMPARE(recovery.size(), 10);
        const QByteArray login = (uR"({"loginId":"monica@example.com","password":"%1"})"_s.arg(kPassword)).toUtf8();
        // Signed in with the texted code, trusting the computer.
        const HttpResult first = api.request("POST", u"/api/login"_s, login);
        QCOMPARE(first.status, 242);
        const QString firstId = first.json.value(u"twoFactorId"_s).toString();
        QTRY_COMPARE(sink.messages().size(), 2);
        codes << codeIn(sink.messages().last());
        const HttpResult done = api.request(
            "POST", u"/api/two-factor/login"_s,
            (uR"({"twoFactorId":"%1","code":"%2","trustComputer":true})"_s.arg(firstId, codes.last())).toUtf8(),
            "application/json", QString());
        QCOMPARE(done.status, 200);
        secrets << firstId << done.json.value(u"token"_s).toString()
                << done.json.value(u"twoFactorTrustId"_s).toString();
        QVERIFY(!secrets.last().isEmpty());
        // Signed in with a recovery code (the login's own text is refused: every code valid in this
        // window is spent by now).
        const HttpResult second = api.request("POST", u"/api/login"_s, login);
        QCOMPARE(second.status, 242);
        const QString secondId = second.json.value(u"twoFactorId"_s).toString();
        const HttpResult recovered
            = api.request("POST", u"/api/two-factor/login"_s,
                          (uR"({"twoFactorId":"%1","code":"%2"})"_s.arg(secondId, recovery.first())).toUtf8(),
                          "application/json", QString());
        QCOMPARE(recovered.status, 200);
        secrets << secondId << recovered.json.value(u"token"_s).toString() << recovery;
        scripted = true;
    });
    ApiServerOptions serverOptions;
    serverOptions.port = 0;
    QCOMPARE(HeadlessServer::run(**runtime, serverOptions, log, QProcessEnvironment()), 0);
    QVERIFY(scripted);
    runtime->reset();
    QFile logFile(dir.filePath(u"headless.log"_s));
    QVERIFY(logFile.open(QIODevice::WriteOnly));
    logFile.write(text.toUtf8());
    logFile.close();

    const QMap<QString, QByteArray> files = filesUnder(dir.path());
    QVERIFY2(files.contains(u"kiosk.db"_s) && files.contains(u"kiosk.conf"_s) && files.contains(u"sink.log"_s)
                 && files.contains(u"secrets.ini"_s),
             qPrintable(files.keys().join(u", "_s)));
    QVERIFY(!(QFile(dir.filePath(u"secrets.ini"_s)).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    int searched = 0;
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        for (const QString& value : std::as_const(secrets)) {
            if (value == sinkOptions.authToken && file.key() == u"secrets.ini"_s) {
                QVERIFY(file.value().contains(value.toUtf8())); // where it belongs
                continue;
            }
            for (const QByteArray& form : formsOf(value)) {
                QVERIFY2(!file.value().contains(form),
                         qPrintable(u"%1 holds %2"_s.arg(file.key(), QString::fromUtf8(form))));
                ++searched;
            }
        }
        for (const QString& code : std::as_const(codes)) {
            if (file.key() == u"sink.log"_s) {
                continue; // the texts as the phone company carried them
            }
            // Six digits may occur by chance in binary data: searched as the texts' words.
            QVERIFY2(!file.value().contains(QString(u"Code: "_s + code).toUtf8()),
                     qPrintable(u"%1 holds the text of code %2"_s.arg(file.key(), code)));
            ++searched;
        }
    }
    qInfo("%d values searched for in %d forms across %lld files (%s): none found", int(secrets.size() + codes.size()),
          searched, qlonglong(files.size()), qPrintable(files.keys().join(u", "_s)));
}

void TestSecretsAtRest::programsAreNotDumpable_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("twilio-sink") << QStringLiteral(TFK_SINK_BINARY) << QStringList {u"--port"_s, u"0"_s};
    QTest::newRow("twofactor-kiosk --headless")
        << QStringLiteral(TFK_KIOSK_BINARY)
        << QStringList {u"--headless"_s, u"--api"_s, u"--api-listen"_s, u"127.0.0.1:0"_s, u"--mock-sms"_s};
}

void TestSecretsAtRest::programsAreNotDumpable()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    if (program.endsWith(u"twofactor-kiosk"_s)) {
        arguments << u"--settings"_s << dir.filePath(u"k.conf"_s) << u"--database"_s << dir.filePath(u"k.db"_s);
    }
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, dir.path());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QByteArray err;
    while (!err.contains("core dumps")) {
        if (!process.waitForReadyRead(30000)) {
            QFAIL(qPrintable(u"no word on core dumps: "_s + QString::fromUtf8(err + process.readAll())));
        }
        err += process.readAllStandardError();
    }
    // The program's own reading of prctl(PR_GET_DUMPABLE) and RLIMIT_CORE, then the kernel's view.
    QVERIFY2(err.contains("core dumps off (the process is not dumpable and its core size limit is 0)"),
             err.constData());
    QFile limits(u"/proc/%1/limits"_s.arg(process.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QByteArray table = limits.readAll();
    QVERIFY2(
        QRegularExpression(u"Max core file size\\s+0\\s+0\\s+bytes"_s).match(QString::fromLatin1(table)).hasMatch(),
        table.constData());
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
}

QTEST_GUILESS_MAIN(TestSecretsAtRest)
#include "tst_secretsatrest.moc"
