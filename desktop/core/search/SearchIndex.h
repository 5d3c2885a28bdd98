#pragma once

#include "sync/store/Error.h"

namespace zs {

class Database;

// Keeps the full-text index in step with the records without making writes pay for tokenising. New records are
// found by rid above a per-kind mark, changed ones through search_queue (update triggers); flush() indexes both in
// one set-based pass. SearchService flushes before every search, so results are always current; bulk writers
// (imports, demo data, sync) flush at the end of their transaction.
class SearchIndex
{
public:
    // Returns a count of the changes made (index rows written and bookkeeping), 0 when nothing was pending.
    static Result<int> flush(Database& db);
    // Records not yet (re)indexed.
    static Result<qint64> pending(Database& db);
};

} // namespace zs
