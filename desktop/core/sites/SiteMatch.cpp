#include "desktop/core/sites/SiteMatch.h"

#include "desktop/core/domain/RecordText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace zs {

namespace {
QString percent(double share)
{
    return QString::number(std::lround(share * 100)) + QLatin1Char('%');
}

// One site against one requirement: each criterion judged adds its weighted share and its words.
class Judge
{
public:
    Judge(const MatchSettings& settings, SiteMatchEntry& entry)
        : m_settings(settings)
        , m_entry(entry)
    {
    }

    // A criterion judged: `share` of its weight (0–1), said in `reason`; fatal: the site is excluded.
    void score(const QString& criterion, const QString& label, double share, const QString& reason, bool fatal = false)
    {
        const MatchSettings::Criterion c = m_settings.criterion(criterion);
        if (fatal) {
            m_entry.excluded = true;
            m_fatal << reason;
            return;
        }
        m_weight += c.weight;
        m_earned += c.weight * share;
        if (share < 1)
            ++m_entry.misses;
        (share < 1 ? m_misses : m_fits) << reason;
        m_entry.basis << SiteMatch::tr("%1：权重 %2 × %3 = %4")
                             .arg(label, RecordText::figure(c.weight), QString::number(share, 'f', 2),
                                  QString::number(c.weight * share, 'f', 1));
    }
    void unknown(const QString& criterion, const QString& label, const QString& reason)
    {
        score(criterion, label, m_settings.unknownShare, reason);
    }
    // At least `required` wanted, `have` recorded: within the criterion's tolerance the shortfall costs score.
    void atLeast(const QString& criterion, const QString& label, std::optional<double> required,
                 std::optional<double> have, const QString& unit)
    {
        if (!required || *required <= 0)
            return;
        if (!have) {
            unknown(criterion, label, SiteMatch::tr("未登记%1").arg(label));
            return;
        }
        if (*have >= *required) {
            score(criterion, label, 1,
                  SiteMatch::tr("%1 %2 %3，满足需求 %4 %3")
                      .arg(label, RecordText::figure(*have), unit, RecordText::figure(*required)));
            return;
        }
        const double shortfall = (*required - *have) / *required;
        const double tolerance = m_settings.criterion(criterion).tolerance;
        const QString reason = SiteMatch::tr("%1差 %2 %3（需 %4，现有 %5）")
                                   .arg(label, RecordText::figure(*required - *have), unit,
                                        RecordText::figure(*required), RecordText::figure(*have));
        if (shortfall > tolerance)
            score(criterion, label, 0, reason, true);
        else
            score(criterion, label, 1 - shortfall / tolerance, reason);
    }
    void finish()
    {
        m_entry.reasons = m_fatal + m_misses + m_fits;
        m_entry.score = m_weight > 0 ? std::round(1000 * m_earned / m_weight) / 10 : 100;
        m_entry.basis << SiteMatch::tr("得分 = 100 × %1 ÷ %2 = %3")
                             .arg(QString::number(m_earned, 'f', 1), RecordText::figure(m_weight),
                                  QString::number(m_entry.score, 'f', 1));
        if (m_entry.excluded)
            m_entry.score = 0;
    }

private:
    const MatchSettings& m_settings;
    SiteMatchEntry& m_entry;
    double m_weight = 0;
    double m_earned = 0;
    QStringList m_fatal;
    QStringList m_misses;
    QStringList m_fits;
};
} // namespace

MatchSettings MatchSettings::fromJson(const QJsonObject& seed)
{
    MatchSettings s;
    s.version = seed.value(QStringLiteral("version")).toInt();
    s.unknownShare = seed.value(QStringLiteral("unknown_share")).toDouble(s.unknownShare);
    const QJsonObject criteria = seed.value(QStringLiteral("criteria")).toObject();
    for (auto it = criteria.begin(); it != criteria.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        s.criteria.insert(
            it.key(), {c.value(QStringLiteral("weight")).toDouble(), c.value(QStringLiteral("tolerance")).toDouble(),
                       c.value(QStringLiteral("fatal")).toBool(), c.value(QStringLiteral("over_max_zero")).toDouble(1),
                       c.value(QStringLiteral("over_budget_fatal")).toDouble()});
    }
    for (const QJsonValue& v : seed.value(QStringLiteral("open_states")).toArray())
        s.openStates << v.toString();
    return s;
}

