#include "sync/protocol/WireCodec.h"

#include "sync/protocol/WireFormat.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QHash>
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

Error malformed(const QString& what)
{
    return makeError(ErrorCode::Invalid, WireCodec::tr("同步数据格式错误：%1").arg(what));
}

// Parses exactly one CBOR item covering the whole body.
Result<QCborValue> parseItem(const QByteArray& body)
{
    if (body.size() > WireCodec::kMaxBody)
        return malformed(QStringLiteral("body too large"));
    QCborStreamReader reader(body);
    QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return malformed(reader.lastError().toString());
    if (reader.currentOffset() != body.size())
        return malformed(QStringLiteral("trailing bytes"));
    return root;
}

Result<QCborMap> parseBody(const QByteArray& body)
{
    auto root = parseItem(body);
    if (!root.ok())
        return root.error();
    if (!root->isMap())
        return malformed(QStringLiteral("not a map"));
    const QCborMap map = root->toMap();
    if (!map.value(Version).isInteger() || !supported(map.value(Version).toInteger()))
        return malformed(QStringLiteral("unsupported version"));
    return map;
}

bool isShortText(const QCborValue& v, bool allowEmpty = false)
{
    return v.isString() && v.toString().size() <= WireCodec::kMaxText && (allowEmpty || !v.toString().isEmpty());
}

bool isStamp(const QCborValue& hlc, const QCborValue& node)
{
    return hlc.isInteger() && hlc.toInteger() >= 0 && node.isByteArray() && node.toByteArray().size() == 8;
}

Stamp toStamp(const QCborValue& hlc, const QCborValue& node)
{
    return Stamp{Hlc::fromRaw(quint64(hlc.toInteger())), node.toByteArray()};
}

Result<RowChange> decodeRow(const QCborValue& item)
{
    if (!item.isArray() || item.toArray().size() != kRowFields)
        return malformed(QStringLiteral("row shape"));
    const QCborArray a = item.toArray();
    if (!isShortText(a[0]) || !isShortText(a[1]) || !isShortText(a[2]))
        return malformed(QStringLiteral("row names"));
    if (!a[3].isInteger() || a[3].toInteger() < 1 || a[3].toInteger() > Limits::kMaxCausalLength ||
        !isStamp(a[4], a[5]))
        return malformed(QStringLiteral("row life"));
    if (!a[6].isByteArray() || !a[7].isInteger() || a[7].toInteger() < 0)
        return malformed(QStringLiteral("row cells"));
    auto cells = WireCodec::decodeCells(a[6].toByteArray());
    if (!cells.ok())
        return cells.error();
    RowChange r;
    r.table = a[0].toString();
    r.rowId = a[1].toString();
    r.scope = a[2].toString();
    r.causalLength = a[3].toInteger();
    r.lifeStamp = toStamp(a[4], a[5]);
    r.cells = std::move(cells.value());
    r.encodedCells = a[6].toByteArray();
    r.serverSeq = a[7].toInteger();
    return r;
}

Result<QList<RowChange>> decodeRows(const QCborValue& value, qsizetype& total)
{
    if (!value.isArray())
        return malformed(QStringLiteral("rows"));
    const QCborArray array = value.toArray();
    QList<RowChange> rows;
    rows.reserve(array.size());
    for (const QCborValue& item : array) {
        if (++total > WireCodec::kMaxRows)
            return malformed(QStringLiteral("too many rows"));
        auto row = decodeRow(item);
        if (!row.ok())
            return row.error();
        rows.append(std::move(row.value()));
    }
    return rows;
}

