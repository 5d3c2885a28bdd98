#include "desktop/core/agreements/ServicePlan.h"

#include "desktop/core/domain/RecordText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace zs {

const ServiceTemplates::Template* ServiceTemplates::find(const QString& code) const
{
    for (const Template& t : templates)
        if (t.code == code)
            return &t;
    return nullptr;
}

ServiceTemplates ServiceTemplates::fromJson(const QJsonObject& seed)
{
    ServiceTemplates s;
    s.version = seed.value(QStringLiteral("version")).toInt();
    s.dueSoonDays = seed.value(QStringLiteral("due_soon_days")).toInt(s.dueSoonDays);
    s.answerDays = seed.value(QStringLiteral("answer_days")).toInt(s.answerDays);
    for (const QJsonValue& tv : seed.value(QStringLiteral("templates")).toArray()) {
        const QJsonObject to = tv.toObject();
        Template t{to.value(QStringLiteral("code")).toString(), to.value(QStringLiteral("name")).toString(), {}};
        for (const QJsonValue& mv : to.value(QStringLiteral("milestones")).toArray()) {
            const QJsonObject m = mv.toObject();
            t.milestones.append(
                {m.value(QStringLiteral("stage")).toString(), m.value(QStringLiteral("item")).toString(),
                 m.value(QStringLiteral("owner")).toString(), m.value(QStringLiteral("anchor")).toString(),
                 m.value(QStringLiteral("offset_days")).toInt(), m.value(QStringLiteral("roles")).toString(),
                 m.value(QStringLiteral("headcount_share")).toDouble()});
        }
        s.templates.append(t);
    }
    return s;
}

