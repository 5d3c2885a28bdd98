#include "desktop/core/sites/SiteMatchService.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/Vocabularies.h"
#include "sync/store/Database.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace zs {

namespace {
std::optional<double> real(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
}
} // namespace

Result<QList<SiteFacts>> SiteMatchService::sites()
{
    ZS_TRY_ASSIGN(auto read, m_db.cached("SELECT s.id, s.name, s.kind, s.region, coalesce(r.name, s.region), s.park, "
                                         "coalesce(p.name, ''), coalesce(p.industries, ''), s.state, s.land_mu, "
                                         "s.floor_sqm, s.floor_load_t, s.clear_height_m, s.power_kva, s.water_tpd, "
                                         "s.price, s.wastewater, s.heating, coalesce(v.lead_id, ''), "
                                         "coalesce(v.project || '（' || v.holder || '，' || v.reserved_on || '）', '') "
                                         "FROM site s LEFT JOIN ref_region r ON r.code = s.region LEFT JOIN ref_park p "
                                         "ON p.code = s.park LEFT JOIN site_reservation v ON v.rid = (SELECT rid FROM "
                                         "site_reservation WHERE site_id = s.id AND deleted = 0 ORDER BY scope = "
                                         "(SELECT value FROM app_meta WHERE key = 'team_scope'), created_at LIMIT 1) "
                                         "WHERE s.deleted = 0"));
    return repo::all(read, [](const Statement& s) {
        SiteFacts f;
        f.id = s.text(0);
        f.name = s.text(1);
        f.kind = s.text(2);
        f.region = s.text(3);
        f.regionName = s.text(4);
        f.park = s.text(5);
        f.parkName = s.text(6);
        f.parkIndustries = s.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        f.state = s.text(8);
        f.stateName = Vocabularies::name(QStringLiteral("site_state"), f.state);
        f.landMu = real(s, 9);
        f.floorSqm = real(s, 10);
        f.floorLoad = real(s, 11);
        f.height = real(s, 12);
        f.power = real(s, 13);
        f.water = real(s, 14);
        f.price = real(s, 15);
        f.wastewater = s.int64(16) != 0;
        f.heating = s.int64(17) != 0;
        f.reservedFor = s.text(18);
        f.reservation = s.text(19);
        return f;
    });
}

Result<QStringList> SiteMatchService::counties(const QString& text)
{
    QStringList codes;
    static const QRegularExpression separators(QStringLiteral("[、,，;；/\\s]+"));
    const QStringList names = text.split(separators, Qt::SkipEmptyParts);
    if (names.isEmpty())
        return codes;
    ZS_TRY_ASSIGN(auto find, m_db.cached("SELECT code FROM ref_region WHERE code = ?1 OR name = ?1 OR name LIKE ?1 || "
                                         "'_' LIMIT 1"));
    for (const QString& name : names) {
        find->bind(1, name);
        ZS_TRY_ASSIGN(const bool found, find->step());
        if (found)
            codes << find->text(0);
        find->reset();
    }
    return codes;
}

Result<SiteMatchService::Match> SiteMatchService::requirement(const QString& lead)
{
    ZS_TRY_ASSIGN(auto find, m_db.cached("SELECT l.id, l.title, l.industry, coalesce(i.name, l.industry) FROM lead l "
                                         "LEFT JOIN ref_industry i ON i.code = l.industry WHERE (l.id = ?1 OR "
                                         "l.title = ?1) AND l.deleted = 0 ORDER BY l.id = ?1 DESC, EXISTS (SELECT 1 "
                                         "FROM site_requirement q WHERE q.lead_id = l.id AND q.deleted = 0) DESC, "
                                         "l.updated_at DESC LIMIT 1"));
    find->bind(1, lead);
    ZS_TRY_ASSIGN(const bool found, find->step());
    if (!found)
        return makeError(ErrorCode::NotFound, tr("找不到项目线索「%1」。").arg(lead));
    Match m;
    m.leadId = find->text(0);
    m.need.leadId = m.leadId;
    m.leadTitle = find->text(1);
    m.need.industry = find->text(2);
    m.need.industryName = find->text(3);
    find->reset();

    ZS_TRY_ASSIGN(auto read, m_db.cached("SELECT id, need, min_area, max_area, power_kva, water_tpd, floor_load_t, "
                                         "clear_height_m, budget, wastewater, heating, counties FROM site_requirement "
                                         "WHERE lead_id = ?1 AND deleted = 0 ORDER BY updated_at DESC LIMIT 1"));
    read->bind(1, m.leadId);
    ZS_TRY_ASSIGN(const bool has, read->step());
    if (!has)
        return makeError(ErrorCode::NotFound,
                         tr("项目「%1」还没有选址需求：先登记需求类型、面积和配套要求。").arg(m.leadTitle));
    const Statement& s = *read;
    m.requirementId = s.text(0);
    m.need.need = s.text(1);
    m.need.minArea = real(s, 2);
    m.need.maxArea = real(s, 3);
    m.need.power = real(s, 4);
    m.need.water = real(s, 5);
    m.need.floorLoad = real(s, 6);
    m.need.height = real(s, 7);
    m.need.budget = real(s, 8);
    m.need.wastewater = s.int64(9) != 0;
    m.need.heating = s.int64(10) != 0;
    const QString counties = s.text(11);
    read->reset();
    ZS_TRY_ASSIGN(m.need.counties, this->counties(counties));
    static const QRegularExpression separators(QStringLiteral("[、,，;；/\\s]+"));
    m.need.countyNames = counties.split(separators, Qt::SkipEmptyParts);
    return m;
}

Result<SiteMatchService::Match> SiteMatchService::match(const QString& lead, const MatchSettings& settings)
{
    ZS_TRY_ASSIGN(Match m, requirement(lead));
    ZS_TRY_ASSIGN(m.sites, sites());
    m.entries = SiteMatch::rank(m.need, m.sites, settings);
    return m;
}

QJsonObject SiteMatchService::toJson(const SiteMatchEntry& e)
{
    return {{QStringLiteral("site"), e.siteName},
            {QStringLiteral("site_id"), e.siteId},
            {QStringLiteral("score"), e.score},
            {QStringLiteral("excluded"), e.excluded},
            {QStringLiteral("reserved_for_this_lead"), e.reservedHere},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)},
            {QStringLiteral("basis"), QJsonArray::fromStringList(e.basis)}};
}

} // namespace zs
