#include "sync/server/HqStore.h"

#include "sync/protocol/Merge.h"
#include "sync/protocol/WireCodec.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace zs::hq {

using sync::Cell;
using sync::ChangeSet;
using sync::Hlc;
using sync::Merge;
using sync::PullWriter;
using sync::PushRequest;
using sync::PushResponse;
using sync::RowChange;
using sync::Stamp;
using sync::TxResult;
using sync::WireCodec;

namespace {
const char* const kV1 = R"sql(
CREATE TABLE row_state (
    tbl       TEXT NOT NULL,
    row_id    TEXT NOT NULL,
    scope     TEXT NOT NULL,
    cl        INTEGER NOT NULL,
    life_hlc  INTEGER NOT NULL,
    life_node BLOB NOT NULL,
    cells     BLOB NOT NULL,   -- WireCodec::encodeCells form, served as it is
    seq       INTEGER NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX row_state_seq ON row_state(seq);
CREATE INDEX row_state_scope ON row_state(scope, seq);

CREATE TABLE applied_tx (
    device TEXT NOT NULL,
    tx_id  BLOB NOT NULL,
    at     INTEGER NOT NULL,
    status INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (device, tx_id)
) WITHOUT ROWID;

CREATE TABLE team (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE account (
    name         TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    team         TEXT NOT NULL REFERENCES team(id),
    role         TEXT NOT NULL CHECK (role IN ('officer', 'lead', 'analyst', 'admin')),
    pw_hash      TEXT NOT NULL,
    disabled     INTEGER NOT NULL DEFAULT 0,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE device (
    id         TEXT PRIMARY KEY,
    account    TEXT NOT NULL REFERENCES account(name),
    label      TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    revoked_at INTEGER,
    wipe       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Only SHA-256 of each token is kept. kind 1 = access, 2 = refresh (single use: reuse revokes the device).
CREATE TABLE token (
    hash       BLOB PRIMARY KEY,
    device     TEXT NOT NULL REFERENCES device(id),
    kind       INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
) WITHOUT ROWID;
CREATE INDEX token_device ON token(device);

-- Append-only: every login, token, push refusal and admin action.
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    device  TEXT NOT NULL DEFAULT '',
    peer    TEXT NOT NULL DEFAULT '',
    action  TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE blob (
    sha256   TEXT PRIMARY KEY,
    total    INTEGER NOT NULL,
    received INTEGER NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    data     BLOB            -- the whole file once complete
) WITHOUT ROWID;
CREATE TABLE blob_part (
    sha256 TEXT NOT NULL,
    offset INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (sha256, offset)
) WITHOUT ROWID;
)sql";

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

bool isSha256(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\z"));
    return re.match(s).hasMatch();
}
} // namespace

// v2: row_state clustered by (scope, seq). A device's pull reads the rows of its scopes in change order: now two
// range scans of the table itself, merged, instead of an index scan plus a look-up of every row by (tbl, row_id)
// (9 µs a row in a first sync before; the look-up moved to merges, which are each row once, not once per device).
const char* const kV2 = R"sql(
CREATE TABLE row_state_v2 (
    scope     TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    tbl       TEXT NOT NULL,
    row_id    TEXT NOT NULL,
    cl        INTEGER NOT NULL,
    life_hlc  INTEGER NOT NULL,
    life_node BLOB NOT NULL,
    cells     BLOB NOT NULL,   -- WireCodec::encodeCells form, served as it is
    PRIMARY KEY (scope, seq)
) WITHOUT ROWID;
INSERT INTO row_state_v2 (scope, seq, tbl, row_id, cl, life_hlc, life_node, cells)
    SELECT scope, seq, tbl, row_id, cl, life_hlc, life_node, cells FROM row_state;
DROP TABLE row_state;
ALTER TABLE row_state_v2 RENAME TO row_state;
CREATE UNIQUE INDEX row_state_row ON row_state(tbl, row_id);
CREATE UNIQUE INDEX row_state_seq ON row_state(seq);
)sql";

// v3: failed logins for names that are not accounts, counted and locked out exactly as accounts are — answering
// 429 only for existing names told an attacker which names exist. Rows expire (HqAuth prunes them), so guessing
// names cannot grow the table without bound.
const char* const kV3 = R"sql(
CREATE TABLE unknown_login (
    name         TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until INTEGER NOT NULL,
    last_at      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX unknown_login_last ON unknown_login(last_at);
)sql";

// v4: a row may name one more scope that reads it (SyncSchema's reader: the team that signed an agreement reads it in
// the county's scope). A pull adds one arm per read scope over this index; rows without a reader are not in it.
// Accounts lose the CHECK listing four roles: the roles are the sync schema's (a county's 跟踪服务专员 now), checked
// by `user add` against it (Policy::roleFromName), so a new role is a declaration, not a store migration.
const char* const kV4 = R"sql(
ALTER TABLE row_state ADD COLUMN reader TEXT;
CREATE INDEX row_state_reader ON row_state(reader, seq) WHERE reader IS NOT NULL;
CREATE TABLE account_v4 (
    name         TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    team         TEXT NOT NULL REFERENCES team(id),
    role         TEXT NOT NULL,
    pw_hash      TEXT NOT NULL,
    disabled     INTEGER NOT NULL DEFAULT 0,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO account_v4 SELECT name, display_name, team, role, pw_hash, disabled, failures, locked_until, created_at
    FROM account;
DROP TABLE account;
ALTER TABLE account_v4 RENAME TO account;
)sql";

// v5: a live row of a claim table keeps its claimed value (SyncSchema's claim: the site a reservation holds), unique
// per table, so that HQ refuses a second claim and the database refuses it even if a check were missed. No claim
// table had rows before (site reservations came with this version).
const char* const kV5 = R"sql(
ALTER TABLE row_state ADD COLUMN claim TEXT;
CREATE UNIQUE INDEX row_state_claim ON row_state(tbl, claim) WHERE claim IS NOT NULL;
)sql";

const Migrator& HqStore::schema()
{
    static const Migrator migrator({{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4, {}, {"account", "device"}}, {5, kV5}});
    return migrator;
}

Result<qint64> HqStore::lastSeq()
{
    return m_db.scalar("SELECT coalesce(max(seq), 0) FROM row_state");
}

Result<std::optional<QString>> HqStore::checkTransaction(const Principal& who, const ChangeSet& tx)
{
    const qint64 horizon = m_clock.wallMs() + kMaxClockAheadMs;
    // The policy depends on the table and the scope alone (for one principal): asked once per pair, not per row.
    QHash<QString, std::optional<QString>> refusals;
    for (const RowChange& row : tx.rows) {
        const QString pair = row.table + QLatin1Char('\n') + row.scope;
        auto known = refusals.constFind(pair);
        if (known == refusals.cend())
            known = refusals.insert(pair, refusal(who, row.table, row.scope));
        if (known.value())
            return std::optional<QString>(*known.value());
        bool ahead = row.lifeStamp.hlc.ms() > horizon;
        for (const Cell& c : row.cells)
            ahead = ahead || c.stamp.hlc.ms() > horizon;
        if (ahead)
            return std::optional<QString>(tr("设备时钟比总部快了五分钟以上，请校准电脑时间后重新同步"));
        // A row keeps the scope it was created in: moving it would leave stale copies on the old scope's devices.
        ZS_TRY_ASSIGN(auto stmt,
                      m_db.cached("SELECT scope, length(cells) FROM row_state WHERE tbl = ?1 AND row_id = ?2"));
        stmt->bind(1, row.table).bind(2, row.rowId);
        ZS_TRY_ASSIGN(auto found, stmt->step());
        const bool exists = found;
        const QString existing = exists ? stmt->text(0) : QString();
        const qsizetype storedBytes = exists ? stmt->int64(1) : 0;
        stmt->reset();
        if (exists && existing != row.scope) {
            if (auto reason = refusal(who, row.table, existing))
                return std::optional<QString>(*reason);
            return std::optional<QString>(tr("记录的数据范围不能更改（%1 → %2）").arg(existing, row.scope));
        }
        if (!exists) {
            ZS_TRY_ASSIGN(auto parent, parentRefusal(tx, row));
            if (parent)
                return parent;
        }
        ZS_TRY_ASSIGN(auto claimed, claimRefusal(tx, row));
        if (claimed)
            return claimed;
        ZS_TRY_ASSIGN(auto size, mergedSize(row, exists, storedBytes));
        if (size > sync::Limits::kMaxRowBytes)
            return std::optional<QString>(tooLarge(row, size));
    }
    return std::optional<QString>();
}

// A new detail row (stage history, attendees…) lives in its parent's scope: the parent must be known here, from
// this transaction or an earlier one, and in the same scope. A parent HQ refused refuses its details too.
Result<std::optional<QString>> HqStore::parentRefusal(const ChangeSet& tx, const RowChange& row)
{
    const sync::TableDef* table = m_schema.table(row.table);
    if (!table || !table->isDetail())
        return std::optional<QString>();
    for (const sync::TableDef::Link& link : table->parents) {
        QString parentId;
        for (const Cell& c : row.cells)
            if (c.column == link.column && c.value.isString())
                parentId = c.value.toString();
        if (parentId.isEmpty())
            continue;
        std::optional<QString> parentScope;
        for (const RowChange& earlier : tx.rows) {
            if (&earlier == &row)
                break;
            if (earlier.table == link.table && earlier.rowId == parentId)
                parentScope = earlier.scope;
        }
        if (!parentScope) {
            ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT scope FROM row_state WHERE tbl = ?1 AND row_id = ?2"));
            stmt->bind(1, link.table).bind(2, parentId);
            ZS_TRY_ASSIGN(auto found, stmt->step());
            if (found)
                parentScope = stmt->text(0);
            stmt->reset();
        }
        if (!parentScope)
            return std::optional<QString>(
                tr("所属记录（%1 %2）不在总部：它可能已被拒收，明细记录随之拒收").arg(link.table, parentId));
        if (*parentScope != row.scope)
            return std::optional<QString>(tr("明细记录必须与所属记录在同一数据范围（%1：%2，所属记录：%3）")
                                              .arg(row.table, row.scope, *parentScope));
        return std::optional<QString>();
    }
    return std::optional<QString>();
}

QString HqStore::tooLarge(const RowChange& row, qsizetype bytes)
{
    return tr("记录过大（%1 KB，同步上限 %2 KB），总部无法分发：请缩短其中的长文本后重新保存（%3 %4）")
        .arg((bytes + 1023) / 1024)
        .arg(sync::Limits::kMaxRowBytes / 1024)
        .arg(row.table, row.rowId);
}

// The size of a row's cells once merged with what HQ holds: a merge keeps, per column, one of the two values, so
// the two sizes added are a bound that spares the merge in all but rows near the limit.
Result<qsizetype> HqStore::mergedSize(const RowChange& row, bool exists, qsizetype storedBytes)
{
    const qsizetype incoming =
        row.encodedCells.isEmpty() ? WireCodec::encodeCells(row.cells).size() : row.encodedCells.size();
    if (!exists || incoming > sync::Limits::kMaxRowBytes || storedBytes + incoming <= sync::Limits::kMaxRowBytes)
        return exists ? qMax(incoming, storedBytes) : incoming;
    ZS_TRY_ASSIGN(auto current, m_db.cached("SELECT cells FROM row_state WHERE tbl = ?1 AND row_id = ?2"));
    current->bind(1, row.table).bind(2, row.rowId);
    ZS_TRY(current->step());
    auto cells = WireCodec::decodeCells(current->blob(0));
    current->reset();
    if (!cells.ok())
        return makeError(ErrorCode::Damaged, tr("总部数据已损坏：%1").arg(row.rowId), cells.error().message);
    RowChange merged;
    merged.cells = std::move(cells.value());
    merged.causalLength = 1;
    RowChange incomingCells;
    incomingCells.cells = row.cells;
    incomingCells.causalLength = 1;
    Merge::mergeRow(merged, incomingCells);
    return WireCodec::encodeCells(merged.cells).size();
}

Result<void> HqStore::mergeRow(const RowChange& row, qint64& seq)
{
    ZS_TRY_ASSIGN(auto current,
                  m_db.cached("SELECT cl, life_hlc, life_node, cells FROM row_state WHERE tbl = ?1 AND row_id = ?2"));
    current->bind(1, row.table).bind(2, row.rowId);
    ZS_TRY_ASSIGN(auto found, current->step());
    RowChange merged;
    if (found) {
        merged.table = row.table;
        merged.rowId = row.rowId;
        merged.scope = row.scope;
        merged.causalLength = current->int64(0);
        merged.lifeStamp = Stamp{Hlc::fromRaw(quint64(current->int64(1))), current->blob(2)};
        auto cells = WireCodec::decodeCells(current->blob(3));
        if (!cells.ok())
            return makeError(ErrorCode::Damaged, tr("总部数据已损坏：%1").arg(row.rowId), cells.error().message);
        merged.cells = std::move(cells.value());
        if (!Merge::mergeRow(merged, row).changed)
            return {};
    } else {
        merged = row;
    }
    current->reset();
    ZS_TRY_ASSIGN(const QString reader, readerOf(merged));
    ZS_TRY_ASSIGN(
        auto write,
        m_db.cached("INSERT INTO row_state (tbl, row_id, scope, cl, life_hlc, life_node, cells, seq, reader, claim) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (tbl, row_id) DO UPDATE SET cl = "
                    "excluded.cl, life_hlc = excluded.life_hlc, life_node = excluded.life_node, cells = "
                    "excluded.cells, seq = excluded.seq, reader = excluded.reader, claim = excluded.claim"));
    write->bind(1, merged.table).bind(2, merged.rowId).bind(3, merged.scope).bind(4, merged.causalLength);
    write->bind(5, qint64(merged.lifeStamp.hlc.raw())).bind(6, merged.lifeStamp.node);
    // A new row is stored as its cells came (validated by the decoder); a merged one is encoded anew.
    const bool asSent = !found && !row.encodedCells.isEmpty();
    write->bind(7, asSent ? row.encodedCells : WireCodec::encodeCells(merged.cells)).bind(8, ++seq);
    if (reader.isEmpty())
        write->bindNull(9);
    else
        write->bind(9, reader);
    const QString claim = claimOf(merged);
    if (claim.isEmpty())
        write->bindNull(10);
    else
        write->bind(10, claim);
    return write->run();
}

// What a live row of a claim table holds (SyncSchema's claim); nothing for other tables and dead rows.
QString HqStore::claimOf(const RowChange& row) const
{
    const sync::TableDef* t = m_schema.table(row.table);
    if (!t || !t->claim || !row.isAlive())
        return {};
    const Cell* c = row.cell(t->claim->column);
    return c && c->value.isString() ? c->value.toString() : QString();
}

// A row that would claim what another live row holds (a site already reserved): refused with who holds it and since
// when, read from the holder's cells. A claim earlier in the same transaction counts as held.
Result<std::optional<QString>> HqStore::claimRefusal(const ChangeSet& tx, const RowChange& row)
{
    const sync::TableDef* t = m_schema.table(row.table);
    if (!t || !t->claim)
        return std::optional<QString>();
    ZS_TRY_ASSIGN(auto current, m_db.cached("SELECT cl, claim FROM row_state WHERE tbl = ?1 AND row_id = ?2"));
    current->bind(1, row.table).bind(2, row.rowId);
    ZS_TRY_ASSIGN(const bool exists, current->step());
    const qint64 cl = std::max(exists ? current->int64(0) : 0, row.causalLength);
    const QString held = exists ? current->text(1) : QString();
    current->reset();
    const Cell* cell = row.cell(t->claim->column);
    const QString value = cell && cell->value.isString() ? cell->value.toString() : held;
    if (cl % 2 == 0 || value.isEmpty())
        return std::optional<QString>(); // a release, or nothing claimed
    const auto refused = [&](const QList<Cell>& cells) {
        QString who;
        QString since;
        for (const Cell& c : cells) {
            if (c.column == t->claim->who)
                who = c.value.toString();
            else if (c.column == t->claim->since)
                since = c.value.toString();
        }
        return std::optional<QString>(QCoreApplication::translate("zs::sync::SyncSchema", t->claim->refused)
                                          .arg(who.isEmpty() ? tr("其他组") : who, since));
    };
    for (const RowChange& earlier : tx.rows) {
        if (&earlier == &row)
            break;
        if (earlier.table == row.table && earlier.rowId != row.rowId && claimOf(earlier) == value)
            return refused(earlier.cells);
    }
    ZS_TRY_ASSIGN(auto holder,
                  m_db.cached("SELECT cells FROM row_state WHERE tbl = ?1 AND claim = ?2 AND row_id <> ?3"));
    holder->bind(1, row.table).bind(2, value).bind(3, row.rowId);
    ZS_TRY_ASSIGN(const bool taken, holder->step());
    if (!taken)
        return std::optional<QString>();
    auto cells = WireCodec::decodeCells(holder->blob(0));
    holder->reset();
    if (!cells.ok())
        return makeError(ErrorCode::Damaged, tr("总部数据已损坏：%1").arg(row.table), cells.error().message);
    return refused(cells.value());
}

// The extra scope that reads a row (SyncSchema::reader): its own column's value, or its parent's reader as HQ holds
// it. Only a valid scope other than the row's own counts: anything else reads nothing more.
Result<QString> HqStore::readerOf(const RowChange& row)
{
    const auto source = m_schema.reader(row.table);
    if (!source)
        return QString();
    QString reader;
    if (!source->link) {
        for (const Cell& c : row.cells)
            if (c.column == source->table->readerColumn && c.value.isString())
                reader = c.value.toString();
    } else {
        QString parentId;
        for (const Cell& c : row.cells)
            if (c.column == source->link->column && c.value.isString())
                parentId = c.value.toString();
        ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT reader FROM row_state WHERE tbl = ?1 AND row_id = ?2"));
        stmt->bind(1, source->table->name).bind(2, parentId);
        ZS_TRY_ASSIGN(auto found, stmt->step());
        if (found)
            reader = stmt->text(0);
        stmt->reset();
    }
    return reader != row.scope && m_schema.isValidScope(reader) ? reader : QString();
}

Result<PushResponse> HqStore::push(const Principal& who, const PushRequest& request)
{
    PushResponse response;
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    ZS_TRY_ASSIGN(auto last, lastSeq());
    qint64 seq = last;
    for (const ChangeSet& set : request.transactions) {
        ZS_TRY_ASSIGN(auto seen, m_db.cached("SELECT status, reason FROM applied_tx WHERE device = ?1 AND tx_id = ?2"));
        seen->bind(1, who.device).bind(2, set.txId);
        ZS_TRY_ASSIGN(auto found, seen->step());
        if (found) {
            const auto status = TxResult::Status(seen->int64(0));
            response.results << TxResult{set.txId, status == TxResult::Refused ? status : TxResult::Replayed,
                                         seen->text(1)};
            continue;
        }
        ZS_TRY_ASSIGN(auto refusal, checkTransaction(who, set));
        TxResult result{set.txId, TxResult::Applied, {}};
        if (refusal) {
            result.status = TxResult::Refused;
            result.reason = refusal.value();
        } else {
            // No savepoint of its own: a row that fails fails the whole request, whose transaction then undoes
            // everything (two statements less per transaction; a day's edits come as hundreds of one-row ones).
            for (const RowChange& row : set.rows)
                ZS_TRY(mergeRow(row, seq));
        }
        ZS_TRY_ASSIGN(auto record, m_db.cached("INSERT INTO applied_tx (device, tx_id, at, status, reason) VALUES (?1, "
                                               "?2, ?3, ?4, coalesce(?5, ''))"));
        record->bind(1, who.device).bind(2, set.txId).bind(3, m_clock.wallMs());
        record->bind(4, int(result.status)).bind(5, result.reason);
        ZS_TRY(record->run());
        response.results << result;
    }
    ZS_TRY(tx.commit());
    response.serverTimeMs = m_clock.wallMs();
    return response;
}

Result<QByteArray> HqStore::pull(const Principal& who, qint64 cursor, int limit, int* rowCount, qsizetype maxBytes)
{
    limit = qBound(1, limit, kMaxPullLimit);
    maxBytes = qBound(qsizetype(1), maxBytes, kMaxPullBytes);
    const QStringList scopes = m_schema.readScopes(who.actor());
    // HQ roles read everything; a team reads the city and its own team. Two scopes are two ranges of the (scope,
    // seq) index merged in seq order (a compound SELECT: SQLite merges the two ordered arms and stops at the limit).
    // `scope IN (a, b) ORDER BY seq` instead sorted every row after the cursor for every page: quadratic in a first
    // sync (a 116,000-record one spent 1.8 s here).
    // Any number of scopes (the schema's roles read one to a few): one arm per scope.
    QByteArray sql;
    const QByteArray arm = "SELECT tbl, row_id, scope, cl, life_hlc, life_node, cells, seq FROM row_state ";
    if (scopes.isEmpty())
        sql = arm + "WHERE seq > ?1";
    for (int i = 0; i < scopes.size(); ++i)
        sql += (i ? " UNION ALL " : "") + arm + "WHERE scope = ?" + QByteArray::number(i + 3) + " AND seq > ?1";
    // And the rows that name one of those scopes as their reader (an agreement of the county, read by the team that
    // signed it): one more arm each, over the reader index. A row's reader is never its own scope, so no row comes
    // twice.
    for (int i = 0; i < scopes.size(); ++i)
        sql += " UNION ALL " + arm + "WHERE reader = ?" + QByteArray::number(i + 3) + " AND seq > ?1";
    sql += " ORDER BY seq LIMIT ?2";
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql.constData()));
    stmt->bind(1, cursor).bind(2, limit);
    for (int i = 0; i < scopes.size(); ++i)
        stmt->bind(i + 3, scopes[i]);
    PullWriter writer;
    qint64 next = cursor;
    bool full = false;
    for (;;) {
        ZS_TRY_ASSIGN(auto row, stmt->step());
        if (!row)
            break;
        const Statement& s = *stmt;
        // A page ends before the row that would take it past its bound, whatever the rows: a page the client cannot
        // accept would stop every laptop of the scope for good, and each page waiting for a slow client stays in
        // HQ's memory until it is sent. A row larger than the bound goes alone (push refuses rows over
        // Limits::kMaxRowBytes, so that page is still one the client accepts).
        if (writer.rows() > 0 &&
            writer.size() + PullWriter::rowSize(s.textView(0), s.textView(1), s.textView(2), s.blobView(6)) >
                maxBytes) {
            full = true;
            break;
        }
        next = s.int64(7);
        writer.addRow(s.text(0), s.text(1), s.text(2), s.int64(3), Stamp{Hlc::fromRaw(quint64(s.int64(4))), s.blob(5)},
                      s.blob(6), next);
    }
    if (rowCount)
        *rowCount = writer.rows();
    const bool more = full || writer.rows() == limit;
    return writer.finish(next, more, m_clock.wallMs());
}

