#pragma once

#include "desktop/core/agreements/ServicePlan.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QJsonObject>
#include <QList>

namespace zs {

class Database;

// One landed project's one-to-one service (policy paper 四(四)3 项目跟踪服务) as this workspace holds it: its
// milestones with where each stands, the enterprise's requests with their days to answer, the specialist's service
// log, and a template's milestones planned onto the agreement's dates.
class ProjectService
{
    Q_DECLARE_TR_FUNCTIONS(ProjectService)

public:
    struct Milestone
    {
        MilestoneFacts facts;
        QString stageName; // 审批手续
        QString stateName; // 办理中
        QString roles;
        int headcount = 0;
        MilestoneCheck check;
    };
    struct Request
    {
        RequestFacts facts;
        QString subject;
        QString department;
        QString answer;
        RequestCheck check;
    };
    struct LogEntry
    {
        QString id;
        QDate on;
        QString mode; // 上门服务
        QString specialist;
        QString content;
        QString nextStep;
    };
    struct State
    {
        QString agreementId;
        QString number;
        QDate asOf;
        QList<Milestone> milestones; // in the stages' order, then by date
        QList<Request> requests;     // newest first
        QList<LogEntry> log;         // newest first
        ServiceSummary summary;
    };

    explicit ProjectService(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // The agreement (its id or number) as the plan reads it; NotFound when there is no such live agreement.
    Result<std::pair<QString, ServiceAnchors>> anchors(const QString& agreement);
    Result<State> read(const QString& agreement, QDate asOf,
                       const ServiceTemplates& templates = ServiceTemplates::bundled());
    // The template's milestones the agreement does not have yet (same stage and item, whatever their state), created
    // in one transaction as 未开始 with their planned dates; returns how many were made.
    Result<int> applyTemplate(const QString& agreement, const QString& templateCode,
                              const ServiceTemplates& templates = ServiceTemplates::bundled());
    // What `zhaoshang-cli service` prints.
    static QJsonObject toJson(const State& state);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
