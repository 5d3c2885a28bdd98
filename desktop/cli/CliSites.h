#pragma once

#include "sync/store/Error.h"

#include <QJsonObject>

namespace zs {
class Database;
}

namespace zs::cli {

// `match --lead ID|项目名称 [--top N] [--all] --format json`: the inventory ranked for the lead's site requirement
// (SiteMatchService), the best `top` first; with --all the excluded sites follow with `excluded: true`. With
// --out F.pdf the top sites are also written as the 推荐载体清单 PDF (and with --record kept as handed out).
struct MatchArgs
{
    QString lead;
    int top = 3;
    bool all = false;
    QString out;         // with a path: the 推荐载体清单 PDF of the top sites is written there
    bool record = false; // and kept in the library as handed out to the company
};
Result<QJsonObject> matchSites(Database& db, const MatchArgs& args);

// `reserve --site 名称|ID --lead ID|项目名称 [--release]`: the site promised to the lead on this laptop (settled at HQ
// on the next sync: the first reservation to arrive holds the site, a later one is refused and listed like other
// refused changes); with --release, the lead's reservation given back.
// `chains --format json`: the industrial-chain map (ChainMap): every chain's links with their state (covered, weak,
// empty), reason, local enterprises, landed projects and leads.
Result<QJsonObject> chainMap(Database& db);

Result<QJsonObject> reserveSite(Database& db, const QString& site, const QString& lead, bool release);

} // namespace zs::cli
