#include "sync/client/LocalReplica.h"

#include "sync/client/ReplicaSupport.h"
#include "sync/protocol/Merge.h"
#include "sync/store/Transaction.h"

#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

namespace zs::sync {

using namespace replica;

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
            QStringLiteral("INSERT OR IGNORE INTO %1 (id, scope, deleted, %2) VALUES (?1, ?2, ?3, %3)")
                .arg(t.name, columns, placeholders.join(QStringLiteral(", ")))
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

// A row's stamps here (sync_row), or none yet: what preparing an upload and applying a page both start from.
Result<LocalReplica::Local> LocalReplica::loadLocal(const QString& table, const QString& rowId, qsizetype columns) const
{
    Local local;
    ZS_TRY_ASSIGN(auto loaded,
                  m_db.cached("SELECT cl, life_hlc, life_node, stamps FROM sync_row WHERE tbl = ?1 AND row_id = ?2"));
    loaded->bind(1, table).bind(2, rowId);
    ZS_TRY_ASSIGN(auto have, loaded->step());
    if (have) {
        local.known = true;
        local.cl = loaded->int64(0);
        local.lifeStamp = Stamp{Hlc::fromRaw(quint64(loaded->int64(1))), loaded->blob(2)};
        local.stamps = decodeStamps(loaded->blob(3), columns);
    } else {
        local.stamps = QList<Stamp>(columns);
    }
    loaded->reset();
    return local;
}

Result<QString> LocalReplica::state(const QString& key) const
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT value FROM sync_state WHERE key = ?1"));
    stmt->bind(1, key);
    ZS_TRY_ASSIGN(auto row, stmt->step());
    return row ? stmt->text(0) : QString();
}

Result<void> LocalReplica::setState(const QString& key, const QString& value)
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)"));
    // A null QString binds NULL, which the NOT NULL column refuses: clearing a value (last_error after a success,
    // the access token of a revoked device) must store ''.
    stmt->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
    return stmt->run();
}

Result<void> LocalReplica::setStates(const QList<QPair<QString, QString>>& values)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    for (const auto& [key, value] : values)
        ZS_TRY(setState(key, value));
    return tx.commit();
}

Result<QByteArray> LocalReplica::node() const
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT node_id FROM device WHERE singleton = 1"));
    ZS_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return makeError(ErrorCode::Damaged, tr("工作区缺少设备标识"));
    const QByteArray node = QByteArray::fromHex(stmt->text(0).toLatin1());
    if (node.size() != 8)
        return makeError(ErrorCode::Damaged, tr("工作区的设备标识无效"));
    return node;
}

Result<qint64> LocalReplica::pendingChanges() const
{
    ZS_TRY_ASSIGN(auto outbox, m_db.scalar("SELECT count(DISTINCT tbl || row_id) FROM sync_outbox"));
    ZS_TRY_ASSIGN(auto prepared, m_db.scalar("SELECT coalesce(sum(rows), 0) FROM sync_pending"));
    return outbox + prepared;
}

Result<qint64> LocalReplica::cursor() const
{
    ZS_TRY_ASSIGN(auto value, state(QStringLiteral("cursor")));
    return value.toLongLong();
}

Result<void> LocalReplica::observeServerTime(qint64 serverMs)
{
    ZS_TRY_ASSIGN(auto last, state(QStringLiteral("hlc_last")));
    ZS_TRY(setState(QStringLiteral("server_offset"), QString::number(serverMs - m_clock.wallMs())));
    const Hlc current = Hlc::fromRaw(last.toULongLong());
    HlcClock clock(m_clock, current);
    if (clock.observe(Hlc::fromParts(serverMs, 0)) && clock.last() != current)
        return setState(QStringLiteral("hlc_last"), QString::number(clock.last().raw()));
    return {};
}

