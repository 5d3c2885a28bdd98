#pragma once

#include "sync/protocol/Hlc.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

namespace zs::sync {

// One changed column of one row. The row's life is the column "_cl" (causal length: odd alive, even deleted).
struct Change
{
    static inline const QString kCausalLength = QStringLiteral("_cl");

    QString table;
    QString rowId;
    QString scope;
    QString column;
    QCborValue value; // null, integer, double, text or bytes
    Stamp stamp;
    qint64 serverSeq = 0; // set by the server on pull

    bool isRowLife() const { return column == kCausalLength; }
    friend bool operator==(const Change& a, const Change& b)
    {
        return a.table == b.table && a.rowId == b.rowId && a.scope == b.scope && a.column == b.column &&
               a.value == b.value && a.stamp == b.stamp && a.serverSeq == b.serverSeq;
    }
};

// A local transaction: the unit of upload, applied all or nothing.
struct ChangeSet
{
    QByteArray txId; // 16 random bytes, makes a replayed upload a no-op
    QList<Change> changes;
    friend bool operator==(const ChangeSet& a, const ChangeSet& b)
    {
        return a.txId == b.txId && a.changes == b.changes;
    }
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

struct PullResponse
{
    QList<Change> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;
    qint64 serverTimeMs = 0;
    friend bool operator==(const PullResponse& a, const PullResponse& b)
    {
        return a.changes == b.changes && a.nextCursor == b.nextCursor && a.hasMore == b.hasMore &&
               a.serverTimeMs == b.serverTimeMs;
    }
};

} // namespace zs::sync