Result<HqStore::BlobState> HqStore::blobState(const QString& sha256)
{
    if (!isSha256(sha256))
        return invalid(tr("文件标识无效"));
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT total, received, complete FROM blob WHERE sha256 = ?1"));
    stmt->bind(1, sha256);
    ZS_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return BlobState{};
    return BlobState{stmt->int64(2) != 0, stmt->int64(0), stmt->int64(1)};
}

Result<HqStore::BlobState> HqStore::putBlobChunk(const QString& sha256, qint64 offset, qint64 total,
                                                 const QByteArray& chunk)
{
    ZS_TRY_ASSIGN(auto state, blobState(sha256));
    if (state.complete)
        return state; // stored once: a second upload is a no-op
    if (total <= 0 || total > 512LL * 1024 * 1024 || offset < 0 || offset + chunk.size() > total)
        return invalid(tr("文件分块的范围无效"));
    if (state.size != 0 && state.size != total)
        return invalid(tr("文件大小与之前的上传不一致"));
    if (offset != state.received)
        return makeError(ErrorCode::Busy, tr("文件分块不连续：应从第 %1 字节继续").arg(state.received));
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    ZS_TRY_ASSIGN(auto part,
                  m_db.cached("INSERT OR REPLACE INTO blob_part (sha256, offset, data) VALUES (?1, ?2, ?3)"));
    part->bind(1, sha256).bind(2, offset).bind(3, chunk);
    ZS_TRY(part->run());
    const qint64 received = offset + chunk.size();
    BlobState next{false, total, received};
    if (received == total) {
        // Verified piece by piece; the parts stay as they are (GET serves ranges from them, never the whole file).
        QCryptographicHash hash(QCryptographicHash::Sha256);
        ZS_TRY_ASSIGN(auto parts, m_db.cached("SELECT data FROM blob_part WHERE sha256 = ?1 ORDER BY offset"));
        parts->bind(1, sha256);
        ZS_TRY(parts->forEachRow([&](const Statement& piece) { hash.addData(piece.blob(0)); }));
        if (QString::fromLatin1(hash.result().toHex()) != sha256) {
            ZS_TRY_ASSIGN(auto reset, m_db.cached("DELETE FROM blob WHERE sha256 = ?1"));
            reset->bind(1, sha256);
            ZS_TRY(reset->run());
            ZS_TRY_ASSIGN(auto drop, m_db.cached("DELETE FROM blob_part WHERE sha256 = ?1"));
            drop->bind(1, sha256);
            ZS_TRY(drop->run());
            ZS_TRY(tx.commit());
            return invalid(tr("文件内容与其 SHA-256 不符，已丢弃，请重新上传"));
        }
        next.complete = true;
        ZS_TRY_ASSIGN(auto done, m_db.cached("INSERT OR REPLACE INTO blob (sha256, total, received, complete, data) "
                                             "VALUES (?1, ?2, ?2, 1, NULL)"));
        done->bind(1, sha256).bind(2, total);
        ZS_TRY(done->run());
    } else {
        ZS_TRY_ASSIGN(auto progress, m_db.cached("INSERT OR REPLACE INTO blob (sha256, total, received, complete) "
                                                 "VALUES (?1, ?2, ?3, 0)"));
        progress->bind(1, sha256).bind(2, total).bind(3, received);
        ZS_TRY(progress->run());
    }
    ZS_TRY(tx.commit());
    return next;
}

