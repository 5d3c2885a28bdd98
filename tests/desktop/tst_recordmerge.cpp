// Merging duplicate companies and deleting records, with their undo (RecordMerge, RecordRemoval): every row that
// referred to the duplicate moves onto the survivor and back, nothing is lost, rows made elsewhere follow the merge.
#include "WorkspaceFixture.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/events/EventRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/registry/RecordMerge.h"
#include "desktop/core/registry/RecordOverview.h"
#include "desktop/core/registry/RecordRemoval.h"
#include "desktop/core/search/SearchService.h"
#include "desktop/core/visits/VisitRepository.h"

using namespace zs;

namespace {
qint64 scalar(Database& db, const QString& sql)
{
    auto v = db.scalar(sql.toUtf8().constData());
    return v.ok() ? v.value() : -1;
}

QString text(Database& db, const QString& sql)
{
    auto stmt = db.prepare(sql.toUtf8().constData());
    if (!stmt.ok() || !stmt->step().value())
        return QStringLiteral("<none>");
    return stmt->isNull(0) ? QStringLiteral("<null>") : stmt->text(0);
}
} // namespace

class TestRecordMerge : public QObject
{
    Q_OBJECT

    struct Pair
    {
        QString survivor, duplicate, contact1, contact2, visit, lead, sharedEvent, ownEvent;
    };

    // 广州华达精密机械有限公司 (kept) and its duplicate 广州华达精密机械公司, which has the credit code, an industry,
    // two contacts, a visit, a lead, and attended one event with the survivor and one alone.
    Pair makePair(Database& db)
    {
        Pair p;
        Company keep;
        keep.name = QStringLiteral("广州华达精密机械有限公司");
        keep.hqCity = QStringLiteral("广州");
        keep.notes = QStringLiteral("2025 年广交会上认识");
        p.survivor = CompanyRepository(db).create(keep).value();
        Company dup;
        dup.name = QStringLiteral("广州华达精密机械公司");
        dup.creditCode = QStringLiteral("91440300708461136T");
        dup.industry = text(db, QStringLiteral("SELECT code FROM ref_industry ORDER BY code LIMIT 1"));
        dup.notes = QStringLiteral("计划在华南新建精密零部件基地");
        p.duplicate = CompanyRepository(db).create(dup).value();
        ContactRepository contacts(db);
        Contact a, b;
        a.companyId = b.companyId = p.duplicate;
        a.name = QStringLiteral("陈国栋");
        a.title = QStringLiteral("总经理");
        b.name = QStringLiteral("黄丽萍");
        b.title = QStringLiteral("行政总监");
        p.contact1 = contacts.create(a).value();
        p.contact2 = contacts.create(b).value();
        Visit v;
        v.companyId = p.duplicate;
        v.visitedAt = QDateTime(QDate(2026, 11, 18), QTime(10, 30));
        v.city = QStringLiteral("guangzhou");
        v.contactIds = {p.contact1};
        v.notes = QStringLiteral("介绍曲江产业园标准厂房");
        p.visit = VisitRepository(db).create(v).value();
        Lead l;
        l.companyId = p.duplicate;
        l.title = QStringLiteral("精密零部件生产基地项目");
        l.investmentWan = 32000;
        l.landMu = 80;
        p.lead = LeadRepository(db).create(l).value();
        EventRepository events(db);
        Event shared;
        shared.heldOn = QDate(2026, 10, 15);
        shared.city = QStringLiteral("guangzhou");
        shared.kind = QStringLiteral("promotion");
        shared.title = QStringLiteral("2026 韶关（广州）产业招商推介会");
        shared.attendeeCompanyIds = {p.survivor, p.duplicate};
        p.sharedEvent = events.create(shared).value();
        Event own = shared;
        own.id.clear();
        own.heldOn = QDate(2026, 9, 3);
        own.title = QStringLiteral("粤港澳大湾区先进制造业对接会");
        own.attendeeCompanyIds = {p.duplicate};
        p.ownEvent = events.create(own).value();
        return p;
    }

