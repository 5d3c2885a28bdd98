#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace zs::ui {

// Plain-Chinese words for what sync stores as codes: table and column names, roles, the quarantine's summaries,
// stored values and times ("3 分钟前（2026年11月27日 10:42）").
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)

public:
    static QString tableName(const QString& table); // company → 客商
    static QString fieldName(const QString& table, const QString& column);
    static QString roleName(const QString& role); // officer → 招商专员
    // The team as HQ names it (广州组), else its id for workspaces enrolled before HQ sent names.
    static QString teamName(const QJsonObject& status);
    // "visit ×2, company ×1" (LocalReplica's summary) → "走访 2 条、客商 1 条"
    static QString quarantineSummary(const QString& summary);
    // A stored value as the officer knows it: times, yes/no and codes spelled out; empty → （空）.
    static QString value(const QString& column, const QString& stored);
    static QString absoluteTime(qint64 wallMs);               // 2026年11月27日 10:42
    static QString relativeTime(qint64 wallMs, qint64 nowMs); // 刚刚, 5 分钟前, 昨天 10:42, 3 天前
    static QString shortTime(qint64 wallMs, qint64 nowMs);    // 10:42 today, else 11月26日
};

} // namespace zs::ui