const MatchSettings& MatchSettings::bundled()
{
    static const MatchSettings settings = [] {
        QFile f(QStringLiteral(":/seeds/site_matching.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(QJsonDocument::fromJson(f.readAll()).object()) : MatchSettings{};
    }();
    return settings;
}

SiteMatchEntry SiteMatch::judge(const SiteRequirement& need, const SiteFacts& site, const MatchSettings& settings)
{
    SiteMatchEntry entry;
    entry.siteId = site.id;
    entry.siteName = site.name;
    Judge judge(settings, entry);

    // What the site is and whether it can be offered at all.
    if (!settings.openStates.contains(site.state))
        judge.score(QStringLiteral("state"), tr("状态"), 0,
                    tr("当前%1，不可供").arg(site.stateName.isEmpty() ? site.state : site.stateName), true);
    const bool land = need.need != QLatin1String("building");
    if (!need.need.isEmpty() && site.isLand() != land)
        judge.score(QStringLiteral("kind"), tr("类型"), 0,
                    land ? tr("这是厂房，项目需要用地") : tr("这是用地，项目需要厂房"), true);
    if (!site.reservedFor.isEmpty() && site.reservedFor != need.leadId)
        judge.score(QStringLiteral("state"), tr("状态"), 0, tr("已预留给其他项目：%1").arg(site.reservation), true);
    if (entry.excluded) { // not on offer, or not the kind of site asked for: nothing else to weigh
        judge.finish();
        return entry;
    }

    if (!site.reservedFor.isEmpty())
        entry.reservedHere = true;
    // Area, in 亩 for land and ㎡ for buildings.
    const QString unit = land ? tr("亩") : tr("㎡");
    const std::optional<double> area = land ? site.landMu : site.floorSqm;
    const QString areaLabel = land ? tr("用地面积") : tr("建筑面积");
    if (need.minArea || need.maxArea) {
        const MatchSettings::Criterion c = settings.criterion(QStringLiteral("area"));
        const QString range =
            need.minArea && need.maxArea
                ? tr("%1 至 %2 %3").arg(RecordText::figure(*need.minArea), RecordText::figure(*need.maxArea), unit)
            : need.minArea ? tr("不少于 %1 %2").arg(RecordText::figure(*need.minArea), unit)
                           : tr("不超过 %1 %2").arg(RecordText::figure(*need.maxArea), unit);
        if (!area) {
            judge.unknown(QStringLiteral("area"), areaLabel, tr("未登记%1").arg(areaLabel));
        } else if (need.minArea && *area < *need.minArea) {
            const double shortfall = (*need.minArea - *area) / *need.minArea;
            const QString reason =
                tr("面积差 %1 %2（需 %3，现有 %4 %2）")
                    .arg(RecordText::figure(*need.minArea - *area), unit, range, RecordText::figure(*area));
            if (shortfall > c.tolerance)
                judge.score(QStringLiteral("area"), areaLabel, 0, reason, true);
            else
                judge.score(QStringLiteral("area"), areaLabel, 1 - shortfall / c.tolerance, reason);
        } else if (need.maxArea && *area > *need.maxArea) {
            const double over = (*area - *need.maxArea) / *need.maxArea;
            judge.score(
                QStringLiteral("area"), areaLabel, std::max(0.0, 1 - over / c.overMaxZero),
                tr("面积多 %1（需 %2，现有 %3 %4）").arg(percent(over), range, RecordText::figure(*area), unit));
        } else {
            judge.score(QStringLiteral("area"), areaLabel, 1,
                        tr("面积 %1 %2，符合 %3").arg(RecordText::figure(*area), unit, range));
        }
    }

    judge.atLeast(QStringLiteral("power"), tr("供电"), need.power, site.power, tr("千伏安"));
    judge.atLeast(QStringLiteral("water"), tr("供水"), need.water, site.water, tr("吨/日"));
    if (!land) {
        judge.atLeast(QStringLiteral("floor_load"), tr("楼面荷载"), need.floorLoad, site.floorLoad, tr("吨/㎡"));
        judge.atLeast(QStringLiteral("height"), tr("层高"), need.height, site.height, tr("米"));
    }
    const auto utility = [&](const QString& criterion, bool wanted, bool has, const QString& what) {
        if (!wanted)
            return;
        if (has)
            judge.score(criterion, what, 1, tr("有%1").arg(what));
        else
            judge.score(criterion, what, 0, tr("没有%1").arg(what), settings.criterion(criterion).fatal);
    };
    utility(QStringLiteral("wastewater"), need.wastewater, site.wastewater, tr("污水处理设施"));
    utility(QStringLiteral("heating"), need.heating, site.heating, tr("集中供热"));

    if (need.budget && *need.budget > 0) {
        const QString priceUnit = land ? tr("万元/亩") : tr("元/㎡·月");
        if (!site.price) {
            judge.unknown(QStringLiteral("price"), tr("价格"), tr("未登记租金或价格"));
        } else if (*site.price <= *need.budget) {
            judge.score(QStringLiteral("price"), tr("价格"), 1,
                        tr("价格 %1 %2，在预算 %3 以内")
                            .arg(RecordText::figure(*site.price), priceUnit, RecordText::figure(*need.budget)));
        } else {
            const double over = (*site.price - *need.budget) / *need.budget;
            const double fatal = settings.criterion(QStringLiteral("price")).overBudgetFatal;
            judge.score(
                QStringLiteral("price"), tr("价格"), std::max(0.0, 1 - over / fatal),
                tr("价格超预算 %1（%2 %3，预算 %4）")
                    .arg(percent(over), RecordText::figure(*site.price), priceUnit, RecordText::figure(*need.budget)),
                over > fatal);
        }
    }

    if (!need.industry.isEmpty()) {
        if (site.park.isEmpty())
            judge.unknown(QStringLiteral("positioning"), tr("园区定位"), tr("不在园区内，无产业定位可比"));
        else if (site.parkIndustries.contains(need.industry))
            judge.score(QStringLiteral("positioning"), tr("园区定位"), 1,
                        tr("%1属于%2的主导产业").arg(need.industryName, site.parkName));
        else
            judge.score(QStringLiteral("positioning"), tr("园区定位"), 0,
                        tr("%1不在%2的主导产业内").arg(need.industryName, site.parkName));
    }
    if (!need.counties.isEmpty()) {
        if (need.counties.contains(site.region))
            judge.score(QStringLiteral("county"), tr("意向县区"), 1, tr("位于意向县区%1").arg(site.regionName));
        else
            judge.score(QStringLiteral("county"), tr("意向县区"), 0,
                        tr("%1不在意向县区（%2）").arg(site.regionName, need.countyNames.join(QStringLiteral("、"))));
    }
    judge.finish();
    if (entry.reservedHere)
        entry.reasons.prepend(tr("已为本项目预留：%1").arg(site.reservation));
    return entry;
}

QList<SiteMatchEntry> SiteMatch::rank(const SiteRequirement& need, const QList<SiteFacts>& sites,
                                      const MatchSettings& settings)
{
    QList<SiteMatchEntry> entries;
    entries.reserve(sites.size());
    for (const SiteFacts& s : sites)
        entries.append(judge(need, s, settings));
    std::sort(entries.begin(), entries.end(), [](const SiteMatchEntry& a, const SiteMatchEntry& b) {
        if (a.excluded != b.excluded)
            return !a.excluded;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.misses != b.misses)
            return a.misses < b.misses;
        return a.siteName < b.siteName;
    });
    return entries;
}

} // namespace zs
