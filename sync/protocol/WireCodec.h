#pragma once

#include "sync/protocol/Change.h"
#include "sync/protocol/Limits.h"
#include "sync/store/Error.h"

#include <QBuffer>
#include <QByteArray>
#include <QCborStreamWriter>

namespace zs::sync {

// The wire format: CBOR (Qt Core), versioned, decoded strictly — an unknown version, a wrong type, an oversize field
// or batch, a truncated body or trailing bytes is a clean error, never a crash or a partial result.
//
// A row travels as [table, id, scope, causal length, life hlc, life node, cells, server seq] where `cells` is a byte
// string HQ stores as it is and serves again without decoding (see encodeCells / PullWriter). Its form since
// version 2 is one CBOR array
//     [2, [hlc0, node0, hlc1, node1, ...], column, value, stamp index, column, value, stamp index, ...]
// with each distinct stamp written once: the columns a laptop edits together share one stamp, so a visit's 15
// cells no longer carry 15 stamps of 18 bytes (a push body of 5,000 new visits: 3.97 MB in version 1). Version 1's
// form [[column, value, hlc, node], ...] is still read: HQ stores and laptops' prepared uploads hold it.
class WireCodec
{
    Q_DECLARE_TR_FUNCTIONS(WireCodec)

public:
    static constexpr int kVersion = 2;
    static constexpr int kOldestVersion = 1; // still accepted from laptops not yet updated
    // The shared limits (Limits.h) as the decoders apply them.
    static constexpr qsizetype kMaxBody = Limits::kMaxBody;
    static constexpr qsizetype kMaxRows = Limits::kMaxBodyRows;
    static constexpr qsizetype kMaxCells = Limits::kMaxCells;
    static constexpr qsizetype kMaxText = Limits::kMaxCellText;

    static QByteArray encode(const PushRequest& request);
    static QByteArray encode(const PushResponse& response);
    static QByteArray encode(const PullResponse& response);
    static Result<PushRequest> decodePush(const QByteArray& body);
    static Result<PushResponse> decodePushResponse(const QByteArray& body);
    static Result<PullResponse> decodePull(const QByteArray& body);

    // One transaction as it sits inside a push body. A client stores it when the transaction is prepared and later
    // splices stored ones into push bodies (encodePush) without decoding them again.
    static QByteArray encodeTransaction(const ChangeSet& tx);
    static Result<ChangeSet> decodeTransaction(const QByteArray& encoded);
    // A push body made of encodeTransaction() outputs: it decodes to the PushRequest that encode() would have sent.
    static QByteArray encodePush(const QString& device, int schema, const QList<QByteArray>& encodedTransactions);

    static QByteArray encodeCells(const QList<Cell>& cells);
    static Result<QList<Cell>> decodeCells(const QByteArray& encoded);
};

// Writes one transaction exactly as encodeTransaction() would, a row at a time from plain values: a laptop preparing
// an upload writes what it reads from its database straight into the bytes it stores and later sends, with no
// RowChange or QCborValue per cell (for 5,000 new visits, making, encoding and freeing those was 39 % of preparing
// them). Every cell of a row carries the same stamp, as the columns one edit changed do.
class TransactionWriter
{
public:
    explicit TransactionWriter(const QByteArray& txId);
    // A row's header; then exactly `cells` cell calls (columns as UTF-8, each once), then endRow().
    void startRow(const QString& table, const QString& rowId, const QString& scope, qint64 causalLength,
                  const Stamp& lifeStamp, const Stamp& cellStamp, int cells);
    void nullCell(QByteArrayView column);
    void integerCell(QByteArrayView column, qint64 value);
    void doubleCell(QByteArrayView column, double value);
    void textCell(QByteArrayView column, QByteArrayView utf8); // invalid UTF-8 is written as QString::fromUtf8 reads it
    void bytesCell(QByteArrayView column, QByteArrayView bytes);
    void endRow();
    int rows() const { return m_rows; }
    // Why HQ would refuse what was written (a cell or a row over the shared Limits), in plain Chinese; empty when
    // it fits. Such a transaction must never be sent: HQ refuses the whole body it is in.
    const QString& problem() const { return m_problem; }
    QByteArray finish();

private:
    void column(QByteArrayView name);
    void overLimit(QByteArrayView column, qsizetype size);

    QByteArray m_txId;
    QByteArray m_body; // the rows written so far
    QCborStreamWriter m_writer;
    QBuffer m_cells; // the current row's cells, reused row after row
    QCborStreamWriter m_cellWriter;
    int m_rows = 0;
    // The current row's header.
    QString m_table;
    QString m_rowId;
    QString m_scope;
    qint64 m_causalLength = 0;
    Stamp m_lifeStamp;
    QString m_problem;
};

// Streams a pull page row by row, cells already encoded (HQ's stored form).
class PullWriter
{
public:
    PullWriter();
    void addRow(const QString& table, const QString& rowId, const QString& scope, qint64 causalLength,
                const Stamp& lifeStamp, const QByteArray& encodedCells, qint64 serverSeq);
    int rows() const { return m_rows; }
    qsizetype size() const { return m_body.size(); }
    // At least the bytes addRow() adds for a row with these texts (UTF-8) and cells: what a page must have room for.
    static qsizetype rowSize(QByteArrayView table, QByteArrayView rowId, QByteArrayView scope,
                             QByteArrayView encodedCells)
    {
        // Each text, the cells and the five integers with their CBOR heads at their widest (9 bytes each).
        return table.size() + rowId.size() + scope.size() + encodedCells.size() + 9 * 10;
    }
    QByteArray finish(qint64 nextCursor, bool hasMore, qint64 serverTimeMs);

private:
    QByteArray m_body;
    QCborStreamWriter m_writer;
    int m_rows = 0;
};

} // namespace zs::sync
