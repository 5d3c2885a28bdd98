#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace zs {

// What went wrong, in terms a caller can act on. The message is for the user (translated); the detail is for logs.
enum class ErrorCode
{
    WrongPassphrase,
    NotFound,
    AlreadyExists,
    Damaged,
    NotAWorkspace,
    NewerSchema,
    DiskFull,
    Io,
    Busy,
    Invalid,
    Crypto,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    // Validation: field name → message for the user, shown next to that field.
    QMap<QString, QString> fields;

    QString toString() const;
};

// One error convention for the whole code base: a value or an Error, never an exception across the event loop.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

Error makeError(ErrorCode code, QString message, QString detail = {});

// Propagates an error from a Result-returning expression.
#define ZS_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        auto zsTryResult_ = (expr);                                                                                    \
        if (!zsTryResult_.ok())                                                                                        \
            return zsTryResult_.error();                                                                               \
    } while (false)

// Takes the value of a Result-returning expression into `lhs` (a declaration or an lvalue), or returns its error:
//     ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT …"));   // stmt is the StatementLease
//     ZS_TRY_ASSIGN(v.scope, repo::teamScope(m_db));
#define ZS_TRY_ASSIGN(lhs, expr) ZS_TRY_ASSIGN_IMPL_(ZS_TRY_CONCAT_(zsTryAssign_, __LINE__), lhs, expr)
#define ZS_TRY_CONCAT_(a, b) ZS_TRY_CONCAT_IMPL_(a, b)
#define ZS_TRY_CONCAT_IMPL_(a, b) a##b
#define ZS_TRY_ASSIGN_IMPL_(tmp, lhs, expr)                                                                            \
    auto tmp = (expr);                                                                                                 \
    if (!tmp.ok())                                                                                                     \
        return tmp.error();                                                                                            \
    lhs = std::move(tmp.value())

} // namespace zs
