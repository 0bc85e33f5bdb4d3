// The twofactor-kiosk program as it is started from a shell: --help and --version, the option errors and
// their exit codes (1: an unknown option, 2: a wrong value), the subcommands (api-key, operator, users,
// secrets, backup) dispatched without a window, --headless serving the API until SIGTERM, the window with the
// mock SMS, the demo and the API (--screenshot quits once it is shown), and kiosk mode, which needs an
// administrator first.

#include "ProgramRunner.h"

#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using tfk::test::ProgramRun;
using tfk::test::ProgramRunner;
using tfk::test::RunningProgram;

namespace {

QByteArray describe(const ProgramRun& run)
{
    return u"exit %1 (%2)\nstdout: %3\nstderr: %4"_s.arg(run.exitCode)
        .arg(run.finished ? u"finished"_s : u"did not finish"_s, run.out.left(2000), run.err.left(2000))
        .toUtf8();
}

} // namespace

class TestKioskProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpAndVersion();
    void optionErrors_data();
    void optionErrors();
    void theOperatorPinIsGone();
    void apiKeysFromTheCommandLine();
    void otherSubcommandsRunWithoutAWindow();
    void headlessServesUntilSigterm();
    void theWindowWithTheMockSmsTheDemoAndTheApi();
    void kioskModeNeedsAnAdministrator();
    void theScreenshotTour();

private:
    QStringList files() const
    {
        return {u"--settings"_s, m_dir->filePath(u"kiosk.conf"_s), u"--database"_s, m_dir->filePath(u"kiosk.db"_s)};
    }
    ProgramRun run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return ProgramRunner(QStringLiteral(TFK_KIOSK_PROGRAM), *m_dir).run(arguments, input);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKioskProgram::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestKioskProgram::helpAndVersion()
{
    const ProgramRun help = run({u"--help"_s});
    QVERIFY2(help.finished && help.exitCode == 0, describe(help));
    QVERIFY(help.out.contains(u"Helpdesk kiosk for SMS two-factor enrollment and sign-in."_s));
    QVERIFY(help.out.contains(u"--kiosk"_s));
    QVERIFY(help.out.contains(u"--set-operator-pin"_s));
    QVERIFY(help.out.contains(u"--api-view"_s));
    QVERIFY(help.out.contains(u"api-key create|list|revoke"_s)); // the subcommands, one line each
    const ProgramRun version = run({u"--version"_s});
    QVERIFY2(version.finished && version.exitCode == 0, describe(version));
    QCOMPARE(version.out.section(u" (git "_s, 0, 0), u"twofactor-kiosk " TFK_PROJECT_VERSION ""_s);
    // With --headless: the same options and the same text.
    const ProgramRun headless = run({u"--headless"_s, u"--help"_s});
    QVERIFY2(headless.finished && headless.exitCode == 0, describe(headless));
    QCOMPARE(headless.out, help.out);
}

