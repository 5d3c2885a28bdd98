#include "desktop/core/pipeline/LeadRepository.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/RowBinding.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

namespace zs {

namespace {
#define LEAD_COLUMNS                                                                                                   \
    "id, scope, company_id, title, industry, chain_link, investment_wan, land_mu, floor_m2, target_region, "           \
    "target_park, source_kind, source_detail, event_id, officer, stage, stage_reason, notes, created_at, updated_at"

Lead read(const Statement& s)
{
    Lead l;
    l.id = s.text(0);
    l.scope = s.text(1);
    l.companyId = s.text(2);
    l.title = s.text(3);
    l.industry = s.text(4);
    l.chainLink = s.text(5);
    l.investmentWan = rows::optionalReal(s, 6);
    l.landMu = rows::optionalReal(s, 7);
    l.floorM2 = rows::optionalReal(s, 8);
    l.targetRegion = s.text(9);
    l.targetPark = s.text(10);
    l.sourceKind = s.text(11);
    l.sourceDetail = s.text(12);
    l.eventId = s.text(13);
    l.officer = s.text(14);
    l.stage = s.text(15);
    l.stageReason = s.text(16);
    l.notes = s.text(17);
    l.createdAt = s.int64(18);
    l.updatedAt = s.int64(19);
    return l;
}

// Binds ?1…?19 in LEAD_COLUMNS order (?19 is the time of the write).
void bindLead(Statement& s, const Lead& l, qint64 now)
{
    s.bind(1, l.id).bind(2, l.scope).bind(3, l.companyId).bind(4, l.title).bind(5, rows::text(l.industry));
    s.bind(6, rows::text(l.chainLink));
    rows::bindOptional(s, 7, l.investmentWan);
    rows::bindOptional(s, 8, l.landMu);
    rows::bindOptional(s, 9, l.floorM2);
    s.bind(10, rows::text(l.targetRegion)).bind(11, rows::text(l.targetPark)).bind(12, l.sourceKind);
    s.bind(13, rows::text(l.sourceDetail)).bind(14, rows::text(l.eventId)).bind(15, rows::text(l.officer));
    s.bind(16, l.stage).bind(17, rows::text(l.stageReason)).bind(18, rows::text(l.notes)).bind(19, now);
}

// A foreign-key failure means the chosen company or source event no longer exists: say so at the field.
Result<void> explainMissingReference(Result<void> ran)
{
    if (ran.ok() || ran.error().code != ErrorCode::Invalid)
        return ran;
    Error error = makeError(ErrorCode::Invalid, LeadRepository::tr("线索所属的企业或来源活动不存在，请重新选择。"),
                            ran.error().detail);
    error.fields.insert(QStringLiteral("company"), error.message);
    return error;
}
} // namespace

QMap<QString, QString> LeadRepository::validate(const Lead& l)
{
    QMap<QString, QString> problems;
    if (l.companyId.isEmpty())
        problems.insert(QStringLiteral("company"), tr("请选择线索所属的企业。"));
    if (l.title.trimmed().isEmpty())
        problems.insert(QStringLiteral("title"), tr("请填写项目名称。"));
    const auto negative = [&](const std::optional<double>& v, const char* field, const QString& message) {
        if (v && *v < 0)
            problems.insert(QLatin1String(field), message);
    };
    negative(l.investmentWan, "investment_wan", tr("计划投资额不能为负数。"));
    negative(l.landMu, "land_mu", tr("用地需求不能为负数。"));
    negative(l.floorM2, "floor_m2", tr("厂房面积需求不能为负数。"));
    if (!RecordText::leadSources().contains(l.sourceKind))
        problems.insert(QStringLiteral("source_kind"), tr("请选择线索来源。"));
    if (l.sourceKind == QLatin1String("event") && l.eventId.isEmpty())
        problems.insert(QStringLiteral("event"), tr("来源是推介活动时，请选择是哪一场活动。"));
    repo::checkTextLimits(problems, {{"title", l.title},
                                     {"industry", l.industry},
                                     {"chain_link", l.chainLink},
                                     {"target_region", l.targetRegion},
                                     {"target_park", l.targetPark},
                                     {"source_detail", l.sourceDetail},
                                     {"officer", l.officer},
                                     {"stage_reason", l.stageReason},
                                     {"notes", l.notes}});
    return problems;
}

Result<LeadRepository::StageInfo> LeadRepository::stageInfo(const QString& code)
{
    auto stmt = m_db.cached("SELECT sort, kind, name FROM ref_stage WHERE code = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, code);
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Invalid, tr("未知的项目阶段：%1").arg(code));
    return StageInfo{static_cast<int>((*stmt)->int64(0)), (*stmt)->text(1), (*stmt)->text(2)};
}

Result<void> LeadRepository::recordStage(const QString& id, const QString& stage, qint64 at, const QString& reason)
{
    // A detail row of the lead: its scope, and synced with it (sync/protocol/CitySchema.cpp).
    auto stmt = m_db.cached(
        "INSERT INTO lead_stage (id, scope, lead_id, stage, changed_at, reason, changed_by, "
        "updated_at) VALUES (?1, (SELECT scope FROM lead WHERE id = ?2), ?2, ?3, ?4, ?5, " ZS_CURRENT_USER ", ?4)");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, Uuid7::create(at)).bind(2, id).bind(3, stage).bind(4, at).bind(5, rows::text(reason));
    return (*stmt)->run();
}

