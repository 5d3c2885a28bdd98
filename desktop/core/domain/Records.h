#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace zs {

// The officer's records as the domain sees them. Reference fields hold codes from seeds/ (industry, region,
// park, purpose, stage); ids are UUIDv7 text; scope is "city" or "team:<id>".

struct Company
{
    QString id;
    QString scope = QStringLiteral("city");
    QString name;
    QString creditCode; // normalised; empty when unknown
    QString industry;
    QString hqCity;
    QString size; // micro, small, medium, large, or empty
    std::optional<double> revenueWan;
    QString tags;
    bool hometown = false; // 乡贤企业: founded or run by people from Shaoguan
    QString source;
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Contact
{
    QString id;
    QString scope = QStringLiteral("city");
    QString companyId;
    QString name;
    QString title;
    QString phones;
    QString email;
    QString wechat;
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Visit
{
    QString id;
    QString scope;
    QDateTime visitedAt;
    QString city; // guangzhou, shenzhen, dongguan, other
    QString place;
    QString officers;
    QString companyId;
    QStringList contactIds;
    QString purpose;
    QString notes;
    QString outcome;
    int intent = 0; // 0 unknown, 1 low, 2 medium, 3 high
    QString nextStep;
    QDate nextDue;
    bool nextDone = false;
    QString materials;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Lead
{
    QString id;
    QString scope;
    QString companyId;
    QString title;
    QString industry;
    QString chainLink;
    std::optional<double> investmentWan;
    std::optional<double> landMu;
    std::optional<double> floorM2;
    QString targetRegion;
    QString targetPark;
    QString sourceKind = QStringLiteral("team"); // team, enterprise, agent, chamber, hometown, event
    QString sourceDetail;
    QString eventId;
    QString officer;
    QString stage = QStringLiteral("lead");
    QString stageReason;
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Event
{
    QString id;
    QString scope;
    QDate heldOn;
    QString city;
    QString kind; // promotion (推介会), trade (经贸活动), campus (校园招聘)
    QString title;
    QString organiser;
    QString materials;
    QString notes;
    QStringList attendeeCompanyIds;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace zs
