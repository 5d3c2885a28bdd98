#include "sync/protocol/WireCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>

namespace zs::sync {

namespace {
enum Field : int
{
    Version = 0,
    // push
    Device = 1,
    Schema = 2,
    Transactions = 3,
    // pull
    Changes = 1,
    NextCursor = 2,
    HasMore = 3,
    ServerTime = 4,
};

QCborArray encodeChange(const Change& c)
{
    return {c.table, c.rowId, c.scope, c.column, c.value, qint64(c.stamp.hlc.raw()), c.stamp.node, c.serverSeq};
}

Error malformed(const QString& what)
{
    return makeError(ErrorCode::Invalid, WireCodec::tr("同步数据格式错误：%1").arg(what));
}

// Parses exactly one CBOR item covering the whole body.
Result<QCborMap> parseBody(const QByteArray& body)
{
    if (body.size() > WireCodec::kMaxBody)
        return malformed(QStringLiteral("body too large"));
    QCborStreamReader reader(body);
    const QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return malformed(reader.lastError().toString());
    if (reader.currentOffset() != body.size())
        return malformed(QStringLiteral("trailing bytes"));
    if (!root.isMap())
        return malformed(QStringLiteral("not a map"));
    const QCborMap map = root.toMap();
    if (!map.value(Version).isInteger() || map.value(Version).toInteger() != WireCodec::kVersion)
        return malformed(QStringLiteral("unsupported version"));
    return map;
}

bool isShortText(const QCborValue& v, bool allowEmpty = false)
{
    return v.isString() && v.toString().size() <= WireCodec::kMaxText && (allowEmpty || !v.toString().isEmpty());
}

Result<Change> decodeChange(const QCborValue& item)
{
    if (!item.isArray() || item.toArray().size() != 8)
        return malformed(QStringLiteral("change shape"));
    const QCborArray a = item.toArray();
    if (!isShortText(a[0]) || !isShortText(a[1]) || !isShortText(a[2]) || !isShortText(a[3]))
        return malformed(QStringLiteral("change names"));
    const QCborValue value = a[4];
    const bool valueOk = value.isNull() || value.isInteger() || value.isDouble() ||
                         (value.isString() && value.toString().size() <= WireCodec::kMaxText) ||
                         (value.isByteArray() && value.toByteArray().size() <= WireCodec::kMaxText);
    if (!valueOk)
        return malformed(QStringLiteral("change value"));
    if (!a[5].isInteger() || a[5].toInteger() < 0 || !a[6].isByteArray() || a[6].toByteArray().size() != 8 ||
        !a[7].isInteger() || a[7].toInteger() < 0)
        return malformed(QStringLiteral("change stamp"));
    Change c;
    c.table = a[0].toString();
    c.rowId = a[1].toString();
    c.scope = a[2].toString();
    c.column = a[3].toString();
    c.value = value;
    c.stamp = Stamp{Hlc::fromRaw(quint64(a[5].toInteger())), a[6].toByteArray()};
    c.serverSeq = a[7].toInteger();
    if (c.isRowLife() && !c.value.isInteger())
        return malformed(QStringLiteral("row life"));
    return c;
}
} // namespace

QByteArray WireCodec::encode(const PushRequest& request)
{
    QCborArray txs;
    for (const ChangeSet& tx : request.transactions) {
        QCborArray changes;
        for (const Change& c : tx.changes)
            changes.append(encodeChange(c));
        txs.append(QCborArray{tx.txId, changes});
    }
    QCborMap map{{Version, kVersion}, {Device, request.device}, {Schema, request.schema}, {Transactions, txs}};
    return map.toCborValue().toCbor();
}

QByteArray WireCodec::encode(const PullResponse& response)
{
    QCborArray changes;
    for (const Change& c : response.changes)
        changes.append(encodeChange(c));
    QCborMap map{{Version, kVersion},
                 {Changes, changes},
                 {NextCursor, response.nextCursor},
                 {HasMore, response.hasMore},
                 {ServerTime, response.serverTimeMs}};
    return map.toCborValue().toCbor();
}

Result<PushRequest> WireCodec::decodePush(const QByteArray& body)
{
    auto map = parseBody(body);
    if (!map.ok())
        return map.error();
    const QCborMap& m = map.value();
    if (!isShortText(m.value(Device)) || !m.value(Schema).isInteger() || !m.value(Transactions).isArray())
        return malformed(QStringLiteral("push header"));
    PushRequest request;
    request.device = m.value(Device).toString();
    request.schema = int(m.value(Schema).toInteger());
    qsizetype total = 0;
    for (const QCborValue& txValue : m.value(Transactions).toArray()) {
        if (!txValue.isArray() || txValue.toArray().size() != 2)
            return malformed(QStringLiteral("transaction shape"));
        const QCborArray txArray = txValue.toArray();
        if (!txArray[0].isByteArray() || txArray[0].toByteArray().size() != 16 || !txArray[1].isArray())
            return malformed(QStringLiteral("transaction id"));
        ChangeSet tx;
        tx.txId = txArray[0].toByteArray();
        for (const QCborValue& item : txArray[1].toArray()) {
            if (++total > kMaxChanges)
                return malformed(QStringLiteral("too many changes"));
            auto change = decodeChange(item);
            if (!change.ok())
                return change.error();
            tx.changes << change.value();
        }
        request.transactions << tx;
    }
    return request;
}

Result<PullResponse> WireCodec::decodePull(const QByteArray& body)
{
    auto map = parseBody(body);
    if (!map.ok())
        return map.error();
    const QCborMap& m = map.value();
    if (!m.value(Changes).isArray() || !m.value(NextCursor).isInteger() || !m.value(HasMore).isBool() ||
        !m.value(ServerTime).isInteger())
        return malformed(QStringLiteral("pull header"));
    PullResponse response;
    response.nextCursor = m.value(NextCursor).toInteger();
    response.hasMore = m.value(HasMore).toBool();
    response.serverTimeMs = m.value(ServerTime).toInteger();
    const QCborArray changes = m.value(Changes).toArray();
    if (changes.size() > kMaxChanges)
        return malformed(QStringLiteral("too many changes"));
    for (const QCborValue& item : changes) {
        auto change = decodeChange(item);
        if (!change.ok())
            return change.error();
        response.changes << change.value();
    }
    return response;
}

} // namespace zs::sync
