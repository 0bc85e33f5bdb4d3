// One life of the kiosk for tst_crashconsistency: a whole TwoFactorService on the database named on
// the command line, enrolling new users and signing them in, in a loop, until it is killed. Before
// and after each write it prints a line (flushed at once), so the test knows what was acknowledged
// and what was in flight when the SIGKILL came:
//   ready                          storage prepared, the loop starts
//   created USERID LOGINID         a user was created
//   enrolling USERID STEP BASE32   enableTwoFactor started with the code of time step STEP of the
//                                  secret BASE32 (printed for the test's replays: a test program only)
//   enrolled USERID STEP           ... and answered: two-factor on, STEP spent
//   trying USERID STEP             completeTwoFactorLogin started with the code of STEP
//   accepted USERID STEP           ... and answered: signed in, STEP spent
//   sent                           a text was answered as sent (one sms_log row)
//   crash_driver DATABASE SEED START_SECS

#include "FutureWait.h"
#include "ManualClock.h"
#include "RecordingSmsSender.h"
#include "ServiceFixture.h"
#include "auth/TwoFactorService.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtCrypto>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::waitFor;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line % u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCA::Initializer qca;
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crash_driver DATABASE SEED START_SECS\n");
        return 2;
    }
    auto config = DatabaseConfig::fromLocation(args.at(1));
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
        return 2;
    }
    config->connectionPrefix = u"crash-"_s % args.at(2);
    Database database(*config);
    SecretCipher cipher(DataKey::fromBytes(tfk::test::ServiceFixture::dataKeyBytes()));
    PasswordHasher hasher(PasswordHashingLimits::fastForTests());
    tfk::test::ManualClock clock(args.at(3).toLongLong() * 1000);
    tfk::test::RecordingSmsSender sms;
    const TwoFactorRules rules = [] {
        TwoFactorRules r;
        r.sendCooldownSeconds = 0;
        r.maxSendsPerPhone = 1000;
        r.maxSendsPerHour = 100000;
        return r;
    }();
    if (auto prepared = TwoFactorService::prepareStorage(database, cipher); !prepared) {
        std::fprintf(stderr, "%s\n", qPrintable(prepared.error().message));
        return 1;
    }
    TwoFactorService service(database, sms, clock, cipher, hasher, PhoneNumberParser(), rules);
    QRandomGenerator random(args.at(2).toUInt());
    say(u"ready"_s);

    for (int i = 0;; ++i) {
        // A fresh time step for every code: each one may be spent once.
        clock.advanceSecs(30);
        const QString loginId = u"crash-%1-%2@example.com"_s.arg(args.at(2)).arg(i);
        // One of a hundred fictional numbers (555-0100..0199), so no phone's cap is reached.
        const QString phone = u"+1 201 555 01%1"_s.arg(random.bounded(100), 2, 10, QChar(u'0'));
        auto user = waitFor(service.createUser({loginId, {}, u"Crash %1"_s.arg(i), phone, u"crash password"_s}));
        if (!user) {
            std::fprintf(stderr, "createUser: %s\n", qPrintable(user.error().message));
            return 1;
        }
        say(u"created "_s % user->id % u' ' % loginId);
        const TotpSecret secret = service.generateSecret();
        auto sent = waitFor(service.sendEnrollmentCode(phone, secret.secret()));
        if (!sent) {
            std::fprintf(stderr, "sendEnrollmentCode: %s\n", qPrintable(sent.error().message));
            return 1;
        }
        say(u"sent"_s);
        const qint64 enrollStep = clock.currentSecsSinceEpoch() / 30;
        say(u"enrolling %1 %2 %3"_s.arg(user->id).arg(enrollStep).arg(secret.secretBase32Encoded()));
        auto enabled = waitFor(
            service.enableTwoFactor(user->id, sms.lastCode(), secret.secret(), TwoFactorDelivery::TextMessage));
        if (!enabled) {
            std::fprintf(stderr, "enableTwoFactor: %s\n", qPrintable(enabled.error().message));
            return 1;
        }
        say(u"enrolled %1 %2"_s.arg(user->id).arg(enrollStep));

        clock.advanceSecs(30);
        auto login = waitFor(service.login({loginId, u"crash password"_s, {}, {}}));
        if (!login || login->twoFactorId.isEmpty() || login->deliveryError) {
            std::fprintf(stderr, "login: %s\n", login ? "no challenge" : qPrintable(login.error().message));
            return 1;
        }
        say(u"sent"_s);
        // Now and then a wrong code first: a counter that must not go backwards.
        if (random.bounded(3) == 0) {
            (void)waitFor(service.completeTwoFactorLogin(login->twoFactorId, u"000000"_s, false));
        }
        const qint64 loginStep = clock.currentSecsSinceEpoch() / 30;
        say(u"trying %1 %2"_s.arg(user->id).arg(loginStep));
        auto completed = waitFor(service.completeTwoFactorLogin(login->twoFactorId, sms.lastCode(), false));
        if (!completed) {
            std::fprintf(stderr, "completeTwoFactorLogin: %s\n", qPrintable(completed.error().message));
            return 1;
        }
        say(u"accepted %1 %2"_s.arg(user->id).arg(loginStep));
    }
}
