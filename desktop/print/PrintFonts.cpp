#include "desktop/print/PrintFonts.h"

#include <QFont>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QMutex>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <tuple>

Q_LOGGING_CATEGORY(lcPrintFonts, "zs.print.fonts")

namespace zs {

namespace {
const QString kSystemFamily = QStringLiteral("Noto Sans CJK SC");
const QString kPrintFamily = QStringLiteral("Zhaoshang Print Sans SC");

quint16 u16(const QByteArray& b, qsizetype at)
{
    return at + 2 <= b.size() ? qFromBigEndian<quint16>(b.constData() + at) : 0;
}
quint32 u32(const QByteArray& b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}
void put16(QByteArray& b, quint16 v)
{
    char c[2];
    qToBigEndian(v, c);
    b.append(c, 2);
}
void put32(QByteArray& b, quint32 v)
{
    char c[4];
    qToBigEndian(v, c);
    b.append(c, 4);
}

QList<QPair<uint, uint>> format12(const QByteArray& t, qsizetype at)
{
    QList<QPair<uint, uint>> map;
    const quint32 groups = u32(t, at + 12);
    for (quint32 g = 0; g < groups; ++g) {
        const qsizetype p = at + 16 + qsizetype(g) * 12;
        const quint32 first = u32(t, p), last = u32(t, p + 4), glyph = u32(t, p + 8);
        if (p + 12 > t.size() || last < first || last > 0x10FFFF)
            return {};
        for (quint32 c = first; c <= last; ++c)
            map << qMakePair(uint(c), uint(glyph + (c - first)));
    }
    return map;
}

QList<QPair<uint, uint>> format4(const QByteArray& t, qsizetype at)
{
    QList<QPair<uint, uint>> map;
    const int segments = u16(t, at + 6) / 2;
    const qsizetype ends = at + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                    offsets = deltas + 2 * segments;
    for (int s = 0; s < segments; ++s) {
        const quint16 end = u16(t, ends + 2 * s), start = u16(t, starts + 2 * s);
        const quint16 delta = u16(t, deltas + 2 * s), rangeOffset = u16(t, offsets + 2 * s);
        for (uint c = start; c <= end && c != 0xFFFF; ++c) {
            uint glyph = 0;
            if (rangeOffset == 0) {
                glyph = (c + delta) & 0xFFFF;
            } else {
                const qsizetype p = offsets + 2 * s + rangeOffset + 2 * qsizetype(c - start);
                glyph = u16(t, p);
                if (glyph != 0)
                    glyph = (glyph + delta) & 0xFFFF;
            }
            if (glyph != 0)
                map << qMakePair(c, glyph);
        }
    }
    return map;
}

// A name record (Windows, Unicode BMP, US English) holding `text` as UTF-16BE.
struct NameRecord
{
    quint16 platform, encoding, language, id;
    QByteArray text;
};

QByteArray utf16be(const QString& s)
{
    QByteArray out;
    for (QChar c : s)
        put16(out, c.unicode());
    return out;
}

// The name table of the print face: the original's copyright, version, trademark, manufacturer, designer, licence
// and URLs (Windows records), with the family, style, full, unique and PostScript names of the print face.
QByteArray renamed(const QByteArray& name, const QString& style)
{
    static const QList<quint16> kept = {0, 5, 7, 8, 9, 10, 11, 12, 13, 14};
    QList<NameRecord> records;
    const quint16 count = u16(name, 2), strings = u16(name, 4);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype r = 6 + qsizetype(i) * 12;
        NameRecord rec{u16(name, r), u16(name, r + 2), u16(name, r + 4), u16(name, r + 6), {}};
        if (rec.platform != 3 || rec.encoding != 1 || !kept.contains(rec.id))
            continue;
        rec.text = name.mid(strings + u16(name, r + 10), u16(name, r + 8));
        records << rec;
    }
    const QString postscript = QStringLiteral("ZhaoshangPrintSansSC-") + style;
    const QString full = kPrintFamily + QLatin1Char(' ') + style;
    for (const auto& [id, text] : std::initializer_list<std::pair<quint16, QString>>{
             {1, kPrintFamily},
             {2, style},
             {3, postscript + QStringLiteral(";zhaoshang")},
             {4, full},
             {6, postscript},
             {10, QStringLiteral("Noto Sans CJK SC without the radicals in its character map, for PDF output.")}}) {
        records.erase(std::remove_if(records.begin(), records.end(), [&](const NameRecord& r) { return r.id == id; }),
                      records.end());
        records << NameRecord{3, 1, 0x409, id, utf16be(text)};
    }
    std::sort(records.begin(), records.end(), [](const NameRecord& a, const NameRecord& b) {
        return std::tie(a.platform, a.encoding, a.language, a.id) < std::tie(b.platform, b.encoding, b.language, b.id);
    });
    QByteArray out, data;
    put16(out, 0);
    put16(out, quint16(records.size()));
    put16(out, quint16(6 + records.size() * 12));
    for (const NameRecord& r : records) {
        for (quint16 v : {r.platform, r.encoding, r.language, r.id, quint16(r.text.size()), quint16(data.size())})
            put16(out, v);
        data += r.text;
    }
    return out + data;
}

quint32 checksum(const QByteArray& table)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < table.size(); i += 4) {
        char word[4] = {0, 0, 0, 0};
        std::copy_n(table.constData() + i, std::min<qsizetype>(4, table.size() - i), word);
        sum += qFromBigEndian<quint32>(word);
    }
    return sum;
}

