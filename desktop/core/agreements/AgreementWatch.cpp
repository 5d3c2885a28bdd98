#include "desktop/core/agreements/AgreementWatch.h"

#include "desktop/core/domain/RecordText.h"

#include "desktop/core/domain/Vocabularies.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace zs {

namespace {
using Facts = AgreementFacts;

// What is recorded on or before the as-of date, oldest first.
QList<Facts::Report> reportsUpTo(const Facts& f, QDate asOf)
{
    QList<Facts::Report> out;
    for (const Facts::Report& r : f.reports)
        if (r.on.isValid() && r.on <= asOf)
            out << r;
    std::sort(out.begin(), out.end(), [](const Facts::Report& a, const Facts::Report& b) { return a.on < b.on; });
    return out;
}

// The latest report giving a figure, on or before the as-of date.
template <typename Get> std::optional<std::pair<QDate, double>> latest(const QList<Facts::Report>& reports, Get get)
{
    for (auto it = reports.crbegin(); it != reports.crend(); ++it)
        if (const std::optional<double> v = get(*it))
            return std::pair{it->on, *v};
    return std::nullopt;
}

// The rungs taken for a condition (a measure tied to none counts for every condition) up to the as-of date.
QList<Facts::Measure> measuresFor(const Facts& f, int condition, QDate asOf)
{
    QList<Facts::Measure> out;
    for (const Facts::Measure& m : f.measures)
        if (m.on.isValid() && m.on <= asOf && (m.condition == condition || m.condition == 0))
            out << m;
    std::sort(out.begin(), out.end(), [](const Facts::Measure& a, const Facts::Measure& b) { return a.on < b.on; });
    return out;
}

class Judge
{
    Q_DECLARE_TR_FUNCTIONS(AgreementWatch)

public:
    Judge(const Facts& facts, const WatchSettings& settings, QDate day)
        : f(facts)
        , s(settings)
        , asOf(day)
        , reports(reportsUpTo(facts, day))
    {
    }

    ConditionResult notStarted();
    ConditionResult investmentBehind();
    ConditionResult notProducing();
    ConditionResult targetsMissed();
    ConditionResult findingsOverdue(int condition);

    // A triggered condition is 已处置 once a measure for it is taken on or after the day it triggered; the next step
    // is the rung after the highest taken for it.
    void settle(ConditionResult& r) const
    {
        const QList<Facts::Measure> taken = measuresFor(f, r.condition, asOf);
        int highest = -1;
        for (const Facts::Measure& m : taken) {
            highest = std::max(highest, int(s.ladder.indexOf(m.measure)));
            if (r.state == WatchState::Triggered && r.since.isValid() && m.on >= r.since) {
                r.state = WatchState::Handled;
                r.basis
                    << tr("%1 已采取措施：%2").arg(RecordText::isoDate(m.on), AgreementWatch::measureName(m.measure));
            }
        }
        if (r.state == WatchState::Ok)
            return;
        const int next = std::min(highest + 1, int(s.ladder.size()) - 1);
        r.nextStep = next >= 0 ? s.ladder.value(next) : QString();
    }

