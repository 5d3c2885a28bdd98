#include "sync/client/LocalReplica.h"

#include "sync/protocol/Merge.h"
#include "sync/protocol/WireCodec.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

namespace zs::sync {

namespace {

// Per-connection capture state, owned by the connection (sqlite3_set_clientdata).
struct CaptureState
{
    bool capturing = true;
    qint64 tx = 0; // number of the current local transaction; bumped at every commit/rollback
};
const char* const kClientData = "zs_sync_capture";

CaptureState* captureState(Database& db)
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

QByteArray encodeStamps(const QList<Stamp>& stamps)
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

QList<Stamp> decodeStamps(const QByteArray& blob, qsizetype columns)
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

void bindValue(Statement& s, int index, const QCborValue& v)
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
void writeCell(TransactionWriter& writer, QByteArrayView column, const Statement& s, int index)
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

} // namespace

QCborValue LocalReplica::columnValue(const Statement& s, int column)
{
    switch (s.type(column)) {
    case SQLITE_INTEGER:
        return s.int64(column);
    case SQLITE_FLOAT:
        return s.real(column);
    case SQLITE_TEXT:
        return s.text(column);
    case SQLITE_BLOB:
        return s.blob(column);
    default:
        return QCborValue(QCborValue::Null);
    }
}

namespace {

// purge() must leave nothing outside the kept scopes, and finding out means reading every page of every synced table
// (decrypting 60 MB for 100,000 visits: most of an incremental sync). So the store remembers when that is known:
// kPurgedFor holds the scopes the last purge kept ("*" when there was no synced row at all), kScopesSeen every scope
// a row written here since carries — captured rows as preparePush() sends them, pulled rows as applyPage() writes
// them ('|'-joined, like `keep`).
const QString kPurgedFor = QStringLiteral("purge_scopes");
const QString kScopesSeen = QStringLiteral("scopes_seen");
// The CREATE INDEX statements a first sync dropped, to be run when its pull ends (see applyPage).
const QString kDeferredIndexes = QStringLiteral("deferred_indexes");

// A row's stamps: a plain INSERT when it is new here, an UPDATE otherwise (INSERT OR REPLACE would make SQLite keep a
// statement journal for every row written).
const char* const kInsertSyncRow =
    "INSERT INTO sync_row (tbl, row_id, cl, life_hlc, life_node, stamps) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
const char* const kUpdateSyncRow =
    "UPDATE sync_row SET cl = ?3, life_hlc = ?4, life_node = ?5, stamps = ?6 WHERE tbl = ?1 AND row_id = ?2";

Result<void> noteScopes(LocalReplica& replica, const QSet<QString>& scopes)
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

} // namespace

struct LocalReplica::Local
{
    bool known = false; // has a sync_row
    qint64 cl = 0;
    Stamp lifeStamp;
    QList<Stamp> stamps;
};

QString LocalReplica::installSql(const QList<SyncedTable>& tables)
{
    QString sql = QStringLiteral(R"sql(
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_outbox (
    seq    INTEGER PRIMARY KEY,
    tx     INTEGER NOT NULL,
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    cols   INTEGER NOT NULL, -- bit i: column i changed; -1: a new row
    life   INTEGER NOT NULL, -- the deleted flag changed
    at     INTEGER NOT NULL
);
CREATE TABLE sync_row (
    tbl       TEXT NOT NULL,
    row_id    TEXT NOT NULL,
    cl        INTEGER NOT NULL,
    life_hlc  INTEGER NOT NULL,
    life_node BLOB NOT NULL,
    stamps    BLOB NOT NULL, -- 16 bytes per column: hlc (LE) + node
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
CREATE TABLE sync_pending (
    seq   INTEGER PRIMARY KEY,
    tx_id BLOB NOT NULL UNIQUE,
    rows  INTEGER NOT NULL,
    body  BLOB NOT NULL
);
CREATE TABLE sync_quarantine (
    seq     INTEGER PRIMARY KEY,
    tx_id   BLOB NOT NULL,
    at      INTEGER NOT NULL,
    reason  TEXT NOT NULL,
    rows    INTEGER NOT NULL,
    summary TEXT NOT NULL,
    body    BLOB NOT NULL
);
CREATE TABLE sync_conflict (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    col        TEXT NOT NULL,
    lost_value BLOB,
    lost_hlc   INTEGER NOT NULL,
    lost_node  BLOB NOT NULL,
    won_value  BLOB,
    won_hlc    INTEGER NOT NULL,
    won_node   BLOB NOT NULL,
    why        TEXT NOT NULL,
    reapplied  INTEGER NOT NULL DEFAULT 0
);
)sql");
    for (const SyncedTable& t : tables)
        sql += captureSql(t);
    return sql;
}

QString LocalReplica::captureSql(const SyncedTable& t)
{
    QStringList changed;
    for (int i = 0; i < t.columns.size(); ++i)
        changed << QStringLiteral("((NEW.%1 IS NOT OLD.%1) << %2)").arg(t.columns[i]).arg(i);
    const QString when = t.captureWhen.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(t.captureWhen);
    QString sql = QStringLiteral("CREATE TRIGGER %1_sync_ai AFTER INSERT ON %1 WHEN zs_capture()%2 BEGIN\n"
                                 "    INSERT INTO sync_outbox (tx, tbl, row_id, cols, life, at) "
                                 "VALUES (zs_tx(), '%1', NEW.id, -1, 1, NEW.updated_at);\nEND;\n")
                      .arg(t.name, when);
    sql += QStringLiteral("CREATE TRIGGER %1_sync_au AFTER UPDATE ON %1 WHEN zs_capture()%3 BEGIN\n"
                          "    INSERT INTO sync_outbox (tx, tbl, row_id, cols, life, at) "
                          "VALUES (zs_tx(), '%1', NEW.id, %2, NEW.deleted IS NOT OLD.deleted, NEW.updated_at);\n"
                          "END;\n")
               .arg(t.name, changed.join(QStringLiteral(" | ")), when);
    // Rows written before sync existed are captured once, as new rows.
    QString filter = t.captureWhen;
    filter.replace(QStringLiteral("NEW."), QString());
    sql += QStringLiteral("INSERT INTO sync_outbox (tx, tbl, row_id, cols, life, at) "
                          "SELECT 0, '%1', id, -1, 1, updated_at FROM %1%2;\n")
               .arg(t.name, filter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filter);
    return sql;
}

Result<void> LocalReplica::registerFunctions(Database& db)
{
    auto* state = new CaptureState;
    state->tx = Clock::system().wallMs() * 1000; // increasing across runs; only grouping matters
    if (sqlite3_set_clientdata(db.handle(), kClientData, state,
                               [](void* p) { delete static_cast<CaptureState*>(p); }) != SQLITE_OK) {
        delete state;
        return makeError(ErrorCode::Internal, QStringLiteral("sqlite3_set_clientdata failed"));
    }
    const auto capture = [](sqlite3_context* ctx, int, sqlite3_value**) {
        auto* s = static_cast<CaptureState*>(sqlite3_user_data(ctx));
        sqlite3_result_int(ctx, s->capturing ? 1 : 0);
    };
    const auto tx = [](sqlite3_context* ctx, int, sqlite3_value**) {
        sqlite3_result_int64(ctx, static_cast<CaptureState*>(sqlite3_user_data(ctx))->tx);
    };
    int rc = sqlite3_create_function_v2(db.handle(), "zs_capture", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, state, capture,
                                        nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db.handle(), "zs_tx", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, state, tx, nullptr,
                                        nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Database::sqliteError(rc, db.handle(), QStringLiteral("sync functions"));
    sqlite3_commit_hook(
        db.handle(),
        [](void* p) {
            ++static_cast<CaptureState*>(p)->tx;
            return 0;
        },
        state);
    sqlite3_rollback_hook(
        db.handle(), [](void* p) { ++static_cast<CaptureState*>(p)->tx; }, state);
    return {};
}

LocalReplica::LocalReplica(Database& db, QList<SyncedTable> tables, const Clock& clock)
    : m_db(db)
    , m_tables(std::move(tables))
    , m_clock(clock)
{
    for (const SyncedTable& t : m_tables) {
        const QString columns = t.columns.join(QStringLiteral(", "));
        QStringList placeholders;
        QStringList sets;
        for (int i = 0; i < t.columns.size(); ++i) {
            placeholders << QStringLiteral("?%1").arg(i + 4);
            sets << QStringLiteral("%1 = ?%2").arg(t.columns[i]).arg(i + 3);
        }
        QList<QByteArray> columnNames;
        for (const QString& c : t.columns)
            columnNames << c.toUtf8();
        m_sql.append(TableSql{
            std::move(columnNames),
            QStringLiteral("SELECT scope, deleted, %1 FROM %2 WHERE id = ?1").arg(columns, t.name).toUtf8(),
            QStringLiteral("INSERT INTO %1 (id, scope, deleted, %2) VALUES (?1, ?2, ?3, %3)")
                .arg(t.name, columns, placeholders.join(QStringLiteral(", ")))
                .toUtf8(),
            QStringLiteral("UPDATE %1 SET deleted = ?2, %2 WHERE id = ?1")
                .arg(t.name, sets.join(QStringLiteral(", ")))
                .toUtf8(),
        });
    }
}

const SyncedTable* LocalReplica::table(const QString& name) const
{
    for (const SyncedTable& t : m_tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

Result<QString> LocalReplica::state(const QString& key) const
{
    auto stmt = m_db.cached("SELECT value FROM sync_state WHERE key = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    return row.value() ? (*stmt)->text(0) : QString();
}

Result<void> LocalReplica::setState(const QString& key, const QString& value)
{
    auto stmt = m_db.cached("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)");
    if (!stmt.ok())
        return stmt.error();
    // A null QString binds NULL, which the NOT NULL column refuses: clearing a value (last_error after a success,
    // the access token of a revoked device) must store ''.
    (*stmt)->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
    return (*stmt)->run();
}

Result<void> LocalReplica::setStates(const QList<QPair<QString, QString>>& values)
{
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    for (const auto& [key, value] : values)
        ZS_TRY(setState(key, value));
    return tx->commit();
}

Result<QByteArray> LocalReplica::node() const
{
    auto stmt = m_db.cached("SELECT node_id FROM device WHERE singleton = 1");
    if (!stmt.ok())
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Damaged, tr("工作区缺少设备标识"));
    const QByteArray node = QByteArray::fromHex((*stmt)->text(0).toLatin1());
    if (node.size() != 8)
        return makeError(ErrorCode::Damaged, tr("工作区的设备标识无效"));
    return node;
}

Result<qint64> LocalReplica::pendingChanges() const
{
    auto outbox = m_db.scalar("SELECT count(DISTINCT tbl || row_id) FROM sync_outbox");
    if (!outbox.ok())
        return outbox.error();
    auto prepared = m_db.scalar("SELECT coalesce(sum(rows), 0) FROM sync_pending");
    if (!prepared.ok())
        return prepared.error();
    return outbox.value() + prepared.value();
}

Result<qint64> LocalReplica::cursor() const
{
    auto value = state(QStringLiteral("cursor"));
    if (!value.ok())
        return value.error();
    return value->toLongLong();
}

Result<void> LocalReplica::observeServerTime(qint64 serverMs)
{
    auto last = state(QStringLiteral("hlc_last"));
    if (!last.ok())
        return last.error();
    ZS_TRY(setState(QStringLiteral("server_offset"), QString::number(serverMs - m_clock.wallMs())));
    const Hlc current = Hlc::fromRaw(last->toULongLong());
    const Hlc server = Hlc::fromParts(serverMs, 0);
    if (current < server && serverMs <= m_clock.wallMs() + HlcClock::kMaxDriftMs)
        return setState(QStringLiteral("hlc_last"), QString::number(server.raw()));
    return {};
}

Result<int> LocalReplica::preparePush(int maxRows)
{
    auto me = node();
    if (!me.ok())
        return me.error();
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto lastState = state(QStringLiteral("hlc_last"));
    if (!lastState.ok())
        return lastState.error();
    Hlc last = Hlc::fromRaw(lastState->toULongLong());
    // A laptop whose clock runs ahead would have its edits refused by HQ (stamps far in the future): edit times are
    // capped at HQ's time as last seen (offset learnt from every answer) plus a minute.
    auto offset = state(QStringLiteral("server_offset"));
    if (!offset.ok())
        return offset.error();
    const qint64 ceiling = m_clock.wallMs() + offset->toLongLong() + 60'000;
    const auto next = [&](qint64 atMs, Hlc floor) {
        Hlc h = Hlc::fromParts(qMin(atMs, ceiling), 0);
        const Hlc after = floor < last ? last : floor;
        if (!(after < h))
            h = after.counter() < 0xFFFF ? Hlc::fromParts(after.ms(), quint16(after.counter() + 1))
                                         : Hlc::fromParts(after.ms() + 1, 0);
        last = h;
        return Stamp{h, me.value()};
    };

    struct Entry
    {
        QString table;
        QString row;
        qint64 cols = 0;
        bool life = false;
        qint64 at = 0;
    };
    // Local transactions in commit order, each with its rows in first-touch order.
    QList<QPair<qint64, QList<Entry>>> groups;
    qint64 maxSeq = -1;
    {
        auto stmt = m_db.prepare("SELECT seq, tx, tbl, row_id, cols, life, at FROM sync_outbox ORDER BY seq LIMIT ?1");
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, maxRows);
        QHash<qint64, int> groupIndex;
        QHash<QString, int> entryIndex; // tx|table|row -> position in its group
        for (;;) {
            auto row = stmt->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            maxSeq = stmt->int64(0);
            const qint64 txNo = stmt->int64(1);
            auto g = groupIndex.find(txNo);
            if (g == groupIndex.end()) {
                g = groupIndex.insert(txNo, int(groups.size()));
                groups.append(qMakePair(txNo, QList<Entry>()));
            }
            auto& entries = groups[*g].second;
            const QString key =
                QString::number(txNo) + QLatin1Char('|') + stmt->text(2) + QLatin1Char('|') + stmt->text(3);
            auto e = entryIndex.find(key);
            if (e == entryIndex.end()) {
                e = entryIndex.insert(key, int(entries.size()));
                entries.append(Entry{stmt->text(2), stmt->text(3), 0, false, 0});
            }
            Entry& entry = entries[*e];
            entry.cols |= stmt->int64(4);
            entry.life = entry.life || stmt->int64(5) != 0;
            entry.at = qMax(entry.at, stmt->int64(6));
        }
    }
    if (maxSeq < 0)
        return 0;

    int prepared = 0;
    QSet<QString> scopes;
    for (const auto& group : groups) {
        QByteArray txId(16, '\0');
        for (char& b : txId)
            b = char(QRandomGenerator::system()->bounded(256));
        // Straight from the rows into the bytes stored and sent (TransactionWriter).
        TransactionWriter writer(txId);
        QMap<QString, int> perTable; // what it holds, should it go to the quarantine
        for (const Entry& e : group.second) {
            const SyncedTable* t = table(e.table);
            if (!t)
                continue;
            const TableSql& tableSql = sql(t);
            auto current = m_db.cached(tableSql.select.constData());
            if (!current.ok())
                return current.error();
            Statement& row = **current;
            row.bind(1, e.row);
            auto found = row.step();
            if (!found.ok())
                return found.error();
            if (!found.value())
                continue; // removed locally since (a purge): nothing to send
            const QString scope = row.text(0);
            scopes.insert(scope);
            Local local;
            auto loaded = m_db.cached("SELECT cl, life_hlc, life_node, stamps FROM sync_row WHERE tbl = ?1 AND "
                                      "row_id = ?2");
            if (!loaded.ok())
                return loaded.error();
            (*loaded)->bind(1, e.table).bind(2, e.row);
            auto have = (*loaded)->step();
            if (!have.ok())
                return have.error();
            if (have.value()) {
                local.known = true;
                local.cl = (*loaded)->int64(0);
                local.lifeStamp = Stamp{Hlc::fromRaw(quint64((*loaded)->int64(1))), (*loaded)->blob(2)};
                local.stamps = decodeStamps((*loaded)->blob(3), t->columns.size());
            } else {
                local.stamps = QList<Stamp>(t->columns.size());
            }
            const bool deleted = row.int64(1) != 0;
            qint64 cl = local.cl;
            if (cl == 0)
                cl = deleted ? 2 : 1;
            else if (deleted == Merge::isAlive(cl))
                cl += 1;
            const bool lifeChanged = cl != local.cl;
            // One stamp for everything this edit changed, newer than each of their previous stamps: the columns
            // are compared one by one, so sharing it changes no outcome, and the wire writes it once.
            const auto edited = [&e](int i) { return e.cols == -1 || (e.cols & (qint64(1) << i)); };
            int cells = 0;
            Hlc floor = lifeChanged ? local.lifeStamp.hlc : Hlc();
            for (int i = 0; i < t->columns.size(); ++i)
                if (edited(i)) {
                    ++cells;
                    if (floor < local.stamps[i].hlc)
                        floor = local.stamps[i].hlc;
                }
            if (cells == 0 && !lifeChanged && local.known)
                continue; // touched without a synced change (e.g. its scope adopted at enrollment)
            const Stamp stamp = next(e.at, floor);
            if (lifeChanged) {
                local.lifeStamp = stamp;
                local.cl = cl;
            }
            writer.startRow(e.table, e.row, scope, local.cl, local.lifeStamp, stamp, cells);
            for (int i = 0; i < t->columns.size(); ++i) {
                if (!edited(i))
                    continue;
                local.stamps[i] = stamp;
                writeCell(writer, tableSql.columns[i], row, i + 2);
            }
            writer.endRow();
            ++perTable[e.table];
            auto save = m_db.cached(local.known ? kUpdateSyncRow : kInsertSyncRow);
            if (!save.ok())
                return save.error();
            (*save)->bind(1, e.table).bind(2, e.row).bind(3, local.cl).bind(4, qint64(local.lifeStamp.hlc.raw()));
            (*save)->bind(5, local.lifeStamp.node).bind(6, encodeStamps(local.stamps));
            ZS_TRY((*save)->run());
        }
        if (writer.rows() == 0)
            continue;
        auto keep = m_db.cached("INSERT INTO sync_pending (tx_id, rows, body) VALUES (?1, ?2, ?3)");
        if (!keep.ok())
            return keep.error();
        (*keep)->bind(1, txId).bind(2, writer.rows());
        (*keep)->bind(3, writer.finish());
        ZS_TRY((*keep)->run());
        // HQ would refuse the whole body this went out in (a cell or row over the shared limits): it never goes,
        // and waits in the quarantine with the reason instead of holding back everything after it.
        if (!writer.problem().isEmpty())
            ZS_TRY(quarantinePending(txId, writer.problem(), perTable));
        else
            prepared += writer.rows();
    }
    auto drop = m_db.cached("DELETE FROM sync_outbox WHERE seq <= ?1");
    if (!drop.ok())
        return drop.error();
    (*drop)->bind(1, maxSeq);
    ZS_TRY((*drop)->run());
    ZS_TRY(setState(QStringLiteral("hlc_last"), QString::number(last.raw())));
    ZS_TRY(noteScopes(*this, scopes));
    ZS_TRY(tx->commit());
    return prepared;
}

namespace {

// sync_pending.body holds one encoded transaction (WireCodec::encodeTransaction). Stores written before that held a
// whole one-transaction push body (a CBOR map): read both.
Result<ChangeSet> storedTransaction(const QByteArray& body)
{
    if (!body.isEmpty() && (quint8(body.at(0)) >> 5) == 5) { // a map: the earlier form
        auto old = WireCodec::decodePush(body);
        if (!old.ok() || old->transactions.size() != 1)
            return makeError(ErrorCode::Damaged, LocalReplica::tr("待上传的修改已损坏"),
                             old.ok() ? QString() : old.error().message);
        return old->transactions.first();
    }
    auto tx = WireCodec::decodeTransaction(body);
    if (!tx.ok())
        return makeError(ErrorCode::Damaged, LocalReplica::tr("待上传的修改已损坏"), tx.error().message);
    return tx;
}

} // namespace

Result<LocalReplica::PendingPush> LocalReplica::pendingPushBody(const QString& device, int schema, int maxRows,
                                                                qint64 afterSeq) const
{
    auto stmt = m_db.prepare("SELECT rows, body, seq, tx_id FROM sync_pending WHERE seq > ?1 ORDER BY seq");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, afterSeq);
    QList<QByteArray> parts;
    PendingPush pending;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        if (!parts.isEmpty() && pending.rows + stmt->int64(0) > maxRows)
            break;
        QByteArray body = stmt->blob(1);
        if (body.isEmpty() || (quint8(body.at(0)) >> 5) != 4) { // not an array: the earlier form, re-encoded
            auto old = storedTransaction(body);
            if (!old.ok())
                return old.error();
            body = WireCodec::encodeTransaction(old.value());
        }
        if (parts.isEmpty())
            pending.firstTxId = stmt->blob(3);
        parts << body;
        pending.rows += int(stmt->int64(0));
        pending.lastSeq = stmt->int64(2);
    }
    pending.transactions = int(parts.size());
    if (!parts.isEmpty())
        pending.body = WireCodec::encodePush(device, schema, parts);
    return pending;
}

Result<PushRequest> LocalReplica::pendingPush(const QString& device, int schema, int maxRows) const
{
    auto pending = pendingPushBody(device, schema, maxRows);
    if (!pending.ok())
        return pending.error();
    if (pending->transactions == 0)
        return PushRequest{device, schema, {}};
    auto request = WireCodec::decodePush(pending->body);
    if (!request.ok())
        return makeError(ErrorCode::Damaged, tr("待上传的修改已损坏"), request.error().message);
    return request;
}

// What was refused, for the list (tables and counts): the only place a prepared transaction is read back.
namespace {
QString tableSummary(const QMap<QString, int>& perTable)
{
    QStringList summary;
    for (auto it = perTable.cbegin(); it != perTable.cend(); ++it)
        summary << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    return summary.join(QStringLiteral(", "));
}
} // namespace

Result<void> LocalReplica::quarantinePending(const QByteArray& txId, const QString& reason, QMap<QString, int> perTable)
{
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto sent = m_db.cached("SELECT body FROM sync_pending WHERE tx_id = ?1");
    if (!sent.ok())
        return sent.error();
    (*sent)->bind(1, txId);
    auto found = (*sent)->step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return {};
    if (perTable.isEmpty()) {
        auto set = storedTransaction((*sent)->blob(0));
        if (!set.ok())
            return set.error();
        for (const RowChange& r : set->rows)
            ++perTable[r.table];
    }
    (*sent)->reset();
    auto q = m_db.cached("INSERT INTO sync_quarantine (tx_id, at, reason, rows, summary, body) "
                         "SELECT tx_id, ?2, ?3, rows, ?4, body FROM sync_pending WHERE tx_id = ?1");
    if (!q.ok())
        return q.error();
    (*q)->bind(1, txId).bind(2, m_clock.wallMs()).bind(3, reason);
    (*q)->bind(4, tableSummary(perTable));
    ZS_TRY((*q)->run());
    ZS_TRY(m_db.run("DELETE FROM sync_pending WHERE tx_id = ?1", txId));
    return tx->commit();
}

Result<LocalReplica::PushOutcome> LocalReplica::acknowledge(const PushResponse& response)
{
    PushOutcome outcome;
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    for (const TxResult& result : response.results) {
        // Answers for transactions no longer pending (a replay answered twice) change nothing.
        auto sent = m_db.cached("SELECT rows FROM sync_pending WHERE tx_id = ?1");
        if (!sent.ok())
            return sent.error();
        (*sent)->bind(1, result.txId);
        auto found = (*sent)->step();
        if (!found.ok())
            return found.error();
        if (!found.value())
            continue;
        const int rows = int((*sent)->int64(0));
        (*sent)->reset();
        if (result.status == TxResult::Refused) {
            ZS_TRY(quarantinePending(result.txId, result.reason));
            ++outcome.refused;
            continue;
        }
        ++outcome.applied;
        outcome.rows += rows;
        auto done = m_db.cached("DELETE FROM sync_pending WHERE tx_id = ?1");
        if (!done.ok())
            return done.error();
        (*done)->bind(1, result.txId);
        ZS_TRY((*done)->run());
    }
    ZS_TRY(observeServerTime(response.serverTimeMs));
    ZS_TRY(tx->commit());
    return outcome;
}

Result<void> LocalReplica::recordConflict(const RowChange& row, const Cell& lost, const Cell& won, const QString& why)
{
    auto stmt = m_db.cached("INSERT INTO sync_conflict (at, tbl, row_id, col, lost_value, lost_hlc, lost_node, "
                            "won_value, won_hlc, won_node, why) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, m_clock.wallMs()).bind(2, row.table).bind(3, row.rowId).bind(4, lost.column);
    (*stmt)->bind(5, lost.value.toCbor()).bind(6, qint64(lost.stamp.hlc.raw())).bind(7, lost.stamp.node);
    (*stmt)->bind(8, won.value.toCbor()).bind(9, qint64(won.stamp.hlc.raw())).bind(10, won.stamp.node);
    (*stmt)->bind(11, why);
    return (*stmt)->run();
}

Result<void> LocalReplica::applyRow(const RowChange& row, ApplyOutcome& outcome, const QHash<QString, bool>& pending)
{
    const SyncedTable* t = table(row.table);
    if (!t) {
        ++outcome.skipped; // a table this version does not know: a newer HQ
        return {};
    }
    const int n = int(t->columns.size());
    Local local;
    auto loaded = m_db.cached("SELECT cl, life_hlc, life_node, stamps FROM sync_row WHERE tbl = ?1 AND row_id = ?2");
    if (!loaded.ok())
        return loaded.error();
    (*loaded)->bind(1, row.table).bind(2, row.rowId);
    auto have = (*loaded)->step();
    if (!have.ok())
        return have.error();
    if (have.value()) {
        local.known = true;
        local.cl = (*loaded)->int64(0);
        local.lifeStamp = Stamp{Hlc::fromRaw(quint64((*loaded)->int64(1))), (*loaded)->blob(2)};
        local.stamps = decodeStamps((*loaded)->blob(3), n);
    } else {
        local.stamps = QList<Stamp>(n);
    }
    (*loaded)->reset();

    // Current values, when the row exists here.
    auto current = m_db.cached(sql(t).select.constData());
    if (!current.ok())
        return current.error();
    (*current)->bind(1, row.rowId);
    auto exists = (*current)->step();
    if (!exists.ok())
        return exists.error();
    QList<QCborValue> values(n);
    bool deleted = !row.isAlive();
    if (exists.value()) {
        for (int i = 0; i < n; ++i)
            values[i] = columnValue(**current, i + 2);
        deleted = (*current)->int64(1) != 0;
    }
    (*current)->reset();

    QList<Stamp> stamps = local.stamps;
    qint64 cl = local.cl;
    Stamp lifeStamp = local.lifeStamp;
    if (!exists.value()) {
        // New here: take the row as HQ has it.
        for (const Cell& c : row.cells) {
            const int i = int(t->columns.indexOf(c.column));
            if (i >= 0) {
                values[i] = c.value;
                stamps[i] = c.stamp;
            }
        }
        cl = row.causalLength;
        lifeStamp = row.lifeStamp;
        deleted = !row.isAlive();
        auto insert = m_db.cached(sql(t).insert.constData());
        if (!insert.ok())
            return insert.error();
        (*insert)->bind(1, row.rowId).bind(2, row.scope).bind(3, deleted ? 1 : 0);
        for (int i = 0; i < n; ++i)
            bindValue(**insert, i + 4, values[i]);
        auto ran = (*insert)->run();
        if (!ran.ok()) {
            (*insert)->reset();
            // A local rule refused the row (a duplicate credit code, a missing required value): keep HQ's version
            // visible in the conflicts list instead of stopping the sync.
            ++outcome.skipped;
            const Cell* name = row.cells.isEmpty() ? nullptr : &row.cells.first();
            Cell lost{QStringLiteral("*"), QCborValue(ran.error().message + QLatin1Char(' ') + ran.error().detail),
                      row.lifeStamp};
            ZS_TRY(recordConflict(row, lost, name ? *name : lost,
                                  tr("总部的记录无法保存在本机：%1").arg(ran.error().message)));
            return {};
        }
    } else {
        // Edited here since the last push: the edited columns (and the life, when it changed) keep the local value,
        // which goes out next round stamped newer than what is applied now. For that, the incoming stamps are kept
        // (the edit is stamped after them): otherwise an edit stamped earlier — a clock behind, a colleague's clock
        // ahead — loses at HQ, HQ has nothing new to send, and this replica keeps a value no other one has. Columns
        // not edited here merge as usual (taking them as "edited" too would leave them stale the same way).
        const auto unpushed = pending.constFind(row.table + QLatin1Char('|') + row.rowId);
        qint64 pendingMask = 0;
        const bool pendingLife = unpushed != pending.cend() && unpushed.value();
        if (unpushed != pending.cend()) {
            // Rare (a round pushes before it pulls) and the outbox is small then: no index, a scan per such row.
            auto edited = m_db.cached("SELECT cols FROM sync_outbox WHERE tbl = ?1 AND row_id = ?2");
            if (!edited.ok())
                return edited.error();
            (*edited)->bind(1, row.table).bind(2, row.rowId);
            for (;;) {
                auto more = (*edited)->step();
                if (!more.ok())
                    return more.error();
                if (!more.value())
                    break;
                pendingMask |= (*edited)->int64(0); // -1 (a new row): every column
            }
        }
        auto me = node();
        if (!me.ok())
            return me.error();
        bool changed = false;
        for (const Cell& c : row.cells) {
            const int i = int(t->columns.indexOf(c.column));
            if (i < 0)
                continue; // a column this version does not know
            if (pendingMask & (qint64(1) << i)) {
                if (stamps[i] < c.stamp)
                    stamps[i] = c.stamp;
                continue;
            }
            const bool unstamped = stamps[i].hlc.raw() == 0;
            if (!unstamped && !Merge::incomingWins(stamps[i], values[i], c.stamp, c.value))
                continue;
            if (!unstamped && values[i] != c.value && stamps[i].node == me.value()) {
                ZS_TRY(recordConflict(row, Cell{c.column, values[i], stamps[i]}, c, tr("另一台设备的修改更晚")));
                ++outcome.conflicts;
            }
            values[i] = c.value;
            stamps[i] = c.stamp;
            changed = true;
        }
        if (Merge::rowLifeWins(cl, lifeStamp, row.causalLength, row.lifeStamp)) {
            cl = row.causalLength;
            lifeStamp = row.lifeStamp;
            if (!pendingLife) {
                deleted = !Merge::isAlive(cl);
                changed = true;
            } // else the local delete or restore stays and is counted on top of this length when it goes out
        }
        if (changed) {
            auto update = m_db.cached(sql(t).update.constData());
            if (!update.ok())
                return update.error();
            (*update)->bind(1, row.rowId).bind(2, deleted ? 1 : 0);
            for (int i = 0; i < n; ++i)
                bindValue(**update, i + 3, values[i]);
            auto ran = (*update)->run();
            if (!ran.ok()) {
                (*update)->reset();
                ++outcome.skipped;
                Cell lost{QStringLiteral("*"), QCborValue(ran.error().message + QLatin1Char(' ') + ran.error().detail),
                          row.lifeStamp};
                ZS_TRY(recordConflict(row, lost, lost, tr("总部的修改无法保存在本机：%1").arg(ran.error().message)));
                return {};
            }
        }
    }
    auto save = m_db.cached(local.known ? kUpdateSyncRow : kInsertSyncRow);
    if (!save.ok())
        return save.error();
    (*save)->bind(1, row.table).bind(2, row.rowId).bind(3, cl).bind(4, qint64(lifeStamp.hlc.raw()));
    (*save)->bind(5, lifeStamp.node.isEmpty() ? QByteArray(8, '\0') : lifeStamp.node).bind(6, encodeStamps(stamps));
    ZS_TRY((*save)->run());
    ++outcome.rows;
    return {};
}

Result<LocalReplica::ApplyOutcome> LocalReplica::applyPage(const PullResponse& page)
{
    ApplyOutcome outcome;
    ForeignKeysOff fk(m_db);
    CaptureOff quiet(m_db);
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    // Rows with unpushed local edits (usually none: a round pushes before it pulls). Read once per page rather than
    // indexed per row: an index on the outbox would tax every local write.
    QHash<QString, bool> pending;
    {
        auto stmt = m_db.prepare("SELECT tbl, row_id, max(life) FROM sync_outbox GROUP BY tbl, row_id");
        if (!stmt.ok())
            return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            pending.insert(stmt->text(0) + QLatin1Char('|') + stmt->text(1), stmt->int64(2) != 0);
        }
    }
    // A store without a single synced row has nothing outside any scope. Noting that ("*") spares the purge that
    // closes this sync from reading back everything it pulled (a new laptop's first sync).
    auto purgedFor = state(kPurgedFor);
    if (!purgedFor.ok())
        return purgedFor.error();
    if (purgedFor->isEmpty() && pending.isEmpty()) {
        bool empty = true;
        for (const SyncedTable& t : m_tables) {
            const QByteArray sql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(t.name).toUtf8();
            auto any = m_db.scalar(sql.constData());
            if (!any.ok())
                return any.error();
            empty = empty && any.value() == 0;
        }
        if (empty) {
            ZS_TRY(setState(kPurgedFor, QStringLiteral("*")));
            ZS_TRY(setState(kScopesSeen, QStringLiteral("")));
            ZS_TRY(deferIndexes());
        }
    }
    QSet<QString> scopes;
    for (const RowChange& row : page.rows) {
        ZS_TRY(applyRow(row, outcome, pending));
        scopes.insert(row.scope);
    }
    ZS_TRY(noteScopes(*this, scopes));
    if (!page.hasMore)
        ZS_TRY(restoreDeferredIndexes());
    ZS_TRY(setState(QStringLiteral("cursor"), QString::number(page.nextCursor)));
    ZS_TRY(observeServerTime(page.serverTimeMs));
    ZS_TRY(tx->commit());
    return outcome;
}

// A first sync fills empty tables with everything in scope (100,000 visits and more). Keeping the secondary indexes
// up to date row by row costs about half of applying a row (random inserts into three visit indexes); building them
// once at the end, from sorted keys, costs a fraction. Only indexes that enforce nothing are dropped (UNIQUE ones
// keep refusing what they refuse), in the page's transaction together with the record of their SQL, so a crash
// leaves either both or neither; restoreDeferredIndexes() runs at the pull's last page and whenever a replica is
// opened, so at worst the app runs slower, never wrong, until then.
Result<void> LocalReplica::deferIndexes()
{
    QStringList names;
    for (const SyncedTable& t : m_tables)
        names << QLatin1Char('\'') + t.name + QLatin1Char('\'');
    const QByteArray list =
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                       "tbl_name IN (%1) ORDER BY name")
            .arg(names.join(QLatin1Char(',')))
            .toUtf8();
    auto stmt = m_db.prepare(list.constData());
    if (!stmt.ok())
        return stmt.error();
    QStringList dropped;
    QStringList create;
    ZS_TRY(stmt->forEachRow([&](const Statement& index) {
        const QString sql = index.text(1);
        if (sql.trimmed().startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive))
            return;
        dropped << index.text(0);
        create << sql;
    }));
    if (create.isEmpty())
        return {};
    for (const QString& name : dropped)
        ZS_TRY(m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name).toUtf8().constData()));
    return setState(kDeferredIndexes, create.join(QStringLiteral(";\n")));
}

