#include "sync/server/HqStore.h"

#include "sync/protocol/Merge.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

namespace zs::sync {

namespace {
const char* const kV1 = R"sql(
CREATE TABLE cell (
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col    TEXT NOT NULL,
    scope  TEXT NOT NULL,
    value  BLOB,
    hlc    INTEGER NOT NULL,
    node   BLOB NOT NULL,
    PRIMARY KEY (tbl, row_id, col)
) WITHOUT ROWID;
CREATE TABLE change_log (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    scope  TEXT NOT NULL,
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col    TEXT NOT NULL,
    value  BLOB,
    hlc    INTEGER NOT NULL,
    node   BLOB NOT NULL
);
CREATE INDEX change_log_scope ON change_log(scope, seq);
CREATE TABLE applied_tx (
    device TEXT NOT NULL,
    tx_id  BLOB NOT NULL,
    at_seq INTEGER NOT NULL,
    PRIMARY KEY (device, tx_id)
) WITHOUT ROWID;
)sql";
} // namespace

const Migrator& HqStore::schema()
{
    static const Migrator migrator({{1, kV1}});
    return migrator;
}

Result<bool> HqStore::mergeChange(const Change& c)
{
    auto current = m_db.cached("SELECT value, hlc, node FROM cell WHERE tbl = ?1 AND row_id = ?2 AND col = ?3");
    if (!current.ok())
        return current.error();
    (*current)->bind(1, c.table).bind(2, c.rowId).bind(3, c.column);
    auto row = (*current)->step();
    if (!row.ok())
        return row.error();
    if (row.value()) {
        const QCborValue value = QCborValue::fromCbor((*current)->blob(0));
        const Stamp stamp{Hlc::fromRaw(quint64((*current)->int64(1))), (*current)->blob(2)};
        const bool wins = c.isRowLife() ? Merge::rowLifeWins(value.toInteger(), stamp, c.value.toInteger(), c.stamp)
                                        : Merge::incomingWins(stamp, value, c.stamp, c.value);
        if (!wins)
            return false;
    }
    const QByteArray encoded = c.value.toCbor();
    auto upsert =
        m_db.cached("INSERT INTO cell (tbl, row_id, col, scope, value, hlc, node) VALUES (?1, ?2, ?3, ?4, ?5, "
                    "?6, ?7) ON CONFLICT (tbl, row_id, col) DO UPDATE SET scope = excluded.scope, "
                    "value = excluded.value, hlc = excluded.hlc, node = excluded.node");
    if (!upsert.ok())
        return upsert.error();
    (*upsert)->bind(1, c.table).bind(2, c.rowId).bind(3, c.column).bind(4, c.scope).bind(5, encoded);
    (*upsert)->bind(6, qint64(c.stamp.hlc.raw())).bind(7, c.stamp.node);
    ZS_TRY((*upsert)->run());
    auto log = m_db.cached("INSERT INTO change_log (scope, tbl, row_id, col, value, hlc, node) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!log.ok())
        return log.error();
    (*log)->bind(1, c.scope).bind(2, c.table).bind(3, c.rowId).bind(4, c.column).bind(5, encoded);
    (*log)->bind(6, qint64(c.stamp.hlc.raw())).bind(7, c.stamp.node);
    ZS_TRY((*log)->run());
    return true;
}

Result<HqStore::PushResult> HqStore::push(const PushRequest& request)
{
    PushResult result;
    for (const ChangeSet& tx : request.transactions) {
        auto t = Transaction::begin(m_db);
        if (!t.ok())
            return t.error();
        auto seen = m_db.cached("SELECT 1 FROM applied_tx WHERE device = ?1 AND tx_id = ?2");
        if (!seen.ok())
            return seen.error();
        (*seen)->bind(1, request.device).bind(2, tx.txId);
        auto row = (*seen)->step();
        if (!row.ok())
            return row.error();
        if (row.value()) {
            ++result.replayed;
            continue;
        }
        for (const Change& c : tx.changes) {
            auto won = mergeChange(c);
            if (!won.ok())
                return won.error();
            ++(won.value() ? result.accepted : result.superseded);
        }
        auto mark = m_db.cached("INSERT INTO applied_tx (device, tx_id, at_seq) VALUES (?1, ?2, "
                                "coalesce((SELECT max(seq) FROM change_log), 0))");
        if (!mark.ok())
            return mark.error();
        (*mark)->bind(1, request.device).bind(2, tx.txId);
        ZS_TRY((*mark)->run());
        ZS_TRY(t->commit());
        ++result.applied;
    }
    return result;
}

Result<PullResponse> HqStore::pull(const QStringList& scopes, qint64 cursor, int limit, const Clock& clock)
{
    PullResponse response;
    response.serverTimeMs = clock.wallMs();
    response.nextCursor = cursor;
    if (scopes.isEmpty() || limit <= 0)
        return response;
    // Scopes are few (city + a team, or all for HQ roles): one IN list of bound parameters.
    QStringList marks;
    for (int i = 0; i < scopes.size(); ++i)
        marks << QStringLiteral("?%1").arg(i + 3);
    const QByteArray sql = QStringLiteral("SELECT seq, scope, tbl, row_id, col, value, hlc, node FROM change_log "
                                          "WHERE seq > ?1 AND scope IN (%1) ORDER BY seq LIMIT ?2")
                               .arg(marks.join(QLatin1Char(',')))
                               .toUtf8();
    auto stmt = m_db.cached(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, cursor).bind(2, limit + 1);
    for (int i = 0; i < scopes.size(); ++i)
        (*stmt)->bind(i + 3, scopes.at(i));
    for (;;) {
        auto row = (*stmt)->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        if (response.changes.size() == limit) {
            response.hasMore = true;
            break;
        }
        const Statement& s = **stmt;
        Change c;
        c.serverSeq = s.int64(0);
        c.scope = s.text(1);
        c.table = s.text(2);
        c.rowId = s.text(3);
        c.column = s.text(4);
        c.value = QCborValue::fromCbor(s.blob(5));
        c.stamp = Stamp{Hlc::fromRaw(quint64(s.int64(6))), s.blob(7)};
        response.changes << c;
        response.nextCursor = c.serverSeq;
    }
    return response;
}

} // namespace zs::sync
