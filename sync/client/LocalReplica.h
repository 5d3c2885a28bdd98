#pragma once

#include "sync/protocol/Change.h"
#include "sync/protocol/SyncSchema.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>

namespace zs {
class Database;
class Statement;
} // namespace zs

namespace zs::sync {

// A synced table as the client sees it: rows keyed by `id`, a `scope`, a soft-delete flag `deleted` and the
// declared columns (at most 62), as the shared sync schema (sync/protocol/SyncSchema.h) describes them. The table
// itself belongs to the application (desktop/core creates it).
using SyncedTable = TableDef;

// The laptop's side of sync over the workspace database (SYNC.md "Identity and change capture"):
//
// - capture: triggers on each synced table append (local transaction, table, row, changed-column mask, time) to
//   sync_outbox — one small row per written record, so bulk inserts stay fast; applying remote rows is not
//   captured (the zs_capture() SQL function is false while applying);
// - preparePush(): turns the outbox into stamped row changes, one ChangeSet per local transaction, kept in
//   sync_pending until HQ answers (a crash in between resends them: HQ ignores replays);
// - applyPage(): merges a pull page into the tables under the per-column rule, records values that lost in
//   sync_conflict, and stores the cursor in the same transaction;
// - purge(): remote wipe and revoked scopes.
//
// Stamps: the columns of a row edited at wall time t (and its life, when that changed) share one stamp,
// max(t, the newest of their previous stamps + 1, this node's last stamp + 1), so the latest edit wins as users
// expect, and an edit made after seeing a value always beats that value.
class LocalReplica
{
    Q_DECLARE_TR_FUNCTIONS(LocalReplica)

public:
    // DDL for the sync bookkeeping tables and the capture triggers of `tables`; run by the app's migration.
    static QString installSql(const QList<SyncedTable>& tables);
    // The capture triggers of one table, and the statement queueing its existing rows once (a table that starts to
    // sync in a later migration).
    static QString captureSql(const SyncedTable& table);
    // Per connection, before use: zs_capture() and zs_tx() plus the commit hook that numbers local transactions.
    static Result<void> registerFunctions(Database& db);

    LocalReplica(Database& db, QList<SyncedTable> tables, const Clock& clock = Clock::system());
    // Run inside the purge/wipe transaction after rows are deleted (the app drops derived data: search index…).
    void setPurgeHook(std::function<Result<void>(Database&, bool wipe)> hook) { m_purgeHook = std::move(hook); }
    // Ratchets this node's clock to HQ's time (never backwards, never more than HlcClock::kMaxDriftMs ahead).
    Result<void> observeServerTime(qint64 serverMs);

    // Sync settings and identity (sync_state): device, tokens, server, CA… all inside the encrypted database.
    Result<QString> state(const QString& key) const;
    Result<void> setState(const QString& key, const QString& value);
    // Several at once, all or none (an enrolment: server, trust and tokens together).
    Result<void> setStates(const QList<QPair<QString, QString>>& values);
    Result<QByteArray> node() const;

    Result<qint64> pendingChanges() const; // outbox entries + rows in prepared transactions
    // Moves up to `maxRows` captured rows into prepared transactions. Returns how many rows were prepared.
    Result<int> preparePush(int maxRows = 5000);
    // Prepared transactions, oldest first, at most `maxRows` rows in all (at least one transaction): the push body,
    // spliced from the stored transactions without decoding them.
    struct PendingPush
    {
        QByteArray body; // empty when nothing is pending
        int transactions = 0;
        int rows = 0;
        qint64 lastSeq = 0; // of the last transaction in it: the next body starts after it (afterSeq)
        QByteArray firstTxId;
    };
    // `afterSeq`: only transactions after this one (those before are on their way).
    Result<PendingPush> pendingPushBody(const QString& device, int schema, int maxRows = 5000,
                                        qint64 afterSeq = 0) const;
    // The same, decoded (tests and tools).
    Result<PushRequest> pendingPush(const QString& device, int schema, int maxRows = 5000) const;
    struct PushOutcome
    {
        int applied = 0;
        int refused = 0;
        int rows = 0;
    };
    // HQ's answers: applied/replayed ones are done, refused ones go to the quarantine with the reason.
    Result<PushOutcome> acknowledge(const PushResponse& response);
    // A prepared transaction HQ will not take (refused, or refused as malformed when sent alone): moved to the
    // quarantine with the reason, so it never holds back the others.
    // `perTable`: its rows by table, when known (else read back from the stored transaction).
    Result<void> quarantinePending(const QByteArray& txId, const QString& reason, QMap<QString, int> perTable = {});

