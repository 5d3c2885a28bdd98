#pragma once

#include "sync/protocol/Change.h"
#include "sync/server/Policy.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"
#include "sync/store/Migrator.h"

#include <QStringList>

namespace zs {
class Database;
}

namespace zs::hq {

// HQ's merged picture of every replica (SYNC.md "Server"). One record per synced row: its scope, its life (causal
// length + stamp) and its cells with their stamps, stored in the wire's encoded form, plus the server sequence
// number of the row's latest change. Pull cursors are those sequence numbers: a row changed twice since a device's
// cursor is sent once, in its merged state. Every applied or refused (device, transaction) is remembered, so a
// replayed upload changes nothing and gets the same answer.
//
// Not thread-safe: HqService serialises access (one connection, one writer — SQLite's model).
class HqStore
{
    Q_DECLARE_TR_FUNCTIONS(HqStore)

public:
    // Stamps further ahead of HQ's clock than this are refused: a laptop with a wrong clock must not win forever.
    static constexpr qint64 kMaxClockAheadMs = 5 * 60 * 1000;
    static constexpr int kMaxPullLimit = 5000;
    static constexpr qsizetype kMaxPullBytes = 2 * 1024 * 1024; // a page ends with the row that crosses this
    static constexpr int kSyncSchema = 1; // tables and columns every client speaks; see Policy::syncedTables()

    // The whole HQ database: sync state, accounts, devices, tokens, audit, blobs.
    static const Migrator& schema();

    HqStore(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Applies every transaction `who` may write, all or nothing each; answers each one.
    Result<sync::PushResponse> push(const Principal& who, const sync::PushRequest& request);
    // The encoded pull page (WireCodec) of rows after `cursor` in `who`'s scopes, oldest change first.
    Result<QByteArray> pull(const Principal& who, qint64 cursor, int limit, int* rowCount = nullptr);
    Result<qint64> lastSeq();

    // Blobs (material files), stored once by SHA-256, uploaded in resumable chunks.
    struct BlobState
    {
        bool complete = false;
        qint64 size = 0;     // complete: the size; else the total announced by the upload
        qint64 received = 0; // contiguous bytes received so far
    };
    Result<BlobState> blobState(const QString& sha256);
    // A chunk at `offset` of a blob of `total` bytes. Chunks must arrive in order (offset == received); the blob is
    // verified against its name when the last byte arrives.
    Result<BlobState> putBlobChunk(const QString& sha256, qint64 offset, qint64 total, const QByteArray& chunk);
    Result<QByteArray> blob(const QString& sha256); // the whole file (small files, tests)
    struct BlobRange
    {
        qint64 total = 0;  // the blob's size
        qint64 offset = 0; // where `bytes` start
        QByteArray bytes;  // empty when offset is past the end
    };
    // At most `maxBytes` from `offset` of a complete blob, read from its stored pieces (never the whole file).
    Result<BlobRange> blobRange(const QString& sha256, qint64 offset, qint64 maxBytes);

private:
    Result<std::optional<QString>> checkTransaction(const Principal& who, const sync::ChangeSet& tx);
    Result<void> mergeRow(const sync::RowChange& row, qint64& seq);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs::hq
