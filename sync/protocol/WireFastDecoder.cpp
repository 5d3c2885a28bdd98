// The streaming decoder (WireCodec.h): reads push and pull bodies and cells straight from the bytes, interning
// repeated names, and accepts exactly what the strict decoder accepts.
//
// The fast path. Building a QCborValue tree for a page and then one more per row for its cells costs about 30 µs per
// visit-sized row, a third of what applying it costs; a first sync of 100,000 visits spent a quarter of its time
// there. So the shapes this codec itself writes are read straight off a QCborStreamReader into the structs. The fast
// path only ever answers "valid, and here is the value" for input the tree-based decoder would accept with exactly
// that value: it checks the same rules (type, range, size, count, duplicates, UTF-8 exactly as QCborValue checks it,
// no trailing bytes) and gives up on what is legal but never written (indefinite-length strings, a map's keys in
// another order) and on every error. Then the strict decoder (WireStrictDecoder.cpp) decides: errors are unchanged.
// tests/sync/tst_wirecodec feeds both the same bodies, truncated and mutated, and requires the same answer.

#include "sync/protocol/WireFormat.h"

#include <QCborStreamReader>
#include <QHash>
#include <QVarLengthArray>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace zs::sync::wire {

// What repeats row after row — table, scope, column names, writer nodes, short values such as a city, a code or an
// empty note — is decoded once per body and then shared: Qt's implicitly shared values, equal to a fresh decode.
struct Interner
{
    static constexpr qsizetype kMaxKey = 64; // longer strings (ids, notes) rarely repeat
    static constexpr qsizetype kMaxEntries = 4096;
    QHash<QByteArray, QString> texts;
    QHash<QByteArray, QByteArray> bytes;
    QHash<QByteArray, QCborValue> values; // by the value's CBOR encoding
};

class FastReader
{
public:
    FastReader(const QByteArray& body, Interner* interner)
        : m_body(body)
        , m_r(body)
        , m_interner(interner)
    {
    }

    QCborStreamReader& reader() { return m_r; }
    Interner* interner() const { return m_interner; }
    // The root item was read to its end and nothing follows it.
    bool atEnd() { return m_r.lastError() == QCborError::NoError && m_r.currentOffset() == m_body.size(); }

