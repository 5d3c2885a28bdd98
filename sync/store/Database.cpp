#include "sync/store/Database.h"

#include "sync/store/AtomicFile.h"
#include "sync/store/SqliteMemory.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcStore, "zs.store")

namespace zs {

StatementLease::~StatementLease()
{
    if (m_statement) {
        m_statement->reset();
        *m_inUse = false;
    }
}

StatementLease::StatementLease(StatementLease&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
{
}

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    close();
}

namespace {
bool looksLikePlainSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& rawKey, OpenMode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::ExistingOnly && !exists)
        return makeError(ErrorCode::NotFound, tr("找不到数据库文件。"), path);
    if (mode == OpenMode::CreateNew && exists)
        return makeError(ErrorCode::AlreadyExists, tr("该位置已有文件，不会覆盖。"), path);
    if (exists && looksLikePlainSqlite(path))
        return makeError(ErrorCode::NotAWorkspace, tr("这是一个未加密的 SQLite 文件，不是招商外勤工作区。"), path);
    if (rawKey.size() != 32)
        return makeError(ErrorCode::Internal, QStringLiteral("database key must be 32 bytes"));
    SqliteMemory::install();

    sqlite3* raw = nullptr;
    // CREATE even for existing files (checked above): ATTACH inherits these flags, and exportEncryptedCopy()
    // attaches a file that does not exist yet.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(rc, raw, path);
    auto configured = db->configure(rawKey);
    if (!configured.ok()) {
        db->close();
        if (mode == OpenMode::CreateNew)
            QFile::remove(path);
        return configured.error();
    }
    return db;
}

Result<void> Database::configure(const SecureBytes& rawKey)
{
    sqlite3_extended_result_codes(m_db, 1);
    // Before the first read: another connection (the HQ server while an admin command opens the store, a second
    // process starting or closing) can hold a lock for a moment, and the probe below must wait for it, not fail.
    sqlite3_busy_timeout(m_db, 5000);
    ZS_TRY(exec("PRAGMA cipher_log_level = NONE"));
    const SecureBytes keySpec = rawKey.toSqlCipherRawKey();
    int rc = sqlite3_key_v2(m_db, "main", keySpec.data(), static_cast<int>(keySpec.size()));
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_db);
    // A wrong key only shows when a page is read: read now, before anything can write.
    auto probe = scalar("SELECT count(*) FROM sqlite_master");
    if (!probe.ok()) {
        if ((rc = sqlite3_errcode(m_db)) == SQLITE_NOTADB || probe.error().code == ErrorCode::Damaged)
            return makeError(ErrorCode::Damaged, tr("数据库无法解密：文件已损坏，或与它的密钥文件不匹配。"),
                             probe.error().detail);
        return probe.error();
    }
    ZS_TRY(exec("PRAGMA journal_mode = WAL"));
    ZS_TRY(exec("PRAGMA synchronous = FULL"));
    ZS_TRY(exec("PRAGMA foreign_keys = ON"));
    ZS_TRY(exec("PRAGMA temp_store = MEMORY"));
    // 32 MiB of page cache: bulk work (imports, sync pulls) spills far less; a desktop can afford it.
    ZS_TRY(exec("PRAGMA cache_size = -32768"));
    return {};
}

void Database::close()
{
    m_cache.clear();
    if (m_db) {
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            qCWarning(lcStore) << "close failed:" << rc;
    }
    m_db = nullptr;
}

Error Database::sqliteError(int rc, sqlite3* db, const QString& context)
{
    QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    detail += QStringLiteral(" [%1]").arg(rc);
    if (!context.isEmpty())
        detail = context + QStringLiteral(": ") + detail;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull, tr("磁盘空间不足，操作已撤销，数据没有改变。请腾出空间后重试。"), detail);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Damaged, tr("数据库文件已损坏。请用备份恢复。"), detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Busy, tr("数据库正被另一个程序使用，请稍后再试。"), detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io, tr("无法读写数据库文件。"), detail);
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::Invalid, tr("数据不符合约束条件。"), detail);
    default:
        return makeError(ErrorCode::Internal, tr("数据库内部错误。"), detail);
    }
}

