#pragma once

#include "sync/protocol/Change.h"
#include "sync/protocol/Limits.h"
#include "sync/server/Policy.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace zs {
class SecureBytes;
}

namespace zs::hq {

// HQ's storage seam (ARCHITECTURE.md "HQ storage": one interface, an embedded SQLCipher file today, PostgreSQL for
// scale-out later; docs/DESIGN-NOTES.md "HQ storage"). Everything HqService and zhaoshang-hq need from a store, in
// the terms of the sync protocol and of accounts — no SQL, no connection, no database types — so that a second
// backend implements these three classes and passes tests/sync/tst_hqstorage.cpp unchanged.
//
// Transactions stay inside the backend: every call below is one unit of work that either happens entirely or not
// at all (push: per pushed transaction, see there), and no call leaves anything open between calls.
//
// Concurrency: HqStorage::concurrent() says whether calls may overlap. The SQLCipher backend answers false (one
// connection, one writer); HqService then serialises every call with one mutex, as it always has. A PostgreSQL
// backend with a connection pool may answer true, and must then keep, under concurrent calls and at READ COMMITTED
// or stronger: sequence numbers that become visible in order (take them from a locked counter inside the push
// transaction, or serve pull only below a safe watermark, SYNC.md "Server"), a (device, transaction) applied once
// even when two uploads of it race, a refresh token used at most once (conditional update of its use), failure
// counts incremented atomically, and the audit log append-only. Password hashing never runs inside a call
// (PasswordHasher, outside any lock).

// The sync half: HQ's merged picture of every replica and the material files (SYNC.md "Server", "Attachments").
class SyncStorage
{
public:
    // Stamps further ahead of HQ's clock than this are refused: a laptop with a wrong clock must not win forever.
    static constexpr qint64 kMaxClockAheadMs = 5 * 60 * 1000;
    static constexpr int kMaxPullLimit = 5000;
    static constexpr qsizetype kMaxPullBytes = sync::Limits::kMaxPageBytes; // a page never crosses it (Limits.h)
    static constexpr int kSyncSchema = 1; // tables and columns every client speaks; see Policy::syncedTables()

    struct BlobState
    {
        bool complete = false;
        qint64 size = 0;     // complete: the size; else the total announced by the upload
        qint64 received = 0; // contiguous bytes received so far
    };

    virtual ~SyncStorage();

    // Answers every transaction of the request, in order: Applied (merged, all rows or none), Replayed (this device
    // sent this transaction id before and it was applied: nothing changes) or Refused with the reason (the
    // principal may not write a row's table in its scope, a stamp is more than kMaxClockAheadMs ahead of HQ, a row
    // would move to another scope, a row's merged cells would exceed sync::Limits::kMaxRowBytes and so could never
    // be served). A refused transaction is remembered too: sent again it is refused again with
    // the same reason. An error (not a refusal) undoes the whole request.
    virtual Result<sync::PushResponse> push(const Principal& who, const sync::PushRequest& request) = 0;
    // The encoded pull page (sync::WireCodec / PullWriter) of rows changed after `cursor` in `who`'s read scopes,
    // each once in its merged state, in the order of their latest change; at most `limit` rows (clamped to
    // 1..kMaxPullLimit) and ending before the row that would take it past `maxBytes` (at most kMaxPullBytes; a row
    // larger than that goes alone, so the page is never larger than the client accepts). The page's
    // next cursor is the last row's sequence number (or `cursor` when empty); has_more when the page is full.
    virtual Result<QByteArray> pull(const Principal& who, qint64 cursor, int limit, int* rowCount = nullptr,
                                    qsizetype maxBytes = kMaxPullBytes) = 0;
    // The sequence number of the latest change (0: none yet). Cursors are these numbers, never times.
    virtual Result<qint64> lastSeq() = 0;

