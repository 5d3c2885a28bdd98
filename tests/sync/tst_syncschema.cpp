// The shared sync schema as data: the city's rules as HQ applies them, and a made-up schema showing what the next
// record kinds need without code in HQ (a county scope, a county specialist role, a detail table under its parent).
#include "sync/protocol/SyncSchema.h"

#include <QTest>

using namespace zs::sync;

class TestSyncSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cityRules()
    {
        const SyncSchema& city = SyncSchema::city();
        const Actor gz{QStringLiteral("officer"), QStringLiteral("gz")};
        const Actor analyst{QStringLiteral("analyst"), QStringLiteral("hq")};
        const Actor admin{QStringLiteral("admin"), QStringLiteral("hq")};
        QVERIFY(!city.refusal(gz, QStringLiteral("company"), QStringLiteral("city")));
        QVERIFY(!city.refusal(gz, QStringLiteral("visit"), QStringLiteral("team:gz")));
        QVERIFY(city.refusal(gz, QStringLiteral("visit"), QStringLiteral("city")));
        QVERIFY(
            city.refusal(gz, QStringLiteral("visit"), QStringLiteral("team:sz"))->contains(QStringLiteral("其他组")));
        QVERIFY(city.refusal(gz, QStringLiteral("material"), QStringLiteral("city")));
        QVERIFY(!city.refusal(analyst, QStringLiteral("material"), QStringLiteral("city")));
        QVERIFY(city.refusal(analyst, QStringLiteral("visit"), QStringLiteral("team:gz")));
        QVERIFY(!city.refusal(admin, QStringLiteral("visit"), QStringLiteral("team:gz")));
        QVERIFY(city.refusal(admin, QStringLiteral("nosuch"), QStringLiteral("city")));
        QVERIFY(city.refusal(admin, QStringLiteral("visit"), QStringLiteral("team:gz\n")));
        QVERIFY(city.refusal(gz, QStringLiteral("specialist"), QStringLiteral("city")));
        QVERIFY(!city.refusal(analyst, QStringLiteral("specialist"), QStringLiteral("city")));
        // The site inventory: HQ and the counties' specialists keep it; a team reads it and writes its leads' needs.
        const Actor shixing{QStringLiteral("specialist"), QStringLiteral("shixing")};
        QVERIFY(!city.refusal(analyst, QStringLiteral("site"), QStringLiteral("city")));
        QVERIFY(!city.refusal(shixing, QStringLiteral("site"), QStringLiteral("city")));
        QVERIFY(
            city.refusal(gz, QStringLiteral("site"), QStringLiteral("city"))->contains(QStringLiteral("用地厂房清单")));
        QVERIFY(!city.refusal(gz, QStringLiteral("site_requirement"), QStringLiteral("team:gz")));
        QVERIFY(city.refusal(gz, QStringLiteral("site_requirement"), QStringLiteral("team:sz")));
        // Detail tables: their parent's rule.
        QVERIFY(!city.refusal(gz, QStringLiteral("lead_stage"), QStringLiteral("team:gz")));
        QCOMPARE(city.refusal(gz, QStringLiteral("lead_stage"), QStringLiteral("city")),
                 city.refusal(gz, QStringLiteral("lead"), QStringLiteral("city")));
        QCOMPARE(city.table(QStringLiteral("visit_contact"))->parents.value(0).table, QStringLiteral("visit"));
        QCOMPARE(city.readScopes(gz), (QStringList{QStringLiteral("city"), QStringLiteral("team:gz")}));
        QVERIFY(city.readsAll(analyst));
        QVERIFY(city.readScopes(analyst).isEmpty());
        for (const TableDef& t : city.tables()) {
            QVERIFY2(t.columns.size() <= 62, qPrintable(t.name));
            QVERIFY2(!t.writes.isEmpty(), qPrintable(t.name));
            QVERIFY2(t.columns.contains(QStringLiteral("updated_at")), qPrintable(t.name));
            for (const TableDef::Link& p : t.parents) {
                QVERIFY2(city.table(p.table), qPrintable(t.name));
                QVERIFY2(t.columns.contains(p.column), qPrintable(t.name));
            }
        }
    }

    // A county scope and role declared as data: the county's specialist writes the county's agreements and reads
    // the city and the county; teams still write their own; a detail table inherits the agreement's rule.
    void newScopeAndRoleAreData()
    {
        TableDef agreement;
        agreement.name = QStringLiteral("agreement");
        agreement.columns = {QStringLiteral("number"), QStringLiteral("updated_at")};
        agreement.writes = {{{QStringLiteral("specialist")}, QStringLiteral("county:{team}")},
                            {{QStringLiteral("analyst")}, QStringLiteral("*")}};
        agreement.refused = "只有县区的跟踪服务专员可以登记投资协议";
        TableDef progress;
        progress.name = QStringLiteral("agreement_progress");
        progress.columns = {QStringLiteral("agreement_id"), QStringLiteral("updated_at")};
        progress.parents = {{QStringLiteral("agreement"), QStringLiteral("agreement_id")}};
        const SyncSchema schema(
            {{QStringLiteral("city"), {}},
             {QStringLiteral("team"), QStringLiteral("[a-z]+")},
             {QStringLiteral("county"), QStringLiteral("[a-z]+")}},
            {{QStringLiteral("officer"), "招商专员", {QStringLiteral("city"), QStringLiteral("team:{team}")}},
             {QStringLiteral("specialist"), "跟踪服务专员", {QStringLiteral("city"), QStringLiteral("county:{team}")}},
             {QStringLiteral("analyst"), "总部分析员", {QStringLiteral("*")}}},
            {agreement, progress});
        const Actor wengyuan{QStringLiteral("specialist"), QStringLiteral("wengyuan")};
        const Actor officer{QStringLiteral("officer"), QStringLiteral("gz")};
        const Actor analyst{QStringLiteral("analyst"), QStringLiteral("hq")};
        QVERIFY(schema.isValidScope(QStringLiteral("county:wengyuan")));
        QVERIFY(!schema.isValidScope(QStringLiteral("county:")));
        QVERIFY(!schema.isValidScope(QStringLiteral("province:gd")));
        QCOMPARE(schema.readScopes(wengyuan), (QStringList{QStringLiteral("city"), QStringLiteral("county:wengyuan")}));
        QVERIFY(!schema.refusal(wengyuan, QStringLiteral("agreement"), QStringLiteral("county:wengyuan")));
        QVERIFY(!schema.refusal(wengyuan, QStringLiteral("agreement_progress"), QStringLiteral("county:wengyuan")));
        QVERIFY(schema.refusal(wengyuan, QStringLiteral("agreement"), QStringLiteral("county:lechang")));
        QCOMPARE(*schema.refusal(officer, QStringLiteral("agreement"), QStringLiteral("team:gz")),
                 QStringLiteral("只有县区的跟踪服务专员可以登记投资协议"));
        QVERIFY(!schema.refusal(analyst, QStringLiteral("agreement_progress"), QStringLiteral("county:lechang")));
        QCOMPARE(schema.roleLabel(QStringLiteral("specialist")), QStringLiteral("跟踪服务专员"));
    }
};

QTEST_GUILESS_MAIN(TestSyncSchema)
#include "tst_syncschema.moc"
