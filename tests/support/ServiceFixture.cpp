#include "ServiceFixture.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tfk::test {

ServiceFixture::ServiceFixture()
    : ServiceFixture(Options())
{
}

ServiceFixture::ServiceFixture(Options options)
    : clock(options.startSecs * 1000)
{
    m_problem = qca.problem();
    if (!m_problem.isEmpty()) {
        return;
    }
    if (!dir.isValid()) {
        m_problem = "cannot create a temporary directory";
        return;
    }
    m_databaseConfig = databases.create(u"kiosk.db"_s, 5000, TestDatabases::Content::Migrated);
    if (!databases.problem().isEmpty()) {
        m_problem = databases.problem();
        return;
    }
    database = std::make_unique<Database>(m_databaseConfig);
    cipher = std::make_unique<SecretCipher>(DataKey::fromBytes(dataKeyBytes()));
    hasher = std::make_unique<PasswordHasher>(options.hashing);
    m_users = std::make_unique<UserStore>(*database, clock);
    m_activity = std::make_unique<ActivityLog>(*database);
    if (auto prepared = TwoFactorService::prepareStorage(*database, *cipher); !prepared) {
        m_problem = prepared.error().message.toUtf8();
        return;
    }
    PhoneNumberParser::Options phoneOptions;
    phoneOptions.allowTestNumbers = options.allowTestNumbers || options.useSink;
    SmsSender* sender = &sms;
    if (options.useSink) {
        TwilioSink::Options sinkOptions;
        sinkOptions.statusStepMs = 100;
        sink = std::make_unique<TwilioSink>(sinkOptions);
        if (auto started = sink->start(); !started) {
            m_problem = started.error().message.toUtf8();
            return;
        }
        network = std::make_unique<QNetworkAccessManager>();
        TwilioConfig config;
        config.baseUrl = sink->baseUrl();
        config.accountSid = sink->options().accountSid;
        config.authToken = sink->options().authToken;
        config.fromNumber = u"+15005550006"_s;
        config.pollInitialMs = 100;
        config.pollMaxMs = 200;
        twilio = std::make_unique<TwilioSmsSender>(config, network.get());
        sender = twilio.get();
    }
    service = std::make_unique<TwoFactorService>(*database, *sender, clock, *cipher, *hasher,
                                                 PhoneNumberParser(phoneOptions), options.rules, options.service);
}

ServiceFixture::~ServiceFixture()
{
    service.reset();
    twilio.reset();
    network.reset();
    sink.reset();
    m_activity.reset();
    m_users.reset();
    database.reset();
}

QString ServiceFixture::lastSinkCode(const QString& e164) const
{
    if (!sink) {
        return {};
    }
    const QList<SinkMessage> messages = sink->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->to == e164) {
            return it->body.right(6);
        }
    }
    return {};
}

QString ServiceFixture::databasePath() const
{
    return TestDatabases::location(m_databaseConfig);
}

QByteArray ServiceFixture::dataKeyBytes()
{
    return QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
}

} // namespace tfk::test