Result<QByteArray> HqStore::blob(const QString& sha256)
{
    ZS_TRY_ASSIGN(auto state, blobState(sha256));
    ZS_TRY_ASSIGN(auto whole, blobRange(sha256, 0, qMax<qint64>(state.size, 1)));
    return whole.bytes;
}

// Complete blobs keep their upload parts (a blob stored whole in `data` by an earlier version is cut with substr).
Result<HqStore::BlobRange> HqStore::blobRange(const QString& sha256, qint64 offset, qint64 maxBytes)
{
    ZS_TRY_ASSIGN(auto state, blobState(sha256));
    if (!state.complete)
        return makeError(ErrorCode::NotFound, tr("总部没有这个文件"));
    BlobRange range{state.size, offset, {}};
    if (offset < 0 || offset >= state.size || maxBytes <= 0)
        return range; // nothing there: the caller answers 416
    const qint64 end = qMin(state.size, offset + maxBytes);
    ZS_TRY_ASSIGN(auto legacy,
                  m_db.cached("SELECT substr(data, ?2 + 1, ?3) FROM blob WHERE sha256 = ?1 AND data IS NOT NULL"));
    legacy->bind(1, sha256).bind(2, offset).bind(3, end - offset);
    ZS_TRY_ASSIGN(auto old, legacy->step());
    if (old) {
        range.bytes = legacy->blob(0);
        legacy->reset();
        return range;
    }
    ZS_TRY_ASSIGN(auto parts, m_db.cached("SELECT offset, data FROM blob_part WHERE sha256 = ?1 AND offset < ?3 "
                                          "AND offset + length(data) > ?2 ORDER BY offset"));
    parts->bind(1, sha256).bind(2, offset).bind(3, end);
    range.bytes.reserve(end - offset);
    ZS_TRY(parts->forEachRow([&](const Statement& part) {
        const qint64 at = part.int64(0);
        const QByteArray data = part.blob(1);
        const qint64 from = qMax(offset, at) - at;
        const qint64 to = qMin(end, at + data.size()) - at;
        range.bytes.append(data.constData() + from, to - from);
    }));
    if (range.bytes.size() != end - offset)
        return makeError(ErrorCode::Internal, tr("总部存储的文件不完整"));
    return range;
}

} // namespace zs::hq