Result<void> LeadRepository::fillChainLink(Lead& l)
{
    // The industry fixes the chain link (补链 analysis works on links); an explicit link is kept.
    if (!l.chainLink.isEmpty() || l.industry.isEmpty())
        return {};
    auto stmt = m_db.cached("SELECT link FROM ref_industry WHERE code = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, l.industry);
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (row.value())
        l.chainLink = (*stmt)->text(0);
    return {};
}

Result<QString> LeadRepository::create(Lead& l)
{
    l.title = l.title.trimmed();
    ZS_TRY(fillChainLink(l));
    const auto problems = validate(l);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    auto stage = stageInfo(l.stage);
    if (!stage.ok())
        return stage.error();
    if (l.scope.isEmpty()) {
        auto scope = repo::teamScope(m_db);
        if (!scope.ok())
            return scope.error();
        l.scope = scope.value();
    }
    const qint64 now = m_clock.wallMs();
    l.id = Uuid7::create(now);
    l.createdAt = l.updatedAt = now;
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto stmt = m_db.cached("INSERT INTO lead (" LEAD_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                            "?12, ?13, nullif(?14, ''), ?15, ?16, ?17, ?18, ?19, ?19)");
    if (!stmt.ok())
        return stmt.error();
    bindLead(**stmt, l, now);
    ZS_TRY(explainMissingReference((*stmt)->run()));
    ZS_TRY(recordStage(l.id, l.stage, now, l.stageReason));
    ZS_TRY(tx->commit());
    return l.id;
}

Result<void> LeadRepository::update(Lead& l)
{
    l.title = l.title.trimmed();
    ZS_TRY(fillChainLink(l));
    const auto problems = validate(l);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    l.updatedAt = m_clock.wallMs();
    // Same parameter numbers as the INSERT (scope ?2 and stage ?16/?17 are not changed here).
    auto stmt = m_db.cached("UPDATE lead SET company_id = ?3, title = ?4, industry = ?5, chain_link = ?6, "
                            "investment_wan = ?7, land_mu = ?8, floor_m2 = ?9, target_region = ?10, target_park = ?11, "
                            "source_kind = ?12, source_detail = ?13, event_id = nullif(?14, ''), officer = ?15, "
                            "notes = ?18, updated_at = ?19 WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    bindLead(**stmt, l, l.updatedAt);
    ZS_TRY(explainMissingReference((*stmt)->run()));
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("找不到这条线索，可能已被删除。"), l.id);
    return {};
}

Result<Lead> LeadRepository::get(const QString& id)
{
    auto stmt = m_db.cached("SELECT " LEAD_COLUMNS " FROM lead WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    return repo::one(*stmt, read, makeError(ErrorCode::NotFound, tr("找不到这条线索，可能已被删除。"), id));
}

Result<void> LeadRepository::moveToStage(const QString& id, const QString& stage, const QString& reason)
{
    auto lead = get(id);
    if (!lead.ok())
        return lead.error();
    if (lead->stage == stage)
        return {};
    auto from = stageInfo(lead->stage);
    auto to = stageInfo(stage);
    if (!from.ok())
        return from.error();
    if (!to.ok())
        return to.error();
    const bool closing = to->kind == QLatin1String("closed");
    const bool backwards = !closing && from->kind != QLatin1String("closed") && to->sort < from->sort;
    if ((closing || backwards) && reason.trimmed().isEmpty()) {
        Error error =
            makeError(ErrorCode::Invalid, closing ? tr("转为「%1」需要写明原因。").arg(to->name)
                                                  : tr("从「%1」退回「%2」需要写明原因。").arg(from->name, to->name));
        error.fields.insert(QStringLiteral("stage_reason"), error.message);
        return error;
    }
    const qint64 now = m_clock.wallMs();
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto stmt = m_db.cached("UPDATE lead SET stage = ?2, stage_reason = ?3, updated_at = ?4 WHERE id = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, stage).bind(3, rows::text(reason.trimmed())).bind(4, now);
    ZS_TRY((*stmt)->run());
    ZS_TRY(recordStage(id, stage, now, reason.trimmed()));
    return tx->commit();
}

Result<QList<LeadRepository::StageChange>> LeadRepository::stageHistory(const QString& id)
{
    auto stmt =
        m_db.cached("SELECT stage, changed_at, reason, changed_by FROM lead_stage WHERE lead_id = ?1 AND deleted = 0 "
                    "ORDER BY changed_at, rid");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    return repo::all(*stmt, [](const Statement& s) {
        return StageChange{s.text(0), s.int64(1), s.text(2), s.text(3)};
    });
}

} // namespace zs
