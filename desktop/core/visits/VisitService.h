#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QStringList>

namespace zs {

class Database;

// What the officer wrote down about one visit, as the visit form (and `zhaoshang-cli log-visit`) hands it over.
struct VisitEntry
{
    Visit visit;            // new (no id) or a correction; its company id empty when the company is new
    QString newCompany;     // the full name of a company met for the first time: made with the visit
    QString newContact;     // a person met for the first time: added to the company's contacts and to the visit
    QStringList handoutIds; // materials of the library handed out: one handout row each
};

// Logging a visit as one use case: the company and the contact made on the spot, the visit (or its correction, with
// history), and the handouts, all in one transaction, so a failure anywhere leaves nothing half-saved. A problem
// names its field ("company", "contacts", "visited_at"…) as the form shows it.
class VisitService
{
    Q_DECLARE_TR_FUNCTIONS(VisitService)

public:
    explicit VisitService(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // The visit as saved (id, company and contact ids filled in).
    Result<Visit> save(const VisitEntry& entry);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
