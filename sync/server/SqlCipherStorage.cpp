#include "sync/server/SqlCipherStorage.h"

#include "sync/store/EncryptedStore.h"

#include <QLoggingCategory>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace zs::hq {

Q_LOGGING_CATEGORY(lcStorage, "zs.hq.storage")

// SQLite copies the WAL into the database file at the end of the commit that takes the WAL past 1,000 pages, inside
// that commit: a device's push that happened to cross the mark waited 10–20 ms for it. Here a second connection does
// it every 200 ms (PASSIVE: it takes no lock a request waits for, and copies what no reader still needs; the rest
// goes in a later round), and the serving connection never checkpoints.
class SqlCipherStorage::Checkpointer
{
public:
    static constexpr std::chrono::milliseconds kInterval{200};

    explicit Checkpointer(std::unique_ptr<Database> db)
        : m_db(std::move(db))
        , m_thread([this] { run(); })
    {
    }
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, kInterval, [this] { return m_stop; })) {
            lock.unlock();
            auto done = m_db->exec("PRAGMA wal_checkpoint(PASSIVE)");
            if (!done.ok())
                qCWarning(lcStorage) << "checkpoint failed:" << done.error().toString(); // the next round retries
            lock.lock();
        }
    }

    std::unique_ptr<Database> m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the rest is ready
};

Result<std::unique_ptr<SqlCipherStorage>> SqlCipherStorage::open(const QString& path, const SecureBytes& passphrase,
                                                                 bool create, bool cheapKeyWrap, const Clock& clock)
{
    ZS_TRY_ASSIGN(auto store, create
                                  ? EncryptedStore::create(path, passphrase, HqStore::schema(),
                                                           cheapKeyWrap ? KdfParams::minimal() : KdfParams::standard())
                                  : EncryptedStore::open(path, passphrase, HqStore::schema()));
    return std::unique_ptr<SqlCipherStorage>(new SqlCipherStorage(std::move(store), clock));
}

SqlCipherStorage::SqlCipherStorage(std::unique_ptr<EncryptedStore> owned, const Clock& clock)
    : m_owned(std::move(owned))
    , m_db(m_owned->db())
    , m_sync(m_db, clock)
    , m_auth(clock)
{
    // Without a second connection the serving one keeps checkpointing as SQLite does by default.
    auto second = m_owned->openConnection();
    if (!second.ok()) {
        qCWarning(lcStorage) << "no checkpoint connection:" << second.error().toString();
        return;
    }
    if (auto off = m_db.exec("PRAGMA wal_autocheckpoint = 0"); !off.ok()) {
        qCWarning(lcStorage) << "automatic checkpoints stay on:" << off.error().toString();
        return;
    }
    m_checkpointer = std::make_unique<Checkpointer>(std::move(second.value()));
}

SqlCipherStorage::SqlCipherStorage(Database& db, const Clock& clock)
    : m_db(db)
    , m_sync(db, clock)
    , m_auth(clock)
{
}

SqlCipherStorage::~SqlCipherStorage() = default;

QString SqlCipherStorage::describe() const
{
    return m_db.path();
}

Result<void> SqlCipherStorage::addTeam(const QString& id, const QString& name, qint64 now)
{
    return HqAuth::addTeam(m_db, id, name, now);
}

Result<void> SqlCipherStorage::addUser(const QString& name, const QString& displayName, const QString& team, Role role,
                                       const QByteArray& password, qint64 now)
{
    return HqAuth::addUser(m_db, name, displayName, team, role, password, now);
}

Result<void> SqlCipherStorage::setUserDisabled(const QString& name, bool disabled, qint64 now)
{
    return HqAuth::setUserDisabled(m_db, name, disabled, now);
}

Result<QList<DeviceInfo>> SqlCipherStorage::devices()
{
    return HqAuth::devices(m_db);
}

Result<void> SqlCipherStorage::revokeDevice(const QString& device, bool wipe, qint64 now)
{
    return HqAuth::revokeDevice(m_db, device, wipe, now);
}

Result<QList<AuditEntry>> SqlCipherStorage::auditLog(int limit)
{
    return HqAuth::auditLog(m_db, limit);
}

Result<void> SqlCipherStorage::audit(qint64 now, const QString& account, const QString& device, const QString& peer,
                                     const QString& action, const QString& outcome, const QString& detail)
{
    return HqAuth::audit(m_db, now, account, device, peer, action, outcome, detail);
}

Result<LoginCandidate> SqlCipherStorage::loginCandidate(const QString& account)
{
    return HqAuth::loginCandidate(m_db, account);
}

Result<Enrollment> SqlCipherStorage::finishLogin(const QString& account, bool passwordOk, const QString& label,
                                                 const QString& peer, qint64* retryAfterMs, Denial* denial)
{
    return m_auth.finishLogin(m_db, account, passwordOk, label, peer, retryAfterMs, denial);
}

Result<Enrollment> SqlCipherStorage::provisionDevice(const QString& account, const QString& label)
{
    return m_auth.provisionDevice(m_db, account, label);
}

Result<TokenPair> SqlCipherStorage::refresh(const QByteArray& refreshToken, const QString& peer, Denial* denial)
{
    return m_auth.refresh(m_db, refreshToken, peer, denial);
}

Result<Principal> SqlCipherStorage::authenticate(const QByteArray& accessToken, Denial* denial)
{
    return m_auth.authenticate(m_db, accessToken, denial);
}

} // namespace zs::hq