// The tables an OpenType CJK font may carry; the ones this font has are copied (cmap and name rewritten). GSUB is
// left out: its substitutions (Noto Sans CJK's proportional Latin digits in a Latin run, "SX-2025-003") give glyphs
// no cmap entry reaches, and Qt's PDF writer can only map glyphs back to text through the cmap, so those characters
// vanished from the text layer. Without it every glyph laid out is one the cmap names; horizontal Chinese text needs
// none of its features (vertical forms, other locales' glyphs).
const char* const kTags[] = {"BASE", "CFF ", "DSIG", "GDEF", "GPOS", "OS/2", "VORG", "cmap", "glyf",
                             "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "vhea", "vmtx"};

QByteArray printFace(const QRawFont& raw, const QString& style)
{
    QList<QPair<QByteArray, QByteArray>> tables;
    for (const char* tag : kTags) {
        QByteArray table = raw.fontTable(tag);
        if (table.isEmpty())
            continue;
        if (qstrcmp(tag, "cmap") == 0)
            table = PrintFonts::cmapWithoutRadicals(table);
        else if (qstrcmp(tag, "name") == 0)
            table = renamed(table, style);
        else if (qstrcmp(tag, "head") == 0 && table.size() >= 12)
            qToBigEndian<quint32>(0, table.data() + 8); // checkSumAdjustment, set below
        if (table.isEmpty())
            return {};
        tables << qMakePair(QByteArray(tag), table);
    }
    const bool cff = std::any_of(tables.begin(), tables.end(), [](const auto& t) { return t.first == "CFF "; });
    static const char* const required[] = {"cmap", "head", "hhea", "hmtx", "maxp", "name"};
    const bool complete = std::all_of(std::begin(required), std::end(required), [&](const char* need) {
        return std::any_of(tables.begin(), tables.end(), [&](const auto& t) { return t.first == need; });
    });
    if (!complete)
        return {};
    const quint16 n = quint16(tables.size());
    quint16 power = 1, log2 = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log2;
    }
    QByteArray font;
    put32(font, cff ? 0x4F54544F : 0x00010000); // 'OTTO' or TrueType
    put16(font, n);
    put16(font, quint16(power * 16));
    put16(font, log2);
    put16(font, quint16(n * 16 - power * 16));
    qsizetype offset = 12 + 16 * qsizetype(n);
    QByteArray body;
    qsizetype headAt = -1;
    for (const auto& [tag, table] : tables) {
        font += tag;
        put32(font, checksum(table));
        put32(font, quint32(offset + body.size()));
        put32(font, quint32(table.size()));
        if (tag == "head")
            headAt = offset + body.size();
        body += table;
        body.append((4 - body.size() % 4) % 4, '\0');
    }
    font += body;
    if (headAt >= 0)
        qToBigEndian<quint32>(0xB1B0AFBA - checksum(font), font.data() + headAt + 8);
    return font;
}