void TestKioskProgram::optionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList {u"--no-such-option"_s} << 1
                                    << u"twofactor-kiosk: Unknown option 'no-such-option'."_s;
    QTest::newRow("missing value") << QStringList {u"--database"_s} << 1
                                   << u"twofactor-kiosk: Missing value after '--database'."_s;
    QTest::newRow("language not offered")
        << QStringList {u"--lang"_s, u"fr"_s} << 2
        << u"twofactor-kiosk: The language 'fr' is not offered; choose one of en, de, es."_s;
    QTest::newRow("headless, language not offered")
        << QStringList {u"--headless"_s, u"--api"_s, u"--lang"_s, u"fr"_s} << 2
        << u"twofactor-kiosk: The language 'fr' is not offered; choose one of en, de, es."_s;
    QTest::newRow("headless without --api")
        << QStringList {u"--headless"_s} << 2 << u"twofactor-kiosk: --headless serves the API: add --api."_s;
    QTest::newRow("headless, unknown option")
        << QStringList {u"--headless"_s, u"--colour"_s} << 1 << u"twofactor-kiosk: Unknown option 'colour'."_s;
    QTest::newRow("headless, kiosk") << QStringList {u"--headless"_s, u"--api"_s, u"--kiosk"_s} << 2
                                     << u"twofactor-kiosk: --kiosk needs the window: leave out --headless."_s;
    QTest::newRow("headless, screenshot")
        << QStringList {u"--headless"_s, u"--api"_s, u"--screenshot"_s, u"x.png"_s} << 2
        << u"twofactor-kiosk: --screenshot needs the window: leave out --headless."_s;
    QTest::newRow("headless, API view") << QStringList {u"--headless"_s, u"--api"_s, u"--api-view"_s} << 2
                                        << u"twofactor-kiosk: --api-view needs the window: leave out --headless."_s;
    QTest::newRow("headless, operator PIN")
        << QStringList {u"--headless"_s, u"--api"_s, u"--set-operator-pin"_s} << 2
        << u"twofactor-kiosk: The operator PIN was replaced by operator accounts: an administrator signs in to "
           "leave kiosk mode. Add one with: twofactor-kiosk operator add NAME --role admin"_s;
    QTest::newRow("headless, bad --api-listen")
        << QStringList {u"--headless"_s, u"--api"_s, u"--api-listen"_s, u"nowhere"_s} << 2
        << u"twofactor-kiosk: --api-listen takes ADDRESS:PORT, such as 127.0.0.1:9011 or [::1]:9011, not "
           "\"nowhere\"."_s;
    QTest::newRow("headless, database that cannot be")
        << QStringList {u"--headless"_s,  u"--api"_s,      u"--api-listen"_s,
                        u"127.0.0.1:0"_s, u"--database"_s, u"/proc/no-such-folder/kiosk.db"_s}
        << 1 << u"twofactor-kiosk: "_s;
    QTest::newRow("api-key without a subcommand")
        << QStringList {u"api-key"_s} << 2 << u"twofactor-kiosk api-key: name a subcommand: create, list or revoke."_s;
}

void TestKioskProgram::optionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const ProgramRun result = run(arguments);
    QVERIFY2(result.finished, describe(result));
    QVERIFY2(result.exitStatus == QProcess::NormalExit && result.exitCode == exitCode, describe(result));
    // The sentence on a line of its own (a new data key may be announced before it).
    QVERIFY2(result.err.startsWith(message) || result.err.contains(u'\n' + message), describe(result));
    QCOMPARE(result.out, QString()); // nothing for a script to mistake for an answer
}

void TestKioskProgram::theOperatorPinIsGone()
{
    const ProgramRun result = run(files() << u"--set-operator-pin"_s);
    QVERIFY2(result.finished && result.exitCode == 2, describe(result));
    QCOMPARE(result.err,
             u"twofactor-kiosk: The operator PIN was replaced by operator accounts: an administrator signs in to "
             "leave kiosk mode. Add one with: twofactor-kiosk operator add NAME --role admin\n"_s);
    QVERIFY(!QFile::exists(m_dir->filePath(u"kiosk.db"_s))); // refused before anything was opened
}

void TestKioskProgram::apiKeysFromTheCommandLine()
{
    const ProgramRun created = run(files() << u"api-key"_s << u"create"_s << u"--name"_s << u"ci"_s);
    QVERIFY2(created.finished && created.exitCode == 0, describe(created));
    const QString key = created.out.trimmed();
    QVERIFY2(!key.isEmpty() && !key.contains(u'\n'), describe(created)); // the key alone on stdout
    const auto idMatch = QRegularExpression(u"(?:^|\\n)Created API key (\\S+) \\(\"ci\"\\)"_s).match(created.err);
    QVERIFY2(idMatch.hasMatch(), describe(created));
    const QString id = idMatch.captured(1);
    QVERIFY(!created.err.contains(key)); // never on stderr, where logs go
    const ProgramRun listed = run(files() << u"api-key"_s << u"list"_s);
    QVERIFY2(listed.finished && listed.exitCode == 0, describe(listed));
    QVERIFY2(listed.out.startsWith(id + u"\tci\t"_s) && listed.out.trimmed().endsWith(u"\tactive"_s), describe(listed));
    QVERIFY(!listed.out.contains(key));
    const ProgramRun revoked = run(files() << u"api-key"_s << u"revoke"_s << id);
    QVERIFY2(revoked.finished && revoked.exitCode == 0, describe(revoked));
    QCOMPARE(revoked.err, u"Revoked API key %1 (\"ci\").\n"_s.arg(id));
    QVERIFY(run(files() << u"api-key"_s << u"list"_s).out.contains(u"\trevoked "_s));
    const ProgramRun unknown = run(files() << u"api-key"_s << u"rotate"_s);
    QVERIFY2(unknown.finished && unknown.exitCode == 2, describe(unknown));
    QVERIFY(unknown.err.startsWith(u"twofactor-kiosk api-key: unknown subcommand \"rotate\"."_s));
}