    const Facts& f;
    const WatchSettings& s;
    const QDate asOf;
    const QList<Facts::Report> reports;
};

ConditionResult Judge::notStarted()
{
    ConditionResult r{1, WatchState::Ok, {}, {}, {}, {}, -1};
    for (const Facts::Report& rep : reports)
        if (rep.building == QLatin1String("building") || rep.building == QLatin1String("built") || rep.producing) {
            r.reason = tr("已于 %1 报告开工").arg(RecordText::isoDate(rep.on));
            return r;
        }
    if (!f.startDue.isValid()) {
        r.reason = tr("协议未约定开工日期");
        return r;
    }
    r.basis << tr("约定开工日期 %1").arg(RecordText::isoDate(f.startDue));
    const qint64 left = asOf.daysTo(f.startDue);
    if (left > s.approachingDays) {
        r.reason = tr("约定 %1 开工，还有 %2 天").arg(RecordText::isoDate(f.startDue)).arg(left);
        return r;
    }
    if (left >= 0) {
        r.state = WatchState::Approaching;
        r.since = f.startDue.addDays(-s.approachingDays);
        r.reason = tr("约定 %1 开工，还有 %2 天，尚无开工报告").arg(RecordText::isoDate(f.startDue)).arg(left);
        r.basis << tr("临近期 %1 天").arg(s.approachingDays);
        settle(r);
        return r;
    }
    const qint64 late = -left;
    // The national idle-land levels, counted from the contracted start.
    for (const WatchSettings::IdleLevel& level : s.idleLand)
        if (late >= level.afterDays)
            r.basis << level.text;
    // Triggered only once a reminder is older than the grace period with no start reported since.
    std::optional<QDate> reminder;
    for (const Facts::Measure& m : measuresFor(f, 1, asOf))
        if (!reminder)
            reminder = m.on;
    if (!reminder) {
        r.state = WatchState::Approaching;
        r.since = f.startDue.addDays(1);
        r.reason = tr("已逾期 %1 天未开工，尚未催促：先发出提醒，提醒后满 %2 天仍无进展即触发")
                       .arg(late)
                       .arg(s.reminderGraceDays);
        r.nextStep = s.ladder.value(0);
        return r;
    }
    const QDate graceEnd = reminder->addDays(s.reminderGraceDays);
    r.basis << tr("%1 已提醒，宽限 %2 天至 %3")
                   .arg(RecordText::isoDate(*reminder))
                   .arg(s.reminderGraceDays)
                   .arg(RecordText::isoDate(graceEnd));
    if (asOf <= graceEnd) {
        r.state = WatchState::Approaching;
        r.since = std::max(f.startDue.addDays(1), *reminder);
        r.reason = tr("已逾期 %1 天未开工；%2 已提醒，宽限期至 %3")
                       .arg(late)
                       .arg(RecordText::isoDate(*reminder), RecordText::isoDate(graceEnd));
        settle(r);
        return r;
    }
    r.state = WatchState::Triggered;
    r.since = std::max(f.startDue.addDays(1), graceEnd.addDays(1));
    r.reason = tr("约定 %1 开工，已逾期 %2 天；%3 提醒后满 %4 天仍无开工报告")
                   .arg(RecordText::isoDate(f.startDue))
                   .arg(late)
                   .arg(RecordText::isoDate(*reminder))
                   .arg(s.reminderGraceDays);
    settle(r);
    return r;
}

ConditionResult Judge::investmentBehind()
{
    ConditionResult r{2, WatchState::Ok, {}, {}, {}, {}, -1};
    QList<Facts::Tranche> tranches = f.tranches;
    std::sort(tranches.begin(), tranches.end(),
              [](const Facts::Tranche& a, const Facts::Tranche& b) { return a.due < b.due; });
    if (tranches.isEmpty()) {
        r.reason = tr("协议未约定分期投资进度");
        return r;
    }
    const auto actual = latest(reports, [](const Facts::Report& x) { return x.cumulativeWan; });
    std::optional<Facts::Tranche> due;
    std::optional<Facts::Tranche> coming;
    for (const Facts::Tranche& t : tranches) {
        if (t.due.isValid() && t.due < asOf)
            due = t;
        else if (t.due.isValid() && !coming)
            coming = t;
    }
    if (actual)
        r.basis << tr("最新报告 %1：累计投资 %2 万元")
                       .arg(RecordText::isoDate(actual->first), RecordText::figure(actual->second));
    if (due) {
        r.basis << tr("约定 %1 前累计投资 %2 万元")
                       .arg(RecordText::isoDate(due->due), RecordText::figure(due->cumulativeWan));
        if (!actual) {
            r.state = WatchState::Approaching;
            r.since = due->due.addDays(1);
            r.reason = tr("约定 %1 前累计投资 %2 万元，但没有报送累计投资，无法判断")
                           .arg(RecordText::isoDate(due->due), RecordText::figure(due->cumulativeWan));
            settle(r);
            return r;
        }
        if (actual->second < due->cumulativeWan) {
            const double gap = due->cumulativeWan - actual->second;
            r.percent = due->cumulativeWan > 0 ? actual->second * 100.0 / due->cumulativeWan : 0;
            r.state = WatchState::Triggered;
            r.since = due->due.addDays(1);
            r.reason = tr("约定 %1 前累计投资 %2 万元，实际 %3 万元，差 %4 万元（完成 %5%）")
                           .arg(RecordText::isoDate(due->due), RecordText::figure(due->cumulativeWan),
                                RecordText::figure(actual->second), RecordText::figure(gap))
                           .arg(QLocale::system().toString(r.percent, 'f', 1));
            settle(r);
            return r;
        }
    }
    if (coming) {
        const qint64 left = asOf.daysTo(coming->due);
        const double have = actual ? actual->second : 0;
        if (left <= s.approachingDays && have < coming->cumulativeWan) {
            r.state = WatchState::Approaching;
            r.since = coming->due.addDays(-s.approachingDays);
            r.reason = tr("%1 前须累计投资 %2 万元（还有 %3 天），目前 %4 万元")
                           .arg(RecordText::isoDate(coming->due), RecordText::figure(coming->cumulativeWan))
                           .arg(left)
                           .arg(actual ? RecordText::figure(have) : tr("未报送"));
            settle(r);
            return r;
        }
    }
    r.reason = due ? tr("累计投资已达约定进度") : tr("尚无到期的投资进度");
    return r;
}

ConditionResult Judge::notProducing()
{
    ConditionResult r{3, WatchState::Ok, {}, {}, {}, {}, -1};
    std::optional<QDate> built;
    std::optional<QDate> producing;
    for (const Facts::Report& rep : reports) {
        if (!built && (rep.building == QLatin1String("built") || rep.producing))
            built = rep.on;
        if (!producing && rep.producing)
            producing = rep.on;
    }
    if (!built) {
        r.reason = tr("尚未报告建成");
        return r;
    }
    const QDate windowEnd = built->addDays(s.productionWindowDays);
    r.basis << tr("%1 报告建成，投产期限 %2 天至 %3")
                   .arg(RecordText::isoDate(*built))
                   .arg(s.productionWindowDays)
                   .arg(RecordText::isoDate(windowEnd));
    const auto equipment = latest(reports, [](const Facts::Report& x) { return x.equipmentWan; });
    if (f.equipmentWan)
        r.basis << tr("设备投资承诺 %1 万元，已购 %2")
                       .arg(RecordText::figure(*f.equipmentWan),
                            equipment ? tr("%1 万元").arg(RecordText::figure(equipment->second)) : tr("未报送"));
    const bool equipmentShort = f.equipmentWan && (!equipment || equipment->second < *f.equipmentWan);
    if (asOf <= windowEnd) {
        if (producing) {
            r.reason = tr("已于 %1 投产").arg(RecordText::isoDate(*producing));
            return r;
        }
        const qint64 left = asOf.daysTo(windowEnd);
        if (left <= s.approachingDays) {
            r.state = WatchState::Approaching;
            r.since = windowEnd.addDays(-s.approachingDays);
            r.reason = tr("已建成，须在 %1 前投产（还有 %2 天）").arg(RecordText::isoDate(windowEnd)).arg(left);
            settle(r);
            return r;
        }
        r.reason = tr("已建成，投产期限至 %1").arg(RecordText::isoDate(windowEnd));
        return r;
    }
    if (!producing || equipmentShort) {
        r.state = WatchState::Triggered;
        r.since = windowEnd.addDays(1);
        r.reason = !producing
                       ? tr("%1 建成，满 %2 天仍未投产").arg(RecordText::isoDate(*built)).arg(s.productionWindowDays)
                       : tr("已投产，但设备投资 %1 万元低于承诺 %2 万元")
                             .arg(equipment ? RecordText::figure(equipment->second) : tr("（未报送）"),
                                  RecordText::figure(*f.equipmentWan));
        settle(r);
        return r;
    }
    r.reason = tr("已于 %1 投产，设备投资达到承诺").arg(RecordText::isoDate(*producing));
    return r;
}

ConditionResult Judge::targetsMissed()
{
    ConditionResult r{4, WatchState::Ok, {}, {}, {}, {}, -1};
    if (f.targetYear <= 0) {
        r.reason = tr("协议未约定达产年份");
        return r;
    }
    const QDate yearEnd(f.targetYear, 12, 31);
    if (asOf <= yearEnd) {
        r.reason = tr("达产年份 %1 年尚未结束").arg(f.targetYear);
        return r;
    }
    r.basis << tr("达产年份 %1 年：约定年产值 %2 万元、年税收 %3 万元、用工 %4 人")
                   .arg(f.targetYear)
                   .arg(f.targetOutputWan ? RecordText::figure(*f.targetOutputWan) : tr("—"),
                        f.targetTaxWan ? RecordText::figure(*f.targetTaxWan) : tr("—"),
                        f.targetJobs ? RecordText::figure(*f.targetJobs) : tr("—"));
    // The due year's figures: the first report after the year that gives them.
    std::optional<Facts::Report> figures;
    for (const Facts::Report& rep : reports)
        if (rep.on > yearEnd && (rep.outputWan || rep.taxWan || rep.jobs)) {
            figures = rep;
            break;
        }
    if (!figures) {
        r.state = WatchState::Approaching;
        r.since = yearEnd.addDays(1);
        r.reason = tr("达产年份 %1 年的产值、税收和用工尚未报送，无法判断").arg(f.targetYear);
        settle(r);
        return r;
    }
    QStringList parts;
    double lowest = -1;
    const auto share = [&](const QString& what, const std::optional<double>& target, const std::optional<double>& got,
                           const QString& unit) {
        if (!target || *target <= 0)
            return;
        if (!got) {
            parts << tr("%1未报送").arg(what);
            lowest = 0;
            return;
        }
        const double p = *got * 100.0 / *target;
        lowest = lowest < 0 ? p : std::min(lowest, p);
        r.basis << tr("%1：约定 %2 %3，实际 %4 %3（%5%）")
                       .arg(what, RecordText::figure(*target), unit, RecordText::figure(*got),
                            QLocale::system().toString(p, 'f', 1));
        if (p < 100)
            parts << tr("%1达成 %2%").arg(what, QLocale::system().toString(p, 'f', 1));
    };
    share(tr("年产值"), f.targetOutputWan, figures->outputWan, tr("万元"));
    share(tr("年税收"), f.targetTaxWan, figures->taxWan, tr("万元"));
    share(tr("用工"), f.targetJobs, figures->jobs, tr("人"));
    if (f.landMu && *f.landMu > 0 && figures->taxWan)
        r.basis << tr("亩均税收 %1 万元/亩（年税收 ÷ 用地 %2 亩）")
                       .arg(RecordText::figure(*figures->taxWan / *f.landMu), RecordText::figure(*f.landMu));
    r.percent = lowest;
    if (lowest < 0 || parts.isEmpty()) {
        r.reason = lowest < 0 ? tr("协议未约定达产指标") : tr("%1 年达产指标已达到").arg(f.targetYear);
        return r;
    }
    QString tier;
    for (const WatchSettings::Tier& t : s.tiers)
        if (lowest >= t.minPercent) {
            tier = t.name;
            break;
        }
    r.state = WatchState::Triggered;
    r.since = figures->on;
    r.reason = tr("%1 年达产指标未达标（%2）：%3").arg(f.targetYear).arg(tier, parts.join(tr("，")));
    settle(r);
    return r;
}

// 5: an industrial-policy or environmental finding past its rectification deadline; 6: another recorded breach.
ConditionResult Judge::findingsOverdue(int condition)
{
    ConditionResult r{condition, WatchState::Ok, {}, {}, {}, {}, -1};
    int open = 0;
    for (const Facts::Finding& finding : f.findings) {
        if (!finding.found.isValid() || finding.found > asOf)
            continue;
        const bool breach = finding.kind == QLatin1String("other_breach");
        if (breach != (condition == 6))
            continue;
        const bool rectified = finding.rectifiedOn.isValid() && finding.rectifiedOn <= asOf;
        if (rectified) {
            r.basis << tr("%1 发现的%2已于 %3 整改")
                           .arg(RecordText::isoDate(finding.found),
                                Vocabularies::name(QStringLiteral("finding_kind"), finding.kind),
                                RecordText::isoDate(finding.rectifiedOn));
            continue;
        }
        ++open;
        ConditionResult candidate{condition, WatchState::Ok, {}, {}, {}, {}, -1};
        const QString what = Vocabularies::name(QStringLiteral("finding_kind"), finding.kind);
        if (breach) {
            candidate.state = WatchState::Triggered;
            candidate.since = finding.found;
            candidate.reason = tr("%1 记录%2，尚未纠正").arg(RecordText::isoDate(finding.found), what);
        } else if (!finding.rectifyDue.isValid()) {
            candidate.state = WatchState::Approaching;
            candidate.since = finding.found;
            candidate.reason = tr("%1 发现%2，未定整改期限").arg(RecordText::isoDate(finding.found), what);
        } else if (asOf > finding.rectifyDue) {
            candidate.state = WatchState::Triggered;
            candidate.since = finding.rectifyDue.addDays(1);
            candidate.reason =
                tr("%1 发现%2，整改期限 %3 已过，尚未整改完成")
                    .arg(RecordText::isoDate(finding.found), what, RecordText::isoDate(finding.rectifyDue));
        } else {
            const qint64 left = asOf.daysTo(finding.rectifyDue);
            candidate.state = WatchState::Approaching;
            candidate.since = finding.found;
            candidate.reason =
                tr("%1 发现%2，整改期限 %3（还有 %4 天）")
                    .arg(RecordText::isoDate(finding.found), what, RecordText::isoDate(finding.rectifyDue))
                    .arg(left);
        }
        r.basis << candidate.reason;
        // The worst finding speaks for the condition; among equals, the oldest.
        if (AgreementWatch::severity(candidate.state) > AgreementWatch::severity(r.state) ||
            (candidate.state == r.state && candidate.since < r.since)) {
            candidate.basis = r.basis;
            r = candidate;
        }
    }
    if (r.state == WatchState::Ok)
        r.reason = open == 0 ? (condition == 6 ? tr("没有记录其他违约") : tr("没有未整改的合规问题")) : r.reason;
    settle(r);
    return r;
}
} // namespace

