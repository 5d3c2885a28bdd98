#include "desktop/core/agreements/AgreementWatchService.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/Vocabularies.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Transaction.h"
#include "sync/store/Database.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QJsonArray>

#include <algorithm>

namespace zs {

namespace {
std::optional<double> real(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
}

QDate date(const Statement& s, int column)
{
    return QDate::fromString(s.text(column), Qt::ISODate);
}
} // namespace

Result<QList<AgreementFacts>> AgreementWatchService::facts(const QString& id)
{
    ZS_TRY_ASSIGN(
        auto agreements,
        m_db.cached("SELECT a.id, a.number, coalesce(c.name, ''), coalesce(r.name, a.region), coalesce(p.name, ''), "
                    "a.signing_scope, coalesce(s.name, ''), a.signed_on, a.start_due, a.completion_due, "
                    "a.production_due, a.land_mu, a.land_price_wan, a.total_wan, a.fixed_asset_wan, a.equipment_wan, "
                    "a.target_output_wan, a.target_tax_wan, a.target_jobs, a.target_year "
                    "FROM agreement a LEFT JOIN company c ON c.id = a.company_id "
                    "LEFT JOIN ref_region r ON r.code = a.region LEFT JOIN ref_park p ON p.code = a.park "
                    "LEFT JOIN specialist s ON s.id = a.specialist_id "
                    "WHERE a.deleted = 0 AND (coalesce(?1, '') = '' OR a.id = ?1) ORDER BY a.number"));
    agreements->bind(1, id);
    ZS_TRY_ASSIGN(QList<AgreementFacts> list, repo::all(agreements, [](const Statement& s) {
                      AgreementFacts f;
                      f.id = s.text(0);
                      f.number = s.text(1);
                      f.company = s.text(2);
                      f.region = s.text(3);
                      f.park = s.text(4);
                      f.signingScope = s.text(5);
                      f.specialist = s.text(6);
                      f.signedOn = date(s, 7);
                      f.startDue = date(s, 8);
                      f.completionDue = date(s, 9);
                      f.productionDue = date(s, 10);
                      f.landMu = real(s, 11);
                      f.landPriceWan = real(s, 12);
                      f.totalWan = real(s, 13);
                      f.fixedAssetWan = real(s, 14);
                      f.equipmentWan = real(s, 15);
                      f.targetOutputWan = real(s, 16);
                      f.targetTaxWan = real(s, 17);
                      f.targetJobs = real(s, 18);
                      f.targetYear = int(s.int64(19));
                      return f;
                  }));
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < list.size(); ++i)
        at.insert(list[i].id, i);
    // The details of every agreement in one pass each: the watch over 10,000 agreements reads five tables once.
    const auto details = [&](const char* sql, auto add) -> Result<void> {
        ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql));
        stmt->bind(1, id);
        for (;;) {
            ZS_TRY_ASSIGN(auto row, stmt->step());
            if (!row)
                return {};
            const auto found = at.constFind(stmt->text(0));
            if (found != at.cend())
                add(list[found.value()], *stmt);
        }
    };
    ZS_TRY(details("SELECT agreement_id, due_on, cumulative_wan FROM agreement_tranche WHERE deleted = 0 AND "
                   "(coalesce(?1, '') = '' "
                   "OR agreement_id = ?1)",
                   [](AgreementFacts& f, const Statement& s) {
                       f.tranches.append({date(s, 1), s.real(2)});
                   }));
    ZS_TRY(details(
        "SELECT agreement_id, reported_on, cumulative_wan, fixed_asset_wan, equipment_wan, output_wan, "
        "tax_wan, jobs, building, producing FROM agreement_progress WHERE deleted = 0 AND (coalesce(?1, '') = '' OR "
        "agreement_id = ?1)",
        [](AgreementFacts& f, const Statement& s) {
            f.reports.append({date(s, 1), real(s, 2), real(s, 3), real(s, 4), real(s, 5), real(s, 6), real(s, 7),
                              s.text(8), s.int64(9) != 0});
        }));
    ZS_TRY(details("SELECT agreement_id, taken_on, measure, condition_no FROM agreement_measure WHERE deleted = 0 AND "
                   "(coalesce(?1, '') = '' OR agreement_id = ?1)",
                   [](AgreementFacts& f, const Statement& s) {
                       f.measures.append({date(s, 1), s.text(2), int(s.int64(3))});
                   }));
    ZS_TRY(details("SELECT agreement_id, found_on, kind, rectify_due, rectified_on FROM agreement_finding WHERE "
                   "deleted = 0 AND (coalesce(?1, '') = '' OR agreement_id = ?1)",
                   [](AgreementFacts& f, const Statement& s) {
                       f.findings.append({date(s, 1), s.text(2), date(s, 3), date(s, 4)});
                   }));
    return list;
}

