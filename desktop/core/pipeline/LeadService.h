#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

namespace zs {

class Database;

// Saving a lead as the lead form (and `zhaoshang-cli move-stage`) does it: the lead's fields and, when its stage
// changes, the move with its reason and a stage-history row, in one transaction. The stage rules (a reason for
// 退回, 搁置, 终止…) are LeadRepository's; their problems name the field "stage" or "stage_reason".
class LeadService
{
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

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
