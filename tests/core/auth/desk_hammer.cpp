// One "desk" for tst_multidesk: a whole TwoFactorService in its own process on the database named on
// the command line, hammering one enrolled user (logins, wrong and right codes, resends) and one
// other account (wrong passwords) for a few seconds. Prints what it was answered, as one JSON object
// of "operation:outcome" counts, for the test to add up against the database.
//   desk_hammer DATABASE SECONDS SEED

#include "FutureWait.h"
#include "ManualClock.h"
#include "RecordingSmsSender.h"
#include "ServiceFixture.h"
#include "auth/TwoFactorService.h"
#include "crypto/CryptoRuntime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtCrypto>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tfk;
using tfk::test::waitFor;

namespace {

template <typename T> QString outcome(const Result<T>& result)
{
    return result ? u"ok"_s : result.error().code;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCA::Initializer qca;
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: desk_hammer DATABASE SECONDS SEED\n");
        return 2;
    }
    auto config = DatabaseConfig::fromLocation(args.at(1));
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
        return 2;
    }
    config->connectionPrefix = u"desk-"_s % args.at(3);
    Database database(*config);
    SecretCipher cipher(DataKey::fromBytes(tfk::test::ServiceFixture::dataKeyBytes()));
    PasswordHasher hasher(PasswordHashingLimits::fastForTests());
    // Every desk at the same fixed time: the window's three steps are all there is to spend.
    tfk::test::ManualClock clock(1234567890LL * 1000);
    tfk::test::RecordingSmsSender sms;
    TwoFactorRules rules;
    rules.sendCooldownSeconds = 0;
    rules.maxSendsPerPhone = 100000;
    rules.maxSendsPerHour = 40;
    ServiceOptions options;
    options.storageThreads = 4;
    options.passwordThreads = 2;
    options.maxPendingPasswordWork = 1000;
    if (auto prepared = TwoFactorService::prepareStorage(database, cipher); !prepared) {
        std::fprintf(stderr, "%s\n", qPrintable(prepared.error().message));
        return 1;
    }
    TwoFactorService service(database, sms, clock, cipher, hasher, PhoneNumberParser(), rules, options);

    QMap<QString, int> counts;
    QRandomGenerator random(args.at(3).toUInt());
    QElapsedTimer timer;
    timer.start();
    const qint64 runMs = args.at(2).toDouble() * 1000;
    while (timer.elapsed() < runMs) {
        // A wrong password for the other account, now and then.
        if (random.bounded(4) == 0) {
            counts[u"badPassword:"_s
                   % outcome(waitFor(service.login({u"other@example.com"_s, u"wrong pw"_s, {}, {}})))]++;
        }
        // An enrollment text to one of a hundred phones: the hourly cap, shared by every desk, stops them.
        const QString phone = u"+1 201 555 01%1"_s.arg(random.bounded(100), 2, 10, QChar(u'0'));
        counts[u"enrollmentSend:"_s % outcome(waitFor(service.sendEnrollmentCode(phone, u"8MJJfCY4ERBtotvenSc3"_s)))]++;
        const int textsBefore = int(sms.sent().size());
        auto login = waitFor(service.login({u"richard@example.com"_s, u"correct horse battery"_s, {}, {}}));
        counts[u"login:"_s % outcome(login)]++;
        if (!login || login->twoFactorId.isEmpty()) {
            continue;
        }
        const QString id = login->twoFactorId;
        QString code = sms.sent().size() > textsBefore ? sms.lastCode() : QString();
        for (int i = 0; i < int(random.bounded(3)); ++i) {
            counts[u"complete:"_s % outcome(waitFor(service.completeTwoFactorLogin(id, u"000000"_s, false)))]++;
        }
        if (random.bounded(2) == 0) {
            const int before = int(sms.sent().size());
            counts[u"resend:"_s % outcome(waitFor(service.resendLoginCode(id)))]++;
            if (sms.sent().size() > before) {
                code = sms.lastCode();
            }
        }
        if (!code.isEmpty()) {
            auto completed = waitFor(service.completeTwoFactorLogin(id, code, false));
            counts[u"complete:"_s % outcome(completed)]++;
            if (completed) {
                counts[u"completedRight"_s]++;
            }
        }
    }
    service.waitForIdle(10000);
    counts[u"texts"_s] = int(sms.sent().size());
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        json.insert(it.key(), it.value());
    }
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