    static qint64 onCompany(Database& db, const QString& table, const QString& id)
    {
        return scalar(db,
                      QStringLiteral("SELECT count(*) FROM %1 WHERE company_id = '%2' AND deleted = 0").arg(table, id));
    }

private Q_SLOTS:
    // A company's page, read from the registry: its facts as users read them, what refers to it with counts, and its
    // activity (the visit with its minutes, the lead and its stage change, the events attended), then the merge.
    void overviewShowsWhatRefersToARecord()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        const Pair p = makePair(db);
        QVERIFY(LeadRepository(db).moveToStage(p.lead, QStringLiteral("contact"), QStringLiteral("已约见董事长")).ok());
        const KindDecl& company = RecordKinds::get(RecordKind::Company);
        auto o = RecordOverview::read(db, company, p.duplicate);
        ZS_VERIFY_OK(o);
        QCOMPARE(o->title, QStringLiteral("广州华达精密机械公司"));
        QHash<QString, QString> facts;
        for (const auto& f : o->facts)
            facts.insert(f.label, f.text);
        QCOMPARE(facts.value(QStringLiteral("统一社会信用代码")), QStringLiteral("91440300708461136T"));
        QCOMPARE(facts.value(QStringLiteral("产业")),
                 text(db, QStringLiteral("SELECT name FROM ref_industry ORDER BY code LIMIT 1")));
        QCOMPARE(facts.value(QStringLiteral("乡贤企业")), QStringLiteral("否"));
        QStringList related;
        for (const auto& r : o->related)
            related << QStringLiteral("%1 %2").arg(r.label).arg(r.count);
        QCOMPARE(related, (QStringList{QStringLiteral("联系人 2"), QStringLiteral("走访 1"),
                                       QStringLiteral("项目线索 1"), QStringLiteral("推介活动 2")}));
        QStringList activity;
        for (const auto& e : o->activity)
            activity << e.what + QLatin1Char(':') + e.title;
        QVERIFY2(!activity.join(u' ').contains(QStringLiteral("联系人")), qPrintable(activity.join(u' ')));
        QVERIFY2(activity.contains(QStringLiteral("推介活动:粤港澳大湾区先进制造业对接会")),
                 qPrintable(activity.join(u' ')));
        QVERIFY(activity.contains(QStringLiteral("项目线索:精密零部件生产基地项目")));
        QVERIFY(activity.contains(QStringLiteral("走访:走访"))); // a visit without a purpose is named by its kind
        const auto visit = std::find_if(o->activity.begin(), o->activity.end(),
                                        [](const auto& e) { return e.kind == RecordKind::Visit; });
        QCOMPARE(visit->summary, QStringLiteral("介绍曲江产业园标准厂房"));
        QCOMPARE(visit->date, QStringLiteral("2026-11-18"));
        const auto stage = std::find_if(o->activity.begin(), o->activity.end(), [](const auto& e) {
            return e.what == QStringLiteral("阶段记录") && e.summary.contains(QStringLiteral("已约见董事长"));
        });
        QVERIFY(stage != o->activity.end());
        QCOMPARE(stage->id, p.lead); // opening it opens the lead
        const auto found = std::find_if(o->activity.begin(), o->activity.end(), [](const auto& e) {
            return e.what == QStringLiteral("阶段记录") && e.summary.startsWith(QStringLiteral("线索"));
        });
        QVERIFY(found != o->activity.end());
        QCOMPARE(found->summary, QStringLiteral("线索")); // no reason: nothing after the stage
        QVERIFY2(stage->summary.startsWith(QStringLiteral("接洽 · ")), qPrintable(stage->summary));
        for (int i = 1; i < o->activity.size(); ++i)
            QVERIFY(o->activity[i - 1].date >= o->activity[i].date);

