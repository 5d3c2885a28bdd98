#pragma once
// What the parts of LocalReplica share (LocalReplica.cpp: state, capture, purge and lists; LocalReplicaPush.cpp:
// preparing and acknowledging uploads; LocalReplicaApply.cpp: applying pulled pages). Private to sync/client.

#include "sync/client/LocalReplica.h"
#include "sync/protocol/WireCodec.h"
#include "sync/store/Database.h"
#include "sync/store/Statement.h"

#include <QSet>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

namespace zs::sync {

namespace replica {

// Per-connection capture state, owned by the connection (sqlite3_set_clientdata).
struct CaptureState
{
    bool capturing = true;
    qint64 tx = 0; // number of the current local transaction; bumped at every commit/rollback
};
inline const char* const kClientData = "zs_sync_capture";

inline CaptureState* captureState(Database& db)
{
    return static_cast<CaptureState*>(sqlite3_get_clientdata(db.handle(), kClientData));
}

// While alive, writes to synced tables are not captured (remote rows being applied, purges).
class CaptureOff
{
public:
    explicit CaptureOff(Database& db)
        : m_state(captureState(db))
    {
        if (m_state)
            m_state->capturing = false;
    }
    ~CaptureOff()
    {
        if (m_state)
            m_state->capturing = true;
    }
    CaptureOff(const CaptureOff&) = delete;
    CaptureOff& operator=(const CaptureOff&) = delete;

private:
    CaptureState* m_state;
};

// Foreign keys are checked per page by nobody: rows arrive ordered by HQ's latest change, so a visit may come a page
// before the company it points to. The flag can only change outside a transaction.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db)
    {
        (void)m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff() { (void)m_db.exec("PRAGMA foreign_keys = ON"); }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
};

constexpr int kStampBytes = 16;

inline QByteArray encodeStamps(const QList<Stamp>& stamps)
{
    QByteArray out(stamps.size() * kStampBytes, '\0');
    char* p = out.data();
    for (const Stamp& s : stamps) {
        qToLittleEndian<quint64>(s.hlc.raw(), p);
        if (s.node.size() == 8)
            std::memcpy(p + 8, s.node.constData(), 8);
        p += kStampBytes;
    }
    return out;
}

inline QList<Stamp> decodeStamps(const QByteArray& blob, qsizetype columns)
{
    QList<Stamp> out(columns);
    const qsizetype n = qMin(columns, blob.size() / kStampBytes);
    for (qsizetype i = 0; i < n; ++i) {
        const char* p = blob.constData() + i * kStampBytes;
        const quint64 raw = qFromLittleEndian<quint64>(p);
        if (raw != 0)
            out[i] = Stamp{Hlc::fromRaw(raw), QByteArray(p + 8, 8)};
    }
    return out;
}

inline void bindValue(Statement& s, int index, const QCborValue& v)
{
    if (v.isInteger())
        s.bind(index, v.toInteger());
    else if (v.isDouble())
        s.bind(index, v.toDouble());
    else if (v.isString()) {
        const QString text = v.toString();
        s.bind(index, text.isNull() ? QString(QLatin1String("")) : text); // '' must stay '', not become NULL
    } else if (v.isByteArray())
        s.bind(index, v.toByteArray());
    else
        s.bindNull(index);
}

// A column of the current result row as the wire carries it, written without making a QCborValue.
inline void writeCell(TransactionWriter& writer, QByteArrayView column, const Statement& s, int index)
{
    switch (s.type(index)) {
    case SQLITE_INTEGER:
        return writer.integerCell(column, s.int64(index));
    case SQLITE_FLOAT:
        return writer.doubleCell(column, s.real(index));
    case SQLITE_TEXT:
        return writer.textCell(column, s.textView(index));
    case SQLITE_BLOB:
        return writer.bytesCell(column, s.blobView(index));
    default:
        return writer.nullCell(column);
    }
}

// purge() must leave nothing outside the kept scopes, and finding out means reading every page of every synced table
// (decrypting 60 MB for 100,000 visits: most of an incremental sync). So the store remembers when that is known:
// kPurgedFor holds the scopes the last purge kept ("*" when there was no synced row at all), kScopesSeen every scope
// a row written here since carries — captured rows as preparePush() sends them, pulled rows as applyPage() writes
// them ('|'-joined, like `keep`).
inline const QString kPurgedFor = QStringLiteral("purge_scopes");
inline const QString kScopesSeen = QStringLiteral("scopes_seen");
// The CREATE INDEX statements a first sync dropped, to be run when its pull ends (see applyPage).
inline const QString kDeferredIndexes = QStringLiteral("deferred_indexes");

// A row's stamps: a plain INSERT when it is new here, an UPDATE otherwise (INSERT OR REPLACE would make SQLite keep a
// statement journal for every row written).
inline const char* const kInsertSyncRow =
    "INSERT INTO sync_row (tbl, row_id, cl, life_hlc, life_node, stamps) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline const char* const kUpdateSyncRow =
    "UPDATE sync_row SET cl = ?3, life_hlc = ?4, life_node = ?5, stamps = ?6 WHERE tbl = ?1 AND row_id = ?2";

inline Result<void> noteScopes(LocalReplica& replica, const QSet<QString>& scopes)
{
    if (scopes.isEmpty())
        return {};
    auto seen = replica.state(kScopesSeen);
    if (!seen.ok())
        return seen.error();
    QString joined = seen.value().isEmpty() ? QStringLiteral("|") : seen.value();
    bool grew = false;
    for (const QString& scope : scopes) {
        if (joined.contains(QLatin1Char('|') + scope + QLatin1Char('|')))
            continue;
        joined += scope + QLatin1Char('|');
        grew = true;
    }
    return grew ? replica.setState(kScopesSeen, joined) : Result<void>();
}

} // namespace replica

struct LocalReplica::Local
{
    bool known = false; // has a sync_row
    qint64 cl = 0;
    Stamp lifeStamp;
    QList<Stamp> stamps;
};

} // namespace zs::sync
