#include "SqlDialect.h"

using namespace Qt::StringLiterals;

namespace tfk {

QString SqlDialect::qtDriverName() const
{
    return m_driver == SqlDriver::Postgres ? u"QPSQL"_s : u"QSQLITE"_s;
}

QString SqlDialect::ddl(QString statement) const
{
    const bool pg = m_driver == SqlDriver::Postgres;
    statement.replace(u"{AUTO_ID}"_s, pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    statement.replace(u"{BIGINT}"_s, pg ? u"BIGINT"_s : u"INTEGER"_s);
    statement.replace(u"{BLOB}"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    return statement;
}

QString SqlDialect::beginWrite() const
{
    return m_driver == SqlDriver::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

} // namespace tfk