    bool uint(qint64& out)
    {
        if (!m_r.isUnsignedInteger())
            return false;
        const quint64 v = m_r.toUnsignedInteger();
        if (v > quint64(std::numeric_limits<qint64>::max()))
            return false;
        out = qint64(v);
        return m_r.next();
    }
    bool key(qint64 expected)
    {
        qint64 k = -1;
        return uint(k) && k == expected;
    }
    bool boolean(bool& out)
    {
        if (!m_r.isBool())
            return false;
        out = m_r.toBool();
        return m_r.next();
    }
    // The current item's encoding in the body when it is a definite-length string: `item` is all of it, `content`
    // the string's bytes. Nothing is read.
    bool span(QByteArrayView& item, QByteArrayView& content)
    {
        if (!(m_r.isString() || m_r.isByteArray()) || !m_r.isLengthKnown())
            return false;
        const qsizetype len = m_r.currentStringChunkSize();
        const qint64 at = m_r.currentOffset();
        if (len < 0 || at < 0 || at >= m_body.size())
            return false;
        const quint8 info = quint8(m_body.at(at)) & 0x1f;
        const qsizetype header = info < 24 ? 1 : info == 24 ? 2 : info == 25 ? 3 : info == 26 ? 5 : info == 27 ? 9 : -1;
        if (header < 0 || len > m_body.size() - at - header)
            return false;
        item = QByteArrayView(m_body.constData() + at, header + len);
        content = item.sliced(header);
        return true;
    }
    // Moves past the current string without converting or copying it (next() would make a QString of a text).
    bool skipString()
    {
        auto r = m_r.readStringChunk(nullptr, 0);
        while (r.status == QCborStreamReader::Ok)
            r = m_r.readStringChunk(nullptr, 0);
        return r.status == QCborStreamReader::EndOfString;
    }
    // A definite-length string, in place; text is UTF-8-checked the way QCborValue checks each chunk.
    bool chunk(bool text, QByteArrayView& out)
    {
        QByteArrayView item;
        if ((text ? !m_r.isString() : !m_r.isByteArray()) || !span(item, out) || !skipString())
            return false;
        return !text || out.isEmpty() || out.isValidUtf8();
    }
    bool text(QString& out, bool intern)
    {
        QByteArrayView v;
        if (!chunk(true, v))
            return false;
        if (!m_interner || !intern || v.size() > Interner::kMaxKey) {
            out = QString::fromUtf8(v);
            return true;
        }
        const auto it = m_interner->texts.constFind(QByteArray::fromRawData(v.data(), v.size()));
        if (it != m_interner->texts.cend()) {
            out = it.value();
            return true;
        }
        out = QString::fromUtf8(v);
        if (m_interner->texts.size() < Interner::kMaxEntries)
            m_interner->texts.insert(v.toByteArray(), out);
        return true;
    }
    bool shortText(QString& out, bool intern)
    {
        return text(out, intern) && out.size() <= WireCodec::kMaxText && !out.isEmpty();
    }
    bool bytes(QByteArray& out, bool intern)
    {
        QByteArrayView v;
        if (!chunk(false, v))
            return false;
        if (!m_interner || !intern || v.size() > Interner::kMaxKey) {
            out = v.toByteArray();
            return true;
        }
        const auto it = m_interner->bytes.constFind(QByteArray::fromRawData(v.data(), v.size()));
        if (it != m_interner->bytes.cend()) {
            out = it.value();
            return true;
        }
        out = v.toByteArray();
        if (m_interner->bytes.size() < Interner::kMaxEntries)
            m_interner->bytes.insert(out, out);
        return true;
    }
    // A byte string's bytes in place, for a nested reader (valid while the body is).
    bool nested(QByteArray& out)
    {
        QByteArrayView v;
        if (!chunk(false, v))
            return false;
        out = QByteArray::fromRawData(v.data(), v.size());
        return true;
    }
    // A cell value: decoded by QCborValue itself, so it is the very value the tree would hold. Strings longer than
    // kMaxText (in UTF-16 units, as the strict decoder counts) are refused; their UTF-8 length, which is never
    // smaller, spares making a QString to count them in the usual case.
    bool value(QCborValue& out)
    {
        if (!rawValue(out))
            return false;
        if (m_lastLength <= WireCodec::kMaxText)
            return true;
        return isCellValue(out);
    }

private:
    bool rawValue(QCborValue& out)
    {
        switch (m_r.type()) {
        case QCborStreamReader::UnsignedInteger:
        case QCborStreamReader::NegativeInteger:
        case QCborStreamReader::SimpleType:
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
        case QCborStreamReader::Double:
        case QCborStreamReader::ByteArray:
        case QCborStreamReader::String:
            break;
        default:
            return false;
        }
        QByteArrayView item;
        QByteArrayView content;
        const bool spanned = span(item, content);
        m_lastLength = spanned ? content.size() : std::numeric_limits<qsizetype>::max();
        if (!m_interner || !spanned || item.size() > Interner::kMaxKey) {
            out = QCborValue::fromCbor(m_r);
            return m_r.lastError() == QCborError::NoError;
        }
        // The same encoding decodes to the same value: a hit only moves the reader past it.
        const auto it = m_interner->values.constFind(QByteArray::fromRawData(item.data(), item.size()));
        if (it != m_interner->values.cend()) {
            out = it.value();
            return skipString();
        }
        out = QCborValue::fromCbor(m_r);
        if (m_r.lastError() != QCborError::NoError)
            return false;
        if (m_interner->values.size() < Interner::kMaxEntries)
            m_interner->values.insert(item.toByteArray(), out);
        return true;
    }

public:
    // An array or map of exactly n elements (pairs for a map), of definite or indefinite length: leave() then finds
    // the end where it must be.
    bool enterFixed(bool map, quint64 n)
    {
        return (map ? m_r.isMap() : m_r.isArray()) && (!m_r.isLengthKnown() || m_r.length() == n) &&
               m_r.enterContainer();
    }
    bool leave() { return !m_r.hasNext() && m_r.lastError() == QCborError::NoError && m_r.leaveContainer(); }
    // An array of any length (definite or not) whose elements `item` reads, at most `max` of them.
    template <typename Item> bool array(qsizetype max, Item item)
    {
        if (!m_r.isArray() || (m_r.isLengthKnown() && m_r.length() > quint64(max)) || !m_r.enterContainer())
            return false;
        return elements(max, item);
    }
    // The rest of an entered array: at most `max` more elements, then its end.
    template <typename Item> bool elements(qsizetype max, Item item)
    {
        for (qsizetype n = 0; m_r.hasNext(); ++n)
            if (n >= max || !item())
                return false;
        return leave();
    }

private:
    QByteArray m_body;
    QCborStreamReader m_r;
    Interner* m_interner;
    qsizetype m_lastLength = 0; // bytes of the last string or byte string value(); for numbers 0 (no limit)
};

