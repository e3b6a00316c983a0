#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "common/Error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace alertdesk::sqlite {

// A prepared statement, reset after each use so it can be stepped again with new bindings. Thin on purpose:
// the store binds a dozen values per event at 100,000 events a second, where a QVariant per value shows.
class Statement final
{
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);
    void bind(int index, const QString& text);
    void bindNull(int index);
    // Steps once: true while a row is available. Errors end stepping and are kept in lastError().
    bool step();
    // Steps until done and resets; false (with lastError()) on failure.
    bool run();
    void reset();

    qint64 int64(int column) const;
    QByteArrayView bytes(int column) const;   // valid until the next step
    QString text(int column) const;
    bool isNull(int column) const;

    QString lastError() const { return m_error; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

// One connection, owned by one thread.
class Database final
{
public:
    static Expected<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements without results; the error names the database file.
    Expected<void> exec(const char* sql);
    Statement prepare(const char* sql);
    qint64 queryInt(const char* sql, qint64 fallback = 0);
    qint64 changes() const;
    QString errorMessage() const;
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path);

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace alertdesk::sqlite
