#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace zs {

// The project-service templates (seeds/service_templates.json, versioned): per kind of project the milestones a
// specialist follows, each anchored on a date of the agreement; and the two windows the checks use.
struct ServiceTemplates
{
    struct Milestone
    {
        QString stage; // a service_stage code (approval…)
        QString item;
        QString owner;
        QString anchor; // signed_on, start_due, completion_due, production_due, target_year_end
        int offsetDays = 0;
        QString roles;             // staffing: the roles wanted
        double headcountShare = 0; // staffing: this share of the agreed jobs
    };
    struct Template
    {
        QString code;
        QString name;
        QList<Milestone> milestones;
    };
    QList<Template> templates;
    int dueSoonDays = 14; // a milestone this close to its date is 临近
    int answerDays = 10;  // a department should answer a request within this many days
    int version = 0;

    const Template* find(const QString& code) const;
    static ServiceTemplates fromJson(const QJsonObject& seed);
    static const ServiceTemplates& bundled(); // :/seeds/service_templates.json, read once
};

// What a plan anchors on: the agreement's dates and agreed jobs.
struct ServiceAnchors
{
    QDate signedOn;
    QDate startDue;
    QDate completionDue;
    QDate productionDue;
    int targetYear = 0;
    std::optional<double> targetJobs;

    QDate date(const QString& anchor) const; // invalid when the agreement has no such date
};

// A milestone a template plans for one agreement: its due date (none when the anchor date is missing) and how it was
// computed ("约定开工日期 2027-03-01 前 15 天").
struct PlannedMilestone
{
    QString stage;
    QString item;
    QString owner;
    QString roles;
    int headcount = 0; // staffing: the agreed jobs × the template's share; 0 otherwise
    QDate due;
    QString basis;
};

// A recorded milestone and a recorded request, as the checks read them.
struct MilestoneFacts
{
    QString id;
    QString stage;
    QString item;
    QString owner;
    QString state; // milestone_state: todo, doing, blocked, done
    QDate due;
    QDate done;
    QString blockers;
};
struct RequestFacts
{
    QString id;
    QDate raised;
    QDate answered; // invalid while the department has not answered
};

// Where a milestone stands as of a date, most urgent first.
enum class MilestoneStatus
{
    Overdue, // past its date and not done
    Blocked, // 受阻, not yet past its date
    DueSoon, // within the due-soon window (today included)
    Open,    // further off
    Undated, // no date
    Done,
};

struct MilestoneCheck
{
    MilestoneStatus status = MilestoneStatus::Open;
    int days = 0;  // overdue: days late; due soon / open: days left; done: days early (negative: late)
    QString text;  // 逾期 12 天, 7 天后到期, 按期完成…
    QString basis; // the dates behind it
};

struct RequestCheck
{
    bool answered = false;
    int days = 0;      // raised → answered, or raised → as-of while it waits
    bool late = false; // more than answerDays
    QString text;      // 6 天答复, 已等待 12 天（超过 10 天）
};

// An agreement's service as of a date: counts that say what they count.
struct ServiceSummary
{
    int milestones = 0;
    int done = 0;
    int overdue = 0;
    int blocked = 0;
    int dueSoon = 0;
    int requests = 0;
    int open = 0;         // not answered
    int late = 0;         // answered late, or waiting longer than answerDays
    int answeredDays = 0; // the days of the answered requests, summed
    int answered = 0;
    std::optional<double> averageDays() const;
    QString text() const; // one line for the 项目服务 tab
};

// The rules of the project service: pure functions of the template, the facts and an as-of date.
class ServicePlan
{
    Q_DECLARE_TR_FUNCTIONS(ServicePlan)

public:
    static QList<PlannedMilestone> plan(const ServiceTemplates::Template& t, const ServiceAnchors& anchors);
    static MilestoneCheck check(const MilestoneFacts& m, const ServiceTemplates& settings, QDate asOf);
    static RequestCheck check(const RequestFacts& r, const ServiceTemplates& settings, QDate asOf);
    static ServiceSummary summarize(const QList<MilestoneFacts>& milestones, const QList<RequestFacts>& requests,
                                    const ServiceTemplates& settings, QDate asOf);
    static QString anchorLabel(const QString& anchor); // 约定开工日期
    static QString statusCode(MilestoneStatus status); // overdue, blocked, due_soon, open, undated, done
};

} // namespace zs
