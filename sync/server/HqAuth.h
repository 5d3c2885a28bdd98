#pragma once

#include "sync/server/HqStorage.h"

namespace zs {
class Database;
}

namespace zs::hq {

// The accounts half of the embedded SQLCipher backend (SECURITY.md "HQ server"): the SQL for teams, accounts,
// devices, tokens, lock-out and the audit log, over a connection the caller holds and serialises. SqlCipherStorage
// runs it on its own connection as the AccountStorage of the interface (whose contract each function keeps); tests
// and benchmarks that seed an HQ file call it directly, e.g. to provision many devices in one transaction of theirs.
class HqAuth
{
    Q_DECLARE_TR_FUNCTIONS(HqAuth)

public:
    explicit HqAuth(const Clock& clock = Clock::system())
        : m_clock(clock)
    {
    }

    // Admin commands.
    static Result<void> addTeam(Database& db, const QString& id, const QString& name, qint64 now);
    static Result<void> addUser(Database& db, const QString& name, const QString& displayName, const QString& team,
                                Role role, const QByteArray& password, qint64 now);
    static Result<void> setUserDisabled(Database& db, const QString& name, bool disabled, qint64 now);
    static Result<QList<DeviceInfo>> devices(Database& db);
    static Result<void> revokeDevice(Database& db, const QString& device, bool wipe, qint64 now);
    static Result<QList<AuditEntry>> auditLog(Database& db, int limit);
    static Result<void> audit(Database& db, qint64 now, const QString& account, const QString& device,
                              const QString& peer, const QString& action, const QString& outcome,
                              const QString& detail = {});

    static Result<LoginCandidate> loginCandidate(Database& db, const QString& account);
    Result<Enrollment> finishLogin(Database& db, const QString& account, bool passwordOk, const QString& label,
                                   const QString& peer, qint64* retryAfterMs, Denial* denial);
    Result<Enrollment> provisionDevice(Database& db, const QString& account, const QString& label);
    Result<TokenPair> refresh(Database& db, const QByteArray& refreshToken, const QString& peer, Denial* denial);
    Result<Principal> authenticate(Database& db, const QByteArray& accessToken, Denial* denial);

    // The lock-out after `failures` failed logins in a row (0 while they are free): 30 s, doubling, at most 1 h.
    static qint64 lockoutMs(qint64 failures);

private:
    static Result<qint64> unknownFailure(Database& db, const QString& account, qint64 now);
    Result<TokenPair> issueTokens(Database& db, const QString& device);
    static Result<Principal> principalForDevice(Database& db, const QString& device, Denial* denial);

    const Clock& m_clock;
};

} // namespace zs::hq