Result<void> LocalReplica::restoreDeferredIndexes()
{
    auto deferred = state(kDeferredIndexes);
    if (!deferred.ok())
        return deferred.error();
    if (deferred->isEmpty())
        return {};
    ZS_TRY(m_db.exec(deferred->toUtf8().constData()));
    return setState(kDeferredIndexes, QString());
}

Result<void> LocalReplica::restoreIndexesAfterCrash()
{
    auto deferred = state(kDeferredIndexes);
    if (!deferred.ok())
        return deferred.error();
    if (deferred->isEmpty())
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    ZS_TRY(restoreDeferredIndexes());
    return tx->commit();
}

Result<int> LocalReplica::purge(const QStringList& keepScopes, bool everything)
{
    // The kept scopes travel as one '|'-joined string: one statement shape per table.
    const QString keep = QLatin1Char('|') + keepScopes.join(QLatin1Char('|')) + QLatin1Char('|');
    if (!everything) {
        // Nothing can be outside `keep` when the last purge kept exactly these scopes, every row written here since
        // carries one of them and nothing captured waits unprepared (its scope is not noted yet): the deletes below
        // would remove nothing, so they are skipped.
        auto purgedFor = state(kPurgedFor);
        if (!purgedFor.ok())
            return purgedFor.error();
        auto seen = state(kScopesSeen);
        if (!seen.ok())
            return seen.error();
        auto waiting = m_db.scalar("SELECT EXISTS (SELECT 1 FROM sync_outbox)");
        if (!waiting.ok())
            return waiting.error();
        bool clean = (purgedFor.value() == keep || purgedFor.value() == QLatin1String("*")) && waiting.value() == 0;
        for (const QString& scope : seen->split(QLatin1Char('|'), Qt::SkipEmptyParts))
            clean = clean && keep.contains(QLatin1Char('|') + scope + QLatin1Char('|'));
        if (clean)
            return 0;
    }
    ForeignKeysOff fk(m_db);
    CaptureOff quiet(m_db);
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    int removed = 0;
    for (const SyncedTable& t : m_tables) {
        const QString doomed =
            everything ? QStringLiteral("SELECT id FROM %1").arg(t.name)
                       : QStringLiteral("SELECT id FROM %1 WHERE instr(?1, '|' || scope || '|') = 0").arg(t.name);
        for (const QString& child : t.children) {
            const QStringList parts = child.split(QLatin1Char('.'));
            const QByteArray sql =
                QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)").arg(parts[0], parts[1], doomed).toUtf8();
            auto stmt = m_db.prepare(sql.constData());
            if (!stmt.ok())
                return stmt.error();
            if (!everything)
                stmt->bind(1, keep);
            ZS_TRY(stmt->run());
        }
        const QByteArray rowsSql =
            QStringLiteral("DELETE FROM sync_row WHERE tbl = '%1' AND row_id IN (%2)").arg(t.name, doomed).toUtf8();
        auto rows = m_db.prepare(rowsSql.constData());
        if (!rows.ok())
            return rows.error();
        if (!everything)
            rows->bind(1, keep);
        ZS_TRY(rows->run());
        const QByteArray sql =
            (everything ? QStringLiteral("DELETE FROM %1").arg(t.name)
                        : QStringLiteral("DELETE FROM %1 WHERE instr(?1, '|' || scope || '|') = 0").arg(t.name))
                .toUtf8();
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt.ok())
            return stmt.error();
        if (!everything)
            stmt->bind(1, keep);
        ZS_TRY(stmt->run());
        removed += m_db.changes();
        const QByteArray outboxSql =
            QStringLiteral("DELETE FROM sync_outbox WHERE tbl = '%1' AND row_id NOT IN (SELECT id FROM %1)")
                .arg(t.name)
                .toUtf8();
        ZS_TRY(m_db.exec(outboxSql.constData()));
    }
    if (everything) {
        ZS_TRY(m_db.exec("DELETE FROM sync_outbox; DELETE FROM sync_pending; DELETE FROM sync_quarantine; "
                         "DELETE FROM sync_conflict; DELETE FROM sync_row; "
                         "DELETE FROM sync_state WHERE key IN ('access_token', 'refresh_token', 'cursor')"));
    }
    // Derived data (the search index) only holds purged text when something was purged.
    if (m_purgeHook && (everything || removed > 0))
        ZS_TRY(m_purgeHook(m_db, everything));
    ZS_TRY(setState(kPurgedFor, everything ? QStringLiteral("") : keep));
    ZS_TRY(setState(kScopesSeen, QStringLiteral("")));
    ZS_TRY(tx->commit());
    return removed;
}

