#include "sync/store/Statement.h"

#include "sync/store/Database.h"
#include "sync/store/SecureBytes.h"

#include <sqlite3.h>

#include <utility>

namespace zs {

Statement::Statement(sqlite3_stmt* stmt)
    : m_stmt(stmt)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

namespace {
inline void remember(int& slot, int rc)
{
    if (rc != SQLITE_OK && slot == SQLITE_OK)
        slot = rc;
}
} // namespace

Statement& Statement::bind(int index, qint64 value)
{
    remember(m_bindError, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    remember(m_bindError, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    // Most texts are short and in the Basic Multilingual Plane (ids, codes, dates, Chinese names and notes): encoded
    // on the stack instead of into the heap copy toUtf8() makes. A surrogate (pair or lone) takes toUtf8(), whose
    // output this matches for everything else.
    constexpr qsizetype kShort = 256;
    if (value.size() <= kShort) {
        char utf8[3 * kShort];
        char* out = utf8;
        const ushort* in = value.utf16();
        const ushort* const end = in + value.size();
        for (; in != end; ++in) {
            const ushort u = *in;
            if (u < 0x80) {
                *out++ = static_cast<char>(u);
            } else if (u < 0x800) {
                *out++ = static_cast<char>(0xC0 | (u >> 6));
                *out++ = static_cast<char>(0x80 | (u & 0x3F));
            } else if (u >= 0xD800 && u <= 0xDFFF) {
                break;
            } else {
                *out++ = static_cast<char>(0xE0 | (u >> 12));
                *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
                *out++ = static_cast<char>(0x80 | (u & 0x3F));
            }
        }
        if (in == end) {
            remember(m_bindError,
                     sqlite3_bind_text(m_stmt, index, utf8, static_cast<int>(out - utf8), SQLITE_TRANSIENT));
            return *this;
        }
    }
    const QByteArray utf8 = value.toUtf8();
    remember(m_bindError,
             sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    remember(m_bindError,
             sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindSecret(int index, const SecureBytes& secret)
{
    remember(m_bindError,
             sqlite3_bind_text(m_stmt, index, secret.chars(), static_cast<int>(secret.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    remember(m_bindError, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        const int rc = std::exchange(m_bindError, SQLITE_OK);
        return Database::sqliteError(rc, sqlite3_db_handle(m_stmt));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error error = Database::sqliteError(rc, sqlite3_db_handle(m_stmt));
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::run()
{
    for (;;) {
        ZS_TRY_ASSIGN(auto row, step());
        if (!row) {
            sqlite3_reset(m_stmt); // ready to be bound and run again; the bindings stay
            return {};
        }
    }
}

Result<void> Statement::forEachRow(const std::function<void(const Statement&)>& row)
{
    for (;;) {
        ZS_TRY_ASSIGN(auto ready, step());
        if (!ready) {
            sqlite3_reset(m_stmt);
            return {};
        }
        row(*this);
    }
}

int Statement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::textView(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView Statement::blobView(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_bindError = SQLITE_OK;
}

} // namespace zs
