#pragma once

#include "sync/store/Error.h"
#include "sync/store/SecureBytes.h"
#include "sync/store/Statement.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace zs {

class Database;

// A cached statement on loan: reset and unbound when the lease ends, so the next user starts clean.
class StatementLease
{
public:
    StatementLease(Statement* statement, bool* inUse)
        : m_statement(statement)
        , m_inUse(inUse)
    {
    }
    ~StatementLease();
    StatementLease(StatementLease&& other) noexcept;
    StatementLease& operator=(StatementLease&&) = delete;
    StatementLease(const StatementLease&) = delete;
    StatementLease& operator=(const StatementLease&) = delete;

    Statement* operator->() const { return m_statement; }
    Statement& operator*() const { return *m_statement; }

private:
    Statement* m_statement = nullptr;
    bool* m_inUse = nullptr;
};

// RAII connection to one SQLCipher database, keyed with a raw 256-bit key.
// Set-up order per SECURITY.md: memory security, log level, key, an immediate read that proves the key,
// then WAL, synchronous=FULL and foreign keys.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        ExistingOnly,
        CreateNew,
    };

    // rawKey: the 32-byte database key (DEK).
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& rawKey, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // A prepared statement from the connection's bounded cache, keyed by the SQL text.
    Result<StatementLease> cached(const char* sql);
    // The cached statement for `sql`, its parameters ?1, ?2, … bound to `args`, run to the end.
    template <typename... Args> Result<void> run(const char* sql, const Args&... args)
    {
        auto stmt = cached(sql);
        if (!stmt.ok())
            return stmt.error();
        return (*stmt)->bindAll(args...).run();
    }

    Result<int> userVersion();
    Result<qint64> scalar(const char* sql);
    // Empty list: both SQLCipher's page HMAC check and SQLite's structural check passed.
    Result<QStringList> integrityCheck();
    // Writes an encrypted copy of the whole database to dest (which must not exist) under the given raw key,
    // keeping user_version and application_id. dest is fsynced before this returns.
    Result<void> exportEncryptedCopy(const QString& dest, const SecureBytes& rawKey);
    // Moves everything from the WAL into the main file and truncates the WAL.
    Result<void> checkpoint();
    bool inTransaction() const;

    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    int changes() const;
    int totalChanges() const;

    // Closes the connection and wipes the key. Idempotent.
    void close();

    static Error sqliteError(int rc, sqlite3* db, const QString& context = {});
    static constexpr int kApplicationId = 0x5A534644; // "ZSFD"

private:
    Database(sqlite3* db, QString path);
    Result<void> configure(const SecureBytes& rawKey);

    struct CacheEntry
    {
        Statement statement;
        bool inUse = false;
    };

    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_multimap<std::string, std::unique_ptr<CacheEntry>> m_cache;
    static constexpr std::size_t kMaxCachedStatements = 64;
};

} // namespace zs
