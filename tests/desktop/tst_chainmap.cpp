// The industrial-chain map (chains/ChainMap): a link's state at and around the covered threshold, only leads, nothing;
// then over a workspace: local enterprises by their headquarters (韶关 or a district/county), agreements and leads
// past signing as landed, leads being worked on, a lead with an agreement counted once.
#include "WorkspaceFixture.h"

#include "desktop/core/chains/ChainMap.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"

#include <QJsonArray>
#include <QTest>

using namespace zs;

class TestChainMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkStates_data()
    {
        QTest::addColumn<int>("enterprises");
        QTest::addColumn<int>("landed");
        QTest::addColumn<int>("leads");
        QTest::addColumn<int>("coveredMin");
        QTest::addColumn<QString>("state");
        QTest::newRow("two enterprises") << 2 << 0 << 0 << 2 << "covered";
        QTest::newRow("one and one landed") << 1 << 1 << 0 << 2 << "covered";
        QTest::newRow("one enterprise") << 1 << 0 << 5 << 2 << "weak";
        QTest::newRow("one landed, threshold 1") << 0 << 1 << 0 << 1 << "covered";
        QTest::newRow("two, threshold 3") << 2 << 0 << 0 << 3 << "weak";
        QTest::newRow("only leads") << 0 << 0 << 3 << 2 << "weak";
        QTest::newRow("nothing") << 0 << 0 << 0 << 2 << "empty";
    }
    void linkStates()
    {
        QFETCH(int, enterprises);
        QFETCH(int, landed);
        QFETCH(int, leads);
        QFETCH(int, coveredMin);
        QFETCH(QString, state);
        ChainMap::Link l;
        for (int i = 0; i < enterprises; ++i)
            l.enterprises << QStringLiteral("企业%1").arg(i);
        for (int i = 0; i < landed; ++i)
            l.landed << QStringLiteral("项目%1").arg(i);
        for (int i = 0; i < leads; ++i)
            l.leads << QStringLiteral("线索%1").arg(i);
        ChainMap::Settings s;
        s.coveredMin = coveredMin;
        ChainMap::judge(l, s);
        QCOMPARE(ChainMap::stateCode(l.state), state);
        QVERIFY(!l.reason.isEmpty());
    }

    void mapOverAWorkspace()
    {
        test::WorkspaceFixture ws;
        QCOMPARE(ChainMap::Settings::bundled().coveredMin, 2);
        const auto company = [&](const QString& name, const QString& city, const QString& industry) {
            Company c;
            c.name = name;
            c.hqCity = city;
            c.industry = industry;
            auto made = CompanyRepository(ws.db()).create(c);
            return made.ok() ? made.value() : QString();
        };
        // 始兴's PCB: two local enterprises (one under a county's name), and Shenzhen's terminals only as leads.
        company(QStringLiteral("韶关市华立电路板有限公司"), QStringLiteral("韶关"), QStringLiteral("pcb"));
        company(QStringLiteral("始兴县精诚电路有限公司"), QStringLiteral("始兴"), QStringLiteral("pcb"));
        const QString shenzhen = company(QStringLiteral("深圳市智联终端科技有限公司"), QStringLiteral("深圳"),
                                         QStringLiteral("smart-terminals"));
        Lead terminals;
        terminals.companyId = shenzhen;
        terminals.title = QStringLiteral("智能终端整机项目");
        terminals.industry = QStringLiteral("smart-terminals");
        QVERIFY(LeadRepository(ws.db()).create(terminals).ok());
        // A Dongguan capacitor maker with a signed agreement: landed (its lead counted once, as the agreement).
        const QString dongguan =
            company(QStringLiteral("东莞市容芯电子有限公司"), QStringLiteral("东莞"), QStringLiteral("capacitors"));
        Lead capacitors;
        capacitors.companyId = dongguan;
        capacitors.title = QStringLiteral("电容器生产基地");
        capacitors.industry = QStringLiteral("capacitors");
        QVERIFY(LeadRepository(ws.db()).create(capacitors).ok());
        ZS_VERIFY_OK(RecordStore(ws.db(), RecordKinds::get(RecordKind::Agreement))
                         .create({{QStringLiteral("number"), QStringLiteral("RY-2026-002")},
                                  {QStringLiteral("company_id"), dongguan},
                                  {QStringLiteral("lead_id"), capacitors.id},
                                  {QStringLiteral("signed_on"), QStringLiteral("2026-06-01")},
                                  {QStringLiteral("region"), QStringLiteral("ruyuan")},
                                  {QStringLiteral("total_wan"), 20000},
                                  {QStringLiteral("fixed_asset_wan"), 16000},
                                  {QStringLiteral("start_due"), QStringLiteral("2027-01-01")}}));

        auto map = ChainMap::read(ws.db());
        ZS_VERIFY_OK(map);
        const auto link = [&](const QString& code) {
            for (const ChainMap::Link& l : map.value())
                if (l.code == code)
                    return l;
            return ChainMap::Link{};
        };
        const ChainMap::Link components = link(QStringLiteral("ei-components"));
        QCOMPARE(components.state, ChainMap::State::Covered);
        QCOMPARE(components.enterprises.size(), 2);
        QCOMPARE(components.landed, QStringList{QStringLiteral("RY-2026-002 东莞市容芯电子有限公司")});
        QVERIFY(components.leads.isEmpty());
        const ChainMap::Link terminalsLink = link(QStringLiteral("ei-terminals"));
        QCOMPARE(terminalsLink.state, ChainMap::State::Weak);
        QCOMPARE(terminalsLink.reason, QStringLiteral("尚无本地企业和落地项目，只有在谈线索 1 条"));
        QCOMPARE(link(QStringLiteral("ei-materials")).state, ChainMap::State::Empty);
        // In the seed's order, upstream to downstream; the JSON the CLI prints says the same.
        const QJsonObject json = ChainMap::toJson(map.value());
        QJsonObject electronics;
        for (const QJsonValue& c : json.value(QStringLiteral("chains")).toArray())
            if (c.toObject().value(QStringLiteral("chain")).toString() == QLatin1String("electronic-info"))
                electronics = c.toObject();
        const QJsonArray links = electronics.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 3);
        QCOMPARE(links[0].toObject().value(QStringLiteral("position")).toString(), QStringLiteral("upstream"));
        QCOMPARE(links[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("covered"));
        QCOMPARE(links[2].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("weak"));
    }
};

QTEST_GUILESS_MAIN(TestChainMap)
#include "tst_chainmap.moc"
