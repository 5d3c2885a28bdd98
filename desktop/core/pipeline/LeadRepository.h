#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QList>

namespace zs {

class Database;

// 招商线索/项目 and their pipeline: 线索 → 接洽 → 考察 → 在谈 → 签约 → 落地 → 开工 → 投产 → 达产, or 搁置/终止
// with a reason. Every stage change is kept with its date.
class LeadRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadRepository)

public:
    explicit LeadRepository(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    QMap<QString, QString> validate(const Lead& lead);
    Result<QString> create(Lead& lead);
    // Saves everything except the stage (which moves only through moveToStage).
    Result<void> update(Lead& lead);
    Result<Lead> get(const QString& id);
    // Forward moves need no reason; going back, or to 搁置/终止, needs one.
    Result<void> moveToStage(const QString& id, const QString& stage, const QString& reason = {});

    struct StageChange
    {
        QString stage;
        qint64 changedAt;
        QString reason;
        QString changedBy; // the officer's name as enrolled; empty on a laptop never enrolled
    };
    Result<QList<StageChange>> stageHistory(const QString& id);

private:
    struct StageInfo
    {
        int sort = 0;
        QString kind;
        QString name;
    };
    Result<StageInfo> stageInfo(const QString& code);
    Result<void> fillChainLink(Lead& lead);
    Result<void> recordStage(const QString& id, const QString& stage, qint64 at, const QString& reason);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
