#pragma once

#include "sync/store/Error.h"

namespace zs {

class Database;

// Keeps the full-text index in step with the records. Writes only queue the records they touch (triggers fill
// search_queue); flush() tokenises the queued records in one pass. SearchService flushes before every search, so
// results are always current; bulk writers (imports, demo data, sync) flush at the end of their transaction.
class SearchIndex
{
public:
    // Returns the number of records (re)indexed.
    static Result<int> flush(Database& db);
    static Result<qint64> pending(Database& db);
};

} // namespace zs