Result<AgreementWatchService::Watch> AgreementWatchService::evaluate(QDate asOf, const WatchSettings& settings)
{
    ZS_TRY_ASSIGN(const QList<AgreementFacts> all, facts());
    Watch w;
    w.asOf = asOf;
    w.agreements = int(all.size());
    w.entries.reserve(all.size() * AgreementWatch::kConditions);
    QMap<QString, Kpi> byRegion;
    Kpi city;
    for (const AgreementFacts& f : all) {
        bool compliant = true;
        for (ConditionResult& r : AgreementWatch::evaluate(f, settings, asOf)) {
            compliant = compliant && r.state != WatchState::Triggered;
            w.entries.append({f.id, f.number, f.company, f.region, f.park, f.specialist,
                              Vocabularies::name(QStringLiteral("signing_team"), f.signingScope), std::move(r)});
        }
        if (const QString missing = AgreementWatch::missingReports(f, settings, asOf); !missing.isEmpty())
            w.missingReports.append({f.number, missing});
        const AgreementWatch::Lifecycle stage = AgreementWatch::lifecycle(f, asOf);
        w.stages.append({f.id, f.number, f.company, f.region, stage, f.signedOn, f.startDue});
        // The latest cumulative investment reported by the as-of date.
        std::optional<std::pair<QDate, double>> invested;
        for (const AgreementFacts::Report& r : f.reports)
            if (r.on.isValid() && r.on <= asOf && r.cumulativeWan && (!invested || r.on >= invested->first))
                invested = std::pair{r.on, *r.cumulativeWan};
        for (Kpi* k : {&byRegion[f.region], &city}) {
            k->region = k == &city ? QString() : f.region;
            ++k->agreements;
            k->compliant += compliant ? 1 : 0;
            if (f.startDue.isValid() && f.startDue <= asOf) {
                ++k->startDue;
                k->started += stage != AgreementWatch::Lifecycle::NotStarted ? 1 : 0;
            }
            k->investedWan += invested ? invested->second : 0;
            k->agreedWan += f.totalWan.value_or(0);
            if (f.productionDue.isValid() && f.productionDue <= asOf) {
                ++k->productionDue;
                k->producing += stage == AgreementWatch::Lifecycle::Producing ? 1 : 0;
            }
        }
    }
    w.kpis = byRegion.values();
    if (!all.isEmpty())
        w.kpis.append(city);
    std::stable_sort(w.entries.begin(), w.entries.end(), [](const Entry& a, const Entry& b) {
        const int x = AgreementWatch::severity(a.result.state);
        const int y = AgreementWatch::severity(b.result.state);
        if (x != y)
            return x > y;
        return a.result.since.isValid() && (!b.result.since.isValid() || a.result.since < b.result.since);
    });
    return w;
}

