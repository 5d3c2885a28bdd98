#include "desktop/cli/CliSites.h"

#include "desktop/core/sites/SiteMatchService.h"

#include <QJsonArray>

namespace zs::cli {

Result<QJsonObject> matchSites(Database& db, const MatchArgs& args)
{
    const MatchSettings& settings = MatchSettings::bundled();
    ZS_TRY_ASSIGN(const SiteMatchService::Match m, SiteMatchService(db).match(args.lead, settings));
    QJsonArray entries;
    int ranked = 0;
    int excluded = 0;
    for (const SiteMatchEntry& e : m.entries) {
        if (e.excluded) {
            ++excluded;
            if (args.all)
                entries.append(SiteMatchService::toJson(e));
        } else if (ranked++ < args.top) {
            entries.append(SiteMatchService::toJson(e));
        }
    }
    return QJsonObject{{QStringLiteral("lead"), m.leadTitle},
                       {QStringLiteral("lead_id"), m.leadId},
                       {QStringLiteral("sites"), int(m.entries.size())},
                       {QStringLiteral("ranked"), ranked},
                       {QStringLiteral("excluded"), excluded},
                       {QStringLiteral("settings_version"), settings.version},
                       {QStringLiteral("entries"), entries}};
}

} // namespace zs::cli