QString makeFamily()
{
    int made = 0;
    for (const auto& [weight, style] :
         {std::pair{QFont::Normal, QStringLiteral("Regular")}, std::pair{QFont::Bold, QStringLiteral("Bold")}}) {
        QFont font(kSystemFamily);
        font.setWeight(weight);
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid() || raw.familyName() != kSystemFamily) {
            qCWarning(lcPrintFonts) << "no" << kSystemFamily << style << "on this machine";
            continue;
        }
        const QByteArray face = printFace(raw, style);
        if (face.isEmpty() || QFontDatabase::addApplicationFontFromData(face) < 0) {
            qCWarning(lcPrintFonts) << "could not make the print face" << style;
            continue;
        }
        ++made;
    }
    return made > 0 && QFontDatabase::hasFamily(kPrintFamily) ? kPrintFamily : kSystemFamily;
}
} // namespace

QList<QPair<uint, uint>> PrintFonts::unicodeMap(const QByteArray& cmap)
{
    // The best Unicode subtable: full repertoire (format 12) first, then the BMP one (format 4).
    qsizetype best4 = -1, best12 = -1;
    const quint16 count = u16(cmap, 2);
    for (quint16 i = 0; i < count; ++i) {
        const quint16 platform = u16(cmap, 4 + 8 * i), encoding = u16(cmap, 6 + 8 * i);
        const qsizetype at = u32(cmap, 8 + 8 * i);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || at + 4 > cmap.size())
            continue;
        const quint16 format = u16(cmap, at);
        if (format == 12 && best12 < 0)
            best12 = at;
        else if (format == 4 && best4 < 0)
            best4 = at;
    }
    if (best12 >= 0)
        return format12(cmap, best12);
    if (best4 >= 0)
        return format4(cmap, best4);
    return {};
}

QByteArray PrintFonts::cmapWithoutRadicals(const QByteArray& cmap)
{
    QList<QPair<uint, uint>> map = unicodeMap(cmap);
    if (map.isEmpty())
        return {};
    map.erase(std::remove_if(map.begin(), map.end(), [](const auto& m) { return isRadical(m.first); }), map.end());
    std::sort(map.begin(), map.end());
    // Runs where code point and glyph both go up by one make one group each.
    QList<std::array<quint32, 3>> groups;
    for (const auto& [c, g] : map) {
        if (!groups.isEmpty() && groups.last()[1] + 1 == c && groups.last()[2] + (c - groups.last()[0]) == g)
            groups.last()[1] = c;
        else
            groups.append({c, c, g});
    }
    QByteArray sub;
    put16(sub, 12);
    put16(sub, 0);
    put32(sub, quint32(16 + groups.size() * 12));
    put32(sub, 0);
    put32(sub, quint32(groups.size()));
    for (const auto& g : groups) {
        put32(sub, g[0]);
        put32(sub, g[1]);
        put32(sub, g[2]);
    }
    // Two encoding records (Unicode full repertoire, Windows UCS-4) share the one subtable.
    QByteArray out;
    put16(out, 0);
    put16(out, 2);
    for (const auto& [platform, encoding] : {std::pair<quint16, quint16>{0, 4}, {3, 10}}) {
        put16(out, platform);
        put16(out, encoding);
        put32(out, 4 + 2 * 8);
    }
    return out + sub;
}

QString PrintFonts::family()
{
    static QMutex mutex;
    static QString family;
    QMutexLocker lock(&mutex);
    if (family.isEmpty())
        family = makeFamily();
    return family;
}

} // namespace zs
