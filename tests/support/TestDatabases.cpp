#include "TestDatabases.h"

#include "store/Schema.h"

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

Result<QString> TestDatabases::migratedTemplate(const DatabaseConfig& server)
{
    const QString name = u"tfk_template_v%1"_s.arg(Schema::kCurrentVersion);
    // Test processes run side by side: one builds the template, the others wait for it.
    if (auto locked = m_admin->exec(u"SELECT pg_advisory_lock(7457)"_s); !locked) {
        return fail(locked.error());
    }
    auto exists = m_admin->exec(u"SELECT 1 FROM pg_database WHERE datname = :name"_s, {{u"name"_s, name}});
    Result<QString> answer = name;
    if (!exists) {
        answer = fail(exists.error());
    } else if (!exists->next()) {
        const QString building = name % u"_building"_s;
        (void)m_admin->exec(u"DROP DATABASE IF EXISTS "_s % building % u" WITH (FORCE)"_s);
        auto created = m_admin->exec(u"CREATE DATABASE "_s % building);
        if (!created) {
            answer = fail(created.error());
        } else {
            {
                DatabaseConfig config = server;
                config.databaseName = building;
                config.connectionPrefix = u"test-template-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
                Database database(config);
                if (auto migrated = Schema::migrate(database); !migrated) {
                    answer = fail(migrated.error());
                }
            } // closes its connection: a template must have none
            if (answer) {
                auto renamed = m_admin->exec(u"ALTER DATABASE "_s % building % u" RENAME TO "_s % name);
                if (!renamed) {
                    answer = fail(renamed.error());
                }
            }
        }
    }
    exists = fail(Error {});
    (void)m_admin->exec(u"SELECT pg_advisory_unlock(7457)"_s);
    return answer;
}

DatabaseConfig TestDatabases::create(const QString& name, int busyTimeoutMs, Content content)
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
    QString from;
    if (content == Content::Migrated) {
        auto templateName = migratedTemplate(*server);
        if (!templateName) {
            return broken("cannot create the migrated template database: " + templateName.error().message.toUtf8());
        }
        from = u" TEMPLATE "_s % *templateName;
    }
    const QString database = u"tfk_test_"_s % uniqueSuffix();
    if (auto created = m_admin->exec(u"CREATE DATABASE "_s % database % from); !created) {
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

QString TestDatabases::location(const DatabaseConfig& config)
{
    return config.driver == SqlDriver::Postgres
        ? u"postgresql://%1@%2:%3/%4"_s.arg(config.userName, config.host).arg(config.port).arg(config.databaseName)
        : config.path;
}

} // namespace tfk::test
