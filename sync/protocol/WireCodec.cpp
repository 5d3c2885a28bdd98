#include "sync/protocol/WireCodec.h"

#include "sync/protocol/WireFormat.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QVarLengthArray>

#include <limits>
#include <optional>

namespace zs::sync {

using namespace wire;

namespace {

void writeRow(QCborStreamWriter& w, const QString& table, const QString& rowId, const QString& scope, qint64 cl,
              const Stamp& life, QByteArrayView encodedCells, qint64 seq)
{
    w.startArray(kRowFields);
    w.append(table);
    w.append(rowId);
    w.append(scope);
    w.append(cl);
    w.append(quint64(life.hlc.raw()));
    w.append(life.node);
    w.appendByteString(encodedCells.data(), encodedCells.size());
    w.append(seq);
    w.endArray();
}

// Version 2 cells up to their first column: [2, [hlc, node, ...], then `cells` (column, value, stamp index).
void startCells(QCborStreamWriter& w, qsizetype cells, const Stamp* const* stamps, qsizetype stampCount)
{
    w.startArray(quint64(2 + 3 * cells));
    w.append(kCellsForm2);
    w.startArray(quint64(2 * stampCount));
    for (qsizetype i = 0; i < stampCount; ++i) {
        w.append(quint64(stamps[i]->hlc.raw()));
        w.append(stamps[i]->node);
    }
    w.endArray();
}

void writeRow(QCborStreamWriter& w, const RowChange& r)
{
    writeRow(w, r.table, r.rowId, r.scope, r.causalLength, r.lifeStamp, WireCodec::encodeCells(r.cells), r.serverSeq);
}

} // namespace

QByteArray WireCodec::encodeCells(const QList<Cell>& cells)
{
    // Distinct stamps in order of first use: one for the columns a laptop edited together, a few for a row HQ merged
    // from several writers.
    QVarLengthArray<const Stamp*, 4> stamps;
    QVarLengthArray<quint64, 32> index(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        qsizetype k = 0;
        while (k < stamps.size() && !(*stamps[k] == cells[i].stamp))
            ++k;
        if (k == stamps.size())
            stamps.append(&cells[i].stamp);
        index[i] = quint64(k);
    }
    QByteArray out;
    out.reserve(64 + 24 * cells.size());
    QCborStreamWriter w(&out);
    startCells(w, cells.size(), stamps.constData(), stamps.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        w.append(cells[i].column);
        cells[i].value.toCbor(w);
        w.append(index[i]);
    }
    w.endArray();
    return out;
}

Result<QList<Cell>> WireCodec::decodeCells(const QByteArray& encoded)
{
    if (auto fast = fastCells(encoded, nullptr))
        return std::move(*fast);
    return strictCells(encoded);
}

namespace {

void writePushHeader(QCborStreamWriter& w, const QString& device, int schema)
{
    w.startMap(4);
    w.append(qint64(Version));
    w.append(qint64(WireCodec::kVersion));
    w.append(qint64(Device));
    w.append(device);
    w.append(qint64(Schema));
    w.append(qint64(schema));
    w.append(qint64(Transactions));
}

void writeTransaction(QCborStreamWriter& w, const ChangeSet& tx)
{
    w.startArray(2);
    w.append(tx.txId);
    w.startArray(quint64(tx.rows.size()));
    for (const RowChange& r : tx.rows)
        writeRow(w, r);
    w.endArray();
    w.endArray();
}

} // namespace

QByteArray WireCodec::encode(const PushRequest& request)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    writePushHeader(w, request.device, request.schema);
    w.startArray(quint64(request.transactions.size()));
    for (const ChangeSet& tx : request.transactions)
        writeTransaction(w, tx);
    w.endArray();
    w.endMap();
    return out;
}

QByteArray WireCodec::encodeTransaction(const ChangeSet& tx)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    writeTransaction(w, tx);
    return out;
}

QByteArray WireCodec::encodePush(const QString& device, int schema, const QList<QByteArray>& encodedTransactions)
{
    // The transactions go between the writer's items as they are: QCborStreamWriter writes each item straight to
    // the device, so the buffer holds exactly what was written when the raw bytes are added. The array is of
    // indefinite length (its end is a break byte): the writer never counts what it did not write.
    QByteArray out;
    qsizetype size = 64;
    for (const QByteArray& tx : encodedTransactions)
        size += tx.size();
    out.reserve(size);
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QCborStreamWriter w(&buffer);
    writePushHeader(w, device, schema);
    w.startArray();
    for (const QByteArray& tx : encodedTransactions)
        buffer.write(tx);
    w.endArray();
    w.endMap();
    return out;
}

Result<ChangeSet> WireCodec::decodeTransaction(const QByteArray& encoded)
{
    ZS_TRY_ASSIGN(auto request, decodePush(encodePush(QStringLiteral("-"), 0, {encoded})));
    if (request.transactions.size() != 1)
        return malformed(QStringLiteral("transaction"));
    return request.transactions.first();
}

QByteArray WireCodec::encode(const PushResponse& response)
{
    QCborArray results;
    for (const TxResult& r : response.results)
        results.append(QCborArray{r.txId, qint64(r.status), r.reason});
    return QCborMap{{Version, kVersion}, {Results, results}, {PushTime, response.serverTimeMs}}.toCborValue().toCbor();
}

QByteArray WireCodec::encode(const PullResponse& response)
{
    PullWriter writer;
    for (const RowChange& r : response.rows)
        writer.addRow(r.table, r.rowId, r.scope, r.causalLength, r.lifeStamp, encodeCells(r.cells), r.serverSeq);
    return writer.finish(response.nextCursor, response.hasMore, response.serverTimeMs);
}

