#pragma once

// The search index as schema v6 kept it (rowid = rid * 8 + kind), for the upgrade test (tst_search) and the
// migration benchmark (bench_workspace): a data set written with set-based SQL into a workspace stopped at v6,
// indexed and searched by copies of the v6 release's SearchIndex::flush and SearchService::search. Those copies
// are the reference the migrated index must reproduce; they do not change when the product code does. What they
// share with it reads the records, not the index: each kind's indexed text and its describe() query (the sources).

#include "desktop/core/search/CjkTokenizer.h"
#include "desktop/core/search/SearchIndex.h"
#include "desktop/core/search/SearchService.h"
#include "sync/store/Database.h"
#include "sync/store/Statement.h"
#include "sync/store/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <numeric>

namespace zs::test::v6 {

struct Counts
{
    int companies = 0;
    int contacts = 0;
    int visits = 0;
    int leads = 0;
    int events = 0;
};

// Companies (one per 20 visits) with credit codes, a few Latin names and tags, two contacts each, visits spread
// over them (about 1% deleted), a lead for every third company, events. Deterministic; one transaction.
inline Result<Counts> fill(Database& db, int visits)
{
    const int companies = std::max(5, visits / 20);
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    const QByteArray n = QByteArray::number(companies);
    const QByteArray v = QByteArray::number(visits);
    // Picks the k-th element of a JSON array literal.
    auto pick = [](const char* array, const QByteArray& k) -> QByteArray {
        return QByteArray("json_extract('") + array + "', '$[' || (" + k + ") || ']')";
    };
    const char* const cities = R"(["深圳","深圳","广州","广州","东莞","佛山","韶关"])";
    const char* const regions = R"(["440300","440306","440100","440106","441900","440600","440200"])";
    const char* const visitCities = R"(["shenzhen","shenzhen","guangzhou","guangzhou","dongguan","other","other"])";
    const char* const industries =
        R"(["电子科技","精密机械","新材料","生物医药","数据科技","食品","新能源","智能装备","供应链管理","化工"])";
    const char* const given = R"(["伟","芳","娜","敏","静","强","磊","洋","艳","勇","军","杰","涛","明","超","秀英",)"
                              R"("志强","建华","海燕","晓东","丽娟","国平","文彬","嘉怡","子豪"])";
    const char* const titles = R"(["董事长","总经理","副总经理","投资总监","战略发展部经理","行政经理","厂长"])";
    const char* const officers = R"(["陈志远","李晓燕","王建国","张敏","刘海涛","黄丽华"])";
    const char* const plans = R"(["扩大产能","新建生产基地","设立华南区域总部","布局上游配套","转移部分生产线",)"
                              R"("建设数据中心","建立研发中心"])";
    const char* const policies = R"(["用地保障和熟地供应","标准厂房租金优惠","丹霞英才人才政策","电价和用能保障",)"
                                 R"("一事一议扶持","产业链配套情况"])";
    const char* const parks = R"(["华南先进装备产业园","始兴县产业转移工业园","韶关高新区","南雄高新区",)"
                              R"("翁源县产业转移工业园","乳源高新区"])";
    const char* const outcomes = R"(["同意下月到韶关实地考察","需进一步沟通用地指标","暂无投资计划，保持联系",)"
                                 R"("愿意引荐上下游合作伙伴","已提交项目初步方案","关注物流成本，待测算",)"
                                 R"("对标准厂房感兴趣，要求提供图纸"])";
    const char* const nextSteps = R"(["发送园区介绍和政策汇编","安排园区考察行程","约请县领导会面","提供熟地清单",)"
                                  R"("跟进投资方案测算","邀请参加推介会"])";
    const char* const stages = R"(["lead","lead","contact","inspection","negotiation","signed","landed"])";

    const QByteArray companySql =
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " + n +
        ") INSERT INTO company (id, scope, name, name_norm, credit_code, industry, hq_city, size, tags, hometown, "
        "source, notes, created_at, updated_at) "
        "SELECT printf('c-%07d', i), 'city', name, name, credit, '', city, 'small', tags, i % 6 = 0, "
        "CASE WHEN i % 6 = 0 THEN '乡贤联络' ELSE '驻点走访' END, "
        "CASE WHEN i % 10 = 0 THEN '创始人来自南雄，关注用地指标' ELSE '' END, 1700000000000 + i, 1700000000000 + i "
        "FROM (SELECT i, " +
        pick(cities, "i % 7") + " AS city, " + pick(cities, "i % 7") +
        " || CASE WHEN i % 40 = 0 THEN 'TCL' ELSE '' END" +
        " || substr('华鼎恒精创联德宏新中粤金瑞盛博凯天海嘉润达光科远明信泰安荣东', 1 + i / 7 % 30, 1)" +
        " || substr('信诚通达丰益源辉耀腾晟邦峰越和兴成威锐翔拓芯能智航泽康盈宇晨', 1 + i / 210 % 30, 1) || " +
        pick(industries, "i * 3 % 10") +
        " || CASE WHEN i % 4 = 0 THEN '股份有限公司' ELSE '有限公司' END AS name, '91' || " + pick(regions, "i % 7") +
        " || printf('%09d', 100000 + i * 7) || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', 1 + i % 31, 1) AS credit, "
        "CASE WHEN i % 6 = 0 THEN '乡贤' ELSE '' END || CASE WHEN i % 25 = 0 THEN ' OLED 显示面板' ELSE '' END AS tags "
        "FROM n)";
    ZS_TRY(db.exec(companySql.constData()));

    const QByteArray contactSql =
        "INSERT INTO contact (id, scope, company_id, name, title, phones, wechat, created_at, updated_at) "
        "SELECT printf('p-%07d-%d', c.rid, k), 'city', c.id, "
        "substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗邓曾彭谢叶', 1 + (c.rid * 3 + k) % 25, 1) || " +
        pick(given, "(c.rid + k * 7) % 25") + ", " + pick(titles, "(c.rid + k) % 7") +
        ", '13' || printf('%09d', c.rid * 10 + k), 'wx_' || (100000 + c.rid * 2 + k), c.created_at, c.created_at "
        "FROM company c CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1)";
    ZS_TRY(db.exec(contactSql.constData()));

    const QByteArray visitSql =
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " + v +
        ") INSERT INTO visit (id, scope, visited_at, city, place, officers, company_id, purpose, notes, outcome, "
        "next_step, created_at, updated_at, deleted) "
        "SELECT printf('v-%07d', n.i), 'team:unassigned', 1700000000000 + n.i * 600000, " +
        pick(visitCities, "(c.rid - 1) % 7") + ", '', " + pick(officers, "n.i % 6") + " || '、' || " +
        pick(officers, "n.i / 6 % 6") + ", c.id, 'follow-up', '了解企业' || " + pick(plans, "n.i % 7") +
        " || '的计划，介绍韶关' || " + pick(policies, "n.i / 7 % 6") + " || '，对方对' || " +
        pick(parks, "n.i / 42 % 6") + " || '表示兴趣。', " + pick(outcomes, "n.i * 3 % 7") +
        ", CASE WHEN n.i % 3 <> 0 THEN " + pick(nextSteps, "n.i % 6") +
        " ELSE '' END, 1700000000000 + n.i, 1700000000000 + n.i, n.i % 97 = 0 "
        "FROM n JOIN company c ON c.rid = 1 + n.i * 7919 % " +
        n;
    ZS_TRY(db.exec(visitSql.constData()));

    const QByteArray leadSql =
        "INSERT INTO lead (id, scope, company_id, title, officer, stage, created_at, updated_at) "
        "SELECT printf('l-%07d', c.rid), 'team:unassigned', c.id, " +
        pick(plans, "c.rid % 7") + " || '项目', " + pick(officers, "c.rid % 6") + ", " + pick(stages, "c.rid % 7") +
        ", c.created_at, c.created_at FROM company c WHERE c.rid % 3 = 0";
    ZS_TRY(db.exec(leadSql.constData()));

    const QByteArray eventSql =
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " +
        QByteArray::number(std::max(1, visits / 2000)) +
        ") INSERT INTO event (id, scope, held_on, city, kind, title, organiser, created_at, updated_at) "
        "SELECT printf('e-%05d', i), 'team:unassigned', date('2025-01-01', '+' || (i * 5) || ' days'), " +
        pick(cities, "i % 7") + ", 'promotion', '韶关（' || " + pick(cities, "i % 7") +
        " || '）产业招商推介会', '韶关市商务局', 1700000000000 + i, 1700000000000 + i FROM n";
    ZS_TRY(db.exec(eventSql.constData()));
    ZS_TRY(tx->commit());

    Counts counts;
    counts.companies = companies;
    counts.contacts = 2 * companies;
    counts.visits = visits;
    counts.leads = static_cast<int>(db.scalar("SELECT count(*) FROM lead").value());
    counts.events = std::max(1, visits / 2000);
    return counts;
}

// SearchIndex::flush of schema v6: entries numbered rid * 8 + kind, the queue holding those numbers.
inline Result<void> flush(Database& db)
{
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    ZS_TRY(db.exec("DELETE FROM search_index WHERE rowid IN (SELECT target FROM search_queue)"));
    for (const SearchSource& s : SearchIndex::sources()) {
        if (s.kind > 6)
            continue; // a kind of a later schema (v6 had six)
        const QByteArray kind = QByteArray::number(s.kind);
        const QByteArray mark = "(SELECT last_rid FROM search_mark WHERE kind = " + kind + ")";
        const QByteArray insert = "INSERT INTO search_index (rowid, title, body) SELECT x.rid * 8 + " + kind + ", " +
                                  s.text + " WHERE x.deleted = 0 AND ";
        const QByteArray changed = insert + "x.rid IN (SELECT target / 8 FROM search_queue WHERE target % 8 = " + kind +
                                   ") AND x.rid <= " + mark;
        ZS_TRY(db.exec(changed.constData()));
        const QByteArray fresh = insert + "x.rid > " + mark;
        ZS_TRY(db.exec(fresh.constData()));
        const QByteArray update = "UPDATE search_mark SET last_rid = (SELECT coalesce(max(rid), 0) FROM " +
                                  QByteArray(s.table) + ") WHERE kind = " + kind;
        ZS_TRY(db.exec(update.constData()));
    }
    ZS_TRY(db.exec("DELETE FROM search_queue"));
    return tx->commit();
}

// SearchService::search of schema v6: the same two passes over the one table, kind and rid taken from the rowid.
inline Result<QList<SearchHit>> search(Database& db, const QString& query, int limit = 50)
{
    QList<SearchHit> hits;
    const QString match = CjkTokenizer::matchExpression(query);
    if (match.isEmpty())
        return hits;
    ZS_TRY(flush(db));
    constexpr int kNameCandidates = 300;
    QSet<qint64> seen;
    QList<qint64> rids;
    auto collect = [&](const QString& expression, int wanted, QList<SearchHit>& into,
                       QList<qint64>& intoRids) -> Result<void> {
        auto stmt = db.cached("SELECT rowid, highlight(search_index, 0, char(1), char(2)), "
                              "snippet(search_index, 1, char(1), char(2), '…', 24) "
                              "FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2");
        if (!stmt.ok())
            return stmt.error();
        (*stmt)->bind(1, expression).bind(2, wanted);
        for (;;) {
            auto row = (*stmt)->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                return {};
            const qint64 rowid = (*stmt)->int64(0);
            if (seen.contains(rowid))
                continue;
            seen.insert(rowid);
            into << SearchHit{
                static_cast<RecordKind>(rowid % 8), QString(), (*stmt)->text(1), (*stmt)->text(2), QString(), 0.0};
            intoRids << rowid;
        }
    };
    QList<SearchHit> names;
    QList<qint64> nameRowids;
    ZS_TRY(collect(QStringLiteral("{title} : (") + match + QLatin1Char(')'), kNameCandidates, names, nameRowids));
    QList<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    for (int i = 0; i < names.size(); ++i)
        names[i].score =
            double(names[i].title.indexOf(SearchService::kMatchStart)) * 1000.0 + double(names[i].title.size());
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return names[a].score < names[b].score; });
    for (int i : order) {
        if (hits.size() >= limit)
            break;
        hits << names[i];
        rids << nameRowids[i];
    }
    if (hits.size() < limit) {
        QList<SearchHit> rest;
        QList<qint64> restRowids;
        ZS_TRY(collect(match, limit - static_cast<int>(hits.size()), rest, restRowids));
        hits << rest;
        rids << restRowids;
    }
    // The v6 describe(): the same per-kind SQL the sources now carry.
    for (int i = 0; i < hits.size(); ++i) {
        SearchHit& hit = hits[i];
        const auto source = std::find_if(SearchIndex::sources().begin(), SearchIndex::sources().end(),
                                         [&](const SearchSource& s) { return s.kind == static_cast<int>(hit.kind); });
        if (source == SearchIndex::sources().end())
            return makeError(ErrorCode::Damaged, QStringLiteral("search index entry of unknown kind"));
        auto stmt = db.cached(source->describe);
        if (!stmt.ok())
            return stmt.error();
        (*stmt)->bind(1, rids[i] / 8);
        auto row = (*stmt)->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            continue;
        if (source->present) {
            source->present(hit, **stmt);
        } else {
            hit.id = (*stmt)->text(0);
            hit.context = (*stmt)->text(1).trimmed();
        }
    }
    return hits;
}

} // namespace zs::test::v6
