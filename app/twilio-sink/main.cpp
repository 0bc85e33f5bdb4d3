// twilio-sink: the mock SMS sink as a standalone program, for demos and offline runs of the kiosk.
// Command-line wiring only; everything it serves lives in tfk::TwilioSink.

#include "runtime/ProcessHardening.h"
#include "sms/sink/TwilioSink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A fixed port, so a kiosk configured once (TWILIO_API_URL=http://127.0.0.1:8929) finds the sink
// again after a restart; --port 0 asks for an ephemeral one.
constexpr quint16 kDefaultPort = 8929;

// The signal handler only writes a byte here (async-signal-safe); the event loop reads it.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("twilio-sink", text);
}

void printLine(FILE* stream, const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    // Scripts read stdout through a pipe: each line must arrive as it happens.
    std::fflush(stream);
}

// A body on one line, quoted like a JSON string.
QString quoted(const QString& text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20) {
                out += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
            } else {
                out += c;
            }
        }
    }
    return out + u'"';
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        return false;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

int usageError(const QString& message)
{
    printLine(stderr, u"twilio-sink: "_s + message);
    // The same code QCommandLineParser uses for an unknown option.
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // The auth token and the texts it holds stay out of core dumps.
    tfk::ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"twilio-sink"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION " (git " TFK_GIT_REVISION ")"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A mock of Twilio's Messages API on this computer: point the kiosk's Twilio base URL at it to send "
           "two-factor codes without Twilio. Listens on 127.0.0.1 only unless told otherwise."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, tr("TCP port (default %1; 0: any free port).").arg(kDefaultPort), u"N"_s,
                                  QString::number(kDefaultPort));
    const QCommandLineOption address(u"address"_s, tr("Address to listen on (default 127.0.0.1)."), u"ADDRESS"_s,
                                     u"127.0.0.1"_s);
    const QCommandLineOption allowRemote(u"allow-remote"_s,
                                         tr("Allow --address to be an address other computers can reach."));
    const QCommandLineOption listenAny(u"listen-any"_s,
                                       tr("Listen on every network interface (other computers "
                                          "can then send through the sink)."));
    const QCommandLineOption accountSid(u"account-sid"_s, tr("The Account SID clients must use (AC + 32 hex)."),
                                        u"SID"_s, tfk::TwilioSink::kDemoAccountSid.toString());
    const QCommandLineOption authToken(u"auth-token"_s, tr("The auth token clients must use."), u"TOKEN"_s,
                                       tfk::TwilioSink::kDemoAuthToken.toString());
    const QCommandLineOption apiKey(u"api-key"_s, tr("Also accept this API key (SK + 32 hex) and secret; repeatable."),
                                    u"SID:SECRET"_s);
    const QCommandLineOption latency(u"latency-ms"_s, tr("Delay every answer by this many milliseconds."), u"MS"_s,
                                     u"0"_s);
    const QCommandLineOption statusStep(u"status-step-ms"_s,
                                        tr("Milliseconds per status step queued, sending, sent, delivered "
                                           "(0: messages stay queued)."),
                                        u"MS"_s, u"1000"_s);
    const QCommandLineOption undeliverable(
        u"undeliverable"_s, tr("Messages to this number end \"undelivered\" with error 30003; repeatable."),
        u"NUMBER"_s);
    const QCommandLineOption testCredentials(
        u"test-credentials"_s, tr("Behave like Twilio's test credentials: magic From/To numbers, GET answers 403."));
    const QCommandLineOption log(u"log"_s, tr("Append one JSON line per accepted message to FILE."), u"FILE"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, tr("Serve HTTPS with this PEM certificate (then its CAs, if any); needs --tls-key."), u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, tr("The PEM private key of --tls-cert (RSA or EC)."), u"FILE"_s);
    parser.addOptions({port, address, allowRemote, listenAny, accountSid, authToken, apiKey, latency, statusStep,
                       undeliverable, testCredentials, log, tlsCert, tlsKey});
    parser.process(app);

    tfk::TwilioSink::Options options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return usageError(tr("--port must be a number from 0 to 65535."));
    }
    options.port = quint16(portNumber);
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0) {
        return usageError(tr("--latency-ms must be a number of milliseconds, 0 or more."));
    }
    options.statusStepMs = parser.value(statusStep).toInt(&ok);
    if (!ok || options.statusStepMs < 0) {
        return usageError(tr("--status-step-ms must be a number of milliseconds, 0 or more."));
    }
    options.accountSid = parser.value(accountSid);
    static const QRegularExpression accountPattern(u"^AC[0-9a-fA-F]{32}$"_s);
    if (!accountPattern.match(options.accountSid).hasMatch()) {
        return usageError(tr("--account-sid must be AC followed by 32 hexadecimal digits."));
    }
    options.authToken = parser.value(authToken);
    if (options.authToken.isEmpty()) {
        return usageError(tr("--auth-token must not be empty."));
    }
    static const QRegularExpression keyPattern(u"^(SK[0-9a-fA-F]{32}):(.+)$"_s);
    for (const QString& key : parser.values(apiKey)) {
        const auto match = keyPattern.match(key);
        if (!match.hasMatch()) {
            return usageError(tr("--api-key must be SID:SECRET with a SID of SK followed by 32 hexadecimal digits."));
        }
        options.apiKeys.append({match.captured(1), match.captured(2)});
    }
    options.undeliverableNumbers = parser.values(undeliverable);
    options.testCredentials = parser.isSet(testCredentials);
    options.logFile = parser.value(log);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        return usageError(tr("--tls-cert and --tls-key go together."));
    }
    if (parser.isSet(tlsCert)) {
        QList<QSslCertificate> chain = QSslCertificate::fromPath(parser.value(tlsCert), QSsl::Pem);
        if (chain.isEmpty()) {
            return usageError(tr("%1 holds no PEM certificate.").arg(parser.value(tlsCert)));
        }
        QFile keyFile(parser.value(tlsKey));
        const QByteArray keyPem = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull()) {
            key = QSslKey(keyPem, QSsl::Ec);
        }
        if (key.isNull()) {
            return usageError(tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(parser.value(tlsKey)));
        }
        options.tlsCertificate = chain.takeFirst();
        options.tlsChain = chain;
        options.tlsKey = key;
    }

    if (parser.isSet(listenAny)) {
        options.address = QHostAddress::Any;
        printLine(stderr,
                  tr("twilio-sink: warning: listening on every network interface; other computers can "
                     "reach the sink with the demo credentials."));
    } else {
        const QHostAddress requested(parser.value(address));
        if (requested.isNull()) {
            return usageError(tr("--address must be an IP address such as 127.0.0.1."));
        }
        if (!requested.isLoopback()) {
            if (!parser.isSet(allowRemote)) {
                return usageError(tr("refusing to listen on %1, which other computers can reach; add "
                                     "--allow-remote if that is really wanted.")
                                      .arg(requested.toString()));
            }
            printLine(stderr,
                      tr("twilio-sink: warning: listening on %1; other computers can reach the sink.")
                          .arg(requested.toString()));
        }
        options.address = requested;
    }

    if (!installSignalHandlers()) {
        printLine(stderr, tr("twilio-sink: cannot install the SIGINT/SIGTERM handlers."));
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });

    tfk::TwilioSink sink(options);
    QObject::connect(&sink, &tfk::TwilioSink::messageReceived, &app, [](const tfk::SinkMessage& message) {
        const QString sender = message.from.isEmpty() ? message.messagingServiceSid : message.from;
        printLine(stdout,
                  u"%1 to=%2 from=%3 segments=%4 encoding=%5 body=%6"_s.arg(message.sid, message.to, sender)
                      .arg(message.numSegments)
                      .arg(tfk::SmsSegments::encodingName(message.encoding), quoted(message.body)));
    });
    if (auto started = sink.start(); !started) {
        printLine(stderr, u"twilio-sink: "_s + started.error().message);
        return 1;
    }
    // The demo token is no secret; a token given on the command line is shown only by its start.
    const QString token = options.authToken == tfk::TwilioSink::kDemoAuthToken ? options.authToken
                                                                               : options.authToken.left(4) + u"..."_s;
    printLine(stdout,
              u"twilio-sink listening on %1 (account %2, auth token %3)"_s.arg(sink.baseUrl().toString(),
                                                                               options.accountSid, token));
    printLine(stderr, u"twilio-sink: "_s + tfk::ProcessHardening::describe());

    const int code = QCoreApplication::exec();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return code;
}