void TestKioskProgram::otherSubcommandsRunWithoutAWindow()
{
    // No display at all: these never create a QApplication.
    ProgramRunner runner(QStringLiteral(TFK_KIOSK_PROGRAM), *m_dir);
    QProcessEnvironment env = runner.environment();
    QCOMPARE(env.value(u"QT_QPA_PLATFORM"_s), u"offscreen"_s);
    const ProgramRun added = run(files() << u"operator"_s << u"add"_s << u"alex"_s << u"--role"_s << u"admin"_s,
                                 "correct horse battery\n");
    QVERIFY2(added.finished && added.exitCode == 0, describe(added));
    const ProgramRun listed = run(files() << u"operator"_s << u"list"_s);
    QVERIFY2(listed.finished && listed.exitCode == 0 && listed.out.contains(u"alex"_s), describe(listed));
    const ProgramRun exported = run(files() << u"users"_s << u"export"_s);
    QVERIFY2(exported.finished && exported.exitCode == 0, describe(exported));
    QVERIFY2(exported.out.startsWith(u"id,email,username,fullName,mobilePhone,twoFactorEnabled"_s), describe(exported));
    const ProgramRun backup = run(files() << u"backup"_s);
    QVERIFY2(backup.finished && backup.exitCode == 2, describe(backup)); // a usage error: no file named
    // Secrets: set from one piped line, shown only as set, removed; wrong words are usage errors (2).
    const QStringList settings {u"--settings"_s, m_dir->filePath(u"kiosk.conf"_s), u"secrets"_s};
    const ProgramRun before = run(settings + QStringList {u"where"_s});
    QVERIFY2(before.finished && before.exitCode == 0, describe(before));
    QVERIFY2(before.out.contains(u"twilio/authToken: not set\n"_s), describe(before));
    const ProgramRun set = run(settings + QStringList {u"set"_s, u"twilio/authToken"_s}, "tok-7c1e9a\n");
    QVERIFY2(set.finished && set.exitCode == 0, describe(set));
    QVERIFY2(set.err.startsWith(u"Saved twilio/authToken in "_s), describe(set));
    const ProgramRun after = run(settings + QStringList {u"where"_s});
    QVERIFY2(after.out.contains(u"twilio/authToken: set\n"_s) && !after.out.contains(u"tok-7c1e9a"_s), describe(after));
    const ProgramRun unset = run(settings + QStringList {u"unset"_s, u"twilio/authToken"_s});
    QVERIFY2(unset.finished && unset.exitCode == 0 && unset.err.startsWith(u"Removed twilio/authToken from "_s),
             describe(unset));
    QVERIFY(run(settings + QStringList {u"where"_s}).out.contains(u"twilio/authToken: not set\n"_s));
    const ProgramRun empty = run(settings + QStringList {u"set"_s, u"twilio/authToken"_s});
    QVERIFY2(empty.finished && empty.exitCode == 1, describe(empty)); // nothing piped in
    const ProgramRun unknown = run(settings + QStringList {u"set"_s, u"password"_s}, "x\n");
    QVERIFY2(unknown.finished && unknown.exitCode == 2 && unknown.err.contains(u"\"password\" is not a secret"_s),
             describe(unknown));
    const ProgramRun verb = run(settings + QStringList {u"show"_s});
    QVERIFY2(verb.finished && verb.exitCode == 2 && verb.err.contains(u"expected set NAME, unset NAME or where."_s),
             describe(verb));
    const ProgramRun option = run(settings + QStringList {u"--colour"_s});
    QVERIFY2(option.finished && option.exitCode == 2, describe(option));
}

void TestKioskProgram::headlessServesUntilSigterm()
{
    ProgramRunner runner(QStringLiteral(TFK_KIOSK_PROGRAM), *m_dir);
    RunningProgram kiosk(runner,
                         files() << u"--headless"_s << u"--api"_s << u"--api-listen"_s << u"127.0.0.1:0"_s
                                 << u"--mock-sms"_s << u"--demo"_s);
    const QRegularExpressionMatch listening
        = kiosk.waitFor(QRegularExpression(u"API listening on (http://127\\.0\\.0\\.1:\\d+)"_s), true);
    QVERIFY2(listening.hasMatch(), qPrintable(kiosk.err()));
    // Up and guarded: no key, no answer.
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(listening.captured(1) + u"/api/two-factor/secret"_s)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();
    QVERIFY2(kiosk.stop(SIGTERM), qPrintable(kiosk.err()));
}

