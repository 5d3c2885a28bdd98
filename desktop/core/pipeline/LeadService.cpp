#include "desktop/core/pipeline/LeadService.h"

#include "desktop/core/pipeline/LeadRepository.h"
#include "sync/store/Transaction.h"

namespace zs {

Result<Lead> LeadService::save(const Lead& lead, const QString& stage, const QString& reason)
{
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    LeadRepository repo(m_db, m_clock);
    Lead l = lead;
    if (l.id.isEmpty()) {
        l.stage = stage;
        l.stageReason = reason.trimmed();
        auto id = repo.create(l);
        if (!id.ok())
            return id.error();
    } else {
        const QString before = l.stage;
        ZS_TRY(repo.update(l));
        if (stage != before)
            ZS_TRY(repo.moveToStage(l.id, stage, reason));
    }
    ZS_TRY(tx->commit());
    return l;
}

Result<void> LeadService::moveToStage(const QString& leadId, const QString& stage, const QString& reason)
{
    return LeadRepository(m_db, m_clock).moveToStage(leadId, stage, reason);
}

} // namespace zs