Result<int> LocalReplica::purgeOutside(const QStringList& scopes)
{
    return purge(scopes, false);
}

Result<int> LocalReplica::wipe()
{
    auto removed = purge({}, true);
    if (!removed.ok())
        return removed;
    ZS_TRY(setState(QStringLiteral("wiped_at"), QString::number(m_clock.wallMs())));
    (void)m_db.exec("VACUUM");
    return removed;
}

Result<QList<QJsonObject>> LocalReplica::conflicts(int limit) const
{
    auto stmt = m_db.prepare("SELECT id, at, tbl, row_id, col, lost_value, lost_hlc, hex(won_node), won_value, "
                             "won_hlc, why, reapplied FROM sync_conflict ORDER BY id DESC LIMIT ?1");
    if (!stmt.ok())
        return stmt.error();
    QList<QJsonObject> out;
    ZS_TRY(stmt->bind(1, limit).forEachRow([&out](const Statement& s) {
        out << QJsonObject{
            {QStringLiteral("id"), s.int64(0)},
            {QStringLiteral("at"), s.int64(1)},
            {QStringLiteral("table"), s.text(2)},
            {QStringLiteral("row"), s.text(3)},
            {QStringLiteral("column"), s.text(4)},
            {QStringLiteral("lost"), QCborValue::fromCbor(s.blob(5)).toVariant().toString()},
            {QStringLiteral("lost_at"), Hlc::fromRaw(quint64(s.int64(6))).ms()},
            {QStringLiteral("won_by"), s.text(7).left(8).toLower()},
            {QStringLiteral("won"), QCborValue::fromCbor(s.blob(8)).toVariant().toString()},
            {QStringLiteral("won_at"), Hlc::fromRaw(quint64(s.int64(9))).ms()},
            {QStringLiteral("why"), s.text(10)},
            {QStringLiteral("reapplied"), s.int64(11) != 0},
        };
    }));
    return out;
}

