#pragma once

#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QStringList>

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

    // Investment agreements of 始兴县 (demo/DemoAgreements.cpp), made on the county specialist's laptop from the
    // directory it holds: one in each state the watch knows (producing, not started after a reminder, about to start,
    // investment short, built but not producing with a notice sent, targets missed, a finding overdue, just signed),
    // dated from today, signed by the Guangzhou or Shenzhen team. None when there are agreements already.
    static Result<int> agreements(Database& db, const Clock& clock = Clock::system());
    // Their one-to-one service (demo/DemoService.cpp; made with them): milestones from the industrial template, done
    // as far as each story has got, some overdue or blocked, the enterprise's requests and the service log. Returns
    // the milestones made; none when there are some already.
    static Result<int> projectService(Database& db, const Clock& clock = Clock::system());

    // The city's site inventory (demo/DemoSites.cpp), made on an HQ laptop: idle land, serviced land, idle and
    // standard factory buildings across the parks, most open, some reserved, let or sold. None when there are sites.
    static Result<int> sites(Database& db, const Clock& clock = Clock::system());
    // Site requirements for up to four of the team's leads (land for a PCB plant, a building for assembly…), their
    // preferred counties those whose parks lead in the lead's industry. None when there are some already.
    static Result<int> siteRequirements(Database& db, const Clock& clock = Clock::system());
    // The paper's chain example (demo/DemoSites.cpp): local PCB makers in the directory and Delta terminal makers as
    // the team's leads, so the chain map reads 始兴's PCB covered and the terminals as leads. Companies made.
    static Result<int> chainExample(Database& db, const Clock& clock = Clock::system());

    // Two companies entered twice, the way another team writes a name off a business card (华源新能源科技（深圳）:
    // no credit code, a contact and a visit of its own): the first pair is merged (its history shows the merge, which
    // can be undone), the second is left for the officer to find and merge. Returns the merges made (0 or 1); none
    // when the workspace has fewer than two companies with visits or already has the duplicates.
    struct Duplicates
    {
        QStringList survivors; // the companies kept, in the order above
        QStringList duplicates;
        QString mergeId; // the first pair's
    };
    static Result<Duplicates> duplicates(Database& db, const Clock& clock = Clock::system());

    // progress(done, total) is called now and then with visits written so far.
    static Result<Counts> generate(Database& db, int visits, quint32 seed = 2026,
                                   const std::function<void(int, int)>& progress = {},
                                   const Clock& clock = Clock::system());

private:
    // 始兴县's first follow-up specialist in the list ("" when the list has none): who keeps its agreements.
    static Result<QString> shixingSpecialist(Database& db);
};

} // namespace zs
