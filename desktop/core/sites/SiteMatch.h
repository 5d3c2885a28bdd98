#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace zs {

// The matching's settings (seeds/site_matching.json, versioned): per criterion its weight in the score, the
// shortfall it tolerates before the site is excluded, and the share of its weight an unrecorded value scores.
struct MatchSettings
{
    struct Criterion
    {
        double weight = 0;
        double tolerance = 0;       // a shortfall up to this share of what is required costs score; more excludes
        bool fatal = false;         // wastewater, heating: a site without it is excluded
        double overMaxZero = 1;     // area: this share over the maximum scores nothing
        double overBudgetFatal = 0; // price: this share over the budget excludes
    };
    QMap<QString, Criterion> criteria; // area, power, water, wastewater, heating, floor_load, height, price,
                                       // positioning, county
    double unknownShare = 0.5;
    QStringList openStates; // a site in another state (reserved, leased, sold) is excluded
    int version = 0;

    Criterion criterion(const QString& name) const { return criteria.value(name); }
    static MatchSettings fromJson(const QJsonObject& seed);
    static const MatchSettings& bundled(); // :/seeds/site_matching.json, read once
};

// A site as the matching reads it (missing figures are unknown, not zero).
struct SiteFacts
{
    QString id;
    QString name;
    QString kind; // site_kind: idle-land, serviced-land, idle-factory, standard-factory
    QString region;
    QString regionName;
    QString park;
    QString parkName;
    QStringList parkIndustries; // the park's leading industries (seeds/parks.json)
    QString state;
    QString stateName; // 已出租
    std::optional<double> landMu;
    std::optional<double> floorSqm;
    std::optional<double> floorLoad; // 吨/㎡
    std::optional<double> height;    // 米
    std::optional<double> power;     // 千伏安
    std::optional<double> water;     // 吨/日
    std::optional<double> price;     // land 万元/亩, buildings 元/㎡·月
    bool wastewater = false;
    bool heating = false;
    // Its reservation, if a project holds it (a team's, read city-wide): for which lead, as the others read it.
    QString reservedFor; // the lead's id ('' when not reserved)
    QString reservation; // 华讯 PCB 扩产项目（广州组 李敏，2026-12-08）

    bool isLand() const { return kind == QLatin1String("idle-land") || kind == QLatin1String("serviced-land"); }
};

// What a project asks of a site (a lead's 选址需求): every figure optional; a criterion with no figure is not judged.
struct SiteRequirement
{
    QString leadId;                // a site reserved for this lead is its own; reserved for another, it is not on offer
    QString need;                  // land, building
    std::optional<double> minArea; // 亩 for land, ㎡ for buildings
    std::optional<double> maxArea;
    std::optional<double> power;
    std::optional<double> water;
    std::optional<double> floorLoad;
    std::optional<double> height;
    std::optional<double> budget;
    bool wastewater = false;
    bool heating = false;
    QString industry; // the lead's industry code
    QString industryName;
    QStringList counties;    // region codes; empty: anywhere
    QStringList countyNames; // as the requirement names them
};

// One site judged: excluded by a fatal miss, or scored 0–100 with the reasons in words and how the score was made.
struct SiteMatchEntry
{
    QString siteId;
    QString siteName;
    bool excluded = false;
    bool reservedHere = false; // reserved for this very lead
    double score = 0;          // 0–100, one decimal
    int misses = 0;            // criteria not fully met
    QStringList reasons;       // what fits and what misses, fatal ones first
    QStringList basis;         // 面积 权重 30 × 1.00 = 30.0 …, then the total
};

class SiteMatch
{
    Q_DECLARE_TR_FUNCTIONS(SiteMatch)

public:
    static SiteMatchEntry judge(const SiteRequirement& need, const SiteFacts& site, const MatchSettings& settings);
    // Every site judged, the ranked ones first (score, then fewer misses, then name), then the excluded ones.
    static QList<SiteMatchEntry> rank(const SiteRequirement& need, const QList<SiteFacts>& sites,
                                      const MatchSettings& settings);
};

} // namespace zs