Result<QList<QJsonObject>> LocalReplica::quarantine(int limit) const
{
    auto stmt = m_db.prepare("SELECT seq, at, reason, rows, summary, hex(tx_id) FROM sync_quarantine "
                             "ORDER BY seq DESC LIMIT ?1");
    if (!stmt.ok())
        return stmt.error();
    QList<QJsonObject> out;
    ZS_TRY(stmt->bind(1, limit).forEachRow([&out](const Statement& s) {
        out << QJsonObject{{QStringLiteral("id"), s.int64(0)},     {QStringLiteral("at"), s.int64(1)},
                           {QStringLiteral("reason"), s.text(2)},  {QStringLiteral("rows"), s.int64(3)},
                           {QStringLiteral("summary"), s.text(4)}, {QStringLiteral("tx"), s.text(5)}};
    }));
    return out;
}

Result<void> LocalReplica::reapplyConflict(qint64 conflictId)
{
    auto stmt = m_db.prepare("SELECT tbl, row_id, col, lost_value FROM sync_conflict WHERE id = ?1 AND col <> '*'");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, conflictId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, tr("找不到这条冲突记录"));
    const SyncedTable* t = table(stmt->text(0));
    const QString column = stmt->text(2);
    if (!t || !t->columns.contains(column))
        return makeError(ErrorCode::Invalid, tr("这个字段不能恢复"));
    const QCborValue value = QCborValue::fromCbor(stmt->blob(3));
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    // An ordinary local edit: captured by the trigger, stamped newer than what won, so it wins at the next sync.
    const QByteArray sql =
        QStringLiteral("UPDATE %1 SET %2 = ?2, updated_at = ?3 WHERE id = ?1").arg(t->name, column).toUtf8();
    auto update = m_db.prepare(sql.constData());
    if (!update.ok())
        return update.error();
    update->bind(1, stmt->text(1));
    bindValue(*update, 2, value);
    update->bind(3, m_clock.wallMs());
    ZS_TRY(update->run());
    auto mark = m_db.prepare("UPDATE sync_conflict SET reapplied = 1 WHERE id = ?1");
    if (!mark.ok())
        return mark.error();
    mark->bind(1, conflictId);
    ZS_TRY(mark->run());
    return tx->commit();
}

} // namespace zs::sync
