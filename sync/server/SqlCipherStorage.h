#pragma once

#include "sync/server/HqAuth.h"
#include "sync/server/HqStorage.h"
#include "sync/server/HqStore.h"

#include <memory>

namespace zs {
class Database;
class EncryptedStore;
} // namespace zs

namespace zs::hq {

// The embedded backend: one SQLCipher file (HqStore::schema(), key file beside it) on one connection. HqStore is the
// sync half; the accounts half is HqAuth's SQL, run here on the same connection. Each call is one transaction (or a
// single statement). Not concurrent: one connection, one writer — callers serialise every call.
class SqlCipherStorage final : public HqStorage, public AccountStorage
{
public:
    // Opens (or, with `create`, makes) the store at `path`; `cheapKeyWrap` only for tests.
    static Result<std::unique_ptr<SqlCipherStorage>> open(const QString& path, const SecureBytes& passphrase,
                                                          bool create, bool cheapKeyWrap,
                                                          const Clock& clock = Clock::system());
    // Over a connection someone else owns and keeps open (tests and benchmarks that also seed the file directly).
    explicit SqlCipherStorage(Database& db, const Clock& clock = Clock::system());
    ~SqlCipherStorage() override;
    SqlCipherStorage(const SqlCipherStorage&) = delete;
    SqlCipherStorage& operator=(const SqlCipherStorage&) = delete;

    SyncStorage& sync() override { return m_sync; }
    AccountStorage& accounts() override { return *this; }
    bool concurrent() const override { return false; }
    QString describe() const override;

    Result<void> addTeam(const QString& id, const QString& name, qint64 now) override;
    Result<void> addUser(const QString& name, const QString& displayName, const QString& team, Role role,
                         const QByteArray& password, qint64 now) override;
    Result<void> setUserDisabled(const QString& name, bool disabled, qint64 now) override;
    Result<QList<DeviceInfo>> devices() override;
    Result<void> revokeDevice(const QString& device, bool wipe, qint64 now) override;
    Result<QList<AuditEntry>> auditLog(int limit) override;
    Result<void> audit(qint64 now, const QString& account, const QString& device, const QString& peer,
                       const QString& action, const QString& outcome, const QString& detail = {}) override;
    Result<LoginCandidate> loginCandidate(const QString& account) override;
    Result<Enrollment> finishLogin(const QString& account, bool passwordOk, const QString& label, const QString& peer,
                                   qint64* retryAfterMs, Denial* denial) override;
    Result<Enrollment> provisionDevice(const QString& account, const QString& label) override;
    Result<TokenPair> refresh(const QByteArray& refreshToken, const QString& peer, Denial* denial) override;
    Result<Principal> authenticate(const QByteArray& accessToken, Denial* denial) override;

private:
    SqlCipherStorage(std::unique_ptr<EncryptedStore> owned, const Clock& clock);

    std::unique_ptr<EncryptedStore> m_owned; // null over a borrowed connection
    // Copies the WAL into the database on its own connection and thread, so that no request pays for it (declared
    // after m_owned: stopped before the store closes).
    class Checkpointer;
    std::unique_ptr<Checkpointer> m_checkpointer;
    Database& m_db;
    HqStore m_sync;
    HqAuth m_auth;
};

} // namespace zs::hq