Result<int> LocalReplica::purge(const QStringList& keepScopes, bool everything)
{
    // The kept scopes travel as one '|'-joined string: one statement shape per table.
    const QString keep = QLatin1Char('|') + keepScopes.join(QLatin1Char('|')) + QLatin1Char('|');
    if (!everything) {
        // Nothing can be outside `keep` when the last purge kept exactly these scopes, every row written here since
        // carries one of them and nothing captured waits unprepared (its scope is not noted yet): the deletes below
        // would remove nothing, so they are skipped.
        ZS_TRY_ASSIGN(auto purgedFor, state(kPurgedFor));
        ZS_TRY_ASSIGN(auto seen, state(kScopesSeen));
        ZS_TRY_ASSIGN(auto waiting, m_db.scalar("SELECT EXISTS (SELECT 1 FROM sync_outbox)"));
        bool clean = (purgedFor == keep || purgedFor == QLatin1String("*")) && waiting == 0;
        for (const QString& scope : seen.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            clean = clean && keep.contains(QLatin1Char('|') + scope + QLatin1Char('|'));
        if (clean)
            return 0;
    }
    ForeignKeysOff fk(m_db);
    CaptureOff quiet(m_db);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    int removed = 0;
    for (const SyncedTable& t : m_tables) {
        // Outside the kept scopes, unless it names one of them as its reader (an agreement the team signed).
        QString outside = QStringLiteral("instr(?1, '|' || scope || '|') = 0");
        if (const QString reader = readerSql(t); !reader.isEmpty())
            outside += QStringLiteral(" AND NOT (%1 IS NOT NULL AND instr(?1, '|' || %1 || '|') > 0)").arg(reader);
        const QString doomed = everything ? QStringLiteral("SELECT id FROM %1").arg(t.name)
                                          : QStringLiteral("SELECT id FROM %1 WHERE %2").arg(t.name, outside);
        for (const QString& child : t.dependents) {
            const QStringList parts = child.split(QLatin1Char('.'));
            const QByteArray sql =
                QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)").arg(parts[0], parts[1], doomed).toUtf8();
            ZS_TRY_ASSIGN(auto stmt, m_db.prepare(sql.constData()));
            if (!everything)
                stmt.bind(1, keep);
            ZS_TRY(stmt.run());
        }
        const QByteArray rowsSql =
            QStringLiteral("DELETE FROM sync_row WHERE tbl = '%1' AND row_id IN (%2)").arg(t.name, doomed).toUtf8();
        ZS_TRY_ASSIGN(auto rows, m_db.prepare(rowsSql.constData()));
        if (!everything)
            rows.bind(1, keep);
        ZS_TRY(rows.run());
        const QByteArray sql = (everything ? QStringLiteral("DELETE FROM %1").arg(t.name)
                                           : QStringLiteral("DELETE FROM %1 WHERE %2").arg(t.name, outside))
                                   .toUtf8();
        ZS_TRY_ASSIGN(auto stmt, m_db.prepare(sql.constData()));
        if (!everything)
            stmt.bind(1, keep);
        ZS_TRY(stmt.run());
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
    ZS_TRY(tx.commit());
    return removed;
}

QString LocalReplica::readerSql(const SyncedTable& table) const
{
    if (!table.readerColumn.isEmpty())
        return QStringLiteral("%1.%2").arg(table.name, table.readerColumn);
    for (const SyncedTable::Link& link : table.parents)
        for (const SyncedTable& parent : m_tables)
            if (parent.name == link.table && !parent.readerColumn.isEmpty())
                return QStringLiteral("(SELECT p.%1 FROM %2 p WHERE p.id = %3.%4)")
                    .arg(parent.readerColumn, parent.name, table.name, link.column);
    return {};
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
    ZS_TRY_ASSIGN(auto stmt,
                  m_db.prepare("SELECT id, at, tbl, row_id, col, lost_value, lost_hlc, hex(won_node), won_value, "
                               "won_hlc, why, reapplied FROM sync_conflict ORDER BY id DESC LIMIT ?1"));
    QList<QJsonObject> out;
    ZS_TRY(stmt.bind(1, limit).forEachRow([&out](const Statement& s) {
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
    ZS_TRY_ASSIGN(auto stmt, m_db.prepare("SELECT seq, at, reason, rows, summary, hex(tx_id) FROM sync_quarantine "
                                          "ORDER BY seq DESC LIMIT ?1"));
    QList<QJsonObject> out;
    ZS_TRY(stmt.bind(1, limit).forEachRow([&out](const Statement& s) {
        out << QJsonObject{{QStringLiteral("id"), s.int64(0)},     {QStringLiteral("at"), s.int64(1)},
                           {QStringLiteral("reason"), s.text(2)},  {QStringLiteral("rows"), s.int64(3)},
                           {QStringLiteral("summary"), s.text(4)}, {QStringLiteral("tx"), s.text(5)}};
    }));
    return out;
}

Result<QString> LocalReplica::reapplyConflict(qint64 conflictId)
{
    ZS_TRY_ASSIGN(auto stmt,
                  m_db.prepare("SELECT tbl, row_id, col, lost_value FROM sync_conflict WHERE id = ?1 AND col <> '*'"));
    stmt.bind(1, conflictId);
    ZS_TRY_ASSIGN(auto row, stmt.step());
    if (!row)
        return makeError(ErrorCode::NotFound, tr("找不到这条冲突记录"));
    const SyncedTable* t = table(stmt.text(0));
    const QString column = stmt.text(2);
    if (!t || !t->columns.contains(column))
        return makeError(ErrorCode::Invalid, tr("这个字段不能恢复"));
    const QCborValue value = QCborValue::fromCbor(stmt.blob(3));
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    // An ordinary local edit: captured by the trigger, stamped newer than what won, so it wins at the next sync.
    const QByteArray sql =
        QStringLiteral("UPDATE %1 SET %2 = ?2, updated_at = ?3 WHERE id = ?1").arg(t->name, column).toUtf8();
    ZS_TRY_ASSIGN(auto update, m_db.prepare(sql.constData()));
    update.bind(1, stmt.text(1));
    bindValue(update, 2, value);
    update.bind(3, m_clock.wallMs());
    ZS_TRY(update.run());
    ZS_TRY_ASSIGN(auto mark, m_db.prepare("UPDATE sync_conflict SET reapplied = 1 WHERE id = ?1"));
    mark.bind(1, conflictId);
    ZS_TRY(mark.run());
    ZS_TRY(tx.commit());
    return t->name;
}

} // namespace zs::sync
