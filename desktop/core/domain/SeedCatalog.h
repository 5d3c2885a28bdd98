#pragma once

#include "sync/store/Error.h"

#include <QString>

namespace zs {

class Database;

// Reference data shipped in seeds/ (regions, parks, industry chains, visit purposes, pipeline stages), embedded
// under :/seeds. Each file carries a version; a file newer than the one recorded in the workspace replaces its
// reference tables in one transaction. User records refer to reference rows by code and are never touched.
class SeedCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SeedCatalog)

public:
    // Applies every bundled seed file that is newer than the workspace's copy. Returns how many were applied.
    static Result<int> apply(Database& db);
    // The same, from another folder (tests; HQ-published updates later).
    static Result<int> applyFrom(Database& db, const QString& directory);
};

} // namespace zs