// The fast path. Building a QCborValue tree for a page and then one more per row for its cells costs about 30 µs per
// visit-sized row, a third of what applying it costs; a first sync of 100,000 visits spent a quarter of its time
// there. So the shapes this codec itself writes are read straight off a QCborStreamReader into the structs. The fast
// path only ever answers "valid, and here is the value" for input the tree-based decoder would accept with exactly
// that value: it checks the same rules (type, range, size, count, duplicates, UTF-8 exactly as QCborValue checks it,
// no trailing bytes) and gives up on anything unusual but legal (indefinite-length strings or fixed arrays, negative
// or huge integers, other key orders) and on every error. Then the tree-based decoder decides: errors are unchanged.

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
    auto root = parseItem(encoded);
    if (!root.ok())
        return root.error();
    if (!root->isArray())
        return malformed(QStringLiteral("cells"));
    const QCborArray array = root->toArray();
    QList<Cell> cells;
    const auto add = [&cells](const QCborValue& column, const QCborValue& value, const Stamp& stamp) -> Result<void> {
        if (!isShortText(column) || !isCellValue(value))
            return malformed(QStringLiteral("cell"));
        for (const Cell& seen : cells)
            if (seen.column == column.toString())
                return malformed(QStringLiteral("duplicate column"));
        cells.append(Cell{column.toString(), value, stamp});
        return {};
    };
    if (!array.isEmpty() && array.first().isInteger()) { // version 2: [2, stamps, column, value, stamp index, ...]
        const qsizetype n = (array.size() - 2) / 3;
        if (array.first().toInteger() != kCellsForm2 || array.size() < 2 || (array.size() - 2) % 3 != 0 ||
            n > kMaxCells || !array[1].isArray() || array[1].toArray().size() % 2 != 0 ||
            array[1].toArray().size() / 2 > kMaxCells)
            return malformed(QStringLiteral("cells"));
        const QCborArray flat = array[1].toArray();
        QList<Stamp> stamps;
        for (qsizetype i = 0; i < flat.size(); i += 2) {
            if (!isStamp(flat[i], flat[i + 1]))
                return malformed(QStringLiteral("cell stamp"));
            stamps << toStamp(flat[i], flat[i + 1]);
        }
        cells.reserve(n);
        for (qsizetype i = 2; i < array.size(); i += 3) {
            const QCborValue k = array[i + 2];
            if (!k.isInteger() || k.toInteger() < 0 || k.toInteger() >= stamps.size())
                return malformed(QStringLiteral("cell stamp"));
            ZS_TRY(add(array[i], array[i + 1], stamps[k.toInteger()]));
        }
        return cells;
    }
    if (array.size() > kMaxCells)
        return malformed(QStringLiteral("cells"));
    cells.reserve(array.size());
    for (const QCborValue& item : array) {
        if (!item.isArray() || item.toArray().size() != 4)
            return malformed(QStringLiteral("cell shape"));
        const QCborArray c = item.toArray();
        if (!isStamp(c[2], c[3]))
            return malformed(QStringLiteral("cell"));
        ZS_TRY(add(c[0], c[1], toStamp(c[2], c[3])));
    }
    return cells;
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
    auto request = decodePush(encodePush(QStringLiteral("-"), 0, {encoded}));
    if (!request.ok())
        return request.error();
    if (request->transactions.size() != 1)
        return malformed(QStringLiteral("transaction"));
    return request->transactions.first();
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
    auto map = parseBody(body);
    if (!map.ok())
        return map.error();
    const QCborMap& m = map.value();
    if (m.size() != 4 || !isShortText(m.value(Device)) || !m.value(Schema).isInteger() ||
        !m.value(Transactions).isArray())
        return malformed(QStringLiteral("push header"));
    PushRequest request;
    request.device = m.value(Device).toString();
    request.schema = int(m.value(Schema).toInteger());
    qsizetype total = 0;
    for (const QCborValue& txValue : m.value(Transactions).toArray()) {
        if (!txValue.isArray() || txValue.toArray().size() != 2)
            return malformed(QStringLiteral("transaction shape"));
        const QCborArray txArray = txValue.toArray();
        if (!txArray[0].isByteArray() || txArray[0].toByteArray().size() != 16)
            return malformed(QStringLiteral("transaction id"));
        auto rows = decodeRows(txArray[1], total);
        if (!rows.ok())
            return rows.error();
        request.transactions << ChangeSet{txArray[0].toByteArray(), std::move(rows.value())};
    }
    return request;
}

Result<PushResponse> WireCodec::decodePushResponse(const QByteArray& body)
{
    auto map = parseBody(body);
    if (!map.ok())
        return map.error();
    const QCborMap& m = map.value();
    if (!m.value(Results).isArray() || !m.value(PushTime).isInteger())
        return malformed(QStringLiteral("push response"));
    PushResponse response;
    response.serverTimeMs = m.value(PushTime).toInteger();
    for (const QCborValue& item : m.value(Results).toArray()) {
        const QCborArray a = item.toArray();
        if (!item.isArray() || a.size() != 3 || !a[0].isByteArray() || a[0].toByteArray().size() != 16 ||
            !a[1].isInteger() || a[1].toInteger() < TxResult::Applied || a[1].toInteger() > TxResult::Refused ||
            !isShortText(a[2], true))
            return malformed(QStringLiteral("transaction result"));
        response.results << TxResult{a[0].toByteArray(), TxResult::Status(a[1].toInteger()), a[2].toString()};
    }
    return response;
}

Result<PullResponse> WireCodec::decodePull(const QByteArray& body)
{
    if (auto fast = fastPull(body))
        return std::move(*fast);
    auto map = parseBody(body);
    if (!map.ok())
        return map.error();
    const QCborMap& m = map.value();
    if (!m.value(NextCursor).isInteger() || !m.value(HasMore).isBool() || !m.value(ServerTime).isInteger())
        return malformed(QStringLiteral("pull header"));
    qsizetype total = 0;
    auto rows = decodeRows(m.value(Rows), total);
    if (!rows.ok())
        return rows.error();
    PullResponse response;
    response.rows = std::move(rows.value());
    response.nextCursor = m.value(NextCursor).toInteger();
    response.hasMore = m.value(HasMore).toBool();
    response.serverTimeMs = m.value(ServerTime).toInteger();
    return response;
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
