#pragma once

#include "sync/store/Error.h"

#include <QJsonObject>

namespace zs {
class Database;
}

namespace zs::cli {

// `match --lead ID|项目名称 [--top N] [--all] --format json`: the inventory ranked for the lead's site requirement
// (SiteMatchService), the best `top` first; with --all the excluded sites follow with `excluded: true`.
struct MatchArgs
{
    QString lead;
    int top = 3;
    bool all = false;
};
Result<QJsonObject> matchSites(Database& db, const MatchArgs& args);

} // namespace zs::cli
