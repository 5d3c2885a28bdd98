#include "WorkspaceFixture.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/demo/DemoData.h"
#include "desktop/core/events/EventRepository.h"
#include "desktop/core/io/ListExporter.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/pipeline/LeadService.h"
#include "desktop/core/registry/RecordList.h"
#include "desktop/core/registry/RecordOverview.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RowBinding.h"
#include "desktop/core/domain/SeedCatalog.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/analytics/WorkspaceOverview.h"
#include "desktop/core/registry/RecordJson.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/core/search/SearchService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

using namespace zs;

class TestRecords : public QObject
{
    Q_OBJECT

private:
    QString makeCompany(test::WorkspaceFixture& ws, const QString& name, const QString& code = {})
    {
        Company c;
        c.name = name;
        c.creditCode = code;
        auto id = CompanyRepository(ws.db(), m_clock).create(c);
        return id.ok() ? id.value() : QString();
    }

private Q_SLOTS:
    // Names of one company written another way share their core; different companies do not.
    void similarCompanyNames()
    {
        QCOMPARE(RecordText::nameCore(QStringLiteral("广州华达精密机械公司")), QStringLiteral("华达精密机械"));
        QCOMPARE(RecordText::nameCore(QStringLiteral("广州华达精密机械有限公司")), QStringLiteral("华达精密机械"));
        QCOMPARE(RecordText::nameCore(QStringLiteral("华达精密机械（广州）股份有限公司")),
                 QStringLiteral("华达精密机械"));
        QCOMPARE(RecordText::nameCore(QStringLiteral("ＴＣＬ 华星光电 有限公司")), QStringLiteral("tcl华星光电"));
        QVERIFY(RecordText::nameCore(QStringLiteral("广州华达精密机械有限公司")) !=
                RecordText::nameCore(QStringLiteral("广州华信精密机械有限公司")));
        QVERIFY(RecordText::nameCore(QStringLiteral("有限公司")).size() >= 2); // never stripped to nothing

        test::WorkspaceFixture ws;
        Company a;
        a.name = QStringLiteral("广州华达精密机械有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(a).ok());
        Company b;
        b.name = QStringLiteral("广州华信精密机械有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(b).ok());
        Company typed;
        typed.name = QStringLiteral("广州华达精密机械公司");
        auto alike = CompanyRepository(ws.db()).similar(typed);
        ZS_VERIFY_OK(alike);
        QCOMPARE(alike->size(), 1);
        QCOMPARE(alike->first().id, a.id);
        // Not a duplicate by the strict rule (so saving it is allowed, after the warning).
        auto strict = CompanyRepository(ws.db()).findDuplicate(typed);
        ZS_VERIFY_OK(strict);
        QVERIFY(!strict->has_value());
        // The record itself is never its own look-alike.
        auto self = CompanyRepository(ws.db()).similar(a);
        ZS_VERIFY_OK(self);
        QVERIFY(self->isEmpty());
    }

    // A simple kind through its declaration alone: the counties' follow-up specialists, checked, written, listed,
    // read as JSON, captured for sync, deleted.
    void simpleKindLivesOnItsDeclaration()
    {
        test::WorkspaceFixture ws;
        const KindDecl& kind = RecordKinds::get(RecordKind::Specialist);
        QCOMPARE(RecordKinds::byName(QStringLiteral("specialists")), &kind);
        QCOMPARE(RecordKinds::tableLabel(QStringLiteral("specialist")), QStringLiteral("跟踪服务专员"));
        RecordStore store(ws.db(), kind);
        auto empty = store.create({});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().fields.value(QStringLiteral("name")), QStringLiteral("请填写姓名。"));
        QVERIFY(empty.error().fields.contains(QStringLiteral("region")));
        QVERIFY(empty.error().fields.contains(QStringLiteral("phone")));
        QVERIFY(!empty.error().fields.contains(QStringLiteral("email"))); // optional
        RecordStore::Values values{{QStringLiteral("name"), QStringLiteral("刘建国")},
                                   {QStringLiteral("region"), QStringLiteral("nowhere")},
                                   {QStringLiteral("unit"), QStringLiteral("翁源县工业和信息化局")},
                                   {QStringLiteral("phone"), QStringLiteral("0751-2812306")},
                                   {QStringLiteral("active"), true}};
        auto unknown = store.create(values);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().fields.value(QStringLiteral("region")).contains(QStringLiteral("不在目录中")));
        values.insert(QStringLiteral("region"), QStringLiteral("wengyuan"));
        auto id = store.create(values);
        ZS_VERIFY_OK(id);
        auto read = store.get(id.value());
        ZS_VERIFY_OK(read);
        QCOMPARE(read->value(QStringLiteral("unit")).toString(), QStringLiteral("翁源县工业和信息化局"));
        QCOMPARE(read->value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM sync_outbox WHERE tbl = 'specialist'").value(), 1);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM specialist WHERE scope = 'city'").value(), 1);

