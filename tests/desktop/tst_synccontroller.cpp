// The use cases and the sync controller in core, without widgets: a visit logged with a company and a contact made on
// the spot and a handout is one transaction (a refused visit leaves no company behind); a lead's stage moves with its
// history; two laptops of one team meet through a real HQ on loopback, and each controller says which record kinds
// a sync or a restored conflict changed.
#include "tests/support/InProcessHq.h"
#include "WorkspaceFixture.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/pipeline/LeadService.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/visits/VisitService.h"

#include <QSignalSpy>

using namespace zs;

namespace {
constexpr int kTimeoutMs = 30000;
const QByteArray kLiPassword = "gz-li-password-1";
const QByteArray kWuPassword = "gz-wu-password-1";

class Hq : public test::InProcessHq
{
public:
    bool start()
    {
        return test::InProcessHq::start(
            {{QStringLiteral("gz"), QStringLiteral("广州组")}},
            {{QStringLiteral("gz-li"), QStringLiteral("李敏"), QStringLiteral("gz"), hq::Role::Officer, kLiPassword},
             {QStringLiteral("gz-wu"), QStringLiteral("吴倩"), QStringLiteral("gz"), hq::Role::Officer, kWuPassword}});
    }
};

// One laptop: its workspace and the controller the session would own.
struct Laptop
{
    test::WorkspaceFixture ws;
    SyncController sync{ws.workspace()};

    bool enroll(const QString& url, const QString& user, const QByteArray& password)
    {
        QSignalSpy done(&sync, &SyncController::enrolled);
        sync.enroll(QUrl(url), user, QString::fromLatin1(password), {}, user + QStringLiteral(" 的电脑"), false);
        return done.wait(kTimeoutMs) && done.first().at(0).toBool() && done.first().at(2).toString().isEmpty();
    }
    // Syncs once; the kinds recordsChanged named (empty when it said nothing).
    std::optional<QList<RecordKind>> syncOnce()
    {
        QSignalSpy finished(&sync, &SyncController::finished);
        QSignalSpy changed(&sync, &SyncController::recordsChanged);
        if (!sync.syncNow() || !finished.wait(kTimeoutMs))
            return std::nullopt;
        if (!finished.first().at(0).value<SyncController::Summary>().ok)
            return std::nullopt;
        return changed.isEmpty() ? QList<RecordKind>() : changed.first().at(0).value<QList<RecordKind>>();
    }
};

Visit visitAt(const QString& companyId)
{
    Visit v;
    v.companyId = companyId;
    v.visitedAt = QDateTime::currentDateTime().addDays(-1);
    v.city = QStringLiteral("guangzhou");
    v.notes = QStringLiteral("谈了在韶关设立华南仓储中心的计划");
    return v;
}
} // namespace

Q_DECLARE_METATYPE(zs::SyncController::Summary)

class TestSyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncController::Summary>();
        qRegisterMetaType<QList<RecordKind>>();
    }

    void visitWithNewCompanyAndContactIsOneTransaction()
    {
        test::WorkspaceFixture ws;
        Material brochure;
        brochure.title = QStringLiteral("韶关市招商引资优惠政策汇编（2026 年版）");
        brochure.kind = QStringLiteral("policy");
        brochure.mime = QStringLiteral("application/pdf");
        auto material = MaterialRepository(ws.db()).add(brochure, QByteArrayLiteral("%PDF-1.4 test"));
        ZS_VERIFY_OK(material);

        VisitEntry entry;
        entry.visit = visitAt(QString());
        entry.newCompany = QStringLiteral("广州穗丰冷链物流有限公司");
        entry.newContacts = {QStringLiteral("何建华")};
        entry.handoutIds = {material.value()};
        auto saved = VisitService(ws.db()).save(entry);
        ZS_VERIFY_OK(saved);
        QVERIFY(!saved->id.isEmpty());
        auto company = CompanyRepository(ws.db()).get(saved->companyId);
        QVERIFY(company.ok());
        QCOMPARE(company->name, entry.newCompany);
        auto visit = VisitRepository(ws.db()).get(saved->id);
        QVERIFY(visit.ok());
        QCOMPARE(visit->contactIds.size(), 1);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM contact WHERE name = '何建华'").value(), qint64(1));
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM material_handout").value(), qint64(1));

        // A visit the repository refuses (no city) after its company was made: nothing of it stays.
        VisitEntry refused = entry;
        refused.visit.city.clear();
        refused.newCompany = QStringLiteral("东莞松湖智能装备有限公司");
        refused.newContacts = {QStringLiteral("梁志明")};
        auto failed = VisitService(ws.db()).save(refused);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().fields.contains(QStringLiteral("city")));
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM company").value(), qint64(1));
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM contact").value(), qint64(1));
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM material_handout").value(), qint64(1));

        // A company name the directory refuses is the company field's problem.
        VisitEntry badName = entry;
        badName.newCompany = QString(300, QChar(0x534e)); // 300 × 华: past the text limit
        auto refusedName = VisitService(ws.db()).save(badName);
        QVERIFY(!refusedName.ok());
        QVERIFY(refusedName.error().fields.contains(QStringLiteral("company")));
    }

    void leadSavedAndMovedWithHistory()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("深圳鹏程新能源科技有限公司");
        auto companyId = CompanyRepository(ws.db()).create(c);
        QVERIFY(companyId.ok());
        Lead lead;
        lead.companyId = companyId.value();
        lead.title = QStringLiteral("储能电池 PACK 生产基地");
        lead.sourceKind = QStringLiteral("team");
        LeadService leads(ws.db());
        auto made = leads.save(lead, QStringLiteral("contact"), QString());
        ZS_VERIFY_OK(made);
        QCOMPARE(made->stage, QStringLiteral("contact"));
        Lead edited = made.value();
        edited.investmentWan = 52000;
        auto moved = leads.save(edited, QStringLiteral("inspection"), QStringLiteral("企业来韶考察园区"));
        ZS_VERIFY_OK(moved);
        // Backwards without a reason: refused, and the edit made with it is not kept either.
        Lead again = LeadRepository(ws.db()).get(made->id).value();
        again.investmentWan = 1;
        auto back = leads.save(again, QStringLiteral("lead"), QString());
        QVERIFY(!back.ok());
        QVERIFY(back.error().fields.contains(QStringLiteral("stage_reason")));
        const Lead stored = LeadRepository(ws.db()).get(made->id).value();
        QCOMPARE(stored.stage, QStringLiteral("inspection"));
        QCOMPARE(stored.investmentWan.value_or(0), 52000.0);
        auto history = LeadRepository(ws.db()).stageHistory(made->id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().reason, QStringLiteral("企业来韶考察园区"));
    }

    void syncSaysWhichKindsChanged()
    {
        Hq hq;
        QVERIFY(hq.start());
        Laptop li;
        Laptop wu;
        QVERIFY(li.enroll(hq.url(), QStringLiteral("gz-li"), kLiPassword));
        QVERIFY(wu.enroll(hq.url(), QStringLiteral("gz-wu"), kWuPassword));
        QVERIFY(li.syncOnce().has_value());
        QVERIFY(wu.syncOnce().has_value());

        VisitEntry entry;
        entry.visit = visitAt(QString());
        entry.newCompany = QStringLiteral("广州穗丰冷链物流有限公司");
        entry.newContacts = {QStringLiteral("何建华")};
        auto saved = VisitService(li.ws.db()).save(entry);
        ZS_VERIFY_OK(saved);
        QVERIFY(li.syncOnce().has_value());

        auto kinds = wu.syncOnce();
        QVERIFY(kinds.has_value());
        QVERIFY(kinds->contains(RecordKind::Visit));
        QVERIFY(kinds->contains(RecordKind::Company));
        QVERIFY(kinds->contains(RecordKind::Contact));
        QVERIFY(!kinds->contains(RecordKind::Lead));
        QVERIFY(!kinds->contains(RecordKind::Event));
        auto visit = VisitRepository(wu.ws.db()).get(saved->id);
        QVERIFY(visit.ok());
        QCOMPARE(visit->contactIds, saved->contactIds); // the attendee came with it

        // Nothing new: a sync that pulls nothing names no kind.
        auto quiet = wu.syncOnce();
        QVERIFY(quiet.has_value());
        QVERIFY(quiet->isEmpty());

        // Both edit the company's name; 吴倩's later edit wins, and 李敏's value waits in her conflicts.
        Company onLi = CompanyRepository(li.ws.db()).get(saved->companyId).value();
        onLi.name = QStringLiteral("广州穗丰冷链物流股份有限公司");
        QVERIFY(CompanyRepository(li.ws.db()).update(onLi).ok());
        QVERIFY(li.syncOnce().has_value());
        Company onWu = CompanyRepository(wu.ws.db()).get(saved->companyId).value();
        onWu.name = QStringLiteral("广州穗丰冷链集团有限公司");
        QVERIFY(CompanyRepository(wu.ws.db()).update(onWu).ok());
        QVERIFY(wu.syncOnce().has_value());
        auto pulled = li.syncOnce();
        QVERIFY(pulled.has_value());
        QCOMPARE(*pulled, QList<RecordKind>{RecordKind::Company});
        auto conflicts = li.sync.conflicts();
        QVERIFY(conflicts.ok());
        qint64 nameConflict = 0;
        for (const QJsonObject& c : conflicts.value())
            if (c.value(QStringLiteral("column")).toString() == QLatin1String("name"))
                nameConflict = c.value(QStringLiteral("id")).toInteger();
        QVERIFY(nameConflict > 0);
        QSignalSpy restored(&li.sync, &SyncController::recordsChanged);
        QVERIFY(li.sync.restoreConflict(nameConflict).ok());
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().at(0).value<QList<RecordKind>>(), QList<RecordKind>{RecordKind::Company});
        QCOMPARE(CompanyRepository(li.ws.db()).get(saved->companyId)->name, onLi.name);
    }

    // The officer's profile: empty on a new workspace, then what enrolment knows (name, team → city and the printed
    // team), then what the officer saved; a visit remembers its city and officers for the next; a wipe forgets all.
    void officerProfileStartsFromTheEnrolment()
    {
        test::WorkspaceFixture ws;
        auto blank = OfficerProfile::load(ws.db());
        ZS_VERIFY_OK(blank);
        QVERIFY(blank->name.isEmpty() && blank->city.isEmpty() && blank->team.isEmpty());
        ZS_VERIFY_OK(ws.db().run("INSERT INTO sync_state (key, value) VALUES ('display_name', '李敏'), "
                                 "('team_name', '广州组')"));
        auto enrolled = OfficerProfile::load(ws.db());
        ZS_VERIFY_OK(enrolled);
        QCOMPARE(enrolled->name, QStringLiteral("李敏"));
        QCOMPARE(enrolled->city, QStringLiteral("guangzhou"));
        QCOMPARE(enrolled->team, QStringLiteral("韶关市驻广州招商组"));
        QCOMPARE(enrolled->title, QStringLiteral("招商专员"));
        OfficerProfile edited = enrolled.value();
        edited.phone = QStringLiteral("020-83361234");
        edited.team = QStringLiteral("韶关市驻广州招商联络处");
        ZS_VERIFY_OK(edited.save(ws.db()));
        auto reloaded = OfficerProfile::load(ws.db());
        QCOMPARE(reloaded->phone, edited.phone);
        QCOMPARE(reloaded->team, edited.team);

        VisitEntry entry;
        entry.visit = visitAt(QString());
        entry.visit.city = QStringLiteral("dongguan");
        entry.visit.officers = QStringLiteral("李敏、吴倩");
        entry.newCompany = QStringLiteral("东莞松湖智能装备有限公司");
        ZS_VERIFY_OK(VisitService(ws.db()).save(entry));
        QCOMPARE(OfficerProfile::recall(ws.db(), QStringLiteral("visit_city")), QStringLiteral("dongguan"));
        QCOMPARE(OfficerProfile::recall(ws.db(), QStringLiteral("visit_officers")), QStringLiteral("李敏、吴倩"));

        ZS_VERIFY_OK(WorkspaceSync::purgeDerived(ws.db(), true));
        QCOMPARE(
            ws.db().scalar("SELECT count(*) FROM app_meta WHERE key LIKE 'profile.%' OR key LIKE 'last.%'").value(),
            qint64(0));
    }

    void notEnrolledSyncSaysSo()
    {
        Laptop alone;
        QSignalSpy finished(&alone.sync, &SyncController::finished);
        QVERIFY(alone.sync.syncNow());
        QVERIFY(finished.size() == 1 || finished.wait(kTimeoutMs));
        const auto summary = finished.first().at(0).value<SyncController::Summary>();
        QVERIFY(!summary.ok);
        QVERIFY(summary.error.contains(QStringLiteral("尚未登记")));
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