// Version 2 cells: [2, [hlc, node, ...], column, value, stamp index, ...] (see WireCodec.h), entered, at its first
// item; `items`: its length, or -1 for an indefinite-length array.
std::optional<QList<Cell>> fastCells2(FastReader& d, qint64 items)
{
    QCborStreamReader& r = d.reader();
    qint64 form = 0;
    if ((items >= 0 && (items < 2 || (items - 2) % 3 != 0 || (items - 2) / 3 > WireCodec::kMaxCells)) ||
        !d.uint(form) || form != kCellsForm2)
        return std::nullopt;
    QVarLengthArray<Stamp, 4> stamps;
    if (!r.isArray() ||
        (r.isLengthKnown() && (r.length() % 2 != 0 || r.length() / 2 > quint64(WireCodec::kMaxCells))) ||
        !r.enterContainer())
        return std::nullopt;
    while (r.hasNext()) {
        qint64 hlc = 0;
        Stamp s;
        if (stamps.size() >= WireCodec::kMaxCells || !d.uint(hlc) || !d.bytes(s.node, true) || s.node.size() != 8)
            return std::nullopt;
        s.hlc = Hlc::fromRaw(quint64(hlc));
        stamps.append(std::move(s));
    }
    if (!d.leave())
        return std::nullopt;
    QList<Cell> cells;
    if (items >= 0)
        cells.reserve(qsizetype((items - 2) / 3));
    while (r.hasNext()) {
        Cell c;
        qint64 k = -1;
        if (cells.size() >= WireCodec::kMaxCells || !d.shortText(c.column, true) || !d.value(c.value) || !d.uint(k) ||
            k >= stamps.size())
            return std::nullopt;
        for (const Cell& seen : cells)
            if (seen.column == c.column)
                return std::nullopt;
        c.stamp = stamps[k];
        cells.append(std::move(c));
    }
    if (!d.leave() || !d.atEnd())
        return std::nullopt;
    return cells;
}