        RecordList list(ws.db(), RecordKind::Specialist);
        auto page = list.fetch(std::nullopt, 10);
        ZS_VERIFY_OK(page);
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().values.value(1).toString(), QStringLiteral("翁源县")); // the region's name
        auto json = RecordJson::read(ws.db(), kind, id.value());
        ZS_VERIFY_OK(json);
        QCOMPARE(json->value(QStringLiteral("region")).toString(), QStringLiteral("wengyuan"));
        QCOMPARE(json->value(QStringLiteral("kind")).toString(), QStringLiteral("specialists"));

        // Found by name and by unit, as a specialist (its search source is one entry in SearchIndex).
        auto hits = SearchService(ws.db()).search(QStringLiteral("翁源"));
        ZS_VERIFY_OK(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().kind, RecordKind::Specialist);
        QCOMPARE(hits->first().id, id.value());

        values.insert(QStringLiteral("title"), QStringLiteral("项目服务股股长"));
        ZS_VERIFY_OK(store.update(id.value(), values));
        QCOMPARE(store.get(id.value())->value(QStringLiteral("title")).toString(), QStringLiteral("项目服务股股长"));
        ZS_VERIFY_OK(store.remove(id.value()));
        QCOMPARE(store.get(id.value()).error().code, ErrorCode::NotFound);
        QCOMPARE(store.remove(id.value()).error().code, ErrorCode::NotFound);

        // The demo list: ten, in the counties' parks, each valid as the declaration says.
        auto made = DemoData::specialists(ws.db());
        ZS_VERIFY_OK(made);
        QCOMPARE(made.value(), 10);
        QCOMPARE(DemoData::specialists(ws.db()).value(), 0); // made once
        QCOMPARE(ws.db()
                     .scalar("SELECT count(*) FROM specialist s JOIN ref_park p ON p.code = s.park "
                             "AND p.region = s.region WHERE s.deleted = 0")
                     .value(),
                 10);
    }

    void companyDuplicatesPointToTheExistingRecord()
    {
        test::WorkspaceFixture ws;
        CompanyRepository repo(ws.db(), m_clock);
        const QString first =
            makeCompany(ws, QStringLiteral("深圳市腾讯计算机系统有限公司"), QStringLiteral("91440300708461136T"));
        QVERIFY(!first.isEmpty());
        Company sameCode;
        sameCode.name = QStringLiteral("另一个名字");
        sameCode.creditCode = QStringLiteral("9144 0300 7084 6113 6t");
        auto refused = repo.create(sameCode);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(refused.error().detail, first);
        QVERIFY(refused.error().fields.value(QStringLiteral("credit_code")).contains(QStringLiteral("深圳市腾讯")));
        Company sameName;
        sameName.name = QStringLiteral("深圳市 腾讯计算机系统有限公司 ");
        auto refusedName = repo.create(sameName);
        QCOMPARE(refusedName.error().code, ErrorCode::AlreadyExists);
        QVERIFY(refusedName.error().fields.contains(QStringLiteral("name")));
        Company bad;
        bad.name = QStringLiteral(" ");
        bad.creditCode = QStringLiteral("123");
        bad.revenueWan = -5;
        auto invalid = repo.create(bad);
        QCOMPARE(invalid.error().code, ErrorCode::Invalid);
        QCOMPARE(invalid.error().fields.size(), 3);
        QCOMPARE(repo.count().value(), qint64(1));
    }

    void visitCorrectionsKeepHistory()
    {
        test::WorkspaceFixture ws;
        const QString company = makeCompany(ws, QStringLiteral("东莞精诚模具有限公司"));
        Contact p;
        p.companyId = company;
        p.name = QStringLiteral("张伟");
        QVERIFY(ContactRepository(ws.db(), m_clock).create(p).ok());
        VisitRepository repo(ws.db(), m_clock);
        Visit v;
        v.companyId = company;
        v.visitedAt = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs() - 3600 * 1000);
        v.city = QStringLiteral("dongguan");
        v.notes = QStringLiteral("初次见面");
        v.contactIds = {p.id};
        ZS_VERIFY_OK(repo.create(v));
        QCOMPARE(v.scope, QStringLiteral("team:unassigned"));
        m_clock.advance(60000);
        v.notes = QStringLiteral("初次见面，谈了用地");
        v.intent = 2;
        auto changed = repo.correct(v);
        ZS_VERIFY_OK(changed);
        QCOMPARE(changed.value(), 2);
        auto history = repo.history(v.id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).field, QStringLiteral("notes"));
        QCOMPARE(history->at(0).oldValue, QStringLiteral("初次见面"));
        QCOMPARE(repo.get(v.id)->contactIds, QStringList{p.id});
        QCOMPARE(repo.correct(v).value(), 0); // nothing changed, nothing recorded

        Visit future = v;
        future.visitedAt = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs() + 3 * 24 * 3600 * 1000ll);
        QVERIFY(repo.validate(future).contains(QStringLiteral("visited_at")));
        Visit noCompany = v;
        noCompany.companyId = QStringLiteral("no-such-company");
        auto orphan = repo.create(noCompany);
        QVERIFY(orphan.error().fields.contains(QStringLiteral("company")));
    }

    void leadStagesMoveForwardOrGiveAReason()
    {
        test::WorkspaceFixture ws;
        LeadRepository repo(ws.db(), m_clock);
        Lead l;
        l.companyId = makeCompany(ws, QStringLiteral("广州某新能源有限公司"));
        l.title = QStringLiteral("储能电池项目");
        l.investmentWan = 50000;
        l.industry = QStringLiteral("pcb");
        ZS_VERIFY_OK(repo.create(l));
        QCOMPARE(repo.get(l.id)->chainLink, QStringLiteral("ei-components")); // the link follows the industry
        m_clock.advance(1000);
        ZS_VERIFY_OK(repo.moveToStage(l.id, QStringLiteral("negotiation")));
        m_clock.advance(1000);
        auto back = repo.moveToStage(l.id, QStringLiteral("contact"));
        QVERIFY(!back.ok());
        QVERIFY(back.error().message.contains(QStringLiteral("退回")));
        ZS_VERIFY_OK(repo.moveToStage(l.id, QStringLiteral("contact"), QStringLiteral("投资方更换负责人")));
        auto hold = repo.moveToStage(l.id, QStringLiteral("on-hold"));
        QVERIFY(hold.error().fields.contains(QStringLiteral("stage_reason")));
        QCOMPARE(repo.moveToStage(l.id, QStringLiteral("no-such-stage"), QStringLiteral("x")).error().code,
                 ErrorCode::Invalid);
        auto history = repo.stageHistory(l.id);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).stage, QStringLiteral("lead"));
        QCOMPARE(history->at(2).reason, QStringLiteral("投资方更换负责人"));
    }

    // The leads list's bulk actions: all or none, each lead under the stage rules (the one refused named).
    void leadsMovedAndAssignedTogether()
    {
        test::WorkspaceFixture ws;
        const QString company = makeCompany(ws, QStringLiteral("深圳某储能科技有限公司"));
        QStringList ids;
        for (const char16_t* title : {u"储能电池项目", u"电池回收项目", u"储能电站项目"}) {
            Lead l;
            l.companyId = company;
            l.title = QString::fromUtf16(title);
            ZS_VERIFY_OK(LeadRepository(ws.db(), m_clock).create(l));
            ids << l.id;
        }
        LeadService leads(ws.db(), m_clock);
        ZS_VERIFY_OK(leads.moveToStage(ids[2], QStringLiteral("contact"), QString()));
        auto moved = leads.moveManyToStage(ids, QStringLiteral("contact"), QString());
        ZS_VERIFY_OK(moved);
        QCOMPARE(moved.value(), 2); // the third was there already
        auto back = leads.moveManyToStage(ids, QStringLiteral("lead"), QString());
        QVERIFY(!back.ok());
        QVERIFY2(back.error().message.startsWith(QStringLiteral("「储能电池项目」：")),
                 qPrintable(back.error().message));
        QVERIFY(back.error().fields.contains(QStringLiteral("stage_reason")));
        for (const QString& id : ids)
            QCOMPARE(LeadRepository(ws.db()).get(id)->stage, QStringLiteral("contact")); // none moved
        QCOMPARE(leads.moveManyToStage(ids, QStringLiteral("lead"), QStringLiteral("企业推迟决策")).value(), 3);
        QCOMPARE(LeadRepository(ws.db()).stageHistory(ids[0])->last().reason, QStringLiteral("企业推迟决策"));

        QVERIFY(leads.assign(ids, QStringLiteral("  ")).error().fields.contains(QStringLiteral("officer")));
        QCOMPARE(leads.assign(ids.mid(0, 2), QStringLiteral("王丽")).value(), 2);
        QCOMPARE(leads.assign(ids, QStringLiteral("王丽")).value(), 1);
        for (const QString& id : ids)
            QCOMPARE(LeadRepository(ws.db()).get(id)->officer, QStringLiteral("王丽"));
    }

    // Links are detail rows (repo::writeLinks): a visit refuses a contact that is unknown or deleted, naming the field;
    // an event leaves out a company it does not know; a removed link is marked deleted and comes back when re-added.
    void linksToUnknownRecordsAndRemovedLinks()
    {
        test::WorkspaceFixture ws;
        const QString company = makeCompany(ws, QStringLiteral("韶关丹霞精密机械有限公司"));
        ContactRepository contacts(ws.db(), m_clock);
        Contact a, b;
        a.companyId = b.companyId = company;
        a.name = QStringLiteral("李娜");
        b.name = QStringLiteral("王强");
        ZS_VERIFY_OK(contacts.create(a));
        ZS_VERIFY_OK(contacts.create(b));
        VisitRepository repo(ws.db(), m_clock);
        Visit v;
        v.companyId = company;
        v.visitedAt = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs() - 3600 * 1000);
        v.city = QStringLiteral("other");
        v.contactIds = {a.id, QStringLiteral("no-such-contact")};
        auto refused = repo.create(v);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(refused.error().fields.value(QStringLiteral("contacts")),
                 QStringLiteral("见到的联系人不存在，请重新选择。"));
        QCOMPARE(refused.error().detail, QStringLiteral("no-such-contact"));

        QStringList both{a.id, b.id};
        std::sort(both.begin(), both.end()); // as get() lists them
        v.contactIds = both;
        ZS_VERIFY_OK(repo.create(v));
        QCOMPARE(repo.get(v.id)->contactIds, both);
        const auto links = [&](const char* where) {
            const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM visit_contact WHERE visit_id = ?1") + where;
            auto stmt = ws.db().prepare(sql.constData());
            stmt->bind(1, v.id);
            return stmt->step().value() ? stmt->int64(0) : -1;
        };
        m_clock.advance(60000);
        v.contactIds = {b.id};
        ZS_VERIFY_OK(repo.correct(v));
        QCOMPARE(repo.get(v.id)->contactIds, QStringList{b.id});
        QCOMPARE(links(" AND deleted = 1"), 1);
        m_clock.advance(60000);
        v.contactIds = both;
        ZS_VERIFY_OK(repo.correct(v));
        QCOMPARE(repo.get(v.id)->contactIds, both);
        QCOMPARE(links(""), 2); // revived, not added again
        QCOMPARE(links(" AND deleted = 0 AND scope = 'team:unassigned'"), 2);

        ZS_VERIFY_OK(ws.db().run("UPDATE contact SET deleted = 1 WHERE id = ?1", a.id));
        Visit later = v;
        later.contactIds = {a.id};
        QVERIFY(repo.create(later).error().fields.contains(QStringLiteral("contacts")));

        EventRepository events(ws.db(), m_clock);
        Event e;
        e.title = QStringLiteral("韶关（东莞）产业招商推介会");
        e.heldOn = QDate(2026, 5, 8);
        e.city = QStringLiteral("东莞");
        e.kind = QStringLiteral("promotion");
        e.attendeeCompanyIds = {company, QStringLiteral("no-such-company")};
        ZS_VERIFY_OK(events.create(e));
        QCOMPARE(events.get(e.id)->attendeeCompanyIds, QStringList{company});
        QCOMPARE(ws.db()
                     .scalar("SELECT count(*) FROM event_attendee a JOIN event e ON e.id = a.event_id "
                             "WHERE a.scope = e.scope")
                     .value(),
                 1);
        e.attendeeCompanyIds = {};
        ZS_VERIFY_OK(events.update(e));
        QVERIFY(events.get(e.id)->attendeeCompanyIds.isEmpty());
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM event_attendee WHERE deleted = 1").value(), 1);
    }

    // rows::isoDate writes what QDate::toString(Qt::ISODate) writes.
    void isoDatesAsQtWritesThem()
    {
        for (const QDate& d : {QDate(1, 1, 1), QDate(999, 12, 31), QDate(2026, 3, 9), QDate(2024, 2, 29),
                               QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-5, 6, 7), QDate()})
            QCOMPARE(rows::isoDate(d), d.isValid() ? d.toString(Qt::ISODate) : QString());
        for (QDate d(2020, 1, 1); d < QDate(2030, 1, 1); d = d.addDays(1))
            QCOMPARE(rows::isoDate(d), d.toString(Qt::ISODate));
    }

    void eventsTimelineAndOverview()
    {
        test::WorkspaceFixture ws;
        const QString company = makeCompany(ws, QStringLiteral("深圳华信电子科技有限公司"));
        EventRepository events(ws.db(), m_clock);
        Event e;
        e.title = QStringLiteral("韶关（深圳）产业招商推介会");
        e.heldOn = QDate(2026, 6, 18);
        e.city = QStringLiteral("深圳");
        e.kind = QStringLiteral("promotion");
        e.attendeeCompanyIds = {company};
        ZS_VERIFY_OK(events.create(e));
        Lead l;
        l.companyId = company;
        l.title = QStringLiteral("PCB 扩产");
        l.sourceKind = QStringLiteral("event");
        QVERIFY(LeadRepository(ws.db(), m_clock).validate(l).contains(QStringLiteral("event")));
        l.eventId = e.id;
        ZS_VERIFY_OK(LeadRepository(ws.db(), m_clock).create(l));
        Visit v;
        v.companyId = company;
        v.visitedAt = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs());
        v.city = QStringLiteral("shenzhen");
        v.nextStep = QStringLiteral("寄送园区资料");
        v.nextDue = v.visitedAt.date().addDays(-0);
        ZS_VERIFY_OK(VisitRepository(ws.db(), m_clock).create(v));

        // The company's page: the event attended, the lead (and its first stage), the visit; newest first.
        auto page = RecordOverview::read(ws.db(), RecordKinds::get(RecordKind::Company), company);
        ZS_VERIFY_OK(page);
        const auto& timeline = page->activity;
        QCOMPARE(timeline.size(), 4);
        QList<RecordKind> kinds;
        for (const auto& entry : timeline)
            kinds << entry.kind;
        QCOMPARE(kinds.count(RecordKind::Lead), 2); // the lead and its stage row
        QVERIFY(kinds.contains(RecordKind::Visit) && kinds.contains(RecordKind::Event));
        QCOMPARE(timeline.last().kind, RecordKind::Event); // held in June, before the rest
        QCOMPARE(timeline.last().date, QStringLiteral("2026-06-18"));
        for (int i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline.at(i - 1).date >= timeline.at(i).date);

        auto overview = WorkspaceOverview(ws.db()).summary(v.nextDue);
        ZS_VERIFY_OK(overview);
        QCOMPARE(overview->dueToday.size(), 1);
        QCOMPARE(overview->overdue.size(), 0);
        QCOMPARE(WorkspaceOverview(ws.db()).summary(v.nextDue.addDays(1))->overdue.size(), 1);
        QCOMPARE(overview->leads, qint64(1));
        QCOMPARE(overview->leadsByStage.first().count, 1);

        RecordList list(ws.db(), RecordKind::Event);
        auto rows = list.fetch(std::nullopt, 10);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().values.at(5).toLongLong(), 1); // attendees
        QCOMPARE(rows->first().values.at(6).toLongLong(), 1); // leads from the event
    }

    void listsPageThroughEverythingInOrder()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::generate(ws.db(), 700, 7));
        for (int column : {0, 2, 5}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                RecordList list(ws.db(), RecordKind::Visit);
                list.setSort(column, order);
                QStringList ids;
                std::optional<RecordList::Row> last;
                QVariant previous;
                for (;;) {
                    auto page = list.fetch(last, 64);
                    ZS_VERIFY_OK(page);
                    if (page->isEmpty())
                        break;
                    for (const auto& row : page.value()) {
                        ids << row.id;
                        if (previous.isValid()) {
                            const bool inOrder = order == Qt::AscendingOrder
                                                     ? QVariant::compare(previous, row.values.at(column)) <= 0
                                                     : QVariant::compare(previous, row.values.at(column)) >= 0;
                            QVERIFY(inOrder);
                        }
                        previous = row.values.at(column);
                    }
                    last = page->constLast();
                }
                QCOMPARE(ids.size(), 700);
                QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 700); // no row twice, none missing
            }
        }
        RecordList shenzhen(ws.db(), RecordKind::Visit);
        ListFilter filter;
        filter.city = QStringLiteral("shenzhen");
        shenzhen.setFilter(filter);
        const qint64 inShenzhen = shenzhen.count().value();
        QCOMPARE(inShenzhen, ws.db().scalar("SELECT count(*) FROM visit WHERE city = 'shenzhen'").value());
        QVERIFY(inShenzhen > 0 && inShenzhen < 700);

        // The quick filter: every word somewhere in what the row shows (here the company's name and the officers),
        // ASCII case ignored, with the other filters.
        RecordList quick(ws.db(), RecordKind::Visit);
        const auto firstText = [&ws](const char* sql) {
            auto stmt = ws.db().prepare(sql);
            return stmt.ok() && stmt->step().value() ? stmt->text(0) : QString();
        };
        const QString name =
            firstText("SELECT c.name FROM visit v JOIN company c ON c.id = v.company_id ORDER BY v.rid LIMIT 1");
        const QString officer = firstText("SELECT officers FROM visit ORDER BY rid LIMIT 1").section(u'、', 0, 0);
        QVERIFY(name.size() > 4 && !officer.isEmpty());
        filter = {};
        filter.text = name.mid(2, 3) + QLatin1Char(' ') + officer;
        quick.setFilter(filter);
        const QByteArray expected = "SELECT count(*) FROM visit v JOIN company c ON c.id = v.company_id WHERE "
                                    "v.deleted = 0 AND instr(c.name, '" +
                                    name.mid(2, 3).toUtf8() + "') > 0 AND instr(v.officers, '" + officer.toUtf8() +
                                    "') > 0";
        const qint64 both = ws.db().scalar(expected.constData()).value();
        QVERIFY(both >= 1);
        QCOMPARE(quick.count().value(), both);
        filter.text = QStringLiteral("没有这样的字样");
        quick.setFilter(filter);
        QCOMPARE(quick.count().value(), 0);

        // The rows selected, exported: only those, whatever else the filter says.
        RecordList selected(ws.db(), RecordKind::Visit);
        filter = {};
        auto first = selected.fetch(std::nullopt, 3);
        ZS_VERIFY_OK(first);
        for (const auto& row : first.value())
            filter.ids << row.id;
        filter.ids << QStringLiteral("no-such-id' OR 1=1 --"); // bound, not spliced
        selected.setFilter(filter);
        QCOMPARE(selected.count().value(), 3);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("selected.csv"));
        auto written = ListExporter::write(selected, csv, ListExporter::Format::Csv);
        ZS_VERIFY_OK(written);
        QCOMPARE(written.value(), 3);
    }

    void newerSeedsUpdateReferenceDataOnly()
    {
        test::WorkspaceFixture ws;
        const QString company = makeCompany(ws, QStringLiteral("乳源某电子材料有限公司"));
        const qint64 regions = ws.db().scalar("SELECT count(*) FROM ref_region").value();
        QTemporaryDir seeds;
        for (const QString& name : QDir(QStringLiteral(":/seeds")).entryList())
            QFile::copy(QStringLiteral(":/seeds/") + name, seeds.filePath(name));
        QFile file(seeds.filePath(QStringLiteral("regions.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject regionsSeed = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QCOMPARE(SeedCatalog::applyFrom(ws.db(), seeds.path()).value(), 0); // same versions: nothing to do
        regionsSeed.insert(QStringLiteral("version"), regionsSeed.value(QStringLiteral("version")).toInt() + 1);
        QJsonArray list = regionsSeed.value(QStringLiteral("regions")).toArray();
        list.removeLast();
        regionsSeed.insert(QStringLiteral("regions"), list);
        QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(regionsSeed).toJson());
        file.close();
        QCOMPARE(SeedCatalog::applyFrom(ws.db(), seeds.path()).value(), 1);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM ref_region").value(), regions - 1);
        QCOMPARE(CompanyRepository(ws.db()).get(company)->name, QStringLiteral("乳源某电子材料有限公司"));
    }

private:
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
