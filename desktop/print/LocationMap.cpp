#include "desktop/print/LocationMap.h"

#include "desktop/print/PrintFonts.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace zs {

namespace {
struct Place
{
    const char* name;
    double lon;
    double lat;
    Qt::Alignment label; // where the name goes beside the dot
};

// County seats (approximate): the three districts round the city centre, the seven counties and county-level cities.
const Place kSeats[] = {
    {QT_TRANSLATE_NOOP("LocationMap", "乐昌市"), 113.35, 25.13, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("LocationMap", "南雄市"), 114.31, 25.12, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("LocationMap", "仁化县"), 113.75, 25.09, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("LocationMap", "始兴县"), 114.07, 24.95, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("LocationMap", "乳源县"), 113.28, 24.78, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("LocationMap", "武江区"), 113.55, 24.80, Qt::AlignLeft | Qt::AlignTop},
    {QT_TRANSLATE_NOOP("LocationMap", "浈江区"), 113.63, 24.82, Qt::AlignRight | Qt::AlignTop},
    {QT_TRANSLATE_NOOP("LocationMap", "曲江区"), 113.60, 24.68, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("LocationMap", "翁源县"), 114.13, 24.35, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("LocationMap", "新丰县"), 114.21, 24.06, Qt::AlignRight},
};
// The Beijing–Guangzhou high-speed line and the G4 expressway across the city, north to south.
const QPointF kRail[] = {{113.30, 25.40}, {113.35, 25.13}, {113.58, 24.78}, {113.42, 24.25}, {113.25, 23.85}};
const QPointF kRoad[] = {{113.46, 25.40}, {113.40, 25.10}, {113.64, 24.74}, {113.56, 24.30}, {113.47, 23.85}};
// The map's frame in degrees.
constexpr double kWest = 112.95, kEast = 114.60, kNorth = 25.40, kSouth = 23.85;

const QColor kInk(0x1d, 0x27, 0x33);
const QColor kNavy(0x1f, 0x3b, 0x57);
const QColor kBlue(0x2f, 0x6d, 0xa3);
const QColor kMuted(0x5b, 0x6b, 0x7a);
const QColor kRailColor(0xc0, 0x39, 0x2b);
const QColor kRoadColor(0xd9, 0x8c, 0x1f);

QFont face(double pixels, bool bold = false)
{
    QFont f(PrintFonts::family());
    f.setPixelSize(qRound(pixels));
    f.setBold(bold);
    return f;
}

void drawLine(QPainter& p, const QList<QPointF>& points, const QColor& color, double width, Qt::PenStyle style)
{
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QPolygonF(points));
}

// Text beside a point: to its left or right, above or below, centred on it otherwise.
void label(QPainter& p, QPointF at, const QString& text, Qt::Alignment side, double gap)
{
    const QFontMetricsF m(p.font());
    const double w = m.horizontalAdvance(text);
    const double h = m.height();
    QPointF origin(at.x() - w / 2, at.y() - h / 2);
    if (side & Qt::AlignLeft)
        origin.setX(at.x() - gap - w);
    else if (side & Qt::AlignRight)
        origin.setX(at.x() + gap);
    if (side & Qt::AlignTop)
        origin.setY(at.y() - gap - h);
    else if (side & Qt::AlignBottom)
        origin.setY(at.y() + gap);
    p.drawText(QRectF(origin, QSizeF(w + 2, h)), Qt::AlignLeft | Qt::AlignVCenter, text);
}
} // namespace

