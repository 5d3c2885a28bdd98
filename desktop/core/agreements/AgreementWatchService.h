#pragma once

#include "desktop/core/agreements/AgreementWatch.h"
#include "sync/store/Error.h"

#include <QJsonObject>
#include <QList>

namespace zs {

class Database;

// The watch over the agreements this workspace holds (a county's for its specialists, every county's at HQ, the
// signed projects of a stationed team): their facts read in five queries, the rules run as of a date.
class AgreementWatchService
{
    Q_DECLARE_TR_FUNCTIONS(AgreementWatchService)

public:
    struct Entry
    {
        QString agreementId;
        QString number;
        QString company;
        QString region; // 始兴县
        QString park;
        QString specialist;
        QString team; // the signing team's name (广州组)
        ConditionResult result;
    };
    // One agreement's stage (the 三未 lists).
    struct Stage
    {
        QString agreementId;
        QString number;
        QString company;
        QString region;
        AgreementWatch::Lifecycle lifecycle = AgreementWatch::Lifecycle::NotStarted;
        QDate signedOn;
        QDate startDue;
    };
    // A county's figures (and the city's, region empty), each a numerator over a denominator so that it can say how
    // it was computed: 履约率 = agreements with no condition triggered ÷ agreements; 开工率 = started ÷ those whose
    // start is due; 资金到位率 = investment reported ÷ investment agreed; 建成投产率 = producing ÷ those whose
    // production is due.
    struct Kpi
    {
        QString region;
        int agreements = 0;
        int compliant = 0;
        int startDue = 0;
        int started = 0;
        double investedWan = 0;
        double agreedWan = 0;
        int productionDue = 0;
        int producing = 0;
    };
    struct Watch
    {
        QDate asOf;
        QList<Entry> entries; // every agreement × condition, the most severe and oldest first
        QList<std::pair<QString, QString>> missingReports; // agreement number, why its figures are missing
        QList<Stage> stages;                               // every agreement, by number
        QList<Kpi> kpis;                                   // by county, then the city (region "")
        int agreements = 0;
    };

    explicit AgreementWatchService(Database& db)
        : m_db(db)
    {
    }

    // Every live agreement's facts (one agreement: `id`).
    Result<QList<AgreementFacts>> facts(const QString& id = QString());
    Result<Watch> evaluate(QDate asOf, const WatchSettings& settings = WatchSettings::bundled());
    // A 催告函 sent: the PDF kept in the materials library and a notice measure for the condition, dated `on`, in
    // one transaction (the measure settles a triggered condition). Returns the measure's id.
    Result<QString> recordNotice(const QString& agreementId, int condition, const QString& number,
                                 const QByteArray& pdf, QDate on, const QString& takenBy);
    // What became 触发 or 临近 since the last time this was asked (the laptop's last unlock): counted against the
    // states noted then (app_meta "watch.seen"), which are replaced by today's. The first time, everything counts.
    struct News
    {
        int triggered = 0;
        int approaching = 0;
    };
    Result<News> sinceLastTime(const Watch& today);
    // One entry as `zhaoshang-cli watch` prints it.
    static QJsonObject toJson(const Entry& entry);
    static QStringList csvHeader();
    static QStringList csvRow(const Entry& entry);

private:
    Database& m_db;
};

} // namespace zs
