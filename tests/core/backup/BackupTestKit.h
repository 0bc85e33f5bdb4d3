#pragma once

// Shared by the backup tests: enrolling users on a ServiceFixture, and proving that a restored
// database and key still sign every enrolled user in, with codes computed by liboath (an independent
// RFC 6238 implementation) from the secrets opened out of the restored database with the restored key.

#include "FutureWait.h"
#include "ManualClock.h"
#include "RecordingSmsSender.h"
#include "ServiceFixture.h"
#include "store/Schema.h"

#include <QFile>
#include <QSqlQuery>
#include <QUuid>

#include <liboath/oath.h>

namespace tfk::test {

inline const QString kBackupPassphrase = QStringLiteral("correct horse battery staple");
inline const QString kUserPassword = QStringLiteral("password123");

inline QString oathCode(const QByteArray& secret, qint64 unixSeconds)
{
    char code[10] = {};
    oath_totp_generate(secret.constData(), size_t(secret.size()), time_t(unixSeconds), 30, 0, 6, code);
    return QString::fromLatin1(code);
}

// Creates user `index` with a phone of its own and turns two-factor on; an empty string when it worked.
inline QString enrollUser(ServiceFixture& f, int index)
{
    const QString email = QStringLiteral("user%1@example.com").arg(index);
    const QString phone = QStringLiteral("+1 201 555 01%1").arg(index % 100, 2, 10, QLatin1Char('0'));
    auto user = waitFor(f.service->createUser({email, {}, QStringLiteral("User %1").arg(index), phone, kUserPassword}));
    if (!user) {
        return user.error().message;
    }
    const TotpSecret secret = f.service->generateSecret();
    if (auto sent = waitFor(f.service->sendEnrollmentCode(phone, secret.secret())); !sent) {
        return sent.error().message;
    }
    auto enabled = waitFor(
        f.service->enableTwoFactor(user->id, oathCode(secret.secret().toLatin1(), f.clock.currentSecsSinceEpoch()),
                                   secret.secret(), TwoFactorDelivery::TextMessage));
    return enabled ? QString() : enabled.error().message;
}

// A whole two-factor sign-in on its own: password, then the code texted.
inline QString signIn(ServiceFixture& f, int index)
{
    auto login = waitFor(f.service->login({QStringLiteral("user%1@example.com").arg(index), kUserPassword, {}, {}}));
    if (!login) {
        return login.error().message;
    }
    if (login->status != LoginResult::Status::TwoFactorRequired) {
        return QStringLiteral("no two-factor challenge");
    }
    auto done = waitFor(f.service->completeTwoFactorLogin(login->twoFactorId, f.sms.lastCode(), false));
    return done ? QString() : done.error().message;
}

// Signs every two-factor user of a restored database in, on a service of its own over the restored files,
// at `atSecs` (later than anything spent in the original). Returns how many signed in, or -1 and `why`.
inline int signInEveryone(const QString& databasePath, const QString& keyPath, qint64 atSecs, QString* why)
{
    auto key = DataKey::load(keyPath, false, QProcessEnvironment());
    if (!key) {
        *why = key.error().message;
        return -1;
    }
    DatabaseConfig config;
    config.path = databasePath;
    config.connectionPrefix = QStringLiteral("restored-") % QUuid::createUuid().toString(QUuid::WithoutBraces);
    Database database(config);
    SecretCipher cipher(*key);
    if (auto prepared = TwoFactorService::prepareStorage(database, cipher); !prepared) {
        *why = prepared.error().message;
        return -1;
    }
    ManualClock clock(atSecs * 1000);
    PasswordHasher hasher(PasswordHashingLimits::fastForTests());
    RecordingSmsSender sms;
    TwoFactorRules rules;
    rules.maxSendsPerHour = 100000;
    int signedIn = 0;
    {
        TwoFactorService service(database, sms, clock, cipher, hasher, PhoneNumberParser(), rules);
        auto users = database.exec(QStringLiteral("SELECT id, email, two_factor_secret FROM users "
                                                  "WHERE two_factor_enabled = 1 ORDER BY email"));
        if (!users) {
            *why = users.error().message;
            return -1;
        }
        QList<std::tuple<QString, QString, QByteArray>> rows;
        while (users->next()) {
            rows.append({users->value(0).toString(), users->value(1).toString(), users->value(2).toByteArray()});
        }
        for (const auto& [id, email, sealed] : rows) {
            auto secret = cipher.open(sealed, id.toLatin1());
            if (!secret) {
                *why = secret.error().message;
                return -1;
            }
            auto login = waitFor(service.login({email, kUserPassword, {}, {}}));
            if (!login || login->status != LoginResult::Status::TwoFactorRequired) {
                *why = login ? QStringLiteral("%1: no challenge").arg(email) : login.error().message;
                return -1;
            }
            // The oracle's code must be the one the restored kiosk texted, and must complete the sign-in.
            const QString code = oathCode(*secret, clock.currentSecsSinceEpoch());
            if (sms.lastCode() != code) {
                *why = QStringLiteral("%1: texted %2, liboath says %3").arg(email, sms.lastCode(), code);
                return -1;
            }
            auto done = waitFor(service.completeTwoFactorLogin(login->twoFactorId, code, false));
            if (!done || done->status != LoginResult::Status::Authenticated) {
                *why = done ? QStringLiteral("%1: not authenticated").arg(email) : done.error().message;
                return -1;
            }
            ++signedIn;
        }
    }
    return signedIn;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace tfk::test