const ServiceTemplates& ServiceTemplates::bundled()
{
    static const ServiceTemplates templates = [] {
        QFile f(QStringLiteral(":/seeds/service_templates.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(QJsonDocument::fromJson(f.readAll()).object())
                                           : ServiceTemplates{};
    }();
    return templates;
}

QDate ServiceAnchors::date(const QString& anchor) const
{
    if (anchor == QLatin1String("signed_on"))
        return signedOn;
    if (anchor == QLatin1String("start_due"))
        return startDue;
    if (anchor == QLatin1String("completion_due"))
        return completionDue;
    if (anchor == QLatin1String("production_due"))
        return productionDue;
    if (anchor == QLatin1String("target_year_end"))
        return targetYear > 0 ? QDate(targetYear, 12, 31) : QDate();
    return {};
}

QString ServicePlan::anchorLabel(const QString& anchor)
{
    if (anchor == QLatin1String("signed_on"))
        return tr("签约日期");
    if (anchor == QLatin1String("start_due"))
        return tr("约定开工日期");
    if (anchor == QLatin1String("completion_due"))
        return tr("约定竣工日期");
    if (anchor == QLatin1String("production_due"))
        return tr("约定投产日期");
    if (anchor == QLatin1String("target_year_end"))
        return tr("达产年份年末");
    return anchor;
}

QList<PlannedMilestone> ServicePlan::plan(const ServiceTemplates::Template& t, const ServiceAnchors& anchors)
{
    QList<PlannedMilestone> planned;
    for (const ServiceTemplates::Milestone& m : t.milestones) {
        PlannedMilestone p{m.stage, m.item, m.owner, m.roles, 0, {}, {}};
        const QDate anchor = anchors.date(m.anchor);
        if (anchor.isValid()) {
            p.due = anchor.addDays(m.offsetDays);
            const QString at = anchorLabel(m.anchor) + QLatin1Char(' ') + RecordText::isoDate(anchor);
            p.basis = m.offsetDays == 0  ? at
                      : m.offsetDays < 0 ? tr("%1 前 %2 天").arg(at).arg(-m.offsetDays)
                                         : tr("%1 后 %2 天").arg(at).arg(m.offsetDays);
        } else {
            p.basis = tr("协议未约定%1，期限待定").arg(anchorLabel(m.anchor));
        }
        if (m.headcountShare > 0 && anchors.targetJobs && *anchors.targetJobs > 0) {
            p.headcount = static_cast<int>(std::lround(*anchors.targetJobs * m.headcountShare));
            p.basis += tr("；人数 = 约定用工 %1 人 × %2%")
                           .arg(*anchors.targetJobs, 0, 'f', 0)
                           .arg(m.headcountShare * 100, 0, 'f', 0);
        }
        planned.append(p);
    }
    return planned;
}

MilestoneCheck ServicePlan::check(const MilestoneFacts& m, const ServiceTemplates& settings, QDate asOf)
{
    MilestoneCheck c;
    const QString due = m.due.isValid() ? tr("期限 %1").arg(RecordText::isoDate(m.due)) : tr("未定期限");
    if (m.state == QLatin1String("done")) {
        c.status = MilestoneStatus::Done;
        if (m.due.isValid() && m.done.isValid()) {
            c.days = m.done.daysTo(m.due);
            c.text = c.days > 0   ? tr("已完成（提前 %1 天）").arg(c.days)
                     : c.days < 0 ? tr("已完成（逾期 %1 天）").arg(-c.days)
                                  : tr("按期完成");
            c.basis = tr("%1，%2 完成").arg(due, RecordText::isoDate(m.done));
        } else {
            c.text = tr("已完成");
            c.basis = m.done.isValid() ? tr("%1 完成").arg(RecordText::isoDate(m.done)) : due;
        }
        return c;
    }
    if (!m.due.isValid()) {
        c.status = m.state == QLatin1String("blocked") ? MilestoneStatus::Blocked : MilestoneStatus::Undated;
        c.text = c.status == MilestoneStatus::Blocked ? tr("受阻") : tr("未定期限");
        c.basis = due;
        return c;
    }
    const int left = static_cast<int>(asOf.daysTo(m.due));
    c.basis = tr("%1，截至 %2").arg(due, RecordText::isoDate(asOf));
    if (left < 0) {
        c.status = MilestoneStatus::Overdue;
        c.days = -left;
        c.text = m.state == QLatin1String("blocked") ? tr("受阻，逾期 %1 天").arg(-left) : tr("逾期 %1 天").arg(-left);
    } else if (m.state == QLatin1String("blocked")) {
        c.status = MilestoneStatus::Blocked;
        c.days = left;
        c.text = left == 0 ? tr("受阻，今天到期") : tr("受阻，%1 天后到期").arg(left);
    } else {
        c.status = left <= settings.dueSoonDays ? MilestoneStatus::DueSoon : MilestoneStatus::Open;
        c.days = left;
        c.text = left == 0 ? tr("今天到期") : tr("%1 天后到期").arg(left);
    }
    return c;
}

RequestCheck ServicePlan::check(const RequestFacts& r, const ServiceTemplates& settings, QDate asOf)
{
    RequestCheck c;
    c.answered = r.answered.isValid() && r.answered <= asOf;
    if (!r.raised.isValid())
        return c;
    c.days = static_cast<int>(std::max<qint64>(0, r.raised.daysTo(c.answered ? r.answered : asOf)));
    c.late = c.days > settings.answerDays;
    if (c.answered)
        c.text =
            c.late ? tr("%1 天答复（超过 %2 天）").arg(c.days).arg(settings.answerDays) : tr("%1 天答复").arg(c.days);
    else
        c.text = c.late ? tr("已等待 %1 天（超过 %2 天）").arg(c.days).arg(settings.answerDays)
                        : tr("已等待 %1 天").arg(c.days);
    return c;
}

std::optional<double> ServiceSummary::averageDays() const
{
    return answered > 0 ? std::optional<double>(double(answeredDays) / answered) : std::nullopt;
}

QString ServiceSummary::text() const
{
    QString line = ServicePlan::tr("服务节点 %1 项：已完成 %2，逾期 %3，受阻 %4，临近 %5")
                       .arg(milestones)
                       .arg(done)
                       .arg(overdue)
                       .arg(blocked)
                       .arg(dueSoon);
    line += ServicePlan::tr("；企业诉求 %1 件：未答复 %2，超时 %3").arg(requests).arg(open).arg(late);
    if (const auto avg = averageDays())
        line += ServicePlan::tr("，平均 %1 天答复（%2 件已答复共 %3 天）")
                    .arg(*avg, 0, 'f', 1)
                    .arg(answered)
                    .arg(answeredDays);
    return line;
}

ServiceSummary ServicePlan::summarize(const QList<MilestoneFacts>& milestones, const QList<RequestFacts>& requests,
                                      const ServiceTemplates& settings, QDate asOf)
{
    ServiceSummary s;
    for (const MilestoneFacts& m : milestones) {
        ++s.milestones;
        switch (check(m, settings, asOf).status) {
        case MilestoneStatus::Done:
            ++s.done;
            break;
        case MilestoneStatus::Overdue:
            ++s.overdue;
            if (m.state == QLatin1String("blocked"))
                ++s.blocked;
            break;
        case MilestoneStatus::Blocked:
            ++s.blocked;
            break;
        case MilestoneStatus::DueSoon:
            ++s.dueSoon;
            break;
        default:
            break;
        }
    }
    for (const RequestFacts& r : requests) {
        const RequestCheck c = check(r, settings, asOf);
        ++s.requests;
        if (c.answered) {
            ++s.answered;
            s.answeredDays += c.days;
        } else {
            ++s.open;
        }
        if (c.late)
            ++s.late;
    }
    return s;
}

QString ServicePlan::statusCode(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Overdue:
        return QStringLiteral("overdue");
    case MilestoneStatus::Blocked:
        return QStringLiteral("blocked");
    case MilestoneStatus::DueSoon:
        return QStringLiteral("due_soon");
    case MilestoneStatus::Open:
        return QStringLiteral("open");
    case MilestoneStatus::Undated:
        return QStringLiteral("undated");
    case MilestoneStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace zs
