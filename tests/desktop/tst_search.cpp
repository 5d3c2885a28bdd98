#include "WorkspaceFixture.h"
#include "tests/support/SearchIndexV6.h"

#include "desktop/core/WorkspaceSchema.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/ContactRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/visits/VisitRepository.h"
#include "desktop/core/search/CjkTokenizer.h"
#include "desktop/core/search/SearchIndex.h"
#include "desktop/core/search/SearchService.h"
#include "sync/store/EncryptedStore.h"

#include <QElapsedTimer>

using namespace zs;

namespace {
QString plain(QString text)
{
    return text.remove(SearchService::kMatchStart).remove(SearchService::kMatchEnd);
}

// Everything a hit shows, in one line: two result lists are identical when their lines are.
QStringList lines(const QList<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(static_cast<int>(h.kind))
                   .arg(h.id, h.title, h.snippet, h.context)
                   .arg(h.score);
    return out;
}

bool hasHit(const QList<SearchHit>& hits, RecordKind kind, const QString& id)
{
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.kind == kind && h.id == id; });
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
        // It committed that without an fsync of its own, and left the connection's setting as it was (FULL).
        QCOMPARE(m_ws.db().scalar("PRAGMA synchronous").value(), qint64(2));
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

    // Issue 13: a workspace of the v6 release (index rowid = rid * 8 + kind) holding 100,000 visits is upgraded in
    // place; every query returns what v6 returned, hit for hit, and what v6 had not indexed yet is found after.
    void upgradeFromV6KeepsEveryResult()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.zsdb"));
        const SecureBytes pass = SecureBytes::fromPassphrase(QStringLiteral("升级-v6-2026"));
        const QStringList queries = {
            QStringLiteral("深圳"),      QStringLiteral("有限"),     QStringLiteral("新能"),
            QStringLiteral("韶关"),      QStringLiteral("考察"),     QStringLiteral("乡贤"),
            QStringLiteral("南雄"),      QStringLiteral("有限公司"), QStringLiteral("标准厂房"),
            QStringLiteral("用地指标"),  QStringLiteral("陈志远"),   QStringLiteral("华南先进装备产业园"),
            QStringLiteral("深圳 考察"), QStringLiteral("莞"),       QStringLiteral("oled"),
            QStringLiteral("TCL"),       QStringLiteral("tc"),       QStringLiteral("TCL华"),
            QStringLiteral("91440300"),  QStringLiteral("wx_1000"),  QStringLiteral("推介会")};
        QStringList allQueries = queries;
        QMap<QString, QList<SearchHit>> before;
        QSet<QString> shown; // kind:id of every hit before the upgrade
        QString editedVisit, renamedCompany, oldName;
        {
            auto store =
                EncryptedStore::create(path, pass, WorkspaceSchema::migrator().prefix(6), KdfParams::minimal());
            ZS_VERIFY_OK(store);
            Database& db = store->get()->db();
            QCOMPARE(db.userVersion().value(), 6);
            auto filled = test::v6::fill(db, 100000);
            ZS_VERIFY_OK(filled);
            ZS_VERIFY_OK(test::v6::flush(db));
            // Edits the v6 index followed through its queue: a company renamed, a visit deleted, a contact changed.
            QVERIFY(db.exec("UPDATE company SET name = '深圳TCL新名字电子科技有限公司' WHERE rid = 4990;"
                            "UPDATE visit SET deleted = 1 WHERE rid = 99990;"
                            "UPDATE contact SET title = '新能源事业部总经理' WHERE rid = 9990")
                        .ok());
            QVERIFY(db.scalar("SELECT count(*) FROM search_queue").value() > 2);
            // A company's full name and one of its credit codes.
            auto name = db.prepare("SELECT name, credit_code FROM company WHERE rid = 4321");
            QVERIFY(name.ok() && name->step().value());
            allQueries << name->text(0) << name->text(1);
            for (const QString& q : std::as_const(allQueries)) {
                auto hits = test::v6::search(db, q);
                ZS_VERIFY_OK(hits);
                QVERIFY2(!hits->isEmpty(), qPrintable(q));
                before[q] = hits.value();
                for (const SearchHit& h : hits.value())
                    shown.insert(QString::number(static_cast<int>(h.kind)) + QLatin1Char(':') + h.id);
            }
            // The search page asks for 100.
            auto wide = test::v6::search(db, QStringLiteral("有限"), 100);
            ZS_VERIFY_OK(wide);
            QCOMPARE(wide->size(), 100);
            before[QStringLiteral("100:有限")] = wide.value();
            QCOMPARE(before[QStringLiteral("考察")].size(), 50);

            // Left pending at the upgrade (queued and above the marks), on records no result above shows: an old
            // company renamed (its visits and leads queued), a visit edited, a contact added.
            auto pick = db.prepare("SELECT c.rid, c.id, c.name FROM company c WHERE c.rid < 1000 ORDER BY c.rid");
            QVERIFY(pick.ok());
            while (renamedCompany.isEmpty() && pick->step().value()) {
                const QString id = pick->text(1);
                bool clean = !shown.contains(QStringLiteral("1:") + id);
                auto related = db.prepare("SELECT 3, id FROM visit WHERE company_id = ?1 UNION ALL "
                                          "SELECT 4, id FROM lead WHERE company_id = ?1 UNION ALL "
                                          "SELECT 2, id FROM contact WHERE company_id = ?1");
                related->bind(1, id);
                while (clean && related->step().value())
                    clean = !shown.contains(QString::number(related->int64(0)) + QLatin1Char(':') + related->text(1));
                if (clean) {
                    renamedCompany = id;
                    oldName = pick->text(2);
                }
            }
            QVERIFY(!renamedCompany.isEmpty());
            auto visit = db.prepare("SELECT id FROM visit WHERE deleted = 0 AND rid < 1000 ORDER BY rid");
            while (editedVisit.isEmpty() && visit->step().value()) {
                if (!shown.contains(QStringLiteral("3:") + visit->text(0)))
                    editedVisit = visit->text(0);
            }
            QVERIFY(!editedVisit.isEmpty());
            auto rename = db.prepare("UPDATE company SET name = '蓝鲸测绘仪器厂' WHERE id = ?1");
            ZS_VERIFY_OK(rename->bind(1, renamedCompany).run());
            auto edit = db.prepare("UPDATE visit SET outcome = outcome || ' 暗号甲乙' WHERE id = ?1");
            ZS_VERIFY_OK(edit->bind(1, editedVisit).run());
            QVERIFY(
                db.exec("INSERT INTO contact (id, name, created_at, updated_at) VALUES ('p-new', '龘靐', 1, 1)").ok());
            QVERIFY(db.scalar("SELECT count(*) FROM search_queue").value() > 2);
            QVERIFY(
                db.scalar("SELECT max(rid) > (SELECT last_rid FROM search_mark WHERE kind = 2) FROM contact").value());
        }

        QElapsedTimer timer;
        timer.start();
        auto ws = Workspace::open(path, pass); // migrates to the latest version
        ZS_VERIFY_OK(ws);
        qInfo("open and upgrade of a 100,000-visit workspace from v6: %lld ms",
              static_cast<long long>(timer.elapsed()));
        Database& db = ws->get()->db();
        QCOMPARE(db.userVersion().value(), WorkspaceSchema::migrator().latestVersion());
        // No trace of the old numbering: the queue holds (kind, rid), every trigger comes from the sources.
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%* 8%'").value(),
                 qint64(0));
        for (const SearchSource& s : SearchIndex::sources()) {
            auto trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
            trigger->bind(1, QString::fromLatin1(s.table) + QStringLiteral("_search_au"));
            QVERIFY2(trigger->step().value(), s.table);
            QVERIFY(trigger->text(0).contains(QStringLiteral("VALUES (%1, NEW.rid)").arg(s.kind)));
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM search_doc WHERE kind NOT BETWEEN 1 AND 6").value(), qint64(0));

        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const bool wide = it.key().startsWith(QStringLiteral("100:"));
            const QString q = wide ? it.key().mid(4) : it.key();
            auto hits = SearchService(db).search(q, wide ? 100 : 50);
            ZS_VERIFY_OK(hits);
            const QStringList was = lines(it.value());
            const QStringList now = lines(hits.value());
            QCOMPARE(now.size(), was.size());
            for (int i = 0; i < was.size(); ++i)
                QVERIFY2(now[i] == was[i],
                         qPrintable(QStringLiteral("%1 #%2: %3 ≠ %4").arg(q).arg(i).arg(now[i], was[i])));
        }

        // What was pending at the upgrade is searchable now, through the converted queue and the kept marks.
        QCOMPARE(SearchIndex::pending(db).value(), qint64(0));
        auto edited = SearchService(db).search(QStringLiteral("暗号甲乙"));
        QCOMPARE(edited->size(), 1);
        QCOMPARE(edited->first().id, editedVisit);
        auto renamed = SearchService(db).search(QStringLiteral("蓝鲸测绘"));
        QVERIFY(hasHit(renamed.value(), RecordKind::Company, renamedCompany));
        const qint64 itsVisits = db.scalar(QStringLiteral("SELECT count(*) FROM visit WHERE deleted = 0 AND "
                                                          "company_id = '%1'")
                                               .arg(renamedCompany)
                                               .toUtf8()
                                               .constData())
                                     .value();
        QVERIFY(itsVisits > 0);
        QCOMPARE(qint64(std::count_if(renamed->begin(), renamed->end(),
                                      [](const SearchHit& h) { return h.kind == RecordKind::Visit; })),
                 itsVisits);
        QVERIFY(!hasHit(SearchService(db).search(oldName, 100).value(), RecordKind::Company, renamedCompany));
        QVERIFY(hasHit(SearchService(db).search(QStringLiteral("龘靐")).value(), RecordKind::Contact,
                       QStringLiteral("p-new")));
        // And what is written after it: the generated triggers queue (kind, rid).
        ZS_VERIFY_OK(db.exec("UPDATE visit SET notes = '升级以后的记录' WHERE rid = 500"));
        QCOMPARE(db.scalar("SELECT count(*) FROM search_queue WHERE kind = 3 AND rid = 500").value(), qint64(1));
        auto later = SearchService(db).search(QStringLiteral("升级以后"));
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().kind, RecordKind::Visit);
    }

    // Kind numbers are data: a kind numbered 9 or 15 (rid * 8 + kind would collide with companies and contacts)
    // is indexed, kept up to date by its generated trigger and found beside the others.
    void kindNumbersHaveNoLimit()
    {
        test::WorkspaceFixture ws;
        Database& db = ws.db();
        ZS_VERIFY_OK(db.exec("CREATE TABLE training (rid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, "
                             "title TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0);"
                             "CREATE TABLE county_officer (rid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, "
                             "county TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)"));
        SearchSources sources = SearchIndex::sources();
        sources << SearchSource{9, "training", "x.title, x.notes FROM training x", true,
                                "SELECT id, notes FROM training WHERE rid = ?1"}
                << SearchSource{15, "county_officer", "'', x.county || '跟进专员' FROM county_officer x", false,
                                "SELECT id, county FROM county_officer WHERE rid = ?1"};
        ZS_VERIFY_OK(SearchIndex::install(db, sources));
        CompanyRepository companies(db);
        QStringList companyIds;
        for (const char16_t* name : {u"韶关第一培训学校", u"曲江跟进服务有限公司"}) {
            Company c;
            c.name = QString::fromUtf16(name);
            QVERIFY(companies.create(c).ok());
            companyIds << c.id;
        }
        QCOMPARE(db.scalar("SELECT max(rid) FROM company").value(), qint64(2));
        // Under rid * 8 + kind, training 1 (kind 9) would have been company 2's entry (17).
        ZS_VERIFY_OK(db.exec("INSERT INTO training (id, title, notes) VALUES ('t-1', '安全生产培训', '韶关');"
                             "INSERT INTO county_officer (id, county) VALUES ('k-1', '曲江区')"));
        SearchService search(db, sources);
        auto training = search.search(QStringLiteral("培训"));
        ZS_VERIFY_OK(training);
        QCOMPARE(training->size(), 2);
        QVERIFY(hasHit(training.value(), static_cast<RecordKind>(9), QStringLiteral("t-1")));
        QVERIFY(hasHit(training.value(), RecordKind::Company, companyIds[0]));
        auto officer = search.search(QStringLiteral("跟进专员"));
        QCOMPARE(officer->size(), 1);
        QCOMPARE(static_cast<int>(officer->first().kind), 15);
        QCOMPARE(officer->first().context, QStringLiteral("曲江区"));
        auto qujiang = search.search(QStringLiteral("曲江"));
        QVERIFY(hasHit(qujiang.value(), RecordKind::Company, companyIds[1]));
        QVERIFY(hasHit(qujiang.value(), static_cast<RecordKind>(15), QStringLiteral("k-1")));
        QCOMPARE(
            db.scalar("SELECT count(*) FROM search_doc WHERE (kind, rid) IN (VALUES (1, 2), (9, 1), (15, 1))").value(),
            qint64(3));
        // The generated update trigger of kind 9.
        ZS_VERIFY_OK(db.exec("UPDATE training SET title = '消防演练' WHERE id = 't-1'"));
        QCOMPARE(db.scalar("SELECT count(*) FROM search_queue WHERE kind = 9").value(), qint64(1));
        QVERIFY(
            !hasHit(search.search(QStringLiteral("培训")).value(), static_cast<RecordKind>(9), QStringLiteral("t-1")));
        auto drill = search.search(QStringLiteral("消防"));
        QCOMPARE(drill->size(), 1);
        QCOMPARE(drill->first().id, QStringLiteral("t-1"));
        QCOMPARE(plain(drill->first().title), QStringLiteral("消防演练"));
    }

private:
    test::WorkspaceFixture m_ws;
    QString m_companyA;
    QString m_visit;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
