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
    DatabaseConfig config;
    config.path = databasePath();
    config.connectionPrefix = u"fixture-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
    database = std::make_unique<Database>(config);
    cipher = std::make_unique<SecretCipher>(DataKey::fromBytes(dataKeyBytes()));
    hasher = std::make_unique<PasswordHasher>(options.hashing);
    if (auto prepared = TwoFactorService::prepareStorage(*database, *cipher); !prepared) {
        m_problem = prepared.error().message.toUtf8();
        return;
    }
    PhoneNumberParser::Options phoneOptions;
    phoneOptions.allowTestNumbers = options.allowTestNumbers;
    service = std::make_unique<TwoFactorService>(*database, sms, clock, *cipher, *hasher,
                                                 PhoneNumberParser(phoneOptions), options.rules);
}

ServiceFixture::~ServiceFixture()
{
    service.reset();
    database.reset();
}

QString ServiceFixture::databasePath() const
{
    return dir.filePath(u"kiosk.db"_s);
}

QByteArray ServiceFixture::dataKeyBytes()
{
    return QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
}

} // namespace tfk::test
