// Sync between real processes on loopback (SYNC.md "How it is tested", SECURITY.md "Reliability promises"):
// zhaoshang-hq serving, several zhaoshang-cli workspaces enrolled as different teams and roles, kill -9 of either
// side at random points of a sync, and the server's refusals (scope, lock-out, revoked and wiped devices, malformed
// and oversize requests, TLS trust and pinning). Everything runs as a user would run it; the in-process parts
// (zs::Workspace) only do what no command offers: edit a company, plant an out-of-scope row, tamper with a pin.
#include "ProcessHarness.h"

#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/core/agreements/ServicePlan.h"

#include <QRandomGenerator>
#include <QSet>

using namespace zs::test;

class TestSyncProcesses : public QObject, protected SyncProcessFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(copyExecutables(m_dir.filePath(u"bin"_s)));
    }

    // Two stations and HQ: the shared directory converges byte for byte, each team's visits stay in that team,
    // the analyst sees all of them.
    void twoTeamsConverge()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QString a = fresh(u"a.zsdb"_s), b = fresh(u"b.zsdb"_s), c = fresh(u"c.zsdb"_s);
        QVERIFY(makeEnrolled(
            hq,
            {{a, u"gzuser"_s, "password-gz-1"}, {b, u"szuser"_s, "password-sz-1"}, {c, u"hquser"_s, "password-hq-1"}}));

        const Run demoA = cli(db(u"demo"_s, a, {u"--visits"_s, u"200"_s}));
        RUN_OK(demoA);
        const QJsonObject madeA = demoA.json();
        QCOMPARE(madeA.value(u"visits"_s).toInt(), 200);
        const Run syncA = cli(db(u"sync"_s, a));
        RUN_OK(syncA);
        QJsonObject s = syncA.json();
        QVERIFY2(s.value(u"ok"_s).toBool(), syncA.out.constData());
        const int madeRowsA = madeA.value(u"companies"_s).toInt() + madeA.value(u"contacts"_s).toInt() +
                              madeA.value(u"visits"_s).toInt() + madeA.value(u"leads"_s).toInt() +
                              madeA.value(u"events"_s).toInt() + madeA.value(u"details"_s).toInt();
        QVERIFY(madeA.value(u"details"_s).toInt() > 0); // stage history and attendees travel with their records
        QCOMPARE(s.value(u"pushed"_s).toInt(), madeRowsA);
        QVERIFY2(s.value(u"pulled"_s).toInt() > 0, syncA.out.constData());
        QCOMPARE(s.value(u"refused"_s).toInt(), 0);

        const Run demoB = cli(db(u"demo"_s, b, {u"--visits"_s, u"50"_s, u"--seed"_s, u"7"_s}));
        RUN_OK(demoB);
        const QJsonObject madeB = demoB.json();
        const Run syncB = cli(db(u"sync"_s, b));
        RUN_OK(syncB);
        s = syncB.json();
        QVERIFY2(s.value(u"ok"_s).toBool(), syncB.out.constData());
        QVERIFY2(s.value(u"pushed"_s).toInt() >= 50, syncB.out.constData());
        // B receives at least Guangzhou's share of the city directory.
        QVERIFY2(s.value(u"pulled"_s).toInt() >=
                     madeA.value(u"companies"_s).toInt() + madeA.value(u"contacts"_s).toInt(),
                 syncB.out.constData());
        QCOMPARE(s.value(u"refused"_s).toInt(), 0);

        const Run syncA2 = cli(db(u"sync"_s, a));
        RUN_OK(syncA2);
        s = syncA2.json();
        QVERIFY2(s.value(u"pulled"_s).toInt() >=
                     madeB.value(u"companies"_s).toInt() + madeB.value(u"contacts"_s).toInt(),
                 syncA2.out.constData());
        QCOMPARE(s.value(u"pushed"_s).toInt(), 0);
        const Run syncC = cli(db(u"sync"_s, c));
        RUN_OK(syncC);
        s = syncC.json();
        QVERIFY2(s.value(u"ok"_s).toBool() && s.value(u"pulled"_s).toInt() >= 250, syncC.out.constData());

        // The city directory: identical everywhere.
        for (const QString& kind : {u"companies"_s, u"contacts"_s}) {
            const QList<QStringList> rows = exportedAll({a, b, c}, kind);
            QVERIFY(!rows[0].isEmpty());
            QCOMPARE(rows[1], rows[0]);
            QCOMPARE(rows[2], rows[0]);
        }
        const QList<QJsonObject> counts = tablesOf({a, b, c});
        const QJsonObject &ta = counts[0], &tb = counts[1], &tc = counts[2];
        QCOMPARE(ta.value(u"company"_s).toInt(),
                 madeA.value(u"companies"_s).toInt() + madeB.value(u"companies"_s).toInt());
        QCOMPARE(tb.value(u"company"_s).toInt(), ta.value(u"company"_s).toInt());

        // Each team's own work stays in the team; HQ's analyst reads everything.
        QCOMPARE(ta.value(u"visit"_s).toInt(), 200);
        QCOMPARE(tb.value(u"visit"_s).toInt(), 50);
        QCOMPARE(tc.value(u"visit"_s).toInt(), 250);
        QCOMPARE(ta.value(u"lead"_s).toInt(), madeA.value(u"leads"_s).toInt());
        QCOMPARE(tb.value(u"lead"_s).toInt(), madeB.value(u"leads"_s).toInt());
        QCOMPARE(tc.value(u"lead"_s).toInt(), madeA.value(u"leads"_s).toInt() + madeB.value(u"leads"_s).toInt());
        QCOMPARE(tc.value(u"event"_s).toInt(), madeA.value(u"events"_s).toInt() + madeB.value(u"events"_s).toInt());

        const QList<QStringList> visits = exportedAll({a, b, c}, u"visits"_s);
        const QStringList &visitsA = visits[0], &visitsB = visits[1], &visitsC = visits[2];
        QCOMPARE(visitsA.size(), 200);
        QCOMPARE(visitsB.size(), 50);
        QStringList both = visitsA + visitsB;
        std::sort(both.begin(), both.end());
        QCOMPARE(visitsC, both);

        // By id, in the databases themselves: no team's visit reached the other team.
        {
            auto wa = openWorkspace(a);
            auto wb = openWorkspace(b);
            auto wc = openWorkspace(c);
            QVERIFY(wa && wb && wc);
            const QStringList idsA = column(wa->db(), "SELECT id FROM visit ORDER BY id");
            const QStringList idsB = column(wb->db(), "SELECT id FROM visit ORDER BY id");
            QCOMPARE(column(wa->db(), "SELECT DISTINCT scope FROM visit"), QStringList{u"team:gz"_s});
            QCOMPARE(column(wb->db(), "SELECT DISTINCT scope FROM visit"), QStringList{u"team:sz"_s});
            QStringList allIds = idsA + idsB;
            std::sort(allIds.begin(), allIds.end());
            QCOMPARE(column(wc->db(), "SELECT id FROM visit ORDER BY id"), allIds);
        }
        for (const QJsonObject& st : statusOf({a, b, c})) {
            QCOMPARE(st.value(u"pending"_s).toInt(), 0);
            QCOMPARE(st.value(u"conflicts"_s).toInt(), 0);
            QCOMPARE(st.value(u"quarantined"_s).toInt(), 0);
        }
    }

    // The same company renamed on two laptops: the later edit wins on both, the losing laptop keeps its value in
    // its conflicts list. No command edits a company, so the edits are made in-process like the app makes them.
    void concurrentEditConflict()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QString a = fresh(u"a.zsdb"_s), b = fresh(u"b.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{a, u"gzuser"_s, "password-gz-1"}, {b, u"szuser"_s, "password-sz-1"}}));
        RUN_OK(cli(db(u"demo"_s, a, {u"--visits"_s, u"20"_s})));
        RUN_OK(cli(db(u"sync"_s, a)));
        RUN_OK(cli(db(u"sync"_s, b)));

        const QString nameA = u"韶关冲突测试甲有限公司"_s;
        const QString nameB = u"韶关冲突测试乙有限公司"_s;
        QString companyId;
        qint64 editedA = 0;
        {
            auto wa = openWorkspace(a);
            QVERIFY(wa);
            companyId = column(wa->db(), "SELECT id FROM company ORDER BY id LIMIT 1").value(0);
            QVERIFY(!companyId.isEmpty());
            zs::CompanyRepository repo(wa->db());
            auto company = repo.get(companyId);
            QVERIFY(company.ok());
            company->name = nameA;
            auto updated = repo.update(company.value());
            QVERIFY2(updated.ok(), failure(updated).constData());
            editedA = company->updatedAt;
        }
        {
            auto wb = openWorkspace(b);
            QVERIFY(wb);
            zs::CompanyRepository repo(wb->db());
            auto company = repo.get(companyId);
            QVERIFY2(company.ok(), "B has the company from A");
            company->name = nameB;
            QVERIFY(repo.update(company.value()).ok());
            QVERIFY(company->updatedAt > editedA); // B's edit is the later one
        }

        // A pushes first, B second; then A learns that B's later value won.
        const Run s1 = cli(db(u"sync"_s, a));
        RUN_OK(s1);
        QCOMPARE(s1.json().value(u"pushed"_s).toInt(), 1);
        const Run s2 = cli(db(u"sync"_s, b));
        RUN_OK(s2);
        QCOMPARE(s2.json().value(u"pushed"_s).toInt(), 1);
        const Run s3 = cli(db(u"sync"_s, a));
        RUN_OK(s3);
        QVERIFY2(s3.json().value(u"conflicts"_s).toInt() >= 1, s3.out.constData());
        RUN_OK(cli(db(u"sync"_s, b)));

        const QList<QStringList> companies = exportedAll({a, b}, u"companies"_s);
        const QStringList& companiesA = companies[0];
        QCOMPARE(companies[1], companiesA);
        bool winnerShown = false;
        for (const QString& row : companiesA) {
            QVERIFY2(!row.startsWith(nameA + u','), qPrintable(row));
            winnerShown |= row.startsWith(nameB + u',');
        }
        QVERIFY(winnerShown);

        // The loser (A) lists its value as lost to B's; B, whose value won, has nothing to show.
        const QList<QJsonObject> statuses = statusOf({a, b});
        const QJsonObject &statusA = statuses[0], &statusB = statuses[1];
        bool listed = false;
        for (const QJsonValue& v : statusA.value(u"conflict_list"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"table"_s).toString() == u"company"_s && o.value(u"row"_s).toString() == companyId &&
                o.value(u"column"_s).toString() == u"name"_s) {
                QCOMPARE(o.value(u"lost"_s).toString(), nameA);
                QCOMPARE(o.value(u"won"_s).toString(), nameB);
                listed = true;
            }
        }
        QVERIFY2(listed, QJsonDocument(statusA).toJson().constData());
        QVERIFY(statusA.value(u"conflicts"_s).toInt() >= 1);
        QCOMPARE(statusB.value(u"conflicts"_s).toInt(), 0);
        QCOMPARE(statusA.value(u"pending"_s).toInt(), 0);
        QCOMPARE(statusB.value(u"pending"_s).toInt(), 0);
    }

    // Detail rows travel with their records: a visit's attendees and a lead's stage history reach the team's other
    // laptop and HQ's analyst as laptop A recorded them (who, when, reason); another team sees neither; a removed
    // attendee is removed everywhere.
    void detailRowsTravelWithTheirRecords()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(hq.init() &&
                hq.addUsers({{u"gzuser"_s, u"gz"_s, u"officer"_s, "password-gz-1"},
                             {u"gzuser2"_s, u"gz"_s, u"officer"_s, "password-gz-2"},
                             {u"szuser"_s, u"sz"_s, u"officer"_s, "password-sz-1"},
                             {u"hquser"_s, u"hq"_s, u"analyst"_s, "password-hq-1"}}) &&
                hq.start(true));
        const QString a = fresh(u"a.zsdb"_s), b = fresh(u"b.zsdb"_s), c = fresh(u"c.zsdb"_s), d = fresh(u"d.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{a, u"gzuser"_s, "password-gz-1"},
                                  {b, u"gzuser2"_s, "password-gz-2"},
                                  {c, u"hquser"_s, "password-hq-1"},
                                  {d, u"szuser"_s, "password-sz-1"}}));
        QString visitId, leadId, contact1, contact2;
        {
            auto wa = openWorkspace(a);
            QVERIFY(wa);
            zs::Company company;
            company.name = u"韶关明细同步测试有限公司"_s;
            auto companyId = zs::CompanyRepository(wa->db()).create(company);
            QVERIFY2(companyId.ok(), failure(companyId).constData());
            zs::ContactRepository contacts(wa->db());
            zs::Contact first, second;
            first.companyId = second.companyId = companyId.value();
            first.name = u"周建华"_s;
            first.title = u"董事长"_s;
            second.name = u"林小雨"_s;
            second.title = u"投资总监"_s;
            contact1 = contacts.create(first).value();
            contact2 = contacts.create(second).value();
            QVERIFY(!contact1.isEmpty() && !contact2.isEmpty());
            zs::Visit visit;
            visit.companyId = companyId.value();
            visit.visitedAt = QDateTime::currentDateTime().addDays(-1);
            visit.city = u"shenzhen"_s;
            visit.notes = u"介绍翁源产业园用地条件"_s;
            visit.contactIds = {contact1, contact2};
            auto created = zs::VisitRepository(wa->db()).create(visit);
            QVERIFY2(created.ok(), failure(created).constData());
            visitId = created.value();
            zs::LeadRepository leads(wa->db());
            zs::Lead lead;
            lead.companyId = companyId.value();
            lead.title = u"锂电池隔膜扩产项目"_s;
            auto made = leads.create(lead);
            QVERIFY2(made.ok(), failure(made).constData());
            leadId = made.value();
            QVERIFY(leads.moveToStage(leadId, u"contact"_s).ok());
            QVERIFY(leads.moveToStage(leadId, u"inspection"_s, u"已约定下周到园区考察"_s).ok());
            QVERIFY(leads.moveToStage(leadId, u"contact"_s, u"考察推迟到明年一季度"_s).ok());
        }
        for (const QString& path : {a, b, c, d})
            RUN_OK(cli(db(u"sync"_s, path)));

        const auto record = [](const QString& path, const QString& kind, const QString& id) {
            return cli(db(u"get"_s, path, {u"--kind"_s, kind, u"--id"_s, id}));
        };
        const Run visitA = record(a, u"visits"_s, visitId), leadA = record(a, u"leads"_s, leadId);
        RUN_OK(visitA);
        RUN_OK(leadA);
        const QJsonArray attendeesA = visitA.json().value(u"attendees"_s).toArray();
        QCOMPARE(attendeesA.size(), 2);
        QSet<QString> met;
        for (const QJsonValue& v : attendeesA)
            met << v.toObject().value(u"contact_id"_s).toString();
        QCOMPARE(met, (QSet<QString>{contact1, contact2}));
        const QJsonArray stagesA = leadA.json().value(u"stages"_s).toArray();
        QCOMPARE(stagesA.size(), 4); // created as 线索, then three moves
        QCOMPARE(stagesA[3].toObject().value(u"stage"_s).toString(), u"contact"_s);
        QCOMPARE(stagesA[3].toObject().value(u"reason"_s).toString(), u"考察推迟到明年一季度"_s);
        for (const QJsonValue& v : stagesA) {
            QVERIFY(!v.toObject().value(u"changed_at"_s).toString().isEmpty());
            QCOMPARE(v.toObject().value(u"changed_by"_s).toString(), u"gzuser"_s); // the enrolled officer
        }
        for (const QString& path : {b, c}) {
            const Run visit = record(path, u"visits"_s, visitId), lead = record(path, u"leads"_s, leadId);
            RUN_OK(visit);
            RUN_OK(lead);
            QCOMPARE(visit.json().value(u"attendees"_s).toArray(), attendeesA);
            QCOMPARE(lead.json().value(u"stages"_s).toArray(), stagesA);
        }
        // Another team has neither the visit nor the lead, nor any of their detail rows.
        QVERIFY(!record(d, u"visits"_s, visitId).ok());
        QVERIFY(!record(d, u"leads"_s, leadId).ok());
        {
            auto wd = openWorkspace(d);
            QVERIFY(wd);
            QCOMPARE(column(wd->db(), "SELECT id FROM visit_contact UNION ALL SELECT id FROM lead_stage").size(), 0);
        }

        // Laptop B corrects the visit: only one of the two was met. The removal reaches A and HQ.
        {
            auto wb = openWorkspace(b);
            QVERIFY(wb);
            zs::VisitRepository visits(wb->db());
            auto visit = visits.get(visitId);
            QVERIFY(visit.ok());
            visit->contactIds = {contact2};
            QVERIFY(visits.correct(visit.value()).ok());
        }
        RUN_OK(cli(db(u"sync"_s, b)));
        for (const QString& path : {a, c}) {
            RUN_OK(cli(db(u"sync"_s, path)));
            const QJsonArray attendees = record(path, u"visits"_s, visitId).json().value(u"attendees"_s).toArray();
            QCOMPARE(attendees.size(), 1);
            QCOMPARE(attendees[0].toObject().value(u"contact_id"_s).toString(), contact2);
        }
    }

    // A merge made on one laptop is followed by every laptop holding rows of the merged company, whatever team's
    // they are: the Guangzhou officer merges a duplicate the Shenzhen team has been visiting; after the next syncs HQ
    // sees every visit, lead and contact on the company kept, the Shenzhen visit made offline meanwhile included.
    // The undo, made on the same laptop, brings every row back everywhere.
    void mergeAcrossLaptopsThroughHq()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(hq.init() &&
                hq.addUsers({{u"gzuser"_s, u"gz"_s, u"officer"_s, "password-gz-1"},
                             {u"szuser"_s, u"sz"_s, u"officer"_s, "password-sz-1"},
                             {u"hquser"_s, u"hq"_s, u"analyst"_s, "password-hq-1"}}) &&
                hq.start(true));
        const QString a = fresh(u"a.zsdb"_s), c = fresh(u"c.zsdb"_s), h = fresh(u"h.zsdb"_s);
        QVERIFY(makeEnrolled(
            hq,
            {{a, u"gzuser"_s, "password-gz-1"}, {c, u"szuser"_s, "password-sz-1"}, {h, u"hquser"_s, "password-hq-1"}}));
        QString survivor, duplicate, leadId;
        {
            auto wa = openWorkspace(a);
            QVERIFY(wa);
            zs::Company company;
            company.name = u"韶关华南精密模具有限公司"_s;
            auto made = zs::CompanyRepository(wa->db()).create(company);
            QVERIFY2(made.ok(), failure(made).constData());
            survivor = made.value();
        }
        const auto visitOn = [](zs::Database& db, const QString& companyId, int daysAgo, const QString& notes) {
            zs::Visit visit;
            visit.companyId = companyId;
            visit.visitedAt = QDateTime::currentDateTime().addDays(-daysAgo);
            visit.city = u"shenzhen"_s;
            visit.notes = notes;
            return zs::VisitRepository(db).create(visit);
        };
        {
            auto wc = openWorkspace(c);
            QVERIFY(wc);
            zs::Company company;
            company.name = u"华南精密模具（深圳）"_s;
            company.industry = u"C35"_s;
            auto made = zs::CompanyRepository(wc->db()).create(company);
            QVERIFY2(made.ok(), failure(made).constData());
            duplicate = made.value();
            zs::Contact contact;
            contact.companyId = duplicate;
            contact.name = u"陈志强"_s;
            contact.title = u"总经理"_s;
            QVERIFY(zs::ContactRepository(wc->db()).create(contact).ok());
            auto visit = visitOn(wc->db(), duplicate, 10, u"了解模具扩产计划"_s);
            QVERIFY2(visit.ok(), failure(visit).constData());
            zs::Lead lead;
            lead.companyId = duplicate;
            lead.title = u"精密模具扩产项目"_s;
            auto lead1 = zs::LeadRepository(wc->db()).create(lead);
            QVERIFY2(lead1.ok(), failure(lead1).constData());
            leadId = lead1.value();
        }
        for (const QString& path : {c, a, h})
            RUN_OK(cli(db(u"sync"_s, path)));
        {
            // Shenzhen visits the duplicate again before its next sync.
            auto wc = openWorkspace(c);
            QVERIFY(wc);
            QVERIFY(visitOn(wc->db(), duplicate, 1, u"复访：确认用地需求 50 亩"_s).ok());
        }

        const Run merged =
            cli(db(u"merge"_s, a, {u"--kind"_s, u"companies"_s, u"--into"_s, survivor, u"--from"_s, duplicate}));
        RUN_OK(merged);
        const QString mergeId = merged.json().value(u"merge_id"_s).toString();
        QVERIFY(!mergeId.isEmpty());
        // The Guangzhou laptop holds only the shared directory of the duplicate: its contact.
        QCOMPARE(merged.json().value(u"moved"_s).toObject().value(u"contact"_s).toInt(), 1);

        // Counts of the rows on a company in a workspace: visits, leads, contacts (ids are UUIDs: quoted as they are).
        const auto onCompany = [](const QString& path, const QString& companyId) {
            auto ws = openWorkspace(path);
            QStringList counts;
            for (const char* table : {"visit", "lead", "contact"}) {
                const QByteArray sql = "SELECT id FROM " + QByteArray(table) + " WHERE deleted = 0 AND company_id = '" +
                                       companyId.toLatin1() + "'";
                counts << QString::number(column(ws->db(), sql.constData()).size());
            }
            return counts.join(u' ');
        };
        const auto deleted = [](const QString& path, const QString& companyId) {
            auto ws = openWorkspace(path);
            const QByteArray sql = "SELECT deleted FROM company WHERE id = '" + companyId.toLatin1() + "'";
            return column(ws->db(), sql.constData());
        };
        for (const QString& path : {a, c, a, h})
            RUN_OK(cli(db(u"sync"_s, path)));
        QCOMPARE(onCompany(h, survivor), u"2 1 1"_s); // visits, leads, contacts
        QCOMPARE(onCompany(h, duplicate), u"0 0 0"_s);
        QCOMPARE(deleted(h, duplicate), QStringList{u"1"_s});
        QCOMPARE(onCompany(c, survivor), u"2 1 1"_s);
        {
            // What the merge filled in is the duplicate's: the survivor had no industry.
            const Run company = cli(db(u"get"_s, h, {u"--kind"_s, u"companies"_s, u"--id"_s, survivor}));
            RUN_OK(company);
            QCOMPARE(company.json().value(u"industry"_s).toString(), u"C35"_s);
            const Run lead = cli(db(u"get"_s, h, {u"--kind"_s, u"leads"_s, u"--id"_s, leadId}));
            QCOMPARE(lead.json().value(u"company_id"_s).toString(), survivor);
        }

        RUN_OK(cli(db(u"merge"_s, a, {u"--undo"_s, mergeId})));
        for (const QString& path : {a, c, a, h})
            RUN_OK(cli(db(u"sync"_s, path)));
        QCOMPARE(onCompany(h, duplicate), u"2 1 1"_s);
        QCOMPARE(onCompany(h, survivor), u"0 0 0"_s);
        QCOMPARE(deleted(h, duplicate), QStringList{u"0"_s});
        QCOMPARE(onCompany(c, duplicate), u"2 1 1"_s);
        QCOMPARE(onCompany(a, duplicate), u"0 0 1"_s); // Guangzhou holds no Shenzhen work
        const Run company = cli(db(u"get"_s, h, {u"--kind"_s, u"companies"_s, u"--id"_s, survivor}));
        QCOMPARE(company.json().value(u"industry"_s).toString(), QString());
    }

    // kill -9 of the client or of the server at random points of a sync, many times over; then everything
    // converges: nothing acknowledged is lost, nothing is applied twice, the workspace is intact.
    void killNineAnywhere()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const quint16 port = hq.port();
        const QString a = fresh(u"a.zsdb"_s), b = fresh(u"b.zsdb"_s), c = fresh(u"c.zsdb"_s);
        QVERIFY(makeEnrolled(
            hq,
            {{a, u"gzuser"_s, "password-gz-1"}, {b, u"szuser"_s, "password-sz-1"}, {c, u"hquser"_s, "password-hq-1"}}));

        // Where to kill: a sync process first spends most of its time opening the workspace (Argon2id), then a
        // few tens of milliseconds on the network. Kill points are drawn from a window that starts a little
        // before the network part and ends a little after a typical sync, so most land inside the sync itself.
        // The open time is re-measured before each round from the `demo` run just made (its wall time minus the
        // time it reports for its own work), under the same load as the sync that follows. Every fourth round
        // kills the client while it is still opening the workspace instead.
        int expectedVisits = 0;
        const Run first = cli(db(u"demo"_s, a, {u"--visits"_s, u"100"_s, u"--seed"_s, u"1000"_s}));
        RUN_OK(first);
        expectedVisits += first.json().value(u"visits"_s).toInt();
        const Run calibration = cli(db(u"sync"_s, a));
        RUN_OK(calibration);
        qint64 syncMs = qMax(20, calibration.json().value(u"duration_ms"_s).toInt());

        QRandomGenerator rng(20261128);
        constexpr int kIterations = 12;
        int clientKilled = 0, clientFinished = 0, clientFailed = 0, serverKills = 0, inNetworkPart = 0;
        for (int i = 0; i < kIterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Run more = cli(db(u"demo"_s, a, {u"--visits"_s, u"100"_s, u"--seed"_s, QString::number(2000 + i)}));
            const qint64 openMs = timer.elapsed() - more.json().value(u"ms"_s).toInt();
            RUN_OK(more);
            expectedVisits += more.json().value(u"visits"_s).toInt();

            const bool killServer = i % 3 == 2;
            const bool whileOpening = !killServer && i % 4 == 0;
            const qint64 low = whileOpening ? openMs / 5 : qMax<qint64>(0, openMs - 100);
            const qint64 high = whileOpening ? openMs * 4 / 5 : openMs + 2 * syncMs + 50;
            const int delay = int(low + qint64(rng.generateDouble() * double(high - low)));
            inNetworkPart += delay >= openMs && delay <= openMs + syncMs ? 1 : 0;

            auto sync = launch(cliCommand(db(u"sync"_s, a)));
            bool fired = false;
            QTimer::singleShot(delay, [&] {
                fired = true;
                if (killServer)
                    hq.kill9();
                else if (sync->state() != QProcess::NotRunning)
                    sync->kill();
            });
            QVERIFY(QTest::qWaitFor([&] { return fired && sync->state() == QProcess::NotRunning; }, 60000));
            const Run result = collect(*sync);
            if (result.crashed) {
                ++clientKilled;
            } else if (result.exitCode == 0) {
                ++clientFinished;
                syncMs = qMax(20, result.json().value(u"duration_ms"_s).toInt());
            } else {
                ++clientFailed;
            }
            qInfo("round %d: open ~%lld ms, sync ~%lld ms; kill %s at %d ms -> client %s %s", i, openMs, syncMs,
                  killServer ? "server" : "client", delay,
                  result.crashed ? "killed" : (result.exitCode == 0 ? "finished" : "failed"),
                  result.out.trimmed().constData());
            if (killServer) {
                ++serverKills;
                QVERIFY(hq.waitDead());
                QCOMPARE(hq.lastExitStatus(), QProcess::CrashExit);
                hq.forget();
                QVERIFY(hq.start(true, port));
                QCOMPARE(hq.port(), port);
            }
        }
        QCOMPARE(serverKills, kIterations / 3);
        QCOMPARE(clientKilled + clientFinished + clientFailed, kIterations);
        qInfo("client killed %d, finished before the kill %d, failed (server gone) %d; kill points estimated inside "
              "the network part: %d",
              clientKilled, clientFinished, clientFailed, inNetworkPart);
        // Rounds 0 and 4 kill while the workspace is opening: those kills cannot miss a running process.
        QVERIFY2(clientKilled >= 2, "kill -9 did not stop the client: the fault injection is broken");

        // Converge.
        const Run finalA = cli(db(u"sync"_s, a));
        RUN_OK(finalA);
        QVERIFY2(finalA.json().value(u"ok"_s).toBool(), finalA.out.constData());
        const QJsonObject statusA = syncStatus(a);
        QCOMPARE(statusA.value(u"pending"_s).toInt(), 0);
        QCOMPARE(statusA.value(u"quarantined"_s).toInt(), 0);
        QCOMPARE(statusA.value(u"last_error"_s).toString(), QString());
        for (const Run& r : runAll({cliCommand(db(u"sync"_s, b)), cliCommand(db(u"sync"_s, c))}))
            RUN_OK(r);

        const QList<QJsonObject> counts = tablesOf({a, b, c});
        const QJsonObject &ta = counts[0], &tb = counts[1], &tc = counts[2];
        QCOMPARE(ta.value(u"visit"_s).toInt(), expectedVisits);
        QCOMPARE(tb.value(u"company"_s).toInt(), ta.value(u"company"_s).toInt());
        QCOMPARE(tb.value(u"contact"_s).toInt(), ta.value(u"contact"_s).toInt());
        QCOMPARE(tc.value(u"company"_s).toInt(), ta.value(u"company"_s).toInt());
        QCOMPARE(tc.value(u"visit"_s).toInt(), expectedVisits);
        QCOMPARE(tb.value(u"visit"_s).toInt(), 0);
        const QList<QStringList> companies = exportedAll({a, b}, u"companies"_s);
        QCOMPARE(companies[1], companies[0]);
        const QList<QStringList> visits = exportedAll({a, c}, u"visits"_s);
        QCOMPARE(visits[0].size(), expectedVisits);
        QCOMPARE(visits[1], visits[0]);
        {
            auto wa = openWorkspace(a);
            auto wc = openWorkspace(c);
            QVERIFY(wa && wc);
            const QStringList idsA = column(wa->db(), "SELECT id FROM visit ORDER BY id");
            QCOMPARE(QSet<QString>(idsA.begin(), idsA.end()).size(), idsA.size());
            QCOMPARE(column(wc->db(), "SELECT id FROM visit ORDER BY id"), idsA);
            QCOMPARE(column(wa->db(), "SELECT count(*) FROM sync_pending").value(0), u"0"_s);
            QCOMPARE(column(wa->db(), "SELECT count(*) FROM sync_outbox").value(0), u"0"_s);
        }
        for (const Run& verify :
             runAll({cliCommand(db(u"verify"_s, a)), cliCommand(db(u"verify"_s, b)), cliCommand(db(u"verify"_s, c))}))
            QVERIFY2(verify.ok(), verify.describe().constData());
    }

    // An officer's laptop cannot put anything into another team's scope: HQ refuses the transaction, audits it,
    // the laptop quarantines it with the reason, and the other team never sees it.
    void officerCannotWriteOtherTeam()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QString g = fresh(u"g.zsdb"_s), s = fresh(u"s.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{g, u"gzuser"_s, "password-gz-1"}, {s, u"szuser"_s, "password-sz-1"}}));
        RUN_OK(cli(db(u"demo"_s, g, {u"--visits"_s, u"20"_s})));
        const Run first = cli(db(u"sync"_s, g));
        RUN_OK(first);
        QCOMPARE(first.json().value(u"refused"_s).toInt(), 0);

        QString planted;
        {
            auto ws = openWorkspace(g);
            QVERIFY(ws);
            zs::VisitRepository visits(ws->db());
            zs::Visit v;
            v.companyId = column(ws->db(), "SELECT id FROM company ORDER BY id LIMIT 1").value(0);
            v.visitedAt = QDateTime::currentDateTime().addDays(-1);
            v.city = u"shenzhen"_s;
            v.officers = u"测试"_s;
            v.notes = u"越权写入深圳组的走访"_s;
            auto id = visits.create(v);
            QVERIFY2(id.ok(), failure(id).constData());
            planted = id.value();
            auto moved = ws->db().prepare("UPDATE visit SET scope = 'team:sz' WHERE id = ?1");
            QVERIFY(moved.ok());
            moved->bind(1, planted);
            QVERIFY(moved->run().ok());
            QCOMPARE(ws->db().changes(), 1);
        }
        const Run second = cli(db(u"sync"_s, g));
        RUN_OK(second); // a refusal does not fail the sync: it is quarantined
        QVERIFY2(second.json().value(u"refused"_s).toInt() >= 1, second.out.constData());

        const QJsonObject status = syncStatus(g);
        QCOMPARE(status.value(u"pending"_s).toInt(), 0);
        QVERIFY(status.value(u"quarantined"_s).toInt() >= 1);
        bool quarantined = false;
        for (const QJsonValue& v : status.value(u"quarantine_list"_s).toArray()) {
            const QString reason = v.toObject().value(u"reason"_s).toString();
            quarantined |= reason.contains(u"不能写入其他组的数据"_s) && reason.contains(u"team:sz"_s);
        }
        QVERIFY2(quarantined, QJsonDocument(status).toJson().constData());

        bool audited = false;
        for (const QJsonObject& e : hq.audit())
            audited |= e.value(u"action"_s).toString() == u"push"_s &&
                       e.value(u"outcome"_s).toString() == u"refused"_s &&
                       e.value(u"user"_s).toString() == u"gzuser"_s &&
                       e.value(u"detail"_s).toString().contains(u"不能写入其他组的数据"_s);
        QVERIFY(audited);

        RUN_OK(cli(db(u"sync"_s, s)));
        auto ws = openWorkspace(s);
        QVERIFY(ws);
        QVERIFY(column(ws->db(), "SELECT count(*) FROM company").value(0).toInt() > 0); // it did sync
        auto found = ws->db().prepare("SELECT count(*) FROM visit WHERE id = ?1");
        QVERIFY(found.ok());
        found->bind(1, planted);
        QVERIFY(found->step().value());
        QCOMPARE(found->int64(0), qint64(0));
        QCOMPARE(column(ws->db(), "SELECT count(*) FROM visit").value(0), u"0"_s);
    }

    // After signing: 始兴县's specialist records an agreement the Guangzhou team signed, a progress report and a
    // measure. HQ's analyst and the Guangzhou laptop get all three (and keep them through the purge each sync makes
    // of what lies outside their scopes); the Shenzhen laptop gets none; the Guangzhou team cannot add to them:
    // HQ refuses its measure with the reason, and the laptop lists it.
    void agreementsReachTheSigningTeamOnly()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(hq.init());
        RUN_OK(hq.admin({u"team"_s, u"add"_s, u"shixing"_s, u"始兴县"_s}));
        QVERIFY(hq.addUsers({{u"gzuser"_s, u"gz"_s, u"officer"_s, "password-gz-1"},
                             {u"szuser"_s, u"sz"_s, u"officer"_s, "password-sz-1"},
                             {u"hquser"_s, u"hq"_s, u"analyst"_s, "password-hq-1"},
                             {u"sxuser"_s, u"shixing"_s, u"specialist"_s, "password-sx-1"}}) &&
                hq.start(true));
        const QString x = fresh(u"x.zsdb"_s), g = fresh(u"g.zsdb"_s), s = fresh(u"s.zsdb"_s), h = fresh(u"h.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{x, u"sxuser"_s, "password-sx-1"},
                                  {g, u"gzuser"_s, "password-gz-1"},
                                  {s, u"szuser"_s, "password-sz-1"},
                                  {h, u"hquser"_s, "password-hq-1"}}));
        QString companyId;
        {
            auto wg = openWorkspace(g);
            QVERIFY(wg);
            zs::Company company;
            company.name = u"广州华达精密机械有限公司"_s;
            auto made = zs::CompanyRepository(wg->db()).create(company);
            QVERIFY2(made.ok(), failure(made).constData());
            companyId = made.value();
        }
        RUN_OK(cli(db(u"sync"_s, g)));
        RUN_OK(cli(db(u"sync"_s, x))); // the directory reaches the county
        QString agreementId;
        {
            auto wx = openWorkspace(x);
            QVERIFY(wx);
            QCOMPARE(column(wx->db(), "SELECT count(*) FROM company").value(0), u"1"_s);
            using V = zs::RecordStore::Values;
            auto made = zs::RecordStore(wx->db(), zs::RecordKinds::get(zs::RecordKind::Agreement))
                            .create(V{{u"number"_s, u"SX-2026-021"_s},
                                      {u"company_id"_s, companyId},
                                      {u"signing_scope"_s, u"team:gz"_s},
                                      {u"signed_on"_s, u"2026-03-02"_s},
                                      {u"region"_s, u"shixing"_s},
                                      {u"land_mu"_s, 60},
                                      {u"total_wan"_s, 22000},
                                      {u"fixed_asset_wan"_s, 18000},
                                      {u"start_due"_s, u"2026-09-01"_s}});
            QVERIFY2(made.ok(), failure(made).constData());
            agreementId = made.value();
            QVERIFY(zs::RecordStore(wx->db(), zs::RecordKinds::get(zs::RecordKind::AgreementProgress))
                        .create(V{{u"agreement_id"_s, agreementId},
                                  {u"reported_on"_s, u"2026-10-15"_s},
                                  {u"building"_s, u"building"_s},
                                  {u"cumulative_wan"_s, 4200},
                                  {u"source"_s, u"inspection"_s}})
                        .ok());
            QVERIFY(zs::RecordStore(wx->db(), zs::RecordKinds::get(zs::RecordKind::AgreementMeasure))
                        .create(V{{u"agreement_id"_s, agreementId},
                                  {u"taken_on"_s, u"2026-09-10"_s},
                                  {u"measure"_s, u"reminder"_s},
                                  {u"condition_no"_s, u"1"_s}})
                        .ok());
            QVERIFY(zs::RecordStore(wx->db(), zs::RecordKinds::get(zs::RecordKind::ServiceRequest))
                        .create(V{{u"agreement_id"_s, agreementId},
                                  {u"raised_on"_s, u"2026-10-20"_s},
                                  {u"subject"_s, u"协调 10 千伏专线接入"_s},
                                  {u"department"_s, u"始兴供电局"_s}})
                        .ok());
        }
        // The project's service milestones, planned by the CLI from the industrial template.
        const int planned = int(zs::ServiceTemplates::bundled().find(u"industrial"_s)->milestones.size());
        const Run plan = cli(
            db(u"service"_s, x,
               {u"--agreement"_s, u"SX-2026-021"_s, u"--template"_s, u"industrial"_s, u"--as-of"_s, u"2026-11-01"_s}));
        RUN_OK(plan);
        QCOMPARE(plan.json().value(u"created"_s).toInt(), planned);
        const Run pushed = cli(db(u"sync"_s, x));
        RUN_OK(pushed);
        QCOMPARE(pushed.json().value(u"refused"_s).toInt(), 0);
        const auto counts = [](const QString& path) {
            auto ws = openWorkspace(path);
            return ws ? column(ws->db(), "SELECT (SELECT count(*) FROM agreement) || '/' || (SELECT count(*) FROM "
                                         "agreement_progress) || '/' || (SELECT count(*) FROM agreement_measure) || "
                                         "'/' || (SELECT count(*) FROM service_milestone) || '/' || (SELECT count(*) "
                                         "FROM service_request)")
                            .value(0)
                      : QString();
        };
        const QString all = u"1/1/1/%1/1"_s.arg(planned);
        for (const QString& path : {g, s, h}) {
            RUN_OK(cli(db(u"sync"_s, path)));
            RUN_OK(cli(db(u"sync"_s, path))); // a second round: its purge keeps what it may read
        }
        QCOMPARE(counts(h), all);
        QCOMPARE(counts(g), all);
        QCOMPARE(counts(s), u"0/0/0/0/0"_s);
        // The signing team's watch sees the agreement it reads, and its service.
        const Run watch = cli(db(u"watch"_s, g, {u"--as-of"_s, u"2026-11-01"_s}));
        RUN_OK(watch);
        QCOMPARE(watch.json().value(u"agreements"_s).toInt(), 1);
        const Run service =
            cli(db(u"service"_s, g, {u"--agreement"_s, u"SX-2026-021"_s, u"--as-of"_s, u"2026-11-01"_s}));
        RUN_OK(service);
        QCOMPARE(service.json().value(u"milestones"_s).toArray().size(), planned);
        QCOMPARE(service.json().value(u"requests"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
                 u"已等待 12 天（超过 10 天）"_s);

        // The Guangzhou team adds a measure of its own: refused by HQ with the reason, listed on its laptop.
        {
            auto wg = openWorkspace(g);
            QVERIFY(wg);
            auto own = zs::RecordStore(wg->db(), zs::RecordKinds::get(zs::RecordKind::AgreementMeasure))
                           .create({{u"agreement_id"_s, agreementId},
                                    {u"taken_on"_s, u"2026-11-02"_s},
                                    {u"measure"_s, u"interview"_s}});
            QVERIFY2(own.ok(), failure(own).constData());
            auto log = zs::RecordStore(wg->db(), zs::RecordKinds::get(zs::RecordKind::ServiceLog))
                           .create({{u"agreement_id"_s, agreementId},
                                    {u"served_on"_s, u"2026-11-02"_s},
                                    {u"mode"_s, u"phone"_s},
                                    {u"content"_s, u"电话了解企业招工进展。"_s}});
            QVERIFY2(log.ok(), failure(log).constData());
        }
        const Run refused = cli(db(u"sync"_s, g));
        RUN_OK(refused);
        QVERIFY2(refused.json().value(u"refused"_s).toInt() >= 2, refused.out.constData());
        bool listed = false;
        for (const QJsonValue& v : syncStatus(g).value(u"quarantine_list"_s).toArray())
            listed |= v.toObject().value(u"reason"_s).toString().contains(u"跟踪服务专员"_s);
        QVERIFY(listed);
        RUN_OK(cli(db(u"sync"_s, h)));
        QCOMPARE(counts(h), all); // HQ holds only the specialist's measure and service
        {
            auto wh = openWorkspace(h);
            QVERIFY(wh);
            QCOMPARE(column(wh->db(), "SELECT count(*) FROM service_log").value(0), u"0"_s);
        }
    }

    // A site promised twice: two teams reserve the same site offline; the first to sync holds it, the second is
    // refused by HQ with who holds it and since when (the sync schema's claim), listed on its laptop; afterwards
    // every laptop reads the one reservation, and matching no longer offers the site to the other team's project.
    void twoTeamsReserveOneSite()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(hq.init());
        QVERIFY(hq.addUsers({{u"gzuser"_s, u"gz"_s, u"officer"_s, "password-gz-1"},
                             {u"szuser"_s, u"sz"_s, u"officer"_s, "password-sz-1"},
                             {u"hquser"_s, u"hq"_s, u"analyst"_s, "password-hq-1"}}) &&
                hq.start(true));
        const QString g = fresh(u"g.zsdb"_s), s = fresh(u"s.zsdb"_s), h = fresh(u"h.zsdb"_s);
        QVERIFY(makeEnrolled(
            hq,
            {{g, u"gzuser"_s, "password-gz-1"}, {s, u"szuser"_s, "password-sz-1"}, {h, u"hquser"_s, "password-hq-1"}}));
        // HQ publishes the inventory; both teams bring it home.
        RUN_OK(cli(db(u"demo"_s, h, {u"--kind"_s, u"sites"_s})));
        RUN_OK(cli(db(u"sync"_s, h)));
        const QString site = u"始兴园区 A-07 地块"_s;
        for (const auto& [path, project] :
             {std::pair{g, u"华讯 PCB 扩产项目"_s}, std::pair{s, u"鹏程储能电池项目"_s}}) {
            RUN_OK(cli(db(u"sync"_s, path)));
            auto ws = openWorkspace(path);
            QVERIFY(ws);
            zs::Company company;
            company.name = project + u"（企业）"_s;
            auto made = zs::CompanyRepository(ws->db()).create(company);
            QVERIFY2(made.ok(), failure(made).constData());
            zs::Lead lead;
            lead.companyId = made.value();
            lead.title = project;
            auto created = zs::LeadRepository(ws->db()).create(lead);
            QVERIFY2(created.ok(), failure(created).constData());
        }
        // Offline, both reserve it: each laptop accepts (neither knows of the other).
        const Run first = cli(db(u"reserve"_s, g, {u"--site"_s, site, u"--lead"_s, u"华讯 PCB 扩产项目"_s}));
        RUN_OK(first);
        const Run second = cli(db(u"reserve"_s, s, {u"--site"_s, site, u"--lead"_s, u"鹏程储能电池项目"_s}));
        RUN_OK(second);
        QCOMPARE(second.json().value(u"site"_s).toString(), site);
        // Guangzhou syncs first and holds it; Shenzhen is refused with who and since when.
        const Run held = cli(db(u"sync"_s, g));
        RUN_OK(held);
        QVERIFY2(held.json().value(u"refused"_s).toInt() == 0,
                 QJsonDocument(syncStatus(g).value(u"quarantine_list"_s).toArray()).toJson().constData());
        const Run refused = cli(db(u"sync"_s, s));
        RUN_OK(refused);
        QCOMPARE(refused.json().value(u"refused"_s).toInt(), 1);
        QString reason;
        for (const QJsonValue& v : syncStatus(s).value(u"quarantine_list"_s).toArray())
            reason = v.toObject().value(u"reason"_s).toString();
        QVERIFY2(reason.contains(u"已由"_s) && reason.contains(first.json().value(u"holder"_s).toString()) &&
                     reason.contains(first.json().value(u"reserved_on"_s).toString()),
                 qPrintable(reason));
        // Every laptop reads the one reservation HQ holds: Guangzhou's.
        for (const QString& path : {g, s, h})
            RUN_OK(cli(db(u"sync"_s, path)));
        const auto held_by = [&](const QString& path) {
            auto ws = openWorkspace(path);
            return ws ? column(ws->db(), "SELECT project FROM site_reservation WHERE deleted = 0 AND scope = "
                                         "'team:gz'")
                      : QStringList();
        };
        QCOMPARE(held_by(h), QStringList{u"华讯 PCB 扩产项目"_s});
        QCOMPARE(held_by(s), QStringList{u"华讯 PCB 扩产项目"_s});
        // Shenzhen's own laptop now refuses to promise it again, naming the holder.
        const Run again = cli(db(u"reserve"_s, s, {u"--site"_s, site, u"--lead"_s, u"鹏程储能电池项目"_s}));
        QVERIFY(!again.ok());
        QVERIFY2(again.errText().contains(u"已由"_s), again.describe().constData());
    }

    // Wrong passwords: a few free attempts, then 429 with Retry-After — even for the right password — and every
    // attempt in the audit log.
    void wrongPasswordLockout()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(hq.init());
        QVERIFY(hq.addUsers({{u"lockuser"_s, u"gz"_s, u"officer"_s, "password-lock-1"}}));
        QVERIFY(hq.start(true));
        const QString w = fresh(u"w.zsdb"_s);
        RUN_OK(cli(db(u"init"_s, w)));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const Run r = run(enrollCommand(w, hq, u"lockuser"_s, "wrong-password-" + QByteArray::number(attempt)));
            QVERIFY2(!r.ok(), r.describe().constData());
            QVERIFY2(r.errText().contains(attempt < 5 ? u"用户名或密码不正确"_s : u"登录失败次数过多"_s),
                     r.describe().constData());
        }
        // While locked out the right password is not even checked.
        const QByteArray body = R"({"user":"lockuser","password":"password-lock-1","device_label":"test"})";
        const HttpReply locked =
            rawHttp(hq.port(), httpRequest("POST", "/v1/enroll", body, {{"Content-Type", "application/json"}}));
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.json().value(u"error"_s).toString(), u"locked_out"_s);
        QVERIFY(locked.headers.value("retry-after").toInt() > 0);
        const Run right = run(enrollCommand(w, hq, u"lockuser"_s, "password-lock-1"));
        QVERIFY(!right.ok());
        QVERIFY2(right.errText().contains(u"登录失败次数过多"_s), right.describe().constData());
        QCOMPARE(syncStatus(w).value(u"enrolled"_s).toBool(), false);

        QMap<QString, int> outcomes;
        for (const QJsonObject& e : hq.audit())
            if (e.value(u"action"_s).toString() == u"login"_s && e.value(u"user"_s).toString() == u"lockuser"_s)
                ++outcomes[e.value(u"outcome"_s).toString()];
        QCOMPARE(outcomes.value(u"wrong password"_s), 4);
        QCOMPARE(outcomes.value(u"wrong password, locked out"_s), 1);
        QCOMPARE(outcomes.value(u"locked out"_s), 2);
        QCOMPARE(outcomes.value(u"ok"_s), 0);
    }

    // A revoked device cannot sync; a device revoked with wipe loses its synced data at its next sync.
    void revokedAndWipedDevice()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(hq.init());
        QVERIFY(hq.addUsers({{u"gzuser"_s, u"gz"_s, u"officer"_s, "password-gz-1"}}));
        QVERIFY(hq.start(true));
        const QString r = fresh(u"revoked.zsdb"_s), w = fresh(u"wiped.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{r, u"gzuser"_s, "password-gz-1"}, {w, u"gzuser"_s, "password-gz-1"}}));
        for (const Run& x : runAll({cliCommand(db(u"demo"_s, r, {u"--visits"_s, u"20"_s, u"--seed"_s, u"1"_s})),
                                    cliCommand(db(u"demo"_s, w, {u"--visits"_s, u"20"_s, u"--seed"_s, u"2"_s}))}))
            RUN_OK(x);
        for (const Run& x : runAll({cliCommand(db(u"sync"_s, r)), cliCommand(db(u"sync"_s, w))}))
            RUN_OK(x);
        const QList<QJsonObject> statuses = statusOf({r, w});
        const QString deviceR = statuses[0].value(u"device"_s).toString();
        const QString deviceW = statuses[1].value(u"device"_s).toString();
        QVERIFY(!deviceR.isEmpty() && !deviceW.isEmpty() && deviceR != deviceW);

        RUN_OK(hq.admin({u"device"_s, u"revoke"_s, deviceR}));
        const Run refused = cli(db(u"sync"_s, r));
        QVERIFY2(!refused.ok(), refused.describe().constData());
        QVERIFY2(refused.errText().contains(u"停用"_s), refused.describe().constData());
        QCOMPARE(refused.json().value(u"ok"_s).toBool(), false);
        QCOMPARE(refused.json().value(u"wiped"_s).toBool(), false);
        QVERIFY(syncStatus(r).value(u"last_error"_s).toString().contains(u"停用"_s));

        RUN_OK(hq.admin({u"device"_s, u"revoke"_s, u"--wipe"_s, deviceW}));
        const QJsonObject before = tables(w);
        QVERIFY(before.value(u"visit"_s).toInt() > 0 && before.value(u"company"_s).toInt() > 0);
        const Run wiped = cli(db(u"sync"_s, w));
        QCOMPARE(wiped.json().value(u"wiped"_s).toBool(), true);
        QVERIFY(wiped.json().value(u"purged"_s).toInt() > 0);
        const QJsonObject after = tables(w);
        for (const QString& t : {u"visit"_s, u"company"_s, u"contact"_s, u"lead"_s, u"event"_s})
            QVERIFY2(after.value(t).toInt() == 0, qPrintable(t));
        const QJsonObject status = syncStatus(w);
        QCOMPARE(status.value(u"enrolled"_s).toBool(), false);
        QVERIFY(status.value(u"wiped_at"_s).toInteger() > 0);
        RUN_OK(cli(db(u"verify"_s, w)));

        // HQ lists both devices as revoked, one of them for wiping.
        const QJsonArray devices = QJsonDocument::fromJson(hq.admin({u"device"_s, u"list"_s}).out).array();
        int revoked = 0, wipe = 0;
        for (const QJsonValue& d : devices) {
            revoked += d.toObject().value(u"revoked"_s).toBool() ? 1 : 0;
            wipe += d.toObject().value(u"wipe"_s).toBool() ? 1 : 0;
        }
        QCOMPARE(revoked, 2);
        QCOMPARE(wipe, 1);
    }

    // Garbage, undecodable bodies and oversize announcements get clean answers and the server carries on.
    void malformedAndOversize()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(hq.init());
        QVERIFY(hq.addUsers({{u"gzuser"_s, u"gz"_s, u"officer"_s, "password-gz-1"}}));
        QVERIFY(hq.start(true));
        const quint16 port = hq.port();

        static const char binary[] = "\x16\x03\x01\x02\x00garbage \x01\x02\r\n\r\n";
        QCOMPARE(rawHttp(port, QByteArray(binary, sizeof binary - 1)).status, 400);
        QCOMPARE(rawHttp(port, "THIS IS NOT HTTP\r\n\r\n").status, 400);

        const HttpReply enrolled =
            rawHttp(port, httpRequest("POST", "/v1/enroll",
                                      R"({"user":"gzuser","password":"password-gz-1","device_label":"raw"})",
                                      {{"Content-Type", "application/json"}}));
        QCOMPARE(enrolled.status, 200);
        const QByteArray token = enrolled.json().value(u"access_token"_s).toString().toLatin1();
        QVERIFY(!token.isEmpty());

        static const char notCbor[] = "\xff\x00\x9f garbage cbor \xbf";
        const HttpReply garbage = rawHttp(port, httpRequest("POST", "/v1/push", QByteArray(notCbor, sizeof notCbor - 1),
                                                            {{"Authorization", "Bearer " + token},
                                                             {"X-Zs-Schema", "1"},
                                                             {"Content-Type", "application/cbor"}}));
        QCOMPARE(garbage.status, 400);
        QCOMPARE(garbage.json().value(u"error"_s).toString(), u"malformed"_s);
        QVERIFY(!garbage.json().value(u"message"_s).toString().isEmpty());

        const HttpReply huge =
            rawHttp(port, "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                              "\r\nX-Zs-Schema: 1\r\nContent-Type: application/cbor\r\n"
                              "Content-Length: 104857600\r\n\r\n0123456789");
        QCOMPARE(huge.status, 413);

        const HttpReply health = rawHttp(port, httpRequest("GET", "/v1/health", {}));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(hq.isRunning());
    }

    // A file HQ publishes reaches another laptop through the real processes: the analyst's `sync` uploads it before
    // its row; the officer's `sync` brings the row and, before it ends, the file, byte for byte.
    void publishedMaterialArrivesWithItsFile()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QString a = fresh(u"a.zsdb"_s), c = fresh(u"c.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{a, u"gzuser"_s, "password-gz-1"}, {c, u"hquser"_s, "password-hq-1"}}));
        RUN_OK(cli(db(u"demo"_s, a, {u"--visits"_s, u"20"_s})));
        const QString pdf = fresh(u"guide.pdf"_s);
        RUN_OK(cli(db(u"brochure"_s, a, {u"--out"_s, pdf})));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        RUN_OK(cli(db(u"material-import"_s, c, {u"--file"_s, pdf, u"--title"_s, u"总部发布的政策指南"_s})));
        const Run published = cli(db(u"sync"_s, c));
        RUN_OK(published);
        QVERIFY2(published.json().value(u"ok"_s).toBool(), published.out.constData());
        QCOMPARE(published.json().value(u"refused"_s).toInt(), 0);

        const Run received = cli(db(u"sync"_s, a));
        RUN_OK(received);
        const QJsonObject s = received.json();
        QVERIFY2(s.value(u"ok"_s).toBool(), received.out.constData());
        QCOMPARE(s.value(u"files_waiting"_s).toInt(), 0);
        QCOMPARE(s.value(u"files_failed"_s).toInt(), 0);
        auto ws = openWorkspace(a);
        QVERIFY(ws);
        QCOMPARE(column(ws->db(), "SELECT title FROM material WHERE local_only = 0"),
                 QStringList{u"总部发布的政策指南"_s});
        auto stored = ws->db().prepare("SELECT bytes FROM material_blob WHERE sha256 = ?1");
        QVERIFY(stored.ok());
        stored->bind(1, sha);
        auto found = stored->step();
        QVERIFY(found.ok() && found.value());
        QCOMPARE(stored->blob(0), bytes);
    }

    // TLS: the HQ's own CA is the trust anchor, a CA from another HQ is refused, and a pinned key that no longer
    // matches stops the sync.
    void tlsAndPinning()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq, false));
        QVERIFY(hq.url().startsWith(u"https://"_s));
        Hq other(fresh(u"other-hq"_s));
        RUN_OK(other.admin({u"init"_s}));

        const QString t = fresh(u"tls.zsdb"_s), stranger = fresh(u"stranger.zsdb"_s);
        for (const Run& r : runAll({cliCommand(db(u"init"_s, t)), cliCommand(db(u"init"_s, stranger))}))
            RUN_OK(r);
        const QList<Run> enrolls = runAll({enrollCommand(t, hq, u"gzuser"_s, "password-gz-1", hq.caPath()),
                                           enrollCommand(stranger, hq, u"gzuser"_s, "password-gz-1", other.caPath())});
        RUN_OK(enrolls[0]);
        QVERIFY2(!enrolls[1].ok(), enrolls[1].describe().constData());
        QVERIFY2(enrolls[1].errText().contains(u"证书"_s), enrolls[1].describe().constData());
        QCOMPARE(syncStatus(stranger).value(u"enrolled"_s).toBool(), false);

        RUN_OK(cli(db(u"demo"_s, t, {u"--visits"_s, u"20"_s})));
        const Run synced = cli(db(u"sync"_s, t));
        RUN_OK(synced);
        QVERIFY(synced.json().value(u"pushed"_s).toInt() > 0);

        RUN_OK(cli(db(u"demo"_s, t, {u"--visits"_s, u"5"_s, u"--seed"_s, u"9"_s})));
        {
            auto ws = openWorkspace(t);
            QVERIFY(ws);
            QVERIFY(ws->db().exec("UPDATE sync_state SET value = 'AAAA' WHERE key = 'pins'").ok());
            QCOMPARE(ws->db().changes(), 1);
        }
        const Run pinned = cli(db(u"sync"_s, t));
        QVERIFY2(!pinned.ok(), pinned.describe().constData());
        QVERIFY2(pinned.errText().contains(u"公钥指纹不匹配"_s), pinned.describe().constData());
        QCOMPARE(pinned.json().value(u"pushed"_s).toInt(), 0);
        QVERIFY(syncStatus(t).value(u"pending"_s).toInt() > 0); // nothing was sent, nothing was lost
    }
};

QTEST_GUILESS_MAIN(TestSyncProcesses)
#include "tst_sync_processes.moc"