// Version 1 cells: [[column, value, hlc, node], ...], entered; `items` as above.
std::optional<QList<Cell>> fastCells1(FastReader& d, qint64 items)
{
    QList<Cell> cells;
    if (items > WireCodec::kMaxCells)
        return std::nullopt;
    if (items > 0)
        cells.reserve(qsizetype(items));
    const bool ok = d.elements(WireCodec::kMaxCells, [&] {
        Cell c;
        qint64 hlc = 0;
        if (!d.enterFixed(false, 4) || !d.shortText(c.column, true) || !d.value(c.value) || !d.uint(hlc) ||
            !d.bytes(c.stamp.node, true) || c.stamp.node.size() != 8 || !d.leave())
            return false;
        for (const Cell& seen : cells)
            if (seen.column == c.column)
                return false;
        c.stamp.hlc = Hlc::fromRaw(quint64(hlc));
        cells.append(std::move(c));
        return true;
    });
    if (!ok || !d.atEnd())
        return std::nullopt;
    return cells;
}

// Version 2 cells as every writer writes them, read straight off the bytes: definite lengths, values that are null,
// integers within 64 bits, finite doubles, text or bytes. No QCborStreamReader: moving it past each of a row's 30
// strings (it checks every text chunk as it goes, and chunk() checked it again) was a third of decoding a page.
// Anything else (version 1, indefinite lengths, half- or single-precision floats, other simple values, tags, huge
// integers, NaN) gives up, and the stream reader below decides as before.
class CellBytes
{
public:
    CellBytes(const QByteArray& encoded, Interner* interner)
        : m_p(encoded.constData())
        , m_end(encoded.constData() + encoded.size())
        , m_interner(interner)
    {
    }

