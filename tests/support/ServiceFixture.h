#pragma once

// A complete TwoFactorService on a fresh database (a temporary SQLite file, or a new database on the
// PostgreSQL server named by TFK_TEST_DATABASE / TFK_TEST_DATABASE_FILE), a fixed clock, a fixed data key, fast
// password hashing and a recording SMS sender: what service, UI and API tests start from.

#include "ManualClock.h"
#include "QcaTestEnvironment.h"
#include "RecordingSmsSender.h"
#include "TestDatabases.h"
#include "auth/TwoFactorService.h"
#include "sms/TwilioSmsSender.h"
#include "sms/sink/TwilioSink.h"

#include <QNetworkAccessManager>

#include <QTemporaryDir>

#include <memory>

namespace tfk::test {

class ServiceFixture
{
public:
    struct Options
    {
        TwoFactorRules rules;
        qint64 startSecs = 1234567890; // RFC 6238's test time: the tutorial secret's code is 830023
        bool allowTestNumbers = false;
        PasswordHashingLimits hashing = PasswordHashingLimits::fastForTests();
        // Send through the real Twilio client to a mock sink on loopback instead of the recorder.
        bool useSink = false;
        ServiceOptions service;
    };

    ServiceFixture();
    explicit ServiceFixture(Options options);
    ~ServiceFixture();

    // Empty when the fixture is ready, else why not (QCA missing, database failure).
    QByteArray problem() const { return m_problem; }

    // SQLite: the file; PostgreSQL: the database's URL (no password).
    QString databasePath() const;
    // The database's configuration, for a second Database on it (another desk).
    DatabaseConfig databaseConfig() const { return TestDatabases::another(m_databaseConfig); }
    static QByteArray dataKeyBytes();

    QcaTestEnvironment qca;
    ManualClock clock;
    QTemporaryDir dir;
    TestDatabases databases;
    std::unique_ptr<Database> database;
    std::unique_ptr<SecretCipher> cipher;
    std::unique_ptr<PasswordHasher> hasher;
    RecordingSmsSender sms;
    // With useSink: the sink, the network access and the Twilio client the service sends through.
    std::unique_ptr<TwilioSink> sink;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TwilioSmsSender> twilio;
    std::unique_ptr<TwoFactorService> service;

    // The stores under the service, for seeding and inspecting the database directly (the service
    // itself only offers its asynchronous operations).
    UserStore& users() { return *m_users; }
    ActivityLog& activity() { return *m_activity; }

    // The code in the sink's newest message to `e164` (empty when none).
    QString lastSinkCode(const QString& e164) const;

private:
    QByteArray m_problem;
    DatabaseConfig m_databaseConfig;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<ActivityLog> m_activity;
};

} // namespace tfk::test

// For initTestCase()/init(): fails with the reason when the fixture could not be built.
#define TFK_REQUIRE_FIXTURE(fixture)                                                                                   \
    do {                                                                                                               \
        const QByteArray tfkFixtureProblem = (fixture).problem();                                                      \
        QVERIFY2(tfkFixtureProblem.isEmpty(), tfkFixtureProblem.constData());                                          \
    } while (false)
