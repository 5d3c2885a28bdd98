#pragma once

#include "sync/server/HqStorage.h"
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
// The sync half of the embedded SQLCipher backend (SyncStorage, whose constants and types it inherits);
// SqlCipherStorage pairs it with the accounts half (HqAuth) on the same connection.
// Not thread-safe: callers serialise access (one connection, one writer — SQLite's model).
class HqStore : public SyncStorage
{
    Q_DECLARE_TR_FUNCTIONS(HqStore)

public:
    // The whole HQ database: sync state, accounts, devices, tokens, audit, blobs.
    static const Migrator& schema();

    // `schema`: the synced tables, scopes and roles HQ applies (the city's; tests bring their own).
    HqStore(Database& db, const Clock& clock = Clock::system(),
            const sync::SyncSchema& schema = sync::SyncSchema::city())
        : m_db(db)
        , m_clock(clock)
        , m_schema(schema)
    {
    }

    // Applies every transaction `who` may write, all or nothing each; answers each one.
    Result<sync::PushResponse> push(const Principal& who, const sync::PushRequest& request) override;
    // The encoded pull page (WireCodec) of rows after `cursor` in `who`'s scopes, oldest change first.
    Result<QByteArray> pull(const Principal& who, qint64 cursor, int limit, int* rowCount = nullptr,
                            qsizetype maxBytes = kMaxPullBytes) override;
    Result<qint64> lastSeq() override;

    // Blobs (material files), stored once by SHA-256, uploaded in resumable chunks.
    Result<BlobState> blobState(const QString& sha256) override;
    // A chunk at `offset` of a blob of `total` bytes. Chunks must arrive in order (offset == received); the blob is
    // verified against its name when the last byte arrives.
    Result<BlobState> putBlobChunk(const QString& sha256, qint64 offset, qint64 total,
                                   const QByteArray& chunk) override;
    Result<QByteArray> blob(const QString& sha256) override; // the whole file (small files, tests)
    // At most `maxBytes` from `offset` of a complete blob, read from its stored pieces (never the whole file).
    Result<BlobRange> blobRange(const QString& sha256, qint64 offset, qint64 maxBytes) override;

private:
    Result<std::optional<QString>> checkTransaction(const Principal& who, const sync::ChangeSet& tx);
    Result<void> mergeRow(const sync::RowChange& row, qint64& seq);
    // The scope besides its own that reads the merged row (SyncSchema::reader), "" for none.
    Result<QString> readerOf(const sync::RowChange& row);
    // Why a new detail row is refused for its parent (unknown here, or in another scope), if it is.
    Result<std::optional<QString>> parentRefusal(const sync::ChangeSet& tx, const sync::RowChange& row);
    Result<std::optional<QString>> claimRefusal(const sync::ChangeSet& tx, const sync::RowChange& row);
    QString claimOf(const sync::RowChange& row) const;
    // Refused rows over sync::Limits::kMaxRowBytes: the size of a row's cells merged with HQ's copy, and the reason.
    Result<qsizetype> mergedSize(const sync::RowChange& row, bool exists, qsizetype storedBytes);
    static QString tooLarge(const sync::RowChange& row, qsizetype bytes);

    // nullopt when `who` may write a row of `table` in `scope` (Policy::refusal over this store's schema).
    std::optional<QString> refusal(const Principal& who, const QString& table, const QString& scope) const
    {
        return m_schema.refusal(who.actor(), table, scope);
    }

    Database& m_db;
    const Clock& m_clock;
    const sync::SyncSchema& m_schema;
};

} // namespace zs::hq
