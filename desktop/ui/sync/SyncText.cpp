#include "desktop/ui/sync/SyncText.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/registry/RecordKinds.h"
#include "sync/protocol/SyncSchema.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace zs::ui {

QString SyncText::tableName(const QString& table)
{
    return RecordKinds::tableLabel(table);
}

QString SyncText::fieldName(const QString& table, const QString& column)
{
    if (column == QLatin1String("*"))
        return tr("整条记录");
    return RecordKinds::fieldLabel(table, column);
}

QString SyncText::teamName(const QJsonObject& status)
{
    const QString name = status.value(QStringLiteral("team_name")).toString();
    return name.isEmpty() ? status.value(QStringLiteral("team")).toString() : name;
}

QString SyncText::roleName(const QString& role)
{
    return sync::SyncSchema::city().roleLabel(role);
}

QString SyncText::quarantineSummary(const QString& summary)
{
    QStringList parts;
    for (const QString& part : summary.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const qsizetype times = part.indexOf(QStringLiteral(" ×"));
        if (times < 0) {
            parts << tableName(part);
            continue;
        }
        parts << tr("%1 %2 条").arg(tableName(part.left(times)), part.mid(times + 2));
    }
    return parts.join(tr("、"));
}

QString SyncText::value(const QString& column, const QString& stored)
{
    if (stored.isEmpty())
        return tr("（空）");
    bool number = false;
    const qint64 n = stored.toLongLong(&number);
    if (number && column.endsWith(QLatin1String("_at")))
        return absoluteTime(n);
    if (column == QLatin1String("hometown") || column == QLatin1String("next_done"))
        return stored == QLatin1String("0") || stored == QLatin1String("false") ? tr("否") : tr("是");
    if (column == QLatin1String("size"))
        return RecordText::sizeName(stored).isEmpty() ? stored : RecordText::sizeName(stored);
    if (column == QLatin1String("city"))
        return RecordText::cityName(stored);
    if (column == QLatin1String("intent") && number)
        return RecordText::intentName(int(n));
    if (column == QLatin1String("kind"))
        return RecordText::eventKindName(stored).isEmpty() ? stored : RecordText::eventKindName(stored);
    if (column == QLatin1String("source_kind"))
        return RecordText::leadSourceName(stored).isEmpty() ? stored : RecordText::leadSourceName(stored);
    return stored;
}

QString SyncText::absoluteTime(qint64 wallMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(wallMs), tr("yyyy年M月d日 HH:mm"));
}

QString SyncText::relativeTime(qint64 wallMs, qint64 nowMs)
{
    const qint64 seconds = (nowMs - wallMs) / 1000;
    if (seconds < 60)
        return tr("刚刚");
    if (seconds < 3600)
        return tr("%1 分钟前").arg(seconds / 60);
    const QDateTime then = QDateTime::fromMSecsSinceEpoch(wallMs);
    const qint64 days = then.date().daysTo(QDateTime::fromMSecsSinceEpoch(nowMs).date());
    if (days == 0)
        return tr("%1 小时前").arg(seconds / 3600);
    if (days == 1)
        return tr("昨天 %1").arg(then.toString(QStringLiteral("HH:mm")));
    return tr("%1 天前").arg(days);
}

QString SyncText::shortTime(qint64 wallMs, qint64 nowMs)
{
    const QDateTime then = QDateTime::fromMSecsSinceEpoch(wallMs);
    if (then.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date())
        return then.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(then.date(), tr("M月d日"));
}

} // namespace zs::ui
