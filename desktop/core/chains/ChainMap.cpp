#include "desktop/core/chains/ChainMap.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "sync/store/Database.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace zs {

const ChainMap::Settings& ChainMap::Settings::bundled()
{
    static const Settings settings = [] {
        Settings s;
        QFile f(QStringLiteral(":/seeds/chain_map.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject seed = QJsonDocument::fromJson(f.readAll()).object();
            s.coveredMin = seed.value(QStringLiteral("covered_min")).toInt(s.coveredMin);
            s.version = seed.value(QStringLiteral("version")).toInt();
        }
        return s;
    }();
    return settings;
}

void ChainMap::judge(Link& link, const Settings& settings)
{
    const int present = int(link.enterprises.size() + link.landed.size());
    if (present >= settings.coveredMin) {
        link.state = State::Covered;
        link.reason = tr("本地企业 %1 家、落地项目 %2 个").arg(link.enterprises.size()).arg(link.landed.size());
    } else if (present > 0) {
        link.state = State::Weak;
        link.reason = tr("本地企业 %1 家、落地项目 %2 个，少于 %3 个，需强链")
                          .arg(link.enterprises.size())
                          .arg(link.landed.size())
                          .arg(settings.coveredMin);
    } else if (!link.leads.isEmpty()) {
        link.state = State::Weak;
        link.reason = tr("尚无本地企业和落地项目，只有在谈线索 %1 条").arg(link.leads.size());
    } else {
        link.state = State::Empty;
        link.reason = tr("本地尚无企业、落地项目或在谈线索，需补链");
    }
    if (!link.leads.isEmpty() && link.state != State::Weak)
        link.reason += tr("；在谈线索 %1 条").arg(link.leads.size());
}

QString ChainMap::stateCode(State state)
{
    return state == State::Covered ? QStringLiteral("covered")
           : state == State::Weak  ? QStringLiteral("weak")
                                   : QStringLiteral("empty");
}

QString ChainMap::stateName(State state)
{
    return state == State::Covered ? tr("已覆盖") : state == State::Weak ? tr("薄弱") : tr("空白");
}

Result<QList<ChainMap::Link>> ChainMap::read(Database& db, const Settings& settings)
{
    ZS_TRY_ASSIGN(auto links, db.cached("SELECT l.chain, c.name, l.code, l.name, l.position FROM ref_chain_link l JOIN "
                                        "ref_chain c ON c.code = l.chain ORDER BY c.sort, l.sort"));
    ZS_TRY_ASSIGN(QList<Link> out, repo::all(links, [](const Statement& s) {
                      Link l;
                      l.chain = s.text(0);
                      l.chainName = s.text(1);
                      l.code = s.text(2);
                      l.name = s.text(3);
                      l.position = s.text(4);
                      return l;
                  }));
    QHash<QString, int> at;
    for (int i = 0; i < out.size(); ++i)
        at.insert(out[i].code, i);
    // What each link holds, by the industry's link: local enterprises (headquartered in Shaoguan or one of its
    // districts and counties), agreements and leads past signing (landed), leads still being worked on.
    const char* const sql =
        "SELECT i.link, 1, c.name FROM company c JOIN ref_industry i ON i.code = c.industry WHERE c.deleted = 0 AND "
        "(c.hq_city LIKE '韶关%' OR EXISTS (SELECT 1 FROM ref_region r WHERE c.hq_city LIKE substr(r.name, 1, 2) || "
        "'%')) "
        "UNION ALL SELECT i.link, 2, a.number || ' ' || coalesce(c.name, '') FROM agreement a JOIN company c ON c.id = "
        "a.company_id JOIN ref_industry i ON i.code = c.industry WHERE a.deleted = 0 "
        "UNION ALL SELECT i.link, CASE WHEN l.stage IN ('landed', 'construction', 'production', 'full-output') THEN 2 "
        "ELSE 3 END, l.title || '（' || coalesce(c.name, '') || '）' FROM lead l LEFT JOIN company c ON c.id = "
        "l.company_id JOIN ref_industry i ON i.code = l.industry WHERE l.deleted = 0 AND l.stage NOT IN ('on-hold', "
        "'terminated') AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.lead_id = l.id AND a.deleted = 0) "
        "ORDER BY 1, 2, 3";
    ZS_TRY_ASSIGN(auto held, db.prepare(sql));
    for (;;) {
        ZS_TRY_ASSIGN(const bool row, held.step());
        if (!row)
            break;
        const auto it = at.constFind(held.text(0));
        if (it == at.cend())
            continue;
        Link& l = out[*it];
        const qint64 what = held.int64(1);
        (what == 1 ? l.enterprises : what == 2 ? l.landed : l.leads) << held.text(2);
    }
    for (Link& l : out)
        judge(l, settings);
    return out;
}

QJsonObject ChainMap::toJson(const QList<Link>& links)
{
    QJsonArray chains;
    QJsonArray current;
    QString chain;
    QString chainName;
    const auto flush = [&] {
        if (!chain.isEmpty())
            chains.append(QJsonObject{{QStringLiteral("chain"), chain},
                                      {QStringLiteral("name"), chainName},
                                      {QStringLiteral("links"), current}});
        current = QJsonArray();
    };
    for (const Link& l : links) {
        if (l.chain != chain) {
            flush();
            chain = l.chain;
            chainName = l.chainName;
        }
        current.append(QJsonObject{{QStringLiteral("link"), l.code},
                                   {QStringLiteral("name"), l.name},
                                   {QStringLiteral("position"), l.position},
                                   {QStringLiteral("state"), stateCode(l.state)},
                                   {QStringLiteral("state_name"), stateName(l.state)},
                                   {QStringLiteral("reason"), l.reason},
                                   {QStringLiteral("enterprises"), QJsonArray::fromStringList(l.enterprises)},
                                   {QStringLiteral("landed"), QJsonArray::fromStringList(l.landed)},
                                   {QStringLiteral("leads"), QJsonArray::fromStringList(l.leads)}});
    }
    flush();
    return {{QStringLiteral("settings_version"), Settings::bundled().version}, {QStringLiteral("chains"), chains}};
}

} // namespace zs