    std::optional<QList<Cell>> read()
    {
        quint8 major = 0;
        quint64 items = 0;
        quint64 form = 0;
        if (!head(major, items) || major != 4 || items < 2 || (items - 2) % 3 != 0 ||
            (items - 2) / 3 > quint64(WireCodec::kMaxCells) || !head(major, form) || major != 0 || form != 2)
            return std::nullopt;
        quint64 flat = 0;
        if (!head(major, flat) || major != 4 || flat % 2 != 0 || flat / 2 > quint64(WireCodec::kMaxCells))
            return std::nullopt;
        QVarLengthArray<Stamp, 4> stamps;
        for (quint64 i = 0; i < flat; i += 2) {
            quint64 hlc = 0;
            QByteArrayView node;
            if (!head(major, hlc) || major != 0 || hlc > quint64(std::numeric_limits<qint64>::max()) ||
                !string(2, node) || node.size() != 8)
                return std::nullopt;
            stamps.append(Stamp{Hlc::fromRaw(hlc), internBytes(node)});
        }
        QList<Cell> cells;
        cells.reserve(qsizetype((items - 2) / 3));
        for (quint64 i = 2; i < items; i += 3) {
            Cell c;
            QByteArrayView column;
            quint64 k = 0;
            if (!string(3, column) || column.isEmpty() || !column.isValidUtf8() || !value(c.value) || !head(major, k) ||
                major != 0 || k >= quint64(stamps.size()))
                return std::nullopt;
            c.column = internText(column);
            for (const Cell& seen : std::as_const(cells))
                if (seen.column == c.column)
                    return std::nullopt;
            c.stamp = stamps[qsizetype(k)];
            cells.append(std::move(c));
        }
        if (m_p != m_end)
            return std::nullopt;
        return cells;
    }

private:
    // A head with a definite argument (no indefinite length, no reserved additional information).
    bool head(quint8& major, quint64& argument)
    {
        if (m_p >= m_end)
            return false;
        const quint8 initial = quint8(*m_p++);
        major = initial >> 5;
        const quint8 info = initial & 0x1f;
        if (info < 24) {
            argument = info;
            return true;
        }
        if (info > 27)
            return false;
        const int bytes = 1 << (info - 24);
        if (m_end - m_p < bytes)
            return false;
        argument = 0;
        for (int i = 0; i < bytes; ++i)
            argument = (argument << 8) | quint8(m_p[i]);
        m_p += bytes;
        return true;
    }
    // A definite-length byte (2) or text (3) string of at most kMaxText bytes, in place.
    bool string(quint8 major, QByteArrayView& out)
    {
        quint8 m = 0;
        quint64 length = 0;
        const char* start = m_p;
        if (!head(m, length) || m != major || length > quint64(WireCodec::kMaxText) || length > quint64(m_end - m_p)) {
            m_p = start;
            return false;
        }
        out = QByteArrayView(m_p, qsizetype(length));
        m_p += length;
        return true;
    }
    bool value(QCborValue& out)
    {
        if (m_p >= m_end)
            return false;
        const char* start = m_p;
        const quint8 initial = quint8(*m_p);
        switch (initial >> 5) {
        case 0:
        case 1: {
            quint8 major = 0;
            quint64 n = 0;
            if (!head(major, n) || n > quint64(std::numeric_limits<qint64>::max()))
                return false;
            out = major == 0 ? qint64(n) : -1 - qint64(n);
            return true;
        }
        case 2:
        case 3: {
            QByteArrayView content;
            if (!string(initial >> 5, content))
                return false;
            if (initial >> 5 == 3 && !content.isValidUtf8())
                return false;
            const QByteArrayView item(start, m_p - start);
            if (m_interner && item.size() <= Interner::kMaxKey) {
                const auto it = m_interner->values.constFind(QByteArray::fromRawData(item.data(), item.size()));
                if (it != m_interner->values.cend()) {
                    out = it.value();
                    return true;
                }
            }
            out = initial >> 5 == 3 ? QCborValue(QString::fromUtf8(content)) : QCborValue(content.toByteArray());
            if (m_interner && item.size() <= Interner::kMaxKey && m_interner->values.size() < Interner::kMaxEntries)
                m_interner->values.insert(item.toByteArray(), out);
            return true;
        }
        case 7:
            if (initial == 0xf6) {
                ++m_p;
                out = QCborValue(QCborValue::Null);
                return true;
            }
            if (initial == 0xfb && m_end - m_p >= 9) {
                const double d = qFromBigEndian<double>(m_p + 1);
                if (std::isnan(d))
                    return false;
                m_p += 9;
                out = d;
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    QString internText(QByteArrayView v)
    {
        if (!m_interner || v.size() > Interner::kMaxKey)
            return QString::fromUtf8(v);
        const auto it = m_interner->texts.constFind(QByteArray::fromRawData(v.data(), v.size()));
        if (it != m_interner->texts.cend())
            return it.value();
        QString text = QString::fromUtf8(v);
        if (m_interner->texts.size() < Interner::kMaxEntries)
            m_interner->texts.insert(v.toByteArray(), text);
        return text;
    }
    QByteArray internBytes(QByteArrayView v)
    {
        if (!m_interner)
            return v.toByteArray();
        const auto it = m_interner->bytes.constFind(QByteArray::fromRawData(v.data(), v.size()));
        if (it != m_interner->bytes.cend())
            return it.value();
        QByteArray bytes = v.toByteArray();
        if (m_interner->bytes.size() < Interner::kMaxEntries)
            m_interner->bytes.insert(bytes, bytes);
        return bytes;
    }

    const char* m_p;
    const char* m_end;
    Interner* m_interner;
};

std::optional<QList<Cell>> fastCells(const QByteArray& encoded, Interner* interner)
{
    if (encoded.size() > WireCodec::kMaxBody)
        return std::nullopt;
    if (auto cells = CellBytes(encoded, interner).read())
        return cells;
    FastReader d(encoded, interner);
    QCborStreamReader& r = d.reader();
    if (!r.isArray())
        return std::nullopt;
    const qint64 items = r.isLengthKnown() ? qint64(qMin(r.length(), quint64(WireCodec::kMaxBody))) : -1;
    if (!r.enterContainer())
        return std::nullopt;
    // Which form, as the strict decoder tells them: version 2's array starts with a number (2, however it is
    // written: 0x02 or 0x18 0x02 alike), version 1's with a cell (an array) or nothing. Telling them by the byte
    // after the array's head refused a version 2 array whose 2 was written wide.
    if (r.hasNext() && r.isInteger())
        return fastCells2(d, items);
    return fastCells1(d, items);
}

// `keepCells`: a copy of the row's encoded cells in RowChange::encodedCells (a push: HQ stores a new row's cells as
// they came). Never a view into the body: a decoded request may outlive it (a page applied after its reply is gone).
bool fastRow(FastReader& d, RowChange& r, bool keepCells)
{
    qint64 cl = 0;
    qint64 hlc = 0;
    QByteArray cells;
    if (!d.enterFixed(false, kRowFields) || !d.shortText(r.table, true) || !d.shortText(r.rowId, false) ||
        !d.shortText(r.scope, true) || !d.uint(cl) || cl < 1 || cl > Limits::kMaxCausalLength || !d.uint(hlc) ||
        !d.bytes(r.lifeStamp.node, true) || r.lifeStamp.node.size() != 8 || !d.nested(cells) || !d.uint(r.serverSeq) ||
        !d.leave())
        return false;
    auto decoded = fastCells(cells, d.interner());
    if (!decoded)
        return false;
    r.causalLength = cl;
    r.lifeStamp.hlc = Hlc::fromRaw(quint64(hlc));
    r.cells = std::move(*decoded);
    if (keepCells)
        r.encodedCells = QByteArray(cells.constData(), cells.size());
    return true;
}

bool fastRows(FastReader& d, QList<RowChange>& rows, qsizetype& total, bool keepCells)
{
    if (d.reader().isArray() && d.reader().isLengthKnown())
        rows.reserve(qsizetype(qMin(d.reader().length(), quint64(WireCodec::kMaxRows))));
    return d.array(WireCodec::kMaxRows, [&] {
        RowChange r;
        if (++total > WireCodec::kMaxRows || !fastRow(d, r, keepCells))
            return false;
        rows.append(std::move(r));
        return true;
    });
}

std::optional<PushRequest> fastPush(const QByteArray& body)
{
    if (body.size() > WireCodec::kMaxBody)
        return std::nullopt;
    Interner interner;
    FastReader d(body, &interner);
    PushRequest request;
    qint64 version = 0;
    qint64 schema = 0;
    qsizetype total = 0;
    if (!d.enterFixed(true, 4) || !d.key(Version) || !d.uint(version) || !supported(version) || !d.key(Device) ||
        !d.shortText(request.device, false) || !d.key(Schema) || !d.uint(schema) || !d.key(Transactions))
        return std::nullopt;
    if (schema > std::numeric_limits<int>::max())
        return std::nullopt;
    request.schema = int(schema);
    const bool ok = d.array(std::numeric_limits<qsizetype>::max(), [&] {
        ChangeSet set;
        if (!d.enterFixed(false, 2) || !d.bytes(set.txId, false) || set.txId.size() != 16 ||
            !fastRows(d, set.rows, total, true) || !d.leave())
            return false;
        request.transactions << std::move(set);
        return true;
    });
    if (!ok || !d.leave() || !d.atEnd())
        return std::nullopt;
    return request;
}

std::optional<PullResponse> fastPull(const QByteArray& body)
{
    if (body.size() > WireCodec::kMaxBody)
        return std::nullopt;
    Interner interner;
    FastReader d(body, &interner);
    PullResponse response;
    qint64 version = 0;
    qsizetype total = 0;
    if (!d.enterFixed(true, 5) || !d.key(Version) || !d.uint(version) || !supported(version) || !d.key(Rows) ||
        !fastRows(d, response.rows, total, false) || !d.key(NextCursor) || !d.uint(response.nextCursor) ||
        !d.key(HasMore) || !d.boolean(response.hasMore) || !d.key(ServerTime) || !d.uint(response.serverTimeMs) ||
        !d.leave() || !d.atEnd())
        return std::nullopt;
    return response;
}

} // namespace zs::sync::wire