WatchSettings WatchSettings::fromJson(const QJsonObject& seed)
{
    WatchSettings s;
    s.version = seed.value(QStringLiteral("version")).toInt();
    s.approachingDays = seed.value(QStringLiteral("approaching_days")).toInt(s.approachingDays);
    s.reminderGraceDays = seed.value(QStringLiteral("reminder_grace_days")).toInt(s.reminderGraceDays);
    s.productionWindowDays = seed.value(QStringLiteral("production_window_days")).toInt(s.productionWindowDays);
    s.reportDueDays = seed.value(QStringLiteral("report_due_days")).toInt(s.reportDueDays);
    for (const QJsonValue& v : seed.value(QStringLiteral("tiers")).toArray())
        s.tiers.append({v.toObject().value(QStringLiteral("min_percent")).toInt(),
                        v.toObject().value(QStringLiteral("name")).toString()});
    std::sort(s.tiers.begin(), s.tiers.end(), [](const Tier& a, const Tier& b) { return a.minPercent > b.minPercent; });
    for (const QJsonValue& v : seed.value(QStringLiteral("idle_land")).toArray())
        s.idleLand.append({v.toObject().value(QStringLiteral("after_days")).toInt(),
                           v.toObject().value(QStringLiteral("text")).toString()});
    for (const QJsonValue& v : seed.value(QStringLiteral("ladder")).toArray())
        s.ladder << v.toString();
    return s;
}

