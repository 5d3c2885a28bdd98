// LocalReplica: applying pulled pages under the merge rule, conflicts, a first sync's deferred indexes.
#include "sync/client/ReplicaSupport.h"
#include "sync/protocol/Merge.h"
#include "sync/store/Transaction.h"

#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

namespace zs::sync {

using namespace replica;

Result<void> LocalReplica::recordConflict(const RowChange& row, const Cell& lost, const Cell& won, const QString& why)
{
    ZS_TRY_ASSIGN(
        auto stmt,
        m_db.cached("INSERT INTO sync_conflict (at, tbl, row_id, col, lost_value, lost_hlc, lost_node, "
                    "won_value, won_hlc, won_node, why) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    stmt->bind(1, m_clock.wallMs()).bind(2, row.table).bind(3, row.rowId).bind(4, lost.column);
    stmt->bind(5, lost.value.toCbor()).bind(6, qint64(lost.stamp.hlc.raw())).bind(7, lost.stamp.node);
    stmt->bind(8, won.value.toCbor()).bind(9, qint64(won.stamp.hlc.raw())).bind(10, won.stamp.node);
    stmt->bind(11, why);
    return stmt->run();
}

Result<void> LocalReplica::applyRow(const RowChange& row, ApplyOutcome& outcome, const QHash<QString, bool>& pending)
{
    const SyncedTable* t = table(row.table);
    if (!t) {
        ++outcome.skipped; // a table this version does not know: a newer HQ
        return {};
    }
    if (m_firstSync) {
        ZS_TRY_ASSIGN(auto stored, applyNewRow(*t, row, outcome));
        if (stored)
            return {};
    }
    const int n = int(t->columns.size());
    ZS_TRY_ASSIGN(auto loaded, loadLocal(row.table, row.rowId, n));
    Local local = std::move(loaded);

    // Current values, when the row exists here.
    ZS_TRY_ASSIGN(auto current, m_db.cached(sql(t).select.constData()));
    current->bind(1, row.rowId);
    ZS_TRY_ASSIGN(auto exists, current->step());
    QList<QCborValue> values(n);
    bool deleted = !row.isAlive();
    if (exists) {
        for (int i = 0; i < n; ++i)
            values[i] = columnValue(*current, i + 2);
        deleted = current->int64(1) != 0;
    }
    current->reset();

    QList<Stamp> stamps = local.stamps;
    qint64 cl = local.cl;
    Stamp lifeStamp = local.lifeStamp;
    if (!exists) {
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
        ZS_TRY_ASSIGN(auto insert, m_db.cached(sql(t).insert.constData()));
        insert->bind(1, row.rowId).bind(2, row.scope).bind(3, deleted ? 1 : 0);
        for (int i = 0; i < n; ++i)
            bindValue(*insert, i + 4, values[i]);
        auto ran = insert->run();
        if (!ran.ok()) {
            insert->reset();
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
            ZS_TRY_ASSIGN(auto edited, m_db.cached("SELECT cols FROM sync_outbox WHERE tbl = ?1 AND row_id = ?2"));
            edited->bind(1, row.table).bind(2, row.rowId);
            for (;;) {
                ZS_TRY_ASSIGN(auto more, edited->step());
                if (!more)
                    break;
                pendingMask |= edited->int64(0); // -1 (a new row): every column
            }
        }
        ZS_TRY_ASSIGN(auto me, node());
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
            if (!unstamped && values[i] != c.value && stamps[i].node == me) {
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
            ZS_TRY_ASSIGN(auto update, m_db.cached(sql(t).update.constData()));
            update->bind(1, row.rowId).bind(2, deleted ? 1 : 0);
            for (int i = 0; i < n; ++i)
                bindValue(*update, i + 3, values[i]);
            auto ran = update->run();
            if (!ran.ok()) {
                update->reset();
                ++outcome.skipped;
                Cell lost{QStringLiteral("*"), QCborValue(ran.error().message + QLatin1Char(' ') + ran.error().detail),
                          row.lifeStamp};
                ZS_TRY(recordConflict(row, lost, lost, tr("总部的修改无法保存在本机：%1").arg(ran.error().message)));
                return {};
            }
        }
    }
    ZS_TRY_ASSIGN(auto save, m_db.cached(local.known ? kUpdateSyncRow : kInsertSyncRow));
    save->bind(1, row.table).bind(2, row.rowId).bind(3, cl).bind(4, qint64(lifeStamp.hlc.raw()));
    save->bind(5, lifeStamp.node.isEmpty() ? QByteArray(8, '\0') : lifeStamp.node).bind(6, encodeStamps(stamps));
    ZS_TRY(save->run());
    ++outcome.rows;
    return {};
}

// What applyRow does for a row new here, without first looking for it and its stamps: during a first sync into an
// empty store nearly every row is new, and those two look-ups were a sixth of applying one. INSERT OR IGNORE writes
// nothing when the id is here already (an earlier page of this sync, a record made meanwhile) or a local rule refuses
// the row (a duplicate credit code): applyRow then goes its usual way, which merges it or records the refusal.
Result<bool> LocalReplica::applyNewRow(const SyncedTable& t, const RowChange& row, ApplyOutcome& outcome)
{
    const int n = int(t.columns.size());
    QList<QCborValue> values(n);
    QList<Stamp> stamps(n);
    for (const Cell& c : row.cells) {
        const int i = int(t.columns.indexOf(c.column));
        if (i >= 0) {
            values[i] = c.value;
            stamps[i] = c.stamp;
        }
    }
    ZS_TRY_ASSIGN(auto insert, m_db.cached(sql(&t).insertNew.constData()));
    insert->bind(1, row.rowId).bind(2, row.scope).bind(3, row.isAlive() ? 0 : 1);
    for (int i = 0; i < n; ++i)
        bindValue(*insert, i + 4, values[i]);
    if (auto ran = insert->run(); !ran.ok() || m_db.changes() != 1) {
        insert->reset();
        return false;
    }
    // Its stamps: HQ's. A row of sync_row without its record (none in a store that started empty) would be
    // overwritten by applyRow with HQ's stamps, its own kept only for columns HQ did not send: the same here.
    ZS_TRY_ASSIGN(auto save,
                  m_db.cached("INSERT OR IGNORE INTO sync_row (tbl, row_id, cl, life_hlc, life_node, stamps) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    const QByteArray lifeNode = row.lifeStamp.node.isEmpty() ? QByteArray(8, '\0') : row.lifeStamp.node;
    save->bind(1, row.table).bind(2, row.rowId).bind(3, row.causalLength);
    save->bind(4, qint64(row.lifeStamp.hlc.raw())).bind(5, lifeNode).bind(6, encodeStamps(stamps));
    ZS_TRY(save->run());
    if (m_db.changes() != 1) {
        ZS_TRY_ASSIGN(auto loaded, loadLocal(row.table, row.rowId, n));
        QList<Stamp> kept = loaded.stamps;
        for (const Cell& c : row.cells)
            if (const int i = int(t.columns.indexOf(c.column)); i >= 0)
                kept[i] = c.stamp;
        ZS_TRY_ASSIGN(auto update, m_db.cached(kUpdateSyncRow));
        update->bind(1, row.table).bind(2, row.rowId).bind(3, row.causalLength);
        update->bind(4, qint64(row.lifeStamp.hlc.raw())).bind(5, lifeNode).bind(6, encodeStamps(kept));
        ZS_TRY(update->run());
    }
    ++outcome.rows;
    return true;
}

Result<LocalReplica::ApplyOutcome> LocalReplica::applyPage(const PullResponse& page)
{
    ApplyOutcome outcome;
    ForeignKeysOff fk(m_db);
    CaptureOff quiet(m_db);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    // Rows with unpushed local edits (usually none: a round pushes before it pulls). Read once per page rather than
    // indexed per row: an index on the outbox would tax every local write.
    QHash<QString, bool> pending;
    {
        ZS_TRY_ASSIGN(auto stmt, m_db.prepare("SELECT tbl, row_id, max(life) FROM sync_outbox GROUP BY tbl, row_id"));
        for (;;) {
            ZS_TRY_ASSIGN(auto row, stmt.step());
            if (!row)
                break;
            pending.insert(stmt.text(0) + QLatin1Char('|') + stmt.text(1), stmt.int64(2) != 0);
        }
    }
    // A store without a single synced row has nothing outside any scope. Noting that ("*") spares the purge that
    // closes this sync from reading back everything it pulled (a new laptop's first sync).
    ZS_TRY_ASSIGN(auto purgedFor, state(kPurgedFor));
    if (purgedFor.isEmpty() && pending.isEmpty()) {
        bool empty = true;
        for (const SyncedTable& t : m_tables) {
            const QByteArray sql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(t.name).toUtf8();
            ZS_TRY_ASSIGN(auto any, m_db.scalar(sql.constData()));
            empty = empty && any == 0;
        }
        if (empty) {
            ZS_TRY(setState(kPurgedFor, QStringLiteral("*")));
            ZS_TRY(setState(kScopesSeen, QStringLiteral("")));
            ZS_TRY(deferIndexes());
            m_firstSync = true;
        }
    }
    QSet<QString> scopes;
    for (const RowChange& row : page.rows) {
        ZS_TRY(applyRow(row, outcome, pending));
        scopes.insert(row.scope);
    }
    ZS_TRY(noteScopes(*this, scopes));
    if (!page.hasMore) {
        ZS_TRY(restoreDeferredIndexes());
        m_firstSync = false;
    }
    ZS_TRY(setState(QStringLiteral("cursor"), QString::number(page.nextCursor)));
    ZS_TRY(observeServerTime(page.serverTimeMs));
    ZS_TRY(tx.commit());
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
    ZS_TRY_ASSIGN(auto stmt, m_db.prepare(list.constData()));
    QStringList dropped;
    QStringList create;
    ZS_TRY(stmt.forEachRow([&](const Statement& index) {
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
    ZS_TRY_ASSIGN(auto deferred, state(kDeferredIndexes));
    if (deferred.isEmpty())
        return {};
    ZS_TRY(m_db.exec(deferred.toUtf8().constData()));
    return setState(kDeferredIndexes, QString());
}

Result<void> LocalReplica::restoreIndexesAfterCrash()
{
    ZS_TRY_ASSIGN(auto deferred, state(kDeferredIndexes));
    if (deferred.isEmpty())
        return {};
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    ZS_TRY(restoreDeferredIndexes());
    return tx.commit();
}

} // namespace zs::sync
