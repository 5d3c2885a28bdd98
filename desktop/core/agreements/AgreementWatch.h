#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zs {

// The watch's settings: seeds/agreement_watch.json (versioned), every figure a default the city may change. The
// watch's reasons say which value they used.
struct WatchSettings
{
    int approachingDays = 60;       // 临近: this close to a deadline
    int reminderGraceDays = 30;     // condition 1: a reminder this old with no start recorded since
    int productionWindowDays = 183; // condition 3: production expected this long after the building is finished
    int reportDueDays = 120;        // no progress report for this long: the figures are missing
    struct Tier
    {
        int minPercent;
        QString name;
    };
    QList<Tier> tiers; // condition 4, highest first (基本达标 ≥ 90 %…)
    struct IdleLevel
    {
        int afterDays;
        QString text;
    };
    QList<IdleLevel> idleLand; // national idle-land levels past the contracted start (闲置土地处置办法)
    QStringList ladder;        // measure codes in order: reminder … reclaim
    int version = 0;

    static WatchSettings fromJson(const QJsonObject& seed);
    static const WatchSettings& bundled(); // :/seeds/agreement_watch.json, read once
};

// What the rules read of one agreement: its clauses and what is recorded after it, whatever their dates (the rules
// look only at what is dated on or before the as-of date).
struct AgreementFacts
{
    QString id;
    QString number;
    QString company;
    QString region;
    QString park;
    QString signingScope;
    QString specialist;
    QDate signedOn;
    QDate startDue;
    QDate completionDue;
    QDate productionDue;
    std::optional<double> landMu;
    std::optional<double> landPriceWan;
    std::optional<double> totalWan;
    std::optional<double> fixedAssetWan;
    std::optional<double> equipmentWan;
    std::optional<double> targetOutputWan;
    std::optional<double> targetTaxWan;
    std::optional<double> targetJobs;
    int targetYear = 0;

    struct Tranche
    {
        QDate due;
        double cumulativeWan = 0;
    };
    struct Report
    {
        QDate on;
        std::optional<double> cumulativeWan;
        std::optional<double> fixedAssetWan;
        std::optional<double> equipmentWan;
        std::optional<double> outputWan;
        std::optional<double> taxWan;
        std::optional<double> jobs;
        QString building; // not_started, building, built
        bool producing = false;
    };
    struct Measure
    {
        QDate on;
        QString measure;   // a ladder code
        int condition = 0; // 1–6, 0: not tied to one
    };
    struct Finding
    {
        QDate found;
        QString kind; // industrial_policy, environment, other_breach
        QDate rectifyDue;
        QDate rectifiedOn;
    };
    QList<Tranche> tranches; // any order
    QList<Report> reports;
    QList<Measure> measures;
    QList<Finding> findings;
};

enum class WatchState
{
    Ok,          // 正常
    Approaching, // 临近 (or a figure missing: not 正常)
    Triggered,   // 触发
    Handled,     // 已处置: a measure taken for it since it triggered
};

// One of the paper's six exit conditions for one agreement, as of a date, with how it was found.
struct ConditionResult
{
    int condition = 0; // 1–6
    WatchState state = WatchState::Ok;
    QDate since; // when the state began (invalid for 正常)
    QString reason;
    QString nextStep;    // the next rung of the ladder (its code), "" when none is due
    QStringList basis;   // the dates, figures and settings behind it
    double percent = -1; // condition 2 and 4: the share reached, -1 when none
};

// The investment-agreement watch (policy paper 三(三)3 土地退出机制): pure rules over AgreementFacts, as of any date,
// with the settings passed in. No clock of its own and no database: AgreementWatchService loads the facts.
class AgreementWatch
{
    Q_DECLARE_TR_FUNCTIONS(AgreementWatch)

public:
    static constexpr int kConditions = 6;
    static QList<ConditionResult> evaluate(const AgreementFacts& facts, const WatchSettings& settings, QDate asOf);
    // The agreement's progress reports stopped (none for reportDueDays, or none since signing that long ago):
    // the reason in words, or "" when the reports are current.
    static QString missingReports(const AgreementFacts& facts, const WatchSettings& settings, QDate asOf);

    // Where a project stands as of a date (the paper's "三未": 签约未开工, 开工未竣工, 竣工未投产), from its reports.
    enum class Lifecycle
    {
        NotStarted,        // 签约未开工
        Building,          // 开工未竣工
        BuiltNotProducing, // 竣工未投产
        Producing,         // 已投产
    };
    static Lifecycle lifecycle(const AgreementFacts& facts, QDate asOf);
    static QString lifecycleName(Lifecycle stage);

    static QString stateCode(WatchState state); // ok, approaching, triggered, handled
    static QString stateName(WatchState state); // 正常, 临近, 触发, 已处置
    static QString conditionName(int condition);
    static QString measureName(const QString& code);
    static int severity(WatchState state); // for sorting: triggered 3, approaching 2, handled 1, ok 0
};

} // namespace zs