Result<QString> AgreementWatchService::recordNotice(const QString& agreementId, int condition, const QString& number,
                                                    const QByteArray& pdf, QDate on, const QString& takenBy)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    Material m;
    m.title = tr("催告函 %1").arg(number);
    m.kind = QStringLiteral("other");
    m.mime = QStringLiteral("application/pdf");
    m.publisher = takenBy;
    m.version = on.toString(Qt::ISODate);
    ZS_TRY_ASSIGN(const QString document, MaterialRepository(m_db).add(m, pdf));
    ZS_TRY_ASSIGN(const QString measure, RecordStore(m_db, RecordKinds::get(RecordKind::AgreementMeasure))
                                             .create({{QStringLiteral("agreement_id"), agreementId},
                                                      {QStringLiteral("taken_on"), on.toString(Qt::ISODate)},
                                                      {QStringLiteral("measure"), QStringLiteral("notice")},
                                                      {QStringLiteral("condition_no"), QString::number(condition)},
                                                      {QStringLiteral("taken_by"), takenBy},
                                                      {QStringLiteral("document_id"), document},
                                                      {QStringLiteral("notes"), tr("发出催告函 %1").arg(number)}}));
    ZS_TRY(tx.commit());
    return measure;
}

Result<AgreementWatchService::News> AgreementWatchService::sinceLastTime(const Watch& w)
{
    ZS_TRY_ASSIGN(auto read, m_db.cached("SELECT value FROM app_meta WHERE key = 'watch.seen'"));
    ZS_TRY_ASSIGN(const bool noted, read->step());
    const QStringList before = noted ? read->text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
    read->reset();
    const QSet<QString> seen(before.cbegin(), before.cend());
    News news;
    QStringList now;
    for (const Entry& e : w.entries) {
        if (e.result.state != WatchState::Triggered && e.result.state != WatchState::Approaching)
            continue;
        const QString key = e.agreementId + QLatin1Char('|') + QString::number(e.result.condition) + QLatin1Char('|') +
                            AgreementWatch::stateCode(e.result.state);
        now << key;
        if (!seen.contains(key))
            ++(e.result.state == WatchState::Triggered ? news.triggered : news.approaching);
    }
    ZS_TRY(m_db.run("INSERT INTO app_meta (key, value) VALUES ('watch.seen', ?1) ON CONFLICT (key) DO UPDATE SET "
                    "value = excluded.value",
                    now.join(QLatin1Char('\n'))));
    return news;
}

QJsonObject AgreementWatchService::toJson(const Entry& e)
{
    const ConditionResult& r = e.result;
    QJsonObject o{
        {QStringLiteral("agreement"), e.number},
        {QStringLiteral("company"), e.company},
        {QStringLiteral("county"), e.region},
        {QStringLiteral("park"), e.park},
        {QStringLiteral("specialist"), e.specialist},
        {QStringLiteral("team"), e.team},
        {QStringLiteral("condition"), r.condition},
        {QStringLiteral("condition_name"), AgreementWatch::conditionName(r.condition)},
        {QStringLiteral("state"), AgreementWatch::stateCode(r.state)},
        {QStringLiteral("state_name"), AgreementWatch::stateName(r.state)},
        {QStringLiteral("since"), r.since.isValid() ? r.since.toString(Qt::ISODate) : QString()},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("next_step"), r.nextStep},
        {QStringLiteral("next_step_name"), r.nextStep.isEmpty() ? QString() : AgreementWatch::measureName(r.nextStep)},
        {QStringLiteral("basis"), QJsonArray::fromStringList(r.basis)}};
    if (r.percent >= 0)
        o.insert(QStringLiteral("percent"), qRound(r.percent * 10) / 10.0);
    return o;
}

QStringList AgreementWatchService::csvHeader()
{
    return {tr("协议编号"), tr("企业"),     tr("县（市、区）"), tr("园区"),   tr("情形"), tr("情形名称"),
            tr("状态"),     tr("起始日期"), tr("原因"),         tr("下一步"), tr("依据")};
}

QStringList AgreementWatchService::csvRow(const Entry& e)
{
    const ConditionResult& r = e.result;
    return {e.number,
            e.company,
            e.region,
            e.park,
            QString::number(r.condition),
            AgreementWatch::conditionName(r.condition),
            AgreementWatch::stateName(r.state),
            r.since.isValid() ? r.since.toString(Qt::ISODate) : QString(),
            r.reason,
            r.nextStep.isEmpty() ? QString() : AgreementWatch::measureName(r.nextStep),
            r.basis.join(QStringLiteral("；"))};
}

} // namespace zs
