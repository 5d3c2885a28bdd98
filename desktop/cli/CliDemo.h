#pragma once

#include "sync/store/Error.h"

#include <QJsonObject>

#include <optional>

namespace zs {
class Database;
}

namespace zs::cli {

// `demo --kind K`: one feature's demo data — specialists (the city-wide list, on an HQ laptop), agreements (a
// county's, on its specialist's laptop), map (a picture for brochure covers), duplicates (a merged pair and one left
// to merge), sites (the city's inventory, on an HQ laptop), site-requirements (for a team's leads), chain-example
// (the paper's PCB and terminals example for the chain map). What was made,
// as JSON; nothing when K names none of them (the officer's demo data is made instead).
std::optional<Result<QJsonObject>> demoOfKind(Database& db, const QString& kind);

} // namespace zs::cli
