#pragma once

namespace zs {

// The kinds of record the officer works with; the numbers are part of the search index's rowid scheme
// (rowid = rid * 8 + kind), so they never change.
enum class RecordKind
{
    Company = 1,
    Contact = 2,
    Visit = 3,
    Lead = 4,
    Event = 5,
    Material = 6,
    Specialist = 7, // 跟踪服务专员: the counties' follow-up specialists (a generic kind: declaration only)
};

} // namespace zs