Result<void> Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    sqlite3_free(message);
    return sqliteError(rc, m_db);
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_db, QString::fromUtf8(sql));
    return Statement(stmt);
}

Result<StatementLease> Database::cached(const char* sql)
{
    // Several entries may share one SQL text when a statement is used re-entrantly; take a free one.
    auto [first, last] = m_cache.equal_range(sql);
    auto it = std::find_if(first, last, [](const auto& entry) { return !entry.second->inUse; });
    if (it == last) {
        if (m_cache.size() >= kMaxCachedStatements) {
            for (auto i = m_cache.begin(); i != m_cache.end();)
                i = i->second->inUse ? std::next(i) : m_cache.erase(i);
        }
        ZS_TRY_ASSIGN(auto prepared, prepare(sql));
        auto entry = std::make_unique<CacheEntry>();
        entry->statement = std::move(prepared);
        it = m_cache.emplace(sql, std::move(entry));
    }
    it->second->inUse = true;
    return StatementLease(&it->second->statement, &it->second->inUse);
}

Result<qint64> Database::scalar(const char* sql)
{
    ZS_TRY_ASSIGN(auto stmt, prepare(sql));
    ZS_TRY_ASSIGN(auto row, stmt.step());
    return row ? stmt.int64(0) : 0;
}

Result<int> Database::userVersion()
{
    ZS_TRY_ASSIGN(auto v, scalar("PRAGMA user_version"));
    return static_cast<int>(v);
}

Result<QStringList> Database::integrityCheck()
{
    QStringList problems;
    for (const char* sql : {"PRAGMA cipher_integrity_check", "PRAGMA integrity_check"}) {
        ZS_TRY_ASSIGN(auto stmt, prepare(sql));
        for (;;) {
            auto row = stmt.step();
            if (!row.ok()) {
                problems << row.error().detail;
                break;
            }
            if (!row.value())
                break;
            const QString line = stmt.text(0);
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    return problems;
}

Result<void> Database::exportEncryptedCopy(const QString& dest, const SecureBytes& rawKey)
{
    if (QFileInfo::exists(dest))
        return makeError(ErrorCode::AlreadyExists, tr("该位置已有文件，不会覆盖。"), dest);
    ZS_TRY_ASSIGN(auto version, userVersion());
    ZS_TRY_ASSIGN(auto appId, scalar("PRAGMA application_id"));

    const SecureBytes keySpec = rawKey.toSqlCipherRawKey();
    ZS_TRY_ASSIGN(auto attach, prepare("ATTACH DATABASE ?1 AS zs_export KEY ?2"));
    attach.bind(1, dest).bindSecret(2, keySpec);
    ZS_TRY(attach.run());
    attach.reset();

    auto result = [&]() -> Result<void> {
        ZS_TRY(exec("SELECT sqlcipher_export('zs_export')"));
        const QByteArray pragmas = QByteArrayLiteral("PRAGMA zs_export.user_version = ") + QByteArray::number(version) +
                                   QByteArrayLiteral("; PRAGMA zs_export.application_id = ") +
                                   QByteArray::number(appId);
        return exec(pragmas.constData());
    }();
    const auto detached = exec("DETACH DATABASE zs_export");
    if (result.ok() && !detached.ok())
        result = detached.error();
    if (result.ok())
        result = AtomicFile::fsyncFile(dest);
    if (!result.ok()) {
        QFile::remove(dest);
        QFile::remove(dest + QStringLiteral("-journal"));
    }
    return result;
}

Result<void> Database::checkpoint()
{
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::totalChanges() const
{
    return sqlite3_total_changes(m_db);
}

} // namespace zs
