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

Result<int> LeadService::moveManyToStage(const QStringList& leadIds, const QString& stage, const QString& reason)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    LeadRepository repo(m_db, m_clock);
    int moved = 0;
    for (const QString& id : leadIds) {
        ZS_TRY_ASSIGN(const Lead lead, repo.get(id));
        if (lead.stage == stage)
            continue;
        auto done = repo.moveToStage(id, stage, reason);
        if (!done.ok()) {
            Error error = done.error();
            error.message = tr("「%1」：%2").arg(lead.title, error.message);
            return error;
        }
        ++moved;
    }
    ZS_TRY(tx.commit());
    return moved;
}

Result<int> LeadService::assign(const QStringList& leadIds, const QString& officer)
{
    const QString name = officer.trimmed();
    if (name.isEmpty()) {
        Error error = makeError(ErrorCode::Invalid, tr("请填写负责人。"));
        error.fields.insert(QStringLiteral("officer"), error.message);
        return error;
    }
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    LeadRepository repo(m_db, m_clock);
    int changed = 0;
    for (const QString& id : leadIds) {
        ZS_TRY_ASSIGN(Lead lead, repo.get(id));
        if (lead.officer == name)
            continue;
        lead.officer = name;
        ZS_TRY(repo.update(lead));
        ++changed;
    }
    ZS_TRY(tx.commit());
    return changed;
}

} // namespace zs
