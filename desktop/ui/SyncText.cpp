#include "desktop/ui/SyncText.h"

#include "desktop/core/domain/RecordText.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace zs::ui {

QString SyncText::tableName(const QString& table)
{
    if (table == QLatin1String("company"))
        return tr("客商");
    if (table == QLatin1String("contact"))
        return tr("联系人");
    if (table == QLatin1String("visit"))
        return tr("走访");
    if (table == QLatin1String("lead"))
        return tr("项目线索");
    if (table == QLatin1String("event"))
        return tr("推介活动");
    if (table == QLatin1String("material"))
        return tr("资料");
    return table;
}

QString SyncText::fieldName(const QString& table, const QString& column)
{
    if (column == QLatin1String("*"))
        return tr("整条记录");
    // Columns whose meaning depends on the table first, then the common ones.
    const QString key = table + QLatin1Char('.') + column;
    static const char* const specific[][2] = {
        {"company.name", QT_TR_NOOP("企业名称")},
        {"company.name_norm", QT_TR_NOOP("企业名称（查重用）")},
        {"company.notes", QT_TR_NOOP("备注")},
        {"contact.name", QT_TR_NOOP("姓名")},
        {"contact.title", QT_TR_NOOP("职务")},
        {"contact.notes", QT_TR_NOOP("关系备注")},
        {"contact.company_id", QT_TR_NOOP("所属企业")},
        {"event.title", QT_TR_NOOP("活动名称")},
        {"event.kind", QT_TR_NOOP("活动类型")},
        {"event.materials", QT_TR_NOOP("使用的资料")},
        {"visit.notes", QT_TR_NOOP("走访记录")},
        {"visit.materials", QT_TR_NOOP("发放资料")},
        {"visit.city", QT_TR_NOOP("走访城市")},
        {"lead.title", QT_TR_NOOP("项目名称")},
        {"lead.notes", QT_TR_NOOP("备注")},
        {"material.sha256", QT_TR_NOOP("文件指纹（SHA-256）")},
        {"material.title", QT_TR_NOOP("资料名称")},
        {"material.kind", QT_TR_NOOP("资料类型")},
        {"material.language", QT_TR_NOOP("语言")},
        {"material.version", QT_TR_NOOP("版本")},
        {"material.publisher", QT_TR_NOOP("发布单位")},
        {"material.valid_from", QT_TR_NOOP("有效期起")},
        {"material.valid_to", QT_TR_NOOP("有效期至")},
        {"material.mime", QT_TR_NOOP("文件类型")},
        {"material.size", QT_TR_NOOP("文件大小")},
        {"material.pages", QT_TR_NOOP("页数")},
        {"material.supersedes_id", QT_TR_NOOP("取代的旧版本")},
        {"material.company_id", QT_TR_NOOP("编制对象企业")},
    };
    for (const auto& entry : specific) {
        if (key == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    static const char* const common[][2] = {
        {"credit_code", QT_TR_NOOP("统一社会信用代码")},
        {"industry", QT_TR_NOOP("产业")},
        {"hq_city", QT_TR_NOOP("总部城市")},
        {"size", QT_TR_NOOP("企业规模")},
        {"revenue_wan", QT_TR_NOOP("年营业收入（万元）")},
        {"tags", QT_TR_NOOP("标签")},
        {"hometown", QT_TR_NOOP("乡贤企业")},
        {"source", QT_TR_NOOP("信息来源")},
        {"phones", QT_TR_NOOP("电话")},
        {"email", QT_TR_NOOP("电子邮箱")},
        {"wechat", QT_TR_NOOP("微信号")},
        {"held_on", QT_TR_NOOP("日期")},
        {"city", QT_TR_NOOP("城市")},
        {"organiser", QT_TR_NOOP("主办方")},
        {"visited_at", QT_TR_NOOP("走访时间")},
        {"place", QT_TR_NOOP("地点")},
        {"officers", QT_TR_NOOP("走访人员")},
        {"company_id", QT_TR_NOOP("企业")},
        {"purpose", QT_TR_NOOP("目的")},
        {"outcome", QT_TR_NOOP("成果")},
        {"intent", QT_TR_NOOP("投资意向")},
        {"next_step", QT_TR_NOOP("下一步")},
        {"next_due", QT_TR_NOOP("下一步期限")},
        {"next_done", QT_TR_NOOP("下一步已完成")},
        {"chain_link", QT_TR_NOOP("产业链环节")},
        {"investment_wan", QT_TR_NOOP("计划投资（万元）")},
        {"land_mu", QT_TR_NOOP("用地需求（亩）")},
        {"floor_m2", QT_TR_NOOP("厂房需求（㎡）")},
        {"target_region", QT_TR_NOOP("意向县（市、区）")},
        {"target_park", QT_TR_NOOP("意向园区")},
        {"source_kind", QT_TR_NOOP("线索来源")},
        {"source_detail", QT_TR_NOOP("来源说明")},
        {"event_id", QT_TR_NOOP("来源活动")},
        {"officer", QT_TR_NOOP("负责人")},
        {"stage", QT_TR_NOOP("阶段")},
        {"stage_reason", QT_TR_NOOP("阶段说明")},
        {"notes", QT_TR_NOOP("备注")},
        {"created_at", QT_TR_NOOP("创建时间")},
        {"updated_at", QT_TR_NOOP("修改时间")},
    };
    for (const auto& entry : common) {
        if (column == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return column;
}

QString SyncText::teamName(const QJsonObject& status)
{
    const QString name = status.value(QStringLiteral("team_name")).toString();
    return name.isEmpty() ? status.value(QStringLiteral("team")).toString() : name;
}

QString SyncText::roleName(const QString& role)
{
    if (role == QLatin1String("officer"))
        return tr("招商专员");
    if (role == QLatin1String("lead"))
        return tr("组长");
    if (role == QLatin1String("analyst"))
        return tr("总部分析员");
    if (role == QLatin1String("admin"))
        return tr("管理员");
    return role;
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
