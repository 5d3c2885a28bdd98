#pragma once

#include "sync/store/Error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace zs {

class Database;

// What the dashboard (工作台) shows: follow-ups overdue, due today and in the coming week, recent visits, my leads by
// stage, record counts.
class WorkspaceOverview
{
public:
    struct FollowUp
    {
        QString visitId;
        QString company;
        QString nextStep;
        QDate due;
    };
    struct RecentVisit
    {
        QString visitId;
        qint64 visitedAt;
        QString company;
        QString outcome;
    };
    struct StageCount
    {
        QString stage;
        QString name;
        int count;
    };
    struct Summary
    {
        QList<FollowUp> dueToday;
        QList<FollowUp> overdue;
        QList<FollowUp> dueThisWeek; // after today, within kWeekDays
        QList<RecentVisit> recentVisits;
        QList<StageCount> leadsByStage;
        qint64 companies = 0;
        qint64 contacts = 0;
        qint64 visits = 0;
        qint64 leads = 0;
        qint64 events = 0;
    };

    static constexpr int kWeekDays = 7;

    explicit WorkspaceOverview(Database& db)
        : m_db(db)
    {
    }
    Result<Summary> summary(const QDate& today, int recentCount = 8);

private:
    Database& m_db;
};

} // namespace zs
