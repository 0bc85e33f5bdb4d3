#include "TestDatabases.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tfk::test {

namespace {

QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(16);
}

} // namespace

TestDatabases::TestDatabases() = default;

TestDatabases::~TestDatabases()
{
    if (m_admin) {
        for (const QString& name : std::as_const(m_created)) {
            // FORCE: worker threads of a test may still hold connections.
            (void)m_admin->exec(u"DROP DATABASE IF EXISTS "_s % name % u" WITH (FORCE)"_s);
        }
    }
}

bool TestDatabases::postgres()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    return !env.value(u"TFK_TEST_DATABASE"_s).isEmpty() || !env.value(u"TFK_TEST_DATABASE_FILE"_s).isEmpty();
}

Result<QString> TestDatabases::serverUrl()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (const QString url = env.value(u"TFK_TEST_DATABASE"_s); !url.isEmpty()) {
        return url;
    }
    const QString file = env.value(u"TFK_TEST_DATABASE_FILE"_s);
    if (file.isEmpty()) {
        return QString();
    }
    QFile urlFile(file);
    if (!urlFile.open(QIODevice::ReadOnly)) {
        return fail(u"[TestServer]"_s,
                    u"The test PostgreSQL server did not start: %1 is missing (see the output of the test "
                    "postgres_start)."_s.arg(file));
    }
    return QString::fromUtf8(urlFile.readAll()).trimmed();
}

DatabaseConfig TestDatabases::create(const QString& name, int busyTimeoutMs)
{
    DatabaseConfig config;
    config.busyTimeoutMs = busyTimeoutMs;
    config.connectionPrefix = u"test-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto url = serverUrl();
    if (url && url->isEmpty()) {
        config.path = m_dir.filePath(name);
        return config;
    }
    const auto broken = [&](const QByteArray& why) {
        m_problem = why;
        qWarning("%s", why.constData());
        config.driver = SqlDriver::Postgres;
        config.host = u"127.0.0.1"_s;
        config.port = 1;
        config.databaseName = u"tfk_no_test_server"_s;
        config.connectTimeoutSeconds = 1;
        return config;
    };
    if (!url) {
        return broken(url.error().message.toUtf8());
    }
    auto server = DatabaseConfig::fromLocation(*url);
    if (!server) {
        return broken(server.error().message.toUtf8());
    }
    if (!m_admin) {
        DatabaseConfig admin = *server;
        admin.connectionPrefix = u"test-admin-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_admin = std::make_unique<Database>(admin);
    }
    const QString database = u"tfk_test_"_s % uniqueSuffix();
    if (auto created = m_admin->exec(u"CREATE DATABASE "_s % database); !created) {
        return broken("cannot create a test database: " + created.error().message.toUtf8());
    }
    m_created << database;
    DatabaseConfig pg = *server;
    pg.databaseName = database;
    pg.busyTimeoutMs = busyTimeoutMs;
    pg.connectionPrefix = config.connectionPrefix;
    return pg;
}

QByteArray TestDatabases::storedBytes(Database& database)
{
    QByteArray bytes;
    if (database.config().driver == SqlDriver::Sqlite) {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-journal"_s}) {
            QFile file(database.config().path + suffix);
            if (file.open(QIODevice::ReadOnly)) {
                bytes += file.readAll();
            }
        }
        return bytes;
    }
    auto tables = database.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                "current_schema() AND table_type = 'BASE TABLE'"_s);
    QStringList names;
    while (tables && tables->next()) {
        names << tables->value(0).toString();
    }
    for (const QString& table : std::as_const(names)) {
        auto rows = database.exec(u"SELECT t::text FROM "_s % table % u" t"_s);
        while (rows && rows->next()) {
            bytes += rows->value(0).toString().toUtf8() + '\n';
        }
    }
    return bytes;
}

DatabaseConfig TestDatabases::another(const DatabaseConfig& config)
{
    DatabaseConfig copy = config;
    copy.connectionPrefix = u"test-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
    return copy;
}

} // namespace tfk::test
