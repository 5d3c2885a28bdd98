#include "sync/protocol/WireCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>

namespace zs::sync {

namespace {
enum Field : int
{
    Version = 0,
    // push request
    Device = 1,
    Schema = 2,
    Transactions = 3,
    // push response
    Results = 1,
    PushTime = 2,
    // pull response
    Rows = 1,
    NextCursor = 2,
    HasMore = 3,
    ServerTime = 4,
};

constexpr int kRowFields = 8;

void writeRow(QCborStreamWriter& w, const QString& table, const QString& rowId, const QString& scope, qint64 cl,
              const Stamp& life, const QByteArray& encodedCells, qint64 seq)
{
    w.startArray(kRowFields);
    w.append(table);
    w.append(rowId);
    w.append(scope);
    w.append(cl);
    w.append(quint64(life.hlc.raw()));
    w.append(life.node);
    w.append(encodedCells);
    w.append(seq);
    w.endArray();
}

void writeRow(QCborStreamWriter& w, const RowChange& r)
{
    writeRow(w, r.table, r.rowId, r.scope, r.causalLength, r.lifeStamp, WireCodec::encodeCells(r.cells),
             r.serverSeq);
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
    if (!map.value(Version).isInteger() || map.value(Version).toInteger() != WireCodec::kVersion)
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
    if (!a[3].isInteger() || a[3].toInteger() < 1 || !isStamp(a[4], a[5]))
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
} // namespace

QByteArray WireCodec::encodeCells(const QList<Cell>& cells)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(quint64(cells.size()));
    for (const Cell& c : cells) {
        w.startArray(4);
        w.append(c.column);
        c.value.toCbor(w);
        w.append(quint64(c.stamp.hlc.raw()));
        w.append(c.stamp.node);
        w.endArray();
    }
    w.endArray();
    return out;
}

Result<QList<Cell>> WireCodec::decodeCells(const QByteArray& encoded)
{
    auto root = parseItem(encoded);
    if (!root.ok())
        return root.error();
    if (!root->isArray() || root->toArray().size() > kMaxCells)
        return malformed(QStringLiteral("cells"));
    const QCborArray array = root->toArray();
    QList<Cell> cells;
    cells.reserve(array.size());
    for (const QCborValue& item : array) {
        if (!item.isArray() || item.toArray().size() != 4)
            return malformed(QStringLiteral("cell shape"));
        const QCborArray c = item.toArray();
        const QCborValue value = c[1];
        const bool valueOk = value.isNull() || value.isInteger() || value.isDouble() ||
                             (value.isString() && value.toString().size() <= kMaxText) ||
                             (value.isByteArray() && value.toByteArray().size() <= kMaxText);
        if (!isShortText(c[0]) || !valueOk || !isStamp(c[2], c[3]))
            return malformed(QStringLiteral("cell"));
        for (const Cell& seen : cells)
            if (seen.column == c[0].toString())
                return malformed(QStringLiteral("duplicate column"));
        cells.append(Cell{c[0].toString(), value, toStamp(c[2], c[3])});
    }
    return cells;
}

QByteArray WireCodec::encode(const PushRequest& request)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap(4);
    w.append(qint64(Version));
    w.append(qint64(kVersion));
    w.append(qint64(Device));
    w.append(request.device);
    w.append(qint64(Schema));
    w.append(qint64(request.schema));
    w.append(qint64(Transactions));
    w.startArray(quint64(request.transactions.size()));
    for (const ChangeSet& tx : request.transactions) {
        w.startArray(2);
        w.append(tx.txId);
        w.startArray(quint64(tx.rows.size()));
        for (const RowChange& r : tx.rows)
            writeRow(w, r);
        w.endArray();
        w.endArray();
    }
    w.endArray();
    w.endMap();
    return out;
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