const WatchSettings& WatchSettings::bundled()
{
    static const WatchSettings settings = [] {
        QFile f(QStringLiteral(":/seeds/agreement_watch.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(QJsonDocument::fromJson(f.readAll()).object()) : WatchSettings{};
    }();
    return settings;
}

QList<ConditionResult> AgreementWatch::evaluate(const AgreementFacts& facts, const WatchSettings& settings, QDate asOf)
{
    Judge judge(facts, settings, asOf);
    return {judge.notStarted(),    judge.investmentBehind(), judge.notProducing(),
            judge.targetsMissed(), judge.findingsOverdue(5), judge.findingsOverdue(6)};
}

QString AgreementWatch::missingReports(const AgreementFacts& facts, const WatchSettings& settings, QDate asOf)
{
    QDate last;
    for (const AgreementFacts::Report& r : facts.reports)
        if (r.on.isValid() && r.on <= asOf && r.on > last)
            last = r.on;
    const QDate from = last.isValid() ? last : facts.signedOn;
    if (!from.isValid() || from.daysTo(asOf) <= settings.reportDueDays)
        return {};
    return last.isValid()
               ? tr("最近一次履约进展报告是 %1，已 %2 天没有报送").arg(RecordText::isoDate(last)).arg(last.daysTo(asOf))
               : tr("%1 签约后 %2 天没有报送过履约进展").arg(RecordText::isoDate(from)).arg(from.daysTo(asOf));
}

AgreementWatch::Lifecycle AgreementWatch::lifecycle(const AgreementFacts& facts, QDate asOf)
{
    Lifecycle stage = Lifecycle::NotStarted;
    for (const AgreementFacts::Report& r : facts.reports) {
        if (!r.on.isValid() || r.on > asOf)
            continue;
        if (r.producing)
            return Lifecycle::Producing;
        if (r.building == QLatin1String("built"))
            stage = Lifecycle::BuiltNotProducing;
        else if (r.building == QLatin1String("building") && stage == Lifecycle::NotStarted)
            stage = Lifecycle::Building;
    }
    return stage;
}

QString AgreementWatch::lifecycleName(Lifecycle stage)
{
    switch (stage) {
    case Lifecycle::NotStarted:
        return tr("签约未开工");
    case Lifecycle::Building:
        return tr("开工未竣工");
    case Lifecycle::BuiltNotProducing:
        return tr("竣工未投产");
    case Lifecycle::Producing:
        return tr("已投产");
    }
    return {};
}

QString AgreementWatch::stateCode(WatchState state)
{
    switch (state) {
    case WatchState::Ok:
        return QStringLiteral("ok");
    case WatchState::Approaching:
        return QStringLiteral("approaching");
    case WatchState::Triggered:
        return QStringLiteral("triggered");
    case WatchState::Handled:
        return QStringLiteral("handled");
    }
    return {};
}

QString AgreementWatch::stateName(WatchState state)
{
    switch (state) {
    case WatchState::Ok:
        return tr("正常");
    case WatchState::Approaching:
        return tr("临近");
    case WatchState::Triggered:
        return tr("触发");
    case WatchState::Handled:
        return tr("已处置");
    }
    return {};
}

QString AgreementWatch::conditionName(int condition)
{
    return Vocabularies::name(QStringLiteral("watch_condition"), QString::number(condition));
}

QString AgreementWatch::measureName(const QString& code)
{
    return Vocabularies::name(QStringLiteral("measure"), code);
}

int AgreementWatch::severity(WatchState state)
{
    switch (state) {
    case WatchState::Triggered:
        return 3;
    case WatchState::Approaching:
        return 2;
    case WatchState::Handled:
        return 1;
    case WatchState::Ok:
        return 0;
    }
    return 0;
}

} // namespace zs