    struct ApplyOutcome
    {
        int rows = 0;
        int conflicts = 0;
        int skipped = 0; // rows a local rule refused (recorded in sync_conflict)
    };
    Result<ApplyOutcome> applyPage(const PullResponse& page);
    // A first sync builds the secondary indexes of the synced tables at its end (applyPage); after a crash in
    // between, this builds them now. The app calls it when it opens a replica.
    Result<void> restoreIndexesAfterCrash();
    Result<qint64> cursor() const;

    // Deletes every synced row outside `scopes` (revoked scopes); an empty list with `everything` = remote wipe:
    // all synced rows, the outbox, prepared and quarantined transactions, tokens.
    Result<int> purgeOutside(const QStringList& scopes);
    Result<int> wipe();

    // Lists for the UI (newest first).
    Result<QList<QJsonObject>> conflicts(int limit = 200) const;
    Result<QList<QJsonObject>> quarantine(int limit = 200) const;
    // Re-applies a losing value as a new local edit (it then wins by being newer). Returns the record's table.
    Result<QString> reapplyConflict(qint64 conflictId);

    const QList<SyncedTable>& tables() const { return m_tables; }
    Database& database() const { return m_db; }
    // A column of the current result row as the wire carries it (integer, double, text, bytes or null).
    static QCborValue columnValue(const Statement& statement, int column);

private:
    // SQL over the table naming a row's extra reader (SyncSchema::reader: its column, or its parent's), "" for none.
    QString readerSql(const SyncedTable& table) const;
    struct Local;
    Result<Local> loadLocal(const QString& table, const QString& rowId, qsizetype columns) const;
    const SyncedTable* table(const QString& name) const;
    Result<void> applyRow(const RowChange& row, ApplyOutcome& outcome, const QHash<QString, bool>& pending);
    // A first sync's fast path: stores the row as HQ has it when it is new here and a local rule takes it; false
    // (nothing written) otherwise, and applyRow decides as for any row.
    Result<bool> applyNewRow(const SyncedTable& t, const RowChange& row, ApplyOutcome& outcome);
    Result<void> recordConflict(const RowChange& row, const Cell& lost, const Cell& won, const QString& why);

    Result<int> purge(const QStringList& keepScopes, bool everything);
    Result<void> deferIndexes();
    Result<void> restoreDeferredIndexes();

    // Per synced table, in m_tables' order, the SQL applying and preparing rows use: built once, not for every row.
    struct TableSql
    {
        QList<QByteArray> columns; // the synced columns' names in UTF-8, as the wire writes them
        QByteArray select;         // scope, deleted, columns... of one row by id
        QByteArray insert;
        QByteArray update;
        QByteArray insertNew; // INSERT OR IGNORE: a first sync's rows, new here nearly always (applyNewRow)
    };
    const TableSql& sql(const SyncedTable* t) const { return m_sql[t - m_tables.constData()]; }

    Database& m_db;
    QList<SyncedTable> m_tables;
    QList<TableSql> m_sql;
    const Clock& m_clock;
    std::function<Result<void>(Database&, bool)> m_purgeHook;
    // This replica's store was empty when the running pull began (a new laptop's first sync): its rows are tried
    // as new first (applyNewRow). Only a faster order of the same work; cleared by the pull's last page.
    bool m_firstSync = false;
};

} // namespace zs::sync
