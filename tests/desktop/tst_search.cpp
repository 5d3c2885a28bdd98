#include "WorkspaceFixture.h"

#include "desktop/core/domain/CompanyRepository.h"
#include "desktop/core/domain/ContactRepository.h"
#include "desktop/core/domain/LeadRepository.h"
#include "desktop/core/domain/VisitRepository.h"
#include "desktop/core/search/CjkTokenizer.h"
#include "desktop/core/search/SearchIndex.h"
#include "desktop/core/search/SearchService.h"

using namespace zs;

namespace {
QString plain(QString text)
{
    return text.remove(SearchService::kMatchStart).remove(SearchService::kMatchEnd);
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        CompanyRepository companies(m_ws.db());
        Company a;
        a.name = QStringLiteral("韶关市华信汽车零部件有限公司");
        a.notes = QStringLiteral("乡贤企业，创始人来自南雄");
        QVERIFY(companies.create(a).ok());
        m_companyA = a.id;
        Company b;
        b.name = QStringLiteral("深圳TCL华星光电技术有限公司");
        b.tags = QStringLiteral("显示面板 OLED");
        QVERIFY(companies.create(b).ok());
        Company c;
        c.name = QStringLiteral("东莞精诚模具有限公司");
        QVERIFY(companies.create(c).ok());

        ContactRepository contacts(m_ws.db());
        Contact p;
        p.companyId = a.id;
        p.name = QStringLiteral("欧阳明");
        p.title = QStringLiteral("董事长");
        QVERIFY(contacts.create(p).ok());

        VisitRepository visits(m_ws.db());
        Visit v;
        v.companyId = c.id;
        v.visitedAt = QDateTime::currentDateTime().addDays(-1);
        v.city = QStringLiteral("dongguan");
        v.notes = QStringLiteral("企业计划新建生产基地，对华南先进装备产业园的标准厂房感兴趣。");
        v.outcome = QStringLiteral("同意下月考察");
        QVERIFY(visits.create(v).ok());
        m_visit = v.id;

        LeadRepository leads(m_ws.db());
        Lead l;
        l.companyId = b.id;
        l.title = QStringLiteral("OLED模组扩产项目");
        QVERIFY(leads.create(l).ok());
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expectedTitles"); // plain titles expected among the hits
        QTest::addColumn<int>("maxHits");
        const QString a = QStringLiteral("韶关市华信汽车零部件有限公司");
        const QString b = QStringLiteral("深圳TCL华星光电技术有限公司");
        const QString c = QStringLiteral("东莞精诚模具有限公司");
        QTest::newRow("1 char") << QStringLiteral("莞") << QStringList{c} << 5;
        QTest::newRow("1 char, last of a run") << QStringLiteral("司") << QStringList{a, b, c} << 10;
        QTest::newRow("2 chars") << QStringLiteral("汽车") << QStringList{a} << 1;
        QTest::newRow("2 chars, place") << QStringLiteral("韶关") << QStringList{a} << 1;
        QTest::newRow("2 chars in notes") << QStringLiteral("南雄") << QStringList{a} << 1;
        QTest::newRow("3+ chars") << QStringLiteral("标准厂房") << QStringList{c} << 1;
        QTest::newRow("long phrase") << QStringLiteral("华南先进装备产业园") << QStringList{c} << 1;
        // The lead of that company carries the company's name in its text, so it is found too.
        const QString lead = QStringLiteral("OLED模组扩产项目");
        QTest::newRow("mixed latin + chinese") << QStringLiteral("TCL华星") << QStringList{b, lead} << 2;
        QTest::newRow("latin, any case, prefix") << QStringLiteral("tc") << QStringList{b, lead} << 2;
        QTest::newRow("latin word in tags") << QStringLiteral("oled") << QStringList{b, lead} << 2;
        QTest::newRow("two terms, AND") << QStringLiteral("东莞 考察") << QStringList{c} << 1;
        QTest::newRow("full-width latin") << QStringLiteral("ＴＣＬ") << QStringList{b, lead} << 2;
        QTest::newRow("contact name") << QStringLiteral("欧阳") << QStringList{QStringLiteral("欧阳明")} << 1;
        QTest::newRow("not a substring") << QStringLiteral("华车") << QStringList{} << 0;
        QTest::newRow("punctuation only") << QStringLiteral("，。！") << QStringList{} << 0;
    }

    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expectedTitles);
        QFETCH(int, maxHits);
        auto hits = SearchService(m_ws.db()).search(query);
        ZS_VERIFY_OK(hits);
        QStringList titles;
        for (const SearchHit& hit : hits.value())
            titles << plain(hit.title);
        for (const QString& expected : expectedTitles)
            QVERIFY2(titles.contains(expected),
                     qPrintable(query + QStringLiteral(" → ") + titles.join(QLatin1Char('|'))));
        QVERIFY2(hits->size() <= maxHits, qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(hits->size() >= expectedTitles.size());
    }

    void renamedCompanyIsFoundThroughItsVisits()
    {
        CompanyRepository companies(m_ws.db());
        Company c;
        c.name = QStringLiteral("旧名字机械有限公司");
        QVERIFY(companies.create(c).ok());
        Visit v;
        v.companyId = c.id;
        v.visitedAt = QDateTime::currentDateTime();
        v.city = QStringLiteral("guangzhou");
        v.notes = QStringLiteral("谈到搬迁");
        QVERIFY(VisitRepository(m_ws.db()).create(v).ok());
        QCOMPARE(SearchService(m_ws.db()).search(QStringLiteral("旧名字 搬迁"))->size(), 1);
        c.name = QStringLiteral("新名字机械有限公司");
        ZS_VERIFY_OK(companies.update(c));
        QCOMPARE(SearchService(m_ws.db()).search(QStringLiteral("旧名字 搬迁"))->size(), 0);
        auto hits = SearchService(m_ws.db()).search(QStringLiteral("新名字 搬迁"));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().kind, RecordKind::Visit);
        QCOMPARE(hits->first().title, QStringLiteral("新名字机械有限公司"));
    }

    void matchIsHighlighted()
    {
        auto hits = SearchService(m_ws.db()).search(QStringLiteral("汽车"));
        QVERIFY(hits.ok() && hits->size() == 1);
        const QString title = hits->first().title;
        QCOMPARE(title, QString(QStringLiteral("韶关市华信") + SearchService::kMatchStart + QStringLiteral("汽车") +
                                SearchService::kMatchEnd + QStringLiteral("零部件有限公司")));
        QCOMPARE(hits->first().kind, RecordKind::Company);
        QCOMPARE(hits->first().id, m_companyA);
    }

    void visitHitCarriesItsContext()
    {
        auto hits = SearchService(m_ws.db()).search(QStringLiteral("生产基地"));
        QVERIFY(hits.ok() && hits->size() == 1);
        QCOMPARE(hits->first().kind, RecordKind::Visit);
        QCOMPARE(hits->first().id, m_visit);
        QVERIFY(hits->first().context.contains(QStringLiteral("东莞")));
        QVERIFY(hits->first().snippet.contains(SearchService::kMatchStart));
    }

    void indexFollowsEditsAndDeletes()
    {
        CompanyRepository companies(m_ws.db());
        auto a = companies.get(m_companyA);
        QVERIFY(a.ok());
        a->name = QStringLiteral("韶关市华信新能源有限公司");
        ZS_VERIFY_OK(companies.update(a.value()));
        QCOMPARE(SearchService(m_ws.db()).search(QStringLiteral("汽车"))->size(), 0);
        QCOMPARE(SearchIndex::pending(m_ws.db()).value(), qint64(0)); // the search indexed what was queued
        QCOMPARE(SearchService(m_ws.db()).search(QStringLiteral("新能源"))->size(), 1);
        ZS_VERIFY_OK(companies.remove(m_companyA));
        QCOMPARE(SearchService(m_ws.db()).search(QStringLiteral("新能源"))->size(), 0);
    }

    void longRunsKeepEveryBigram()
    {
        // More Han characters in a row than the tokenizer buffers at once (64).
        QString text;
        for (int i = 0; i < 150; ++i)
            text += QChar(0x4E00 + 37 * i % 20000);
        Company c;
        c.name = QStringLiteral("长文本测试企业");
        c.notes = text;
        QVERIFY(CompanyRepository(m_ws.db()).create(c).ok());
        for (int at : {0, 62, 63, 64, 100, 127, 128, 148}) {
            const QString q = text.mid(at, 2);
            auto hits = SearchService(m_ws.db()).search(q);
            QVERIFY(hits.ok());
            bool found = false;
            for (const SearchHit& hit : hits.value())
                found |= hit.id == c.id;
            QVERIFY2(found, qPrintable(QStringLiteral("bigram at %1").arg(at)));
        }
    }

    void matchExpressionEscapesQuotes()
    {
        QCOMPARE(CjkTokenizer::matchExpression(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\"*"));
        QCOMPARE(CjkTokenizer::matchExpression(QStringLiteral("  韶关   园区 ")), QStringLiteral("\"韶关\" \"园区\""));
        QVERIFY(SearchService(m_ws.db()).search(QStringLiteral("\"OR NOT 韶关\" AND")).ok());
    }

private:
    test::WorkspaceFixture m_ws;
    QString m_companyA;
    QString m_visit;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
