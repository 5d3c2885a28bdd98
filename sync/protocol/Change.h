#pragma once

#include "sync/protocol/Hlc.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

namespace zs::sync {

// One column of one row with the stamp of its last writer.
struct Cell
{
    QString column;
    QCborValue value; // null, integer, double, text or bytes
    Stamp stamp;
    friend bool operator==(const Cell& a, const Cell& b)
    {
        return a.column == b.column && a.value == b.value && a.stamp == b.stamp;
    }
};

// The unit that travels: one row's changed columns (a push) or its whole merged state (a pull), each column with
// its own stamp, plus the row's life as a causal length (odd alive, even deleted) with the stamp that set it.
// Rows rather than single columns travel because a visit has a dozen columns: one row header instead of twelve
// keeps pages small and lets HQ store and serve a row as one record (docs/DESIGN-NOTES.md, "Sync").
struct RowChange
{
    QString table;
    QString rowId;
    QString scope;
    qint64 causalLength = 1;
    Stamp lifeStamp;
    QList<Cell> cells;
    qint64 serverSeq = 0; // set by the server on pull
    // The cells exactly as they came over the wire (WireCodec keeps the bytes it decoded them from); empty for rows
    // built in memory. HQ stores a new row's cells as they came instead of encoding them again. A cache: not part of
    // equality, and meaningless once `cells` is changed.
    QByteArray encodedCells;

    bool isAlive() const { return causalLength % 2 == 1; }
    const Cell* cell(const QString& column) const
    {
        for (const Cell& c : cells)
            if (c.column == column)
                return &c;
        return nullptr;
    }
    friend bool operator==(const RowChange& a, const RowChange& b)
    {
        return a.table == b.table && a.rowId == b.rowId && a.scope == b.scope && a.causalLength == b.causalLength &&
               a.lifeStamp == b.lifeStamp && a.cells == b.cells && a.serverSeq == b.serverSeq;
    }
};

// A local transaction: the unit of upload, applied (or refused) all or nothing.
struct ChangeSet
{
    QByteArray txId; // 16 random bytes, makes a replayed upload a no-op
    QList<RowChange> rows;
    friend bool operator==(const ChangeSet& a, const ChangeSet& b) { return a.txId == b.txId && a.rows == b.rows; }
};

struct PushRequest
{
    QString device;
    int schema = 0;
    QList<ChangeSet> transactions;
    friend bool operator==(const PushRequest& a, const PushRequest& b)
    {
        return a.device == b.device && a.schema == b.schema && a.transactions == b.transactions;
    }
};

// HQ's answer for each pushed transaction, in order.
struct TxResult
{
    enum Status
    {
        Applied = 0,
        Replayed = 1, // seen before: nothing changed
        Refused = 2,  // scope, role or validation: the client quarantines it with the reason
    };
    QByteArray txId;
    Status status = Applied;
    QString reason;
    friend bool operator==(const TxResult& a, const TxResult& b)
    {
        return a.txId == b.txId && a.status == b.status && a.reason == b.reason;
    }
};

struct PushResponse
{
    QList<TxResult> results;
    qint64 serverTimeMs = 0;
    friend bool operator==(const PushResponse& a, const PushResponse& b)
    {
        return a.results == b.results && a.serverTimeMs == b.serverTimeMs;
    }
};

struct PullResponse
{
    QList<RowChange> rows;
    qint64 nextCursor = 0;
    bool hasMore = false;
    qint64 serverTimeMs = 0;
    friend bool operator==(const PullResponse& a, const PullResponse& b)
    {
        return a.rows == b.rows && a.nextCursor == b.nextCursor && a.hasMore == b.hasMore &&
               a.serverTimeMs == b.serverTimeMs;
    }
};

} // namespace zs::sync