QImage LocationMap::render(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double unit = size.height() / 760.0; // everything scales with the picture

    // Left: the city, in degrees (a degree of longitude is cos(latitude) of one of latitude).
    const QRectF mapBox(24 * unit, 24 * unit, size.height() - 48 * unit, size.height() - 48 * unit);
    p.setPen(QPen(QColor(0xc9, 0xd6, 0xe3), 2 * unit));
    p.setBrush(QColor(0xee, 0xf3, 0xf8));
    p.drawRoundedRect(mapBox, 18 * unit, 18 * unit);
    const double cosLat = std::cos((kNorth + kSouth) / 2 * M_PI / 180);
    const double scale = std::min(mapBox.width() / ((kEast - kWest) * cosLat), mapBox.height() / (kNorth - kSouth));
    const auto at = [&](double lon, double lat) {
        return QPointF(mapBox.left() + (lon - kWest) * cosLat * scale, mapBox.top() + (kNorth - lat) * scale);
    };
    const auto path = [&](const auto& points) {
        QList<QPointF> out;
        for (const QPointF& d : points)
            out << at(d.x(), d.y());
        return out;
    };
    p.save();
    p.setClipRect(mapBox.adjusted(2, 2, -2, -2));
    drawLine(p, path(kRoad), kRoadColor, 7 * unit, Qt::SolidLine);
    drawLine(p, path(kRail), Qt::white, 12 * unit, Qt::SolidLine);
    drawLine(p, path(kRail), kRailColor, 9 * unit, Qt::SolidLine);
    p.restore();

    p.setFont(face(26 * unit));
    for (const Place& s : kSeats) {
        const QPointF point = at(s.lon, s.lat);
        const bool centre = qstrcmp(s.name, "浈江区") == 0;
        p.setPen(QPen(Qt::white, 3 * unit));
        p.setBrush(centre ? kRailColor : kNavy);
        p.drawEllipse(point, (centre ? 13 : 9) * unit, (centre ? 13 : 9) * unit);
        p.setPen(kInk);
        label(p, point, tr(s.name), s.label, 14 * unit);
    }
    // Where the roads lead: north to Hunan, east to Jiangxi, south to the Greater Bay Area.
    p.setFont(face(24 * unit, true));
    p.setPen(kBlue);
    label(p, QPointF(mapBox.center().x() - 40 * unit, mapBox.top() + 26 * unit), tr("↑ 湖南"), Qt::AlignRight, 0);
    label(p, QPointF(mapBox.right() - 20 * unit, mapBox.top() + 70 * unit), tr("江西 →"), Qt::AlignLeft, 0);
    label(p, QPointF(mapBox.center().x() - 40 * unit, mapBox.bottom() - 30 * unit), tr("↓ 广州 · 大湾区"),
          Qt::AlignRight, 0);

    // Right: title, the way to the Bay Area as a line diagram, the legend and the schematic's note.
    const double left = mapBox.right() + 56 * unit;
    const double right = size.width() - 40 * unit;
    p.setPen(kNavy);
    p.setFont(face(50 * unit, true));
    p.drawText(QRectF(left, 36 * unit, right - left, 70 * unit), Qt::AlignLeft | Qt::AlignVCenter,
               tr("韶关区位示意图"));
    p.setPen(kMuted);
    p.setFont(face(26 * unit));
    p.drawText(QRectF(left, 108 * unit, right - left, 40 * unit), Qt::AlignLeft | Qt::AlignVCenter,
               tr("广东北部门户 · 粤港澳大湾区连接内陆腹地的通道城市"));

    // 韶关 → 清远 → 广州 → 东莞 → 深圳 along the high-speed line.
    const QStringList stops = {tr("韶关"), tr("清远"), tr("广州"), tr("东莞"), tr("深圳")};
    const double lineY = 250 * unit;
    const double step = (right - left - 60 * unit) / (stops.size() - 1);
    drawLine(p, {QPointF(left + 30 * unit, lineY), QPointF(left + 30 * unit + step * (stops.size() - 1), lineY)},
             kRailColor, 9 * unit, Qt::SolidLine);
    for (int i = 0; i < stops.size(); ++i) {
        const QPointF point(left + 30 * unit + step * i, lineY);
        p.setPen(QPen(i == 0 ? kRailColor : kNavy, 5 * unit));
        p.setBrush(Qt::white);
        p.drawEllipse(point, 16 * unit, 16 * unit);
        p.setPen(kInk);
        p.setFont(face(30 * unit, i == 0));
        label(p, point, stops[i], Qt::AlignBottom, 24 * unit);
    }
    p.setPen(kRailColor);
    p.setFont(face(26 * unit, true));
    label(p, QPointF(left + 30 * unit + step, lineY), tr("高铁到广州约一小时"), Qt::AlignTop, 26 * unit);

    // Legend.
    double y = 400 * unit;
    p.setFont(face(26 * unit));
    const auto legend = [&](const QColor& color, double width, const QString& text, bool dot) {
        if (dot) {
            p.setPen(QPen(Qt::white, 3 * unit));
            p.setBrush(kNavy);
            p.drawEllipse(QPointF(left + 40 * unit, y), 9 * unit, 9 * unit);
        } else {
            drawLine(p, {QPointF(left + 10 * unit, y), QPointF(left + 70 * unit, y)}, color, width, Qt::SolidLine);
        }
        p.setPen(kInk);
        label(p, QPointF(left + 90 * unit, y), text, Qt::AlignRight, 0);
        y += 52 * unit;
    };
    legend(kRailColor, 9 * unit, tr("京广高铁"), false);
    legend(kRoadColor, 7 * unit, tr("京港澳高速"), false);
    legend(kNavy, 0, tr("区、县（市）政府驻地（红点为市中心城区）"), true);

    p.setPen(kMuted);
    p.setFont(face(22 * unit));
    p.drawText(QRectF(left, size.height() - 90 * unit, right - left, 60 * unit), Qt::AlignLeft | Qt::AlignBottom,
               tr("示意图，位置为近似，不作为标准地图使用。"));
    p.end();
    return image;
}

} // namespace zs