Result<PushRequest> WireCodec::decodePush(const QByteArray& body)
{
    if (auto fast = fastPush(body))
        return std::move(*fast);
    return strictPush(body);
}

Result<PullResponse> WireCodec::decodePull(const QByteArray& body)
{
    if (auto fast = fastPull(body))
        return std::move(*fast);
    return strictPull(body);
}

TransactionWriter::TransactionWriter(const QByteArray& txId)
    : m_txId(txId)
    , m_writer(&m_body)
    , m_cellWriter(&m_cells)
{
    m_cells.open(QIODevice::WriteOnly);
}

void TransactionWriter::startRow(const QString& table, const QString& rowId, const QString& scope, qint64 causalLength,
                                 const Stamp& lifeStamp, const Stamp& cellStamp, int cells)
{
    m_cells.seek(0);
    const Stamp* stamp = &cellStamp;
    startCells(m_cellWriter, cells, &stamp, cells > 0 ? 1 : 0);
    // The row is written at endRow(), once its cells are: its header is kept until then.
    m_table = table;
    m_rowId = rowId;
    m_scope = scope;
    m_causalLength = causalLength;
    m_lifeStamp = lifeStamp;
}

void TransactionWriter::column(QByteArrayView name)
{
    m_cellWriter.appendTextString(name.data(), name.size());
}

void TransactionWriter::nullCell(QByteArrayView column)
{
    this->column(column);
    m_cellWriter.appendNull();
    m_cellWriter.append(quint64(0));
}

void TransactionWriter::integerCell(QByteArrayView column, qint64 value)
{
    this->column(column);
    m_cellWriter.append(value);
    m_cellWriter.append(quint64(0));
}

void TransactionWriter::doubleCell(QByteArrayView column, double value)
{
    this->column(column);
    QCborValue(value).toCbor(m_cellWriter); // as encodeCells() writes a double
    m_cellWriter.append(quint64(0));
}

void TransactionWriter::overLimit(QByteArrayView column, qsizetype size)
{
    if (m_problem.isEmpty())
        m_problem = WireCodec::tr("%1 的“%2”过长（%3，上限 %4 字）")
                        .arg(m_table, QString::fromUtf8(column))
                        .arg(size)
                        .arg(Limits::kMaxCellText);
}

void TransactionWriter::textCell(QByteArrayView column, QByteArrayView utf8)
{
    this->column(column);
    // UTF-16 units never exceed UTF-8 bytes: only a long text needs counting.
    if (utf8.size() > Limits::kMaxCellText && QString::fromUtf8(utf8).size() > Limits::kMaxCellText)
        overLimit(column, QString::fromUtf8(utf8).size());
    if (utf8.isValidUtf8())
        m_cellWriter.appendTextString(utf8.data(), utf8.size());
    else
        m_cellWriter.append(QString::fromUtf8(utf8));
    m_cellWriter.append(quint64(0));
}

void TransactionWriter::bytesCell(QByteArrayView column, QByteArrayView bytes)
{
    this->column(column);
    if (bytes.size() > Limits::kMaxCellText)
        overLimit(column, bytes.size());
    m_cellWriter.appendByteString(bytes.data(), bytes.size());
    m_cellWriter.append(quint64(0));
}

void TransactionWriter::endRow()
{
    m_cellWriter.endArray();
    if (m_cells.pos() > Limits::kMaxRowBytes && m_problem.isEmpty())
        m_problem = WireCodec::tr("%1 记录过大（%2 KB，同步上限 %3 KB）")
                        .arg(m_table)
                        .arg((m_cells.pos() + 1023) / 1024)
                        .arg(Limits::kMaxRowBytes / 1024);
    writeRow(m_writer, m_table, m_rowId, m_scope, m_causalLength, m_lifeStamp,
             QByteArrayView(m_cells.data().constData(), m_cells.pos()), 0);
    ++m_rows;
}

QByteArray TransactionWriter::finish()
{
    // [txId, [rows...]]: the header through a writer, then the rows as they were written.
    QByteArray out;
    out.reserve(m_body.size() + 32);
    {
        QCborStreamWriter w(&out);
        w.startArray(2);
        w.append(m_txId);
        w.startArray(quint64(m_rows));
    } // its containers stay open: the rest is m_body
    out += m_body;
    return out;
}

PullWriter::PullWriter()
    : m_writer(&m_body)
{
    m_writer.startMap(5);
    m_writer.append(qint64(Version));
    m_writer.append(qint64(WireCodec::kVersion));
    m_writer.append(qint64(Rows));
    m_writer.startArray(); // indefinite: rows are streamed
}

void PullWriter::addRow(const QString& table, const QString& rowId, const QString& scope, qint64 causalLength,
                        const Stamp& lifeStamp, const QByteArray& encodedCells, qint64 serverSeq)
{
    writeRow(m_writer, table, rowId, scope, causalLength, lifeStamp, encodedCells, serverSeq);
    ++m_rows;
}

QByteArray PullWriter::finish(qint64 nextCursor, bool hasMore, qint64 serverTimeMs)
{
    m_writer.endArray();
    m_writer.append(qint64(NextCursor));
    m_writer.append(nextCursor);
    m_writer.append(qint64(HasMore));
    m_writer.append(hasMore);
    m_writer.append(qint64(ServerTime));
    m_writer.append(serverTimeMs);
    m_writer.endMap();
    return std::move(m_body);
}

} // namespace zs::sync