        // A record's own detail rows: the event's attending companies (opening one opens the company), the lead's
        // stage changes (in its activity too).
        auto event = RecordOverview::read(db, RecordKinds::get(RecordKind::Event), p.sharedEvent);
        ZS_VERIFY_OK(event);
        const auto attendees = std::find_if(event->related.begin(), event->related.end(),
                                            [](const auto& r) { return r.label == QStringLiteral("参会企业"); });
        QVERIFY(attendees != event->related.end());
        QCOMPARE(attendees->count, 2);
        QCOMPARE(attendees->kind, RecordKind::Company);
        QStringList names;
        for (const auto& e : attendees->entries) {
            names << e.title;
            QCOMPARE(e.kind, RecordKind::Company);
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("广州华达精密机械公司"), QStringLiteral("广州华达精密机械有限公司")}));
        auto lead = RecordOverview::read(db, RecordKinds::get(RecordKind::Lead), p.lead);
        ZS_VERIFY_OK(lead);
        QCOMPARE(lead->related.size(), 1);
        QCOMPARE(lead->related[0].label, QStringLiteral("阶段记录"));
        QCOMPARE(lead->related[0].count, 2);
        QCOMPARE(lead->related[0].entries[0].title, QStringLiteral("接洽")); // newest first
        QCOMPARE(lead->related[0].entries[0].summary, QStringLiteral("已约见董事长"));
        QCOMPARE(lead->activity.size(), 2);
        const auto companyFact =
            std::find_if(lead->facts.begin(), lead->facts.end(), [](const auto& f) { return f.refKind.has_value(); });
        QVERIFY(companyFact != lead->facts.end());
        QCOMPARE(companyFact->text, QStringLiteral("广州华达精密机械公司"));
        QCOMPARE(*companyFact->refKind, RecordKind::Company);
        QCOMPARE(companyFact->refId, p.duplicate);

        ZS_VERIFY_OK(RecordMerge(db).merge(company, p.survivor, p.duplicate));
        auto kept = RecordOverview::read(db, company, p.survivor);
        ZS_VERIFY_OK(kept);
        QCOMPARE(kept->merges.size(), 1);
        const auto merge = std::find_if(kept->activity.begin(), kept->activity.end(),
                                        [](const auto& e) { return e.what == QStringLiteral("合并"); });
        QVERIFY(merge != kept->activity.end());
        QCOMPARE(merge->title, QStringLiteral("并入了重复记录「广州华达精密机械公司」"));
        QCOMPARE(kept->related.size(), 4);
        QCOMPARE(kept->related[0].count, 2);                           // the contacts moved
        QVERIFY(!RecordOverview::read(db, company, p.duplicate).ok()); // merged: no page of its own
    }

    void mergeMovesEverythingAndUndoBringsItBack()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        const Pair p = makePair(db);
        QVERIFY(!p.lead.isEmpty() && !p.ownEvent.isEmpty());
        const KindDecl& company = RecordKinds::get(RecordKind::Company);
        RecordMerge merges(db);

        auto plan = merges.plan(company, p.survivor, p.duplicate);
        ZS_VERIFY_OK(plan);
        QCOMPARE(plan->mergedTitle, QStringLiteral("广州华达精密机械公司"));
        QCOMPARE(plan->rows(), 6); // 2 contacts, 1 visit, 1 lead, 2 event attendances
        QStringList tables;
        for (const auto& m : plan->moves)
            tables << m.table;
        QCOMPARE(tables, (QStringList{QStringLiteral("contact"), QStringLiteral("visit"), QStringLiteral("lead"),
                                      QStringLiteral("event_attendee")}));
        QVERIFY(plan->filled.contains(QStringLiteral("统一社会信用代码")));
        QVERIFY(plan->filled.contains(QStringLiteral("产业")));
        QVERIFY(plan->filled.contains(QStringLiteral("备注")));
        QVERIFY(!plan->filled.contains(QStringLiteral("总部城市"))); // the survivor has its own
        // The side-by-side comparison reads as users read it: the industry by its name, the notes joined.
        const QString industryName = text(db, QStringLiteral("SELECT name FROM ref_industry ORDER BY code LIMIT 1"));
        QHash<QString, RecordMerge::Plan::Field> fields;
        for (const auto& f : plan->fields)
            fields.insert(f.label, f);
        QCOMPARE(fields.value(QStringLiteral("企业名称")).merged, QStringLiteral("广州华达精密机械公司"));
        QCOMPARE(fields.value(QStringLiteral("企业名称")).after, QStringLiteral("广州华达精密机械有限公司"));
        QCOMPARE(fields.value(QStringLiteral("产业")).merged, industryName);
        QCOMPARE(fields.value(QStringLiteral("产业")).survivor, QString());
        QCOMPARE(fields.value(QStringLiteral("产业")).after, industryName);
        QVERIFY(fields.value(QStringLiteral("产业")).filled);
        QCOMPARE(fields.value(QStringLiteral("总部城市")).after, QStringLiteral("广州"));
        QVERIFY(!fields.value(QStringLiteral("总部城市")).filled);
        QCOMPARE(fields.value(QStringLiteral("备注")).after,
                 QStringLiteral("2025 年广交会上认识\n计划在华南新建精密零部件基地"));

        auto merged = merges.merge(company, p.survivor, p.duplicate);
        ZS_VERIFY_OK(merged);
        QVERIFY(!CompanyRepository(db).get(p.duplicate).ok()); // marked deleted
        QCOMPARE(scalar(db, QStringLiteral("SELECT deleted FROM company WHERE id = '%1'").arg(p.duplicate)), 1);
        for (const char* table : {"contact", "visit", "lead"}) {
            QCOMPARE(onCompany(db, QLatin1String(table), p.duplicate), 0);
            QVERIFY(onCompany(db, QLatin1String(table), p.survivor) > 0);
        }
        QCOMPARE(onCompany(db, QStringLiteral("contact"), p.survivor), 2);
        // The shared event lists the survivor once (the duplicate's attendance dropped); the other event moved.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM event_attendee WHERE event_id = '%1' AND deleted = 0")
                                .arg(p.sharedEvent)),
                 1);
        QCOMPARE(text(db, QStringLiteral("SELECT company_id FROM event_attendee WHERE event_id = '%1' AND deleted = 0")
                              .arg(p.ownEvent)),
                 p.survivor);
        auto survivor = CompanyRepository(db).get(p.survivor);
        ZS_VERIFY_OK(survivor);
        QCOMPARE(survivor->creditCode, QStringLiteral("91440300708461136T"));
        QVERIFY(!survivor->industry.isEmpty());
        QCOMPARE(survivor->hqCity, QStringLiteral("广州"));
        QCOMPARE(survivor->notes, QStringLiteral("2025 年广交会上认识\n计划在华南新建精密零部件基地"));
        auto history = merges.history(p.survivor);
        ZS_VERIFY_OK(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).moves, 6);
        QCOMPARE(history->at(0).undoneAt, 0);
        // Search finds one company by either name's words, the survivor.
        auto hits = SearchService(db).search(QStringLiteral("华达精密"), 20);
        ZS_VERIFY_OK(hits);
        int companies = 0;
        for (const SearchHit& h : hits.value())
            if (h.kind == RecordKind::Company) {
                ++companies;
                QCOMPARE(h.id, p.survivor);
            }
        QCOMPARE(companies, 1);

        ZS_VERIFY_OK(merges.undo(merged.value()));
        auto back = CompanyRepository(db).get(p.duplicate);
        ZS_VERIFY_OK(back);
        QCOMPARE(back->creditCode, QStringLiteral("91440300708461136T"));
        auto restored = CompanyRepository(db).get(p.survivor);
        ZS_VERIFY_OK(restored);
        QVERIFY(restored->creditCode.isEmpty());
        QVERIFY(restored->industry.isEmpty());
        QCOMPARE(restored->notes, QStringLiteral("2025 年广交会上认识"));
        QCOMPARE(onCompany(db, QStringLiteral("contact"), p.duplicate), 2);
        QCOMPARE(onCompany(db, QStringLiteral("visit"), p.duplicate), 1);
        QCOMPARE(onCompany(db, QStringLiteral("lead"), p.duplicate), 1);
        QCOMPARE(onCompany(db, QStringLiteral("contact"), p.survivor), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM event_attendee WHERE event_id = '%1' AND deleted = 0")
                                .arg(p.sharedEvent)),
                 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM record_merge_move WHERE deleted = 0")), 0);
        QCOMPARE(merges.get(merged.value())->undoneAt > 0, true);
        // Twice is refused; the records stay as they are.
        auto again = merges.undo(merged.value());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("这次合并已经撤销过了。"));
    }

    // Every change to the workspace is captured for sync: the merge row, its moves and each moved record.
    void mergeIsCapturedForSync()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        const Pair p = makePair(db);
        const qint64 before = scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox"));
        ZS_VERIFY_OK(RecordMerge(db).merge(RecordKinds::get(RecordKind::Company), p.survivor, p.duplicate));
        const auto captured = [&db, before](const char* table) {
            return scalar(db,
                          QStringLiteral("SELECT count(DISTINCT row_id) FROM sync_outbox WHERE tbl = '%1' AND seq > %2")
                              .arg(QLatin1String(table))
                              .arg(before));
        };
        QCOMPARE(captured("record_merge"), 1);
        QCOMPARE(captured("record_merge_move"), 6);
        QCOMPARE(captured("visit"), 1);
        QCOMPARE(captured("contact"), 2);
        QCOMPARE(captured("company"), 2); // the duplicate marked deleted, the survivor filled
    }

    // Undo gives back what the merge filled only where nobody has changed it since.
    void undoKeepsLaterEdits()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        const Pair p = makePair(db);
        RecordMerge merges(db);
        auto merged = merges.merge(RecordKinds::get(RecordKind::Company), p.survivor, p.duplicate);
        ZS_VERIFY_OK(merged);
        auto survivor = CompanyRepository(db).get(p.survivor);
        ZS_VERIFY_OK(survivor);
        survivor->notes = QStringLiteral("已合并重复记录，按总经理陈国栋的意见跟进");
        ZS_VERIFY_OK(CompanyRepository(db).update(survivor.value()));
        ZS_VERIFY_OK(merges.undo(merged.value()));
        auto after = CompanyRepository(db).get(p.survivor);
        ZS_VERIFY_OK(after);
        QCOMPARE(after->notes, QStringLiteral("已合并重复记录，按总经理陈国栋的意见跟进"));
        QVERIFY(after->creditCode.isEmpty()); // untouched since the merge: given back
    }

    // A row that arrives later still pointing at the merged record (made offline elsewhere) follows the merge; a
    // move of a row another laptop holds waits for that laptop; moves naming undeclared tables are ignored.
    void rowsMadeElsewhereFollow()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        const Pair p = makePair(db);
        RecordMerge merges(db);
        auto merged = merges.merge(RecordKinds::get(RecordKind::Company), p.survivor, p.duplicate);
        ZS_VERIFY_OK(merged);
        QCOMPARE(merges.follow().value(), 0); // nothing left to follow
        // As sync applies a pulled row: the visit another officer logged offline, against the duplicate.
        ZS_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO visit (id, scope, visited_at, city, company_id, notes, "
                                            "created_at, updated_at) SELECT 'offline-visit', scope, visited_at, city, "
                                            "'%1', '离线记录的回访', created_at, updated_at FROM visit WHERE id = '%2'")
                                 .arg(p.duplicate, p.visit)
                                 .toUtf8()
                                 .constData()));
        ZS_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO record_merge_move (id, scope, merge_id, tbl, row_id, col, "
                                            "updated_at) VALUES ('%1/visit/elsewhere', 'city', '%1', 'visit', "
                                            "'elsewhere', 'company_id', 1), ('%1/x', 'city', '%1', 'company; DROP "
                                            "TABLE company', 'x', 'company_id', 1)")
                                 .arg(merged.value())
                                 .toUtf8()
                                 .constData()));
        auto followed = merges.follow();
        ZS_VERIFY_OK(followed);
        QCOMPARE(followed.value(), 1);
        QCOMPARE(text(db, QStringLiteral("SELECT company_id FROM visit WHERE id = 'offline-visit'")), p.survivor);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM record_merge_move WHERE row_id = 'offline-visit'")),
                 1);

        ZS_VERIFY_OK(merges.undo(merged.value()));
        QCOMPARE(text(db, QStringLiteral("SELECT company_id FROM visit WHERE id = 'offline-visit'")), p.duplicate);
        // The row this laptop does not hold: its move stays for the laptop that does.
        QCOMPARE(scalar(db, QStringLiteral("SELECT deleted FROM record_merge_move WHERE row_id = 'elsewhere'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM company")), 2); // the planted name did nothing
        QCOMPARE(merges.follow().value(), 0);
    }

    void mergeRefusals()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        const Pair p = makePair(db);
        const KindDecl& company = RecordKinds::get(RecordKind::Company);
        RecordMerge merges(db);
        auto self = merges.merge(company, p.survivor, p.survivor);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().code, ErrorCode::Invalid);
        auto missing = merges.merge(company, p.survivor, QStringLiteral("no-such-company"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(onCompany(db, QStringLiteral("visit"), p.duplicate), 1); // nothing moved
        ZS_VERIFY_OK(merges.merge(company, p.survivor, p.duplicate));
        auto twice = merges.merge(company, p.survivor, p.duplicate);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QStringLiteral("可能已被合并或删除")));
    }

    void deleteRefusesWhatIsReferredToAndRestores()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        const Pair p = makePair(db);
        RecordRemoval removal(db);
        const KindDecl& company = RecordKinds::get(RecordKind::Company);
        auto refused = removal.remove(company, {p.duplicate});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("1 条走访")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("合并")));
        QVERIFY(CompanyRepository(db).get(p.duplicate).ok());

        // A visit and a lead, together: both go, both come back (with the visit's attendee as it was).
        const KindDecl& visit = RecordKinds::get(RecordKind::Visit);
        const KindDecl& lead = RecordKinds::get(RecordKind::Lead);
        auto removed = removal.remove(visit, {p.visit});
        ZS_VERIFY_OK(removed);
        ZS_VERIFY_OK(removal.remove(lead, {p.lead}));
        QVERIFY(!VisitRepository(db).get(p.visit).ok());
        auto blockers = removal.blockers(company, p.duplicate);
        ZS_VERIFY_OK(blockers);
        QCOMPARE(RecordRemoval::describe(blockers.value()), QStringLiteral("2 条联系人、2 条参会企业"));
        QCOMPARE(removal.restore(visit, {p.visit}).value(), 1);
        QCOMPARE(removal.restore(lead, {p.lead}).value(), 1);
        auto visitBack = VisitRepository(db).get(p.visit);
        ZS_VERIFY_OK(visitBack);
        QCOMPARE(visitBack->contactIds, QStringList{p.contact1});
        QCOMPARE(removal.restore(visit, {p.visit}).value(), 0); // already there

        // A company nothing refers to any more goes, and comes back; a clash on restore is refused.
        Company lone;
        lone.name = QStringLiteral("东莞市凯越新材料科技有限公司");
        lone.creditCode = QStringLiteral("914403001922038216");
        const QString loneId = CompanyRepository(db).create(lone).value();
        ZS_VERIFY_OK(removal.remove(company, {loneId}));
        Company again;
        again.name = QStringLiteral("东莞凯越新材料");
        again.creditCode = lone.creditCode;
        ZS_VERIFY_OK(CompanyRepository(db).create(again));
        auto clash = removal.restore(company, {loneId});
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(scalar(db, QStringLiteral("SELECT deleted FROM company WHERE id = '%1'").arg(loneId)), 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordMerge)
#include "tst_recordmerge.moc"
