#pragma once

namespace zs {

// The kinds of record the officer works with. The numbers are stored in the workspace (the search index's
// search_doc and search_queue keep (kind, rid) pairs), so a kind's number never changes and a new kind takes the next
// free one; there is no upper limit (schema v7 replaced rowid = rid * 8 + kind, which had room for seven).
enum class RecordKind
{
    Company = 1,
    Contact = 2,
    Visit = 3,
    Lead = 4,
    Event = 5,
    Material = 6,
    Specialist = 7, // 跟踪服务专员: the counties' follow-up specialists (a generic kind: declaration only)
    Agreement = 8,  // 投资协议 and what follows it (agreements/AgreementKinds.cpp)
    AgreementTranche = 9,
    AgreementProgress = 10,
    AgreementMeasure = 11,
    AgreementFinding = 12,
    ServiceMilestone = 13, // 项目跟踪服务 (agreements/ServiceKinds.cpp)
    ServiceRequest = 14,
    ServiceLog = 15,
    Site = 16, // 用地厂房 and a lead's 选址需求 (sites/SiteKinds.cpp)
    SiteRequirement = 17,
    SiteReservation = 18,
};

} // namespace zs