    // Blobs, stored once by SHA-256 (lower-case hex; anything else is ErrorCode::Invalid).
    virtual Result<BlobState> blobState(const QString& sha256) = 0;
    // A chunk at `offset` of a blob of `total` bytes. Chunks arrive in order (offset == received, else
    // ErrorCode::Busy with what was received); the blob is verified against its name when the last byte arrives
    // and discarded (ErrorCode::Invalid) when it does not match. A complete blob ignores further chunks.
    virtual Result<BlobState> putBlobChunk(const QString& sha256, qint64 offset, qint64 total,
                                           const QByteArray& chunk) = 0;
    // A complete blob's bytes; ErrorCode::NotFound otherwise.
    virtual Result<QByteArray> blob(const QString& sha256) = 0;
    struct BlobRange
    {
        qint64 total = 0;  // the blob's size
        qint64 offset = 0; // where `bytes` start
        QByteArray bytes;  // empty when offset is past the end
    };
    // At most `maxBytes` from `offset` of a complete blob; ErrorCode::NotFound otherwise. The default slices blob();
    // a backend that stores files in pieces overrides it so that a large file is never read whole.
    virtual Result<BlobRange> blobRange(const QString& sha256, qint64 offset, qint64 maxBytes);
};

// Why a login, refresh or request was refused.
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

// The lookup half of a login, read before the (slow) password check.
struct LoginCandidate
{
    bool exists = false;
    bool disabled = false;
    qint64 lockedUntil = 0;
    QByteArray hash; // PasswordHasher::hash() form
};

struct DeviceInfo
{
    QString id;
    QString account;
    QString team;
    QString label;
    qint64 createdAt = 0;
    qint64 lastSeen = 0;
    bool revoked = false;
    bool wipe = false;
};

struct AuditEntry
{
    qint64 seq = 0; // increasing in the order of recording
    qint64 at = 0;
    QString account;
    QString device;
    QString peer;
    QString action;
    QString outcome;
    QString detail;
};

// The accounts half: teams, accounts, devices, tokens, lock-out and the audit log (SECURITY.md "HQ server").
// Times are HQ's wall clock in ms: `now` where the caller says when, else the backend's clock.
class AccountStorage
{
public:
    static constexpr qint64 kAccessLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 kRefreshLifetimeMs = 30LL * 24 * 3600 * 1000;
    static constexpr int kFreeFailures = 4; // then locked out: 30 s, doubling, at most an hour

    virtual ~AccountStorage();

    // Admin commands; each is audited.
    virtual Result<void> addTeam(const QString& id, const QString& name, qint64 now) = 0;
    // `password` in clear (at least 10 bytes); stored only as PasswordHasher::hash(). AlreadyExists, NotFound (team).
    virtual Result<void> addUser(const QString& name, const QString& displayName, const QString& team, Role role,
                                 const QByteArray& password, qint64 now) = 0;
    virtual Result<void> setUserDisabled(const QString& name, bool disabled, qint64 now) = 0;
    // Every device, oldest first.
    virtual Result<QList<DeviceInfo>> devices() = 0;
    // Revokes (and with `wipe` orders the purge of) a device; its refresh tokens stop working at once.
    virtual Result<void> revokeDevice(const QString& device, bool wipe, qint64 now) = 0;
    // The latest `limit` entries, oldest first.
    virtual Result<QList<AuditEntry>> auditLog(int limit) = 0;
    // Appends one entry. The log is append-only: no call changes or removes an entry.
    virtual Result<void> audit(qint64 now, const QString& account, const QString& device, const QString& peer,
                               const QString& action, const QString& outcome, const QString& detail = {}) = 0;

    virtual Result<LoginCandidate> loginCandidate(const QString& account) = 0;
    // Records the outcome of a verified (or failed) login, all in one unit: failures counted and the lock-out set
    // after kFreeFailures (`retryAfterMs`), the attempt audited; on success the failures reset and a new device with
    // its tokens. `denial` says why there is no enrollment.
    virtual Result<Enrollment> finishLogin(const QString& account, bool passwordOk, const QString& label,
                                           const QString& peer, qint64* retryAfterMs, Denial* denial) = 0;
    // A device and tokens for an account without a password: provisioning by an admin (and benchmarks).
    virtual Result<Enrollment> provisionDevice(const QString& account, const QString& label) = 0;
    // Swaps a refresh token for a new pair. Single use: a token presented again revokes its device
    // (Denial::Revoked); an expired one is Denial::Expired.
    virtual Result<TokenPair> refresh(const QByteArray& refreshToken, const QString& peer, Denial* denial) = 0;
    // Who holds this access token: Denial::None with a principal, or the reason. Notes when the device was seen.
    virtual Result<Principal> authenticate(const QByteArray& accessToken, Denial* denial) = 0;
};

// One opened backend: both halves over the same store.
class HqStorage
{
public:
    virtual ~HqStorage();
    virtual SyncStorage& sync() = 0;
    virtual AccountStorage& accounts() = 0;
    // True when calls may overlap from several threads (see the concurrency contract above).
    virtual bool concurrent() const = 0;
    // Where the data is, for messages (a path; never a secret).
    virtual QString describe() const = 0;
};

struct StorageOptions
{
    QString dataDir;     // --data DIR: the embedded store is DIR/hq.zsdb with its key file DIR/hq.zsdb.key
    QString url;         // --store URL: another backend (postgres://… is planned, not built); empty: the embedded one
    bool create = false; // `init`: make a new, empty store; never overwrites one
    bool cheapKeyWrapForTests = false; // the cheapest key wrapping on create, so a test's store opens at once
};

// Opens (or creates) the storage the options name. `key` is the embedded store's passphrase, from a file or the
// environment, never the command line.
Result<std::unique_ptr<HqStorage>> openHqStorage(const StorageOptions& options, const SecureBytes& key,
                                                 const Clock& clock = Clock::system());

} // namespace zs::hq
