#pragma once

#include "desktop/core/sites/SiteMatch.h"
#include "sync/store/Error.h"

#include <QJsonObject>

namespace zs {

class Database;

// The matching over the inventory this workspace carries (every laptop carries the city's sites): a lead's latest
// site requirement against every live site, read in two queries.
class SiteMatchService
{
    Q_DECLARE_TR_FUNCTIONS(SiteMatchService)

public:
    struct Match
    {
        QString leadId;
        QString leadTitle;
        QString requirementId;
        SiteRequirement need;
        QList<SiteMatchEntry> entries; // ranked, then excluded
        QList<SiteFacts> sites;        // what was judged (the facts a view shows beside the entries)
    };

    explicit SiteMatchService(Database& db)
        : m_db(db)
    {
    }

    Result<QList<SiteFacts>> sites();
    // The lead (its id, or its title: of leads with the same title, one with a requirement, the newest) and its
    // newest requirement; NotFound, said in Chinese, when either is missing.
    Result<Match> requirement(const QString& lead);
    Result<Match> match(const QString& lead, const MatchSettings& settings = MatchSettings::bundled());
    // "始兴县、翁源县" or codes → region codes (unknown names are left out) and the names as written.
    Result<QStringList> counties(const QString& text);
    // One entry as `zhaoshang-cli match` prints it.
    static QJsonObject toJson(const SiteMatchEntry& entry);

private:
    Database& m_db;
};

} // namespace zs
