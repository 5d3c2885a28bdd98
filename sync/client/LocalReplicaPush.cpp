// LocalReplica: preparing uploads from the outbox, the push bodies, HQ's answers and the quarantine.
#include "sync/client/ReplicaSupport.h"
#include "sync/protocol/Merge.h"
#include "sync/store/Transaction.h"

#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

namespace zs::sync {

using namespace replica;

Result<int> LocalReplica::preparePush(int maxRows)
{
    ZS_TRY_ASSIGN(auto me, node());
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    ZS_TRY_ASSIGN(auto lastState, state(QStringLiteral("hlc_last")));
    HlcClock clock(m_clock, Hlc::fromRaw(lastState.toULongLong()));
    // A laptop whose clock runs ahead would have its edits refused by HQ (stamps far in the future): edit times are
    // capped at HQ's time as last seen (offset learnt from every answer) plus a minute.
    ZS_TRY_ASSIGN(auto offset, state(QStringLiteral("server_offset")));
    const qint64 ceiling = clock.editCeiling(offset.toLongLong());

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
        ZS_TRY_ASSIGN(
            auto stmt,
            m_db.prepare("SELECT seq, tx, tbl, row_id, cols, life, at FROM sync_outbox ORDER BY seq LIMIT ?1"));
        stmt.bind(1, maxRows);
        QHash<qint64, int> groupIndex;
        QHash<QString, int> entryIndex; // tx|table|row -> position in its group
        for (;;) {
            ZS_TRY_ASSIGN(auto row, stmt.step());
            if (!row)
                break;
            maxSeq = stmt.int64(0);
            const qint64 txNo = stmt.int64(1);
            auto g = groupIndex.find(txNo);
            if (g == groupIndex.end()) {
                g = groupIndex.insert(txNo, int(groups.size()));
                groups.append(qMakePair(txNo, QList<Entry>()));
            }
            auto& entries = groups[*g].second;
            const QString key =
                QString::number(txNo) + QLatin1Char('|') + stmt.text(2) + QLatin1Char('|') + stmt.text(3);
            auto e = entryIndex.find(key);
            if (e == entryIndex.end()) {
                e = entryIndex.insert(key, int(entries.size()));
                entries.append(Entry{stmt.text(2), stmt.text(3), 0, false, 0});
            }
            Entry& entry = entries[*e];
            entry.cols |= stmt.int64(4);
            entry.life = entry.life || stmt.int64(5) != 0;
            entry.at = qMax(entry.at, stmt.int64(6));
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
            ZS_TRY_ASSIGN(auto current, m_db.cached(tableSql.select.constData()));
            Statement& row = *current;
            row.bind(1, e.row);
            ZS_TRY_ASSIGN(auto found, row.step());
            if (!found)
                continue; // removed locally since (a purge): nothing to send
            const QString scope = row.text(0);
            scopes.insert(scope);
            ZS_TRY_ASSIGN(auto loaded, loadLocal(e.table, e.row, t->columns.size()));
            Local local = std::move(loaded);
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
            const Stamp stamp{clock.edit(e.at, floor, ceiling), me};
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
            ZS_TRY_ASSIGN(auto save, m_db.cached(local.known ? kUpdateSyncRow : kInsertSyncRow));
            save->bind(1, e.table).bind(2, e.row).bind(3, local.cl).bind(4, qint64(local.lifeStamp.hlc.raw()));
            save->bind(5, local.lifeStamp.node).bind(6, encodeStamps(local.stamps));
            ZS_TRY(save->run());
        }
        if (writer.rows() == 0)
            continue;
        ZS_TRY_ASSIGN(auto keep, m_db.cached("INSERT INTO sync_pending (tx_id, rows, body) VALUES (?1, ?2, ?3)"));
        keep->bind(1, txId).bind(2, writer.rows());
        keep->bind(3, writer.finish());
        ZS_TRY(keep->run());
        // HQ would refuse the whole body this went out in (a cell or row over the shared limits): it never goes,
        // and waits in the quarantine with the reason instead of holding back everything after it.
        if (!writer.problem().isEmpty())
            ZS_TRY(quarantinePending(txId, writer.problem(), perTable));
        else
            prepared += writer.rows();
    }
    ZS_TRY_ASSIGN(auto drop, m_db.cached("DELETE FROM sync_outbox WHERE seq <= ?1"));
    drop->bind(1, maxSeq);
    ZS_TRY(drop->run());
    ZS_TRY(setState(QStringLiteral("hlc_last"), QString::number(clock.last().raw())));
    ZS_TRY(noteScopes(*this, scopes));
    ZS_TRY(tx.commit());
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
    ZS_TRY_ASSIGN(auto stmt,
                  m_db.prepare("SELECT rows, body, seq, tx_id FROM sync_pending WHERE seq > ?1 ORDER BY seq"));
    stmt.bind(1, afterSeq);
    QList<QByteArray> parts;
    PendingPush pending;
    for (;;) {
        ZS_TRY_ASSIGN(auto row, stmt.step());
        if (!row)
            break;
        if (!parts.isEmpty() && pending.rows + stmt.int64(0) > maxRows)
            break;
        QByteArray body = stmt.blob(1);
        if (body.isEmpty() || (quint8(body.at(0)) >> 5) != 4) { // not an array: the earlier form, re-encoded
            ZS_TRY_ASSIGN(auto old, storedTransaction(body));
            body = WireCodec::encodeTransaction(old);
        }
        if (parts.isEmpty())
            pending.firstTxId = stmt.blob(3);
        parts << body;
        pending.rows += int(stmt.int64(0));
        pending.lastSeq = stmt.int64(2);
    }
    pending.transactions = int(parts.size());
    if (!parts.isEmpty())
        pending.body = WireCodec::encodePush(device, schema, parts);
    return pending;
}

