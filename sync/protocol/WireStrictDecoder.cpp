// The strict decoder (WireCodec.h): a QCborValue tree per body and per row's cells, every rule checked on it. The
// fast decoder (WireFastDecoder.cpp) answers first; this one decides whenever the fast one gives up, and says why a
// body is refused.
#include "sync/protocol/WireFormat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>

#include <limits>

namespace zs::sync {

namespace wire {

Error malformed(const QString& what)
{
    return makeError(ErrorCode::Invalid, WireCodec::tr("同步数据格式错误：%1").arg(what));
}

namespace {

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
    ZS_TRY_ASSIGN(auto root, parseItem(body));
    if (!root.isMap())
        return malformed(QStringLiteral("not a map"));
    const QCborMap map = root.toMap();
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

// `keepCells`: as the fast decoder, a push row keeps a copy of its encoded cells (HQ stores a new row's as they came);
// pulled rows carry none.
Result<RowChange> decodeRow(const QCborValue& item, bool keepCells)
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
    ZS_TRY_ASSIGN(auto cells, strictCells(a[6].toByteArray()));
    RowChange r;
    r.table = a[0].toString();
    r.rowId = a[1].toString();
    r.scope = a[2].toString();
    r.causalLength = a[3].toInteger();
    r.lifeStamp = toStamp(a[4], a[5]);
    r.cells = std::move(cells);
    if (keepCells)
        r.encodedCells = a[6].toByteArray();
    r.serverSeq = a[7].toInteger();
    return r;
}

Result<QList<RowChange>> decodeRows(const QCborValue& value, qsizetype& total, bool keepCells)
{
    if (!value.isArray())
        return malformed(QStringLiteral("rows"));
    const QCborArray array = value.toArray();
    QList<RowChange> rows;
    rows.reserve(array.size());
    for (const QCborValue& item : array) {
        if (++total > WireCodec::kMaxRows)
            return malformed(QStringLiteral("too many rows"));
        ZS_TRY_ASSIGN(auto row, decodeRow(item, keepCells));
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

Result<QList<Cell>> strictCells(const QByteArray& encoded)
{
    ZS_TRY_ASSIGN(auto root, parseItem(encoded));
    if (!root.isArray())
        return malformed(QStringLiteral("cells"));
    const QCborArray array = root.toArray();
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
            n > WireCodec::kMaxCells || !array[1].isArray() || array[1].toArray().size() % 2 != 0 ||
            array[1].toArray().size() / 2 > WireCodec::kMaxCells)
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
    if (array.size() > WireCodec::kMaxCells)
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

Result<PushRequest> strictPush(const QByteArray& body)
{
    ZS_TRY_ASSIGN(auto map, parseBody(body));
    const QCborMap& m = map;
    // A schema number is small and never negative: one beyond int was cut to a valid one (2^32 + 1 read as 1).
    if (m.size() != 4 || !isShortText(m.value(Device)) || !m.value(Schema).isInteger() ||
        m.value(Schema).toInteger() < 0 || m.value(Schema).toInteger() > std::numeric_limits<int>::max() ||
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
        ZS_TRY_ASSIGN(auto rows, decodeRows(txArray[1], total, true));
        request.transactions << ChangeSet{txArray[0].toByteArray(), std::move(rows)};
    }
    return request;
}

Result<PullResponse> strictPull(const QByteArray& body)
{
    ZS_TRY_ASSIGN(auto map, parseBody(body));
    const QCborMap& m = map;
    // Cursors are HQ's sequence numbers and times are since the epoch: never negative.
    if (!m.value(NextCursor).isInteger() || m.value(NextCursor).toInteger() < 0 || !m.value(HasMore).isBool() ||
        !m.value(ServerTime).isInteger() || m.value(ServerTime).toInteger() < 0)
        return malformed(QStringLiteral("pull header"));
    qsizetype total = 0;
    ZS_TRY_ASSIGN(auto rows, decodeRows(m.value(Rows), total, false));
    PullResponse response;
    response.rows = std::move(rows);
    response.nextCursor = m.value(NextCursor).toInteger();
    response.hasMore = m.value(HasMore).toBool();
    response.serverTimeMs = m.value(ServerTime).toInteger();
    return response;
}

} // namespace wire

using namespace wire;

// Push answers are small (a few per transaction): only the strict decoder reads them.
Result<PushResponse> WireCodec::decodePushResponse(const QByteArray& body)
{
    ZS_TRY_ASSIGN(auto map, parseBody(body));
    const QCborMap& m = map;
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

} // namespace zs::sync
