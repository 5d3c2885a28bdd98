#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace zs {

class Database;

// Saving a lead as the lead form (and `zhaoshang-cli move-stage`) does it: the lead's fields and, when its stage
// changes, the move with its reason and a stage-history row, in one transaction. The stage rules (a reason for
// 退回, 搁置, 终止…) are LeadRepository's; their problems name the field "stage" or "stage_reason".
class LeadService
{
    Q_DECLARE_TR_FUNCTIONS(LeadService)

public:
    explicit LeadService(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // A new lead starts at `stage`; an existing one is updated, then moved there if it is elsewhere.
    Result<Lead> save(const Lead& lead, const QString& stage, const QString& reason);
    // Moves one lead (nothing else changes).
    Result<void> moveToStage(const QString& leadId, const QString& stage, const QString& reason);
    // The list's bulk actions, all or none in one transaction: several leads moved to one stage (each under the
    // stage rules: the first refused names its lead), or handed to one officer (负责人). Return how many changed.
    Result<int> moveManyToStage(const QStringList& leadIds, const QString& stage, const QString& reason);
    Result<int> assign(const QStringList& leadIds, const QString& officer);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
