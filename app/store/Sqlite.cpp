#include "store/Sqlite.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>

namespace alertdesk::sqlite {

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_error(std::move(other.m_error))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

// SQLITE_STATIC: callers keep the bytes alive until the statement has been stepped.
void Statement::bindText(int index, QByteArrayView utf8)
{
    // A null view would bind SQL NULL; an empty text is still text.
    sqlite3_bind_text64(m_stmt, index, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                        SQLITE_UTF8);
}

void Statement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data() ? bytes.data() : "", sqlite3_uint64(bytes.size()), SQLITE_STATIC);
}

void Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool Statement::run()
{
    m_error.clear();
    while (step()) {
    }
    reset();
    return m_error.isEmpty();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);   // the bindings stay: every use binds all parameters again
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView Statement::bytes(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

QString Statement::text(int column) const
{
    return QString::fromUtf8(bytes(column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Expected<std::unique_ptr<Database>> Database::open(const QString& path)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(db);
        return fail(Error::Code::Io,
                    QCoreApplication::translate("AlertStore", "Could not open the alert history: %1.").arg(reason),
                    path);
    }
    sqlite3_busy_timeout(db, 2000);
    return std::unique_ptr<Database>(new Database(db, path));
}

Expected<void> Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return fail(Error::Code::Io,
                    QCoreApplication::translate("AlertStore", "The alert history could not be written: %1.")
                        .arg(reason),
                    m_path);
    }
    return {};
}

Statement Database::prepare(const char* sql)
{
    return Statement(m_db, sql);
}

qint64 Database::queryInt(const char* sql, qint64 fallback)
{
    Statement statement(m_db, sql);
    if (!statement.isValid() || !statement.step())
        return fallback;
    return statement.int64(0);
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

QString Database::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace alertdesk::sqlite
