#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

struct sqlite3_stmt;

namespace zs {

class SecureBytes;

// RAII prepared statement. Binding indexes and column indexes follow SQLite (bind from 1, columns from 0).
// A bind that fails is remembered and reported by the next step(), so call sites stay linear.
class Statement
{
public:
    explicit Statement(sqlite3_stmt* stmt = nullptr);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    // Binds secret bytes as text without copying them out of secure memory (SQLITE_STATIC).
    Statement& bindSecret(int index, const SecureBytes& secret);
    Statement& bindNull(int index);
    // Binds the arguments to ?1, ?2, … in order.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // True when a row is ready, false when the statement is done.
    Result<bool> step();
    // Steps to the end (for statements that return no rows).
    Result<void> run();
    // Steps to the end, handing each row to `row` (read it with the column accessors, nothing else). Like run(),
    // leaves the statement reset with its bindings, ready to run again.
    Result<void> forEachRow(const std::function<void(const Statement&)>& row);

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's UTF-8 text or bytes in place, without a copy: valid until the next step(), reset() or a call
    // reading the same column as another type.
    QByteArrayView textView(int column) const;
    QByteArrayView blobView(int column) const;
    bool isNull(int column) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL
    int type(int column) const;
    int columnCount() const;

    void reset();
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace zs