void TestKioskProgram::theWindowWithTheMockSmsTheDemoAndTheApi()
{
    const QString png = m_dir->filePath(u"window.png"_s);
    // The API on every interface, allowed: said on stderr (the window is up for half a second).
    const ProgramRun shown = run(files() << u"--mock-sms"_s << u"--demo"_s << u"--api"_s << u"--api-listen"_s
                                         << u"0.0.0.0:0"_s << u"--allow-remote-api"_s << u"--lang"_s << u"en"_s
                                         << u"--api-view"_s << u"--screenshot"_s << png);
    QVERIFY2(shown.finished && shown.exitCode == 0, describe(shown));
    // Every option the window asks about is one the parser knows (Qt says so on stderr otherwise).
    QVERIFY2(!shown.err.contains(u"QCommandLineParser"_s), describe(shown));
    QVERIFY2(shown.err.contains(u"API listening on http://0.0.0.0:"_s), describe(shown));
    QVERIFY2(shown.err.contains(u"twofactor-kiosk: Warning: the API listens on 0.0.0.0 port "_s), describe(shown));
    QVERIFY2(shown.err.contains(u"Demo administrator: "_s), describe(shown));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // A screenshot that cannot be written: said so, exit code 1.
    const ProgramRun unwritable = run(files() << u"--screenshot"_s << u"/proc/no-such-folder/window.png"_s);
    QVERIFY2(unwritable.finished && unwritable.exitCode == 1, describe(unwritable));
    QVERIFY(unwritable.err.contains(u"cannot write the screenshot to /proc/no-such-folder/window.png"_s));
}

void TestKioskProgram::kioskModeNeedsAnAdministrator()
{
    // Without one it refuses to start (the message box that says so is left waiting: the line on stderr is
    // what a service log shows).
    ProgramRunner runner(QStringLiteral(TFK_KIOSK_PROGRAM), *m_dir);
    {
        RunningProgram refused(runner, files() << u"--kiosk"_s);
        const auto said = refused.waitFor(
            QRegularExpression(u"Kiosk mode needs an active administrator to leave it. Add one first: "
                               "twofactor-kiosk operator add NAME --role admin"_s),
            true);
        QVERIFY2(said.hasMatch(), qPrintable(refused.err()));
    }
    const ProgramRun added = run(files() << u"operator"_s << u"add"_s << u"alex"_s << u"--role"_s << u"admin"_s,
                                 "correct horse battery\n");
    QVERIFY2(added.finished && added.exitCode == 0, describe(added));
    const QString png = m_dir->filePath(u"kiosk.png"_s);
    const ProgramRun kiosk = run(files() << u"--kiosk"_s << u"--screenshot"_s << png);
    QVERIFY2(kiosk.finished && kiosk.exitCode == 0, describe(kiosk));
    QVERIFY(!QImage(png).isNull());
}

void TestKioskProgram::theScreenshotTour()
{
    // The walk through the demo that scripts/screenshots runs: every screen and dialog, then it quits.
    const QString folder = m_dir->filePath(u"shots"_s);
    const ProgramRun tour = run(files() << u"--mock-sms"_s << u"--demo"_s << u"--screenshots"_s << folder);
    QVERIFY2(tour.finished && tour.exitCode == 0, describe(tour));
    const QStringList saved = QDir(folder).entryList({u"*.png"_s}, QDir::Files);
    QVERIFY2(tour.out.contains(u"twofactor-kiosk: %1 screenshot(s) saved in %2."_s.arg(saved.size()).arg(folder)),
             describe(tour));
    // The screens the README shows are among them, each a real image.
    for (const QString& name : {u"walkup-side.png"_s, u"operator-signin.png"_s, u"verification-dialog.png"_s,
                                u"enroll-code-sent.png"_s, u"recovery-codes.png"_s, u"lost-phone.png"_s,
                                u"phone-login-code.png"_s, u"signed-in.png"_s, u"users-after-tour.png"_s}) {
        QVERIFY2(saved.contains(name), qPrintable(name));
        QVERIFY2(!QImage(QDir(folder).filePath(name)).isNull(), qPrintable(name));
    }
}

QTEST_MAIN(TestKioskProgram)
#include "tst_kioskprogram.moc"