Result<PushRequest> LocalReplica::pendingPush(const QString& device, int schema, int maxRows) const
{
    ZS_TRY_ASSIGN(auto pending, pendingPushBody(device, schema, maxRows));
    if (pending.transactions == 0)
        return PushRequest{device, schema, {}};
    auto request = WireCodec::decodePush(pending.body);
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
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    ZS_TRY_ASSIGN(auto sent, m_db.cached("SELECT body FROM sync_pending WHERE tx_id = ?1"));
    sent->bind(1, txId);
    ZS_TRY_ASSIGN(auto found, sent->step());
    if (!found)
        return {};
    if (perTable.isEmpty()) {
        ZS_TRY_ASSIGN(auto set, storedTransaction(sent->blob(0)));
        for (const RowChange& r : set.rows)
            ++perTable[r.table];
    }
    sent->reset();
    ZS_TRY_ASSIGN(auto q, m_db.cached("INSERT INTO sync_quarantine (tx_id, at, reason, rows, summary, body) "
                                      "SELECT tx_id, ?2, ?3, rows, ?4, body FROM sync_pending WHERE tx_id = ?1"));
    q->bind(1, txId).bind(2, m_clock.wallMs()).bind(3, reason);
    q->bind(4, tableSummary(perTable));
    ZS_TRY(q->run());
    ZS_TRY(m_db.run("DELETE FROM sync_pending WHERE tx_id = ?1", txId));
    return tx.commit();
}

Result<LocalReplica::PushOutcome> LocalReplica::acknowledge(const PushResponse& response)
{
    PushOutcome outcome;
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    for (const TxResult& result : response.results) {
        // Answers for transactions no longer pending (a replay answered twice) change nothing.
        ZS_TRY_ASSIGN(auto sent, m_db.cached("SELECT rows FROM sync_pending WHERE tx_id = ?1"));
        sent->bind(1, result.txId);
        ZS_TRY_ASSIGN(auto found, sent->step());
        if (!found)
            continue;
        const int rows = int(sent->int64(0));
        sent->reset();
        if (result.status == TxResult::Refused) {
            ZS_TRY(quarantinePending(result.txId, result.reason));
            ++outcome.refused;
            continue;
        }
        ++outcome.applied;
        outcome.rows += rows;
        ZS_TRY_ASSIGN(auto done, m_db.cached("DELETE FROM sync_pending WHERE tx_id = ?1"));
        done->bind(1, result.txId);
        ZS_TRY(done->run());
    }
    ZS_TRY(observeServerTime(response.serverTimeMs));
    ZS_TRY(tx.commit());
    return outcome;
}

} // namespace zs::sync
