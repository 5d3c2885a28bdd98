#include "desktop/core/sites/ReclaimedLand.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

namespace zs {

Result<ReclaimedLand::Recorded> ReclaimedLand::record(const QString& agreement, QDate on, int condition,
                                                      const QString& takenBy)
{
    ZS_TRY_ASSIGN(auto find, m_db.cached("SELECT a.id, a.number, a.region, a.park, a.land_mu, coalesce(c.name, ''), "
                                         "coalesce(a.signed_on, ''), coalesce(a.start_due, ''), coalesce(p.name, "
                                         "r.name, a.region) FROM agreement a LEFT JOIN company c ON c.id = "
                                         "a.company_id LEFT JOIN ref_park p ON p.code = a.park LEFT JOIN ref_region r "
                                         "ON r.code = a.region WHERE (a.id = ?1 OR a.number = ?1) AND a.deleted = 0 "
                                         "ORDER BY a.id = ?1 DESC LIMIT 1"));
    find->bind(1, agreement);
    ZS_TRY_ASSIGN(const bool found, find->step());
    if (!found)
        return makeError(ErrorCode::NotFound, tr("找不到投资协议「%1」。").arg(agreement));
    const QString id = find->text(0);
    const QString number = find->text(1);
    const QString region = find->text(2);
    const QString park = find->text(3);
    const bool hasLand = !find->isNull(4) && find->real(4) > 0;
    const double mu = hasLand ? find->real(4) : 0;
    const QString company = find->text(5);
    const QString signedOn = find->text(6);
    const QString startDue = find->text(7);
    const QString where = find->text(8);
    find->reset();
    if (!hasLand)
        return makeError(ErrorCode::Invalid,
                         tr("协议 %1 没有登记用地面积，无法把收回的土地登记进用地厂房清单。").arg(number));

    const QString day = on.toString(Qt::ISODate);
    Recorded r;
    r.siteName = tr("%1 收回地块（%2）").arg(where, number);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db)); // the measure and the site, or neither
    ZS_TRY_ASSIGN(r.measureId,
                  RecordStore(m_db, RecordKinds::get(RecordKind::AgreementMeasure), m_clock)
                      .create({{QStringLiteral("agreement_id"), id},
                               {QStringLiteral("taken_on"), day},
                               {QStringLiteral("measure"), QStringLiteral("reclaim")},
                               {QStringLiteral("condition_no"), condition > 0 ? QString::number(condition) : QString()},
                               {QStringLiteral("taken_by"), takenBy},
                               {QStringLiteral("notes"), tr("依协议收回土地 %1 亩，登记进用地厂房清单").arg(mu)}}));
    ZS_TRY_ASSIGN(r.siteId,
                  RecordStore(m_db, RecordKinds::get(RecordKind::Site), m_clock)
                      .create({{QStringLiteral("name"), r.siteName},
                               {QStringLiteral("kind"), QStringLiteral("idle-land")},
                               {QStringLiteral("region"), region},
                               {QStringLiteral("park"), park},
                               {QStringLiteral("land_mu"), mu},
                               {QStringLiteral("land_use"), tr("工业用地")},
                               {QStringLiteral("state"), QStringLiteral("idle")},
                               {QStringLiteral("idle_since"), day},
                               {QStringLiteral("revitalise"), QStringLiteral("none")},
                               {QStringLiteral("idle_reason"),
                                tr("依投资协议 %1 的土地退出条款收回（%2）。原受让企业：%3；签约 %4，约定开工 %5。")
                                    .arg(number, day, company.isEmpty() ? tr("未登记") : company,
                                         signedOn.isEmpty() ? tr("未登记") : signedOn,
                                         startDue.isEmpty() ? tr("未登记") : startDue)}}));
    ZS_TRY(tx.commit());
    return r;
}

} // namespace zs
