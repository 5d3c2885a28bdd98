#pragma once

#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <functional>

namespace zs {

class Database;

// A realistic Chinese data set for demos and benchmarks: companies in the Pearl River Delta with valid credit
// codes, contacts, visits by the stationed teams, leads along the pipeline, promotion events. Deterministic for a
// given seed. Everything goes through the repositories, in one transaction.
class DemoData
{
public:
    struct Counts
    {
        int companies = 0;
        int contacts = 0;
        int visits = 0;
        int leads = 0;
        int events = 0;
        int details = 0;     // detail rows made with them: stage history, attendees, handouts
        qint64 visitsMs = 0; // time spent writing the visits alone
        qint64 indexMs = 0;  // time spent building the full-text index for everything written
    };

    // The counties' follow-up specialists (跟踪服务专员): a city-wide list, made on an HQ laptop (only HQ roles may
    // publish it). Returns how many were made; none when the list already has entries.
    static Result<int> specialists(Database& db, const Clock& clock = Clock::system());

    // progress(done, total) is called now and then with visits written so far.
    static Result<Counts> generate(Database& db, int visits, quint32 seed = 2026,
                                   const std::function<void(int, int)>& progress = {},
                                   const Clock& clock = Clock::system());
};

} // namespace zs
