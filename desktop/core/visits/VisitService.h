#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QJsonObject>
#include <QStringList>

namespace zs {

class Database;

// What the officer wrote down about one visit, as the visit form (and `zhaoshang-cli log-visit`) hands it over.
struct VisitEntry
{
    Visit visit;             // new (no id) or a correction; its company id empty when the company is new
    QString newCompany;      // the full name of a company met for the first time: made with the visit
    QStringList newContacts; // people met for the first time: added to the company's contacts and to the visit
    QStringList handoutIds;  // materials of the library handed out: one handout row each
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

    // The visit's next step done (it leaves the dashboard's follow-ups), or moved to another day: a correction of the
    // visit like any other (its revision kept, synced), refused with the form's message when the day is before the
    // visit.
    Result<void> completeNextStep(const QString& visitId);
    Result<void> rescheduleNextStep(const QString& visitId, const QDate& due);

    // A new visit as `zhaoshang-cli log-visit` reads it, keyed like the visit kind's fields and `get`'s output:
    // {"company": id or name, "visited_at": "2026-11-30 10:00", "city": "shenzhen", "place", "officers", "purpose",
    //  "notes", "outcome", "intent": 0–3, "next_step", "next_due": "2026-12-15", "contacts": [names or ids],
    //  "handouts": [material ids or titles]}. A company, contact or material named but not found by id: a company
    // or contact of that name is found (the directory's normalised name) or made; a material must exist. Problems
    // name their key.
    Result<VisitEntry> entryFromJson(const QJsonObject& json);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
