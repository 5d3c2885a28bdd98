#pragma once

#include "sync/server/Policy.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QJsonArray>
#include <QJsonObject>

#include <condition_variable>
#include <mutex>

namespace zs {
class Database;
}

namespace zs::hq {

struct TokenPair
{
    QByteArray access;  // opaque, random 256-bit, base64url; only SHA-256 kept on the server
    QByteArray refresh; // single use: presenting a used one revokes the device
    qint64 accessExpiresInS = 0;
};

struct Enrollment
{
    Principal principal; // with the new device id
    TokenPair tokens;
};

// Accounts, devices, tokens, lock-out and the audit log (SECURITY.md "HQ server"). Database work is done under
// the caller's lock (HqService serialises the connection); the deliberately slow password hashing is not, but at
// most kMaxConcurrentHashes run at once so a login storm cannot exhaust memory.
class HqAuth
{
    Q_DECLARE_TR_FUNCTIONS(HqAuth)

public:
    static constexpr qint64 kAccessLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 kRefreshLifetimeMs = 30LL * 24 * 3600 * 1000;
    static constexpr int kFreeFailures = 4; // then locked out: 30 s, doubling, at most an hour
    static constexpr int kMaxConcurrentHashes = 2;

    enum class Denial
    {
        None,
        BadCredentials, // 401
        LockedOut,      // 429 + Retry-After
        Disabled,       // 401
        Revoked,        // 401: the device may not sync any more
        Wipe,           // 403 + {"wipe": true}: the device must purge its data
        Expired,        // 401: refresh the access token
    };

    // Password hashing (Argon2id, libsodium crypto_pwhash_str, ops 3, 64 MiB).
    static QByteArray hashPassword(const QByteArray& password);
    // Verifies; `rehash` set when the stored parameters are weaker than today's.
    bool verifyPassword(const QByteArray& stored, const QByteArray& password, bool* rehash);

    explicit HqAuth(const Clock& clock = Clock::system())
        : m_clock(clock)
    {
    }

    // Admin commands.
    static Result<void> addTeam(Database& db, const QString& id, const QString& name, qint64 now);
    static Result<void> addUser(Database& db, const QString& name, const QString& displayName, const QString& team,
                                Role role, const QByteArray& password, qint64 now);
    static Result<void> setUserDisabled(Database& db, const QString& name, bool disabled, qint64 now);
    static Result<QJsonArray> listDevices(Database& db);
    static Result<void> revokeDevice(Database& db, const QString& device, bool wipe, qint64 now);
    static Result<QJsonArray> auditLog(Database& db, int limit);
    static Result<void> audit(Database& db, qint64 now, const QString& account, const QString& device,
                              const QString& peer, const QString& action, const QString& outcome,
                              const QString& detail = {});

    // The lookup half of a login, under the database lock.
    struct LoginCandidate
    {
        bool exists = false;
        bool disabled = false;
        qint64 lockedUntil = 0;
        QByteArray hash;
    };
    static Result<LoginCandidate> loginCandidate(Database& db, const QString& account);
    // Records the outcome of a verified (or failed) login; on success creates the device and its tokens.
    Result<Enrollment> finishLogin(Database& db, const QString& account, bool passwordOk, const QString& label,
                                   const QString& peer, qint64* retryAfterMs, Denial* denial);
    // Issues a device and tokens for an account without a password: provisioning by an admin (and benchmarks).
    Result<Enrollment> provisionDevice(Database& db, const QString& account, const QString& label);

    Result<TokenPair> refresh(Database& db, const QByteArray& refreshToken, const QString& peer, Denial* denial);
    // Who holds this access token. Denial::None with a principal, or the reason.
    Result<Principal> authenticate(Database& db, const QByteArray& accessToken, Denial* denial);

private:
    Result<TokenPair> issueTokens(Database& db, const QString& device);
    static Result<Principal> principalForDevice(Database& db, const QString& device, Denial* denial);

    const Clock& m_clock;
    std::mutex m_hashMutex;
    std::condition_variable m_hashFree;
    int m_hashesRunning = 0;
};

} // namespace zs::hq
