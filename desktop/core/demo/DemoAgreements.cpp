// Demo investment agreements of 始兴县, made on the county specialist's laptop: one in each state the watch knows,
// dated from today so that `make run` always shows them as it would on a real morning.
#include "desktop/core/demo/DemoData.h"

#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QDate>
#include <QDateTime>

namespace zs {

namespace {
struct Plan
{
    const char* number;
    const char* team; // the stationed team that signed it
    int signedDaysAgo;
    int startInDays;      // the contracted start, from today (negative: past)
    double mu;            // 亩
    double perMu;         // fixed-asset investment per 亩 (万元)
    int targetYearOffset; // full production: this year + offset
    const char* story;    // what the demo records after signing (below)
};

// Shixing's park is positioned for PCB and electronics assembly; investment intensity 260–420 万元/亩, tax per 亩
// at full production 18–30 万元, as Guangdong's county parks publish them.
const Plan kPlans[] = {
    {"SX-2024-011", "team:gz", 820, -640, 62, 310, 1, "producing"},
    {"SX-2025-003", "team:gz", 300, -75, 45, 280, 2, "not_started_reminded"},
    {"SX-2025-006", "team:sz", 150, 40, 38, 260, 3, "signed"},
    {"SX-2024-018", "team:gz", 560, -400, 85, 360, 1, "investment_short"},
    {"SX-2024-009", "team:gz", 700, -520, 120, 420, 1, "built_not_producing"},
    {"SX-2023-004", "team:gz", 1150, -980, 55, 300, -1, "targets_missed"},
    {"SX-2025-010", "team:gz", 420, -280, 70, 330, 1, "finding_overdue"},
    {"SX-2026-001", "team:gz", 60, 200, 96, 380, 3, "signed"},
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<QString> DemoData::shixingSpecialist(Database& db)
{
    ZS_TRY_ASSIGN(auto specialist, db.prepare("SELECT id FROM specialist WHERE region = 'shixing' AND deleted = 0 "
                                              "ORDER BY name LIMIT 1"));
    ZS_TRY_ASSIGN(const bool found, specialist.step());
    return found ? specialist.text(0) : QString();
}

Result<int> DemoData::agreements(Database& db, const Clock& clock)
{
    ZS_TRY_ASSIGN(const qint64 existing, db.scalar("SELECT count(*) FROM agreement WHERE deleted = 0"));
    if (existing > 0)
        return 0;
    ZS_TRY_ASSIGN(auto pick, db.prepare("SELECT id FROM company WHERE deleted = 0 ORDER BY name LIMIT 8"));
    QStringList companies;
    for (;;) {
        ZS_TRY_ASSIGN(const bool row, pick.step());
        if (!row)
            break;
        companies << pick.text(0);
    }
    if (companies.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("目录中还没有企业：先同步或生成演示数据。"));
    ZS_TRY_ASSIGN(const QString specialistId, shixingSpecialist(db));

    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.wallMs()).date();
    RecordStore agreements(db, RecordKinds::get(RecordKind::Agreement), clock);
    RecordStore tranches(db, RecordKinds::get(RecordKind::AgreementTranche), clock);
    RecordStore progress(db, RecordKinds::get(RecordKind::AgreementProgress), clock);
    RecordStore measures(db, RecordKinds::get(RecordKind::AgreementMeasure), clock);
    RecordStore findings(db, RecordKinds::get(RecordKind::AgreementFinding), clock);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    int made = 0;
    for (const Plan& p : kPlans) {
        if (made >= companies.size())
            break;
        const QDate signedOn = today.addDays(-p.signedDaysAgo);
        const QDate start = today.addDays(p.startInDays);
        const double fixed = p.mu * p.perMu;
        const double equipment = std::round(fixed * 0.35);
        const int targetYear = today.year() + p.targetYearOffset;
        ZS_TRY_ASSIGN(
            const QString id,
            agreements.create({{QStringLiteral("number"), QString::fromLatin1(p.number)},
                               {QStringLiteral("company_id"), companies[made]},
                               {QStringLiteral("signing_scope"), QString::fromLatin1(p.team)},
                               {QStringLiteral("signed_on"), iso(signedOn)},
                               {QStringLiteral("region"), QStringLiteral("shixing")},
                               {QStringLiteral("park"), QStringLiteral("shixing-park")},
                               {QStringLiteral("land_mu"), p.mu},
                               {QStringLiteral("land_price_wan"), std::round(p.mu * 18)}, // 18 万元/亩 industrial land
                               {QStringLiteral("total_wan"), std::round(fixed * 1.25)},
                               {QStringLiteral("fixed_asset_wan"), fixed},
                               {QStringLiteral("start_due"), iso(start)},
                               {QStringLiteral("completion_due"), iso(start.addMonths(18))},
                               {QStringLiteral("production_due"), iso(start.addMonths(24))},
                               {QStringLiteral("equipment_wan"), equipment},
                               {QStringLiteral("target_output_wan"), std::round(fixed * 2.2)},
                               {QStringLiteral("target_tax_wan"), std::round(p.mu * 24)},
                               {QStringLiteral("target_jobs"), std::round(p.mu * 3.2)},
                               {QStringLiteral("target_year"), targetYear},
                               {QStringLiteral("incentives"),
                                QStringLiteral("按园区政策享受标准厂房租金减免和设备投资补助，具体以协议附件为准。")},
                               {QStringLiteral("specialist_id"), specialistId}}));
        // The investment promised: 40 % a year after the start, all of it at completion.
        ZS_TRY(tranches.create({{QStringLiteral("agreement_id"), id},
                                {QStringLiteral("due_on"), iso(start.addMonths(12))},
                                {QStringLiteral("cumulative_wan"), std::round(fixed * 0.4)}}));
        ZS_TRY(tranches.create({{QStringLiteral("agreement_id"), id},
                                {QStringLiteral("due_on"), iso(start.addMonths(18))},
                                {QStringLiteral("cumulative_wan"), fixed}}));
        const auto report = [&](QDate on, const QString& building, double cumulative, bool producing,
                                double equipmentBought = -1, double output = -1, double tax = -1,
                                double jobs = -1) -> Result<void> {
            RecordStore::Values v{{QStringLiteral("agreement_id"), id},
                                  {QStringLiteral("reported_on"), iso(on)},
                                  {QStringLiteral("building"), building},
                                  {QStringLiteral("cumulative_wan"), cumulative},
                                  {QStringLiteral("fixed_asset_wan"), std::round(cumulative * 0.85)},
                                  {QStringLiteral("producing"), producing},
                                  {QStringLiteral("source"), QStringLiteral("inspection")}};
            if (equipmentBought >= 0)
                v.insert(QStringLiteral("equipment_wan"), equipmentBought);
            if (output >= 0) {
                v.insert(QStringLiteral("output_wan"), output);
                v.insert(QStringLiteral("tax_wan"), tax);
                v.insert(QStringLiteral("jobs"), jobs);
            }
            ZS_TRY(progress.create(v));
            return {};
        };
        const auto measure = [&](QDate on, const char* code, int condition, const QString& note) -> Result<void> {
            ZS_TRY(measures.create({{QStringLiteral("agreement_id"), id},
                                    {QStringLiteral("taken_on"), iso(on)},
                                    {QStringLiteral("measure"), QString::fromLatin1(code)},
                                    {QStringLiteral("condition_no"), QString::number(condition)},
                                    {QStringLiteral("taken_by"), QStringLiteral("李文杰")},
                                    {QStringLiteral("notes"), note}}));
            return {};
        };
        const QByteArray story(p.story);
        if (story == "producing") {
            ZS_TRY(report(start.addDays(-10), QStringLiteral("building"), std::round(fixed * 0.15), false));
            ZS_TRY(report(start.addMonths(12), QStringLiteral("building"), std::round(fixed * 0.55), false));
            ZS_TRY(report(start.addMonths(17), QStringLiteral("built"), fixed, false, equipment));
            ZS_TRY(report(today.addDays(-20), QStringLiteral("built"), fixed, true, equipment + 200));
        } else if (story == "not_started_reminded") {
            ZS_TRY(
                measure(start.addDays(25), "reminder", 1, QStringLiteral("电话提醒企业尽快办理施工许可并进场施工。")));
        } else if (story == "investment_short") {
            ZS_TRY(report(start.addDays(20), QStringLiteral("building"), std::round(fixed * 0.1), false));
            ZS_TRY(report(today.addDays(-25), QStringLiteral("building"), std::round(fixed * 0.28), false));
        } else if (story == "built_not_producing") {
            ZS_TRY(report(start.addDays(15), QStringLiteral("building"), std::round(fixed * 0.2), false));
            ZS_TRY(report(today.addDays(-220), QStringLiteral("built"), std::round(fixed * 0.9), false,
                          std::round(equipment * 0.4)));
            ZS_TRY(measure(today.addDays(-20), "notice", 3,
                           QStringLiteral("发出催告函，要求三个月内完成设备安装并投产。")));
        } else if (story == "targets_missed") {
            ZS_TRY(report(start.addDays(10), QStringLiteral("building"), std::round(fixed * 0.2), false));
            ZS_TRY(report(start.addMonths(16), QStringLiteral("built"), fixed, true, equipment));
            // Last year's figures, reported in February: output at 82 %, tax at 75 %.
            ZS_TRY(report(QDate(targetYear + 1, 2, 20), QStringLiteral("built"), fixed, true, equipment,
                          std::round(fixed * 2.2 * 0.82), std::round(p.mu * 24 * 0.75), std::round(p.mu * 3.0)));
        } else if (story == "finding_overdue") {
            ZS_TRY(report(start.addDays(12), QStringLiteral("building"), std::round(fixed * 0.3), false));
            ZS_TRY(findings.create(
                {{QStringLiteral("agreement_id"), id},
                 {QStringLiteral("found_on"), iso(today.addDays(-100))},
                 {QStringLiteral("kind"), QStringLiteral("environment")},
                 {QStringLiteral("rectify_due"), iso(today.addDays(-10))},
                 {QStringLiteral("notes"), QStringLiteral("环评批复要求的废水预处理设施未同步建设。")}}));
        }
        ++made;
    }
    ZS_TRY(projectService(db, clock)); // their one-to-one service (demo/DemoService.cpp)
    ZS_TRY(tx.commit());
    return made;
}

} // namespace zs
