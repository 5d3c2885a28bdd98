#include "desktop/core/domain/SeedCatalog.h"

#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSeeds, "zs.seeds")

namespace zs {

namespace {

Result<QJsonObject> readSeed(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, SeedCatalog::tr("缺少参考数据文件：%1").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QStringLiteral("version")).isDouble())
        return makeError(ErrorCode::Damaged, SeedCatalog::tr("参考数据文件格式错误：%1").arg(path),
                         error.errorString());
    return doc.object();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Result<void> insertRow(Database& db, const char* sql, const QVariantList& values)
{
    auto stmt = db.cached(sql);
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            (*stmt)->bind(i + 1, v.toLongLong());
        else
            (*stmt)->bind(i + 1, v.toString());
    }
    return (*stmt)->run();
}

using Loader = Result<void> (*)(Database&, const QJsonObject&);

Result<void> loadRegions(Database& db, const QJsonObject& seed)
{
    ZS_TRY(db.exec("DELETE FROM ref_region"));
    for (const QJsonValue& v : seed.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject r = v.toObject();
        ZS_TRY(insertRow(db, "INSERT INTO ref_region (code, name, kind, chain_type, sort) VALUES (?1, ?2, ?3, ?4, ?5)",
                         {str(r, "code"), str(r, "name"), str(r, "kind"), str(r, "chain_type"),
                          r.value(QStringLiteral("sort")).toInt()}));
    }
    return {};
}

Result<void> loadParks(Database& db, const QJsonObject& seed)
{
    ZS_TRY(db.exec("DELETE FROM ref_park"));
    int sort = 0;
    for (const QJsonValue& v : seed.value(QStringLiteral("parks")).toArray()) {
        const QJsonObject p = v.toObject();
        QStringList industries;
        for (const QJsonValue& i : p.value(QStringLiteral("industries")).toArray())
            industries << i.toString();
        ZS_TRY(insertRow(db,
                         "INSERT INTO ref_park (code, name, region, level, industries, description, sort) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                         {str(p, "code"), str(p, "name"), str(p, "region"), str(p, "level"),
                          industries.join(QLatin1Char(',')), str(p, "description"), ++sort}));
    }
    return {};
}

Result<void> loadChains(Database& db, const QJsonObject& seed)
{
    ZS_TRY(db.exec("DELETE FROM ref_chain; DELETE FROM ref_chain_link; DELETE FROM ref_industry;"));
    int chainSort = 0, linkSort = 0, industrySort = 0;
    for (const QJsonValue& cv : seed.value(QStringLiteral("chains")).toArray()) {
        const QJsonObject chain = cv.toObject();
        ZS_TRY(insertRow(db, "INSERT INTO ref_chain (code, name, description, sort) VALUES (?1, ?2, ?3, ?4)",
                         {str(chain, "code"), str(chain, "name"), str(chain, "description"), ++chainSort}));
        for (const QJsonValue& lv : chain.value(QStringLiteral("links")).toArray()) {
            const QJsonObject link = lv.toObject();
            ZS_TRY(insertRow(
                db, "INSERT INTO ref_chain_link (code, chain, name, position, sort) VALUES (?1, ?2, ?3, ?4, ?5)",
                {str(link, "code"), str(chain, "code"), str(link, "name"), str(link, "position"), ++linkSort}));
            for (const QJsonValue& iv : link.value(QStringLiteral("industries")).toArray()) {
                const QJsonObject industry = iv.toObject();
                ZS_TRY(insertRow(db,
                                 "INSERT INTO ref_industry (code, link, chain, name, sort) VALUES (?1, ?2, ?3, ?4, ?5)",
                                 {str(industry, "code"), str(link, "code"), str(chain, "code"), str(industry, "name"),
                                  ++industrySort}));
            }
        }
    }
    return {};
}

Result<void> loadPurposes(Database& db, const QJsonObject& seed)
{
    ZS_TRY(db.exec("DELETE FROM ref_visit_purpose"));
    for (const QJsonValue& v : seed.value(QStringLiteral("purposes")).toArray()) {
        const QJsonObject p = v.toObject();
        ZS_TRY(insertRow(db, "INSERT INTO ref_visit_purpose (code, name, sort) VALUES (?1, ?2, ?3)",
                         {str(p, "code"), str(p, "name"), p.value(QStringLiteral("sort")).toInt()}));
    }
    return {};
}

Result<void> loadStages(Database& db, const QJsonObject& seed)
{
    ZS_TRY(db.exec("DELETE FROM ref_stage"));
    for (const QJsonValue& v : seed.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject s = v.toObject();
        ZS_TRY(insertRow(db, "INSERT INTO ref_stage (code, name, sort, kind) VALUES (?1, ?2, ?3, ?4)",
                         {str(s, "code"), str(s, "name"), s.value(QStringLiteral("sort")).toInt(), str(s, "kind")}));
    }
    return {};
}

// seeds/vocabularies.json: fixed code lists (a report's building state, the measures of the ladder…) as a table the
// lists' SQL names codes from; domain/Vocabularies reads the same file for pickers and rules.
Result<void> loadVocabularies(Database& db, const QJsonObject& seed)
{
    ZS_TRY(db.exec("CREATE TABLE IF NOT EXISTS ref_vocabulary (list TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT "
                   "NULL, sort INTEGER NOT NULL, PRIMARY KEY (list, code)) WITHOUT ROWID; DELETE FROM ref_vocabulary"));
    const QJsonObject lists = seed.value(QStringLiteral("lists")).toObject();
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        int sort = 0;
        for (const QJsonValue& v : it.value().toArray())
            ZS_TRY(insertRow(db, "INSERT INTO ref_vocabulary (list, code, name, sort) VALUES (?1, ?2, ?3, ?4)",
                             {it.key(), str(v.toObject(), "code"), str(v.toObject(), "name"), ++sort}));
    }
    return {};
}

struct SeedFile
{
    const char* name;
    Loader load;
};

// Order matters only for readability; the loaders are independent.
const SeedFile kSeedFiles[] = {
    {"regions", loadRegions},         {"chains", loadChains}, {"parks", loadParks},
    {"visit_purposes", loadPurposes}, {"stages", loadStages}, {"vocabularies", loadVocabularies},
};

} // namespace

Result<int> SeedCatalog::apply(Database& db)
{
    return applyFrom(db, QStringLiteral(":/seeds"));
}

Result<int> SeedCatalog::applyFrom(Database& db, const QString& directory)
{
    int applied = 0;
    auto tx = Transaction::begin(db); // a savepoint inside a migration's transaction
    if (!tx.ok())
        return tx.error();
    for (const SeedFile& file : kSeedFiles) {
        auto seed = readSeed(directory + QLatin1Char('/') + QLatin1String(file.name) + QStringLiteral(".json"));
        if (!seed.ok())
            return seed.error();
        const int version = seed->value(QStringLiteral("version")).toInt();
        auto current = db.cached("SELECT version FROM ref_seed WHERE name = ?1");
        if (!current.ok())
            return current.error();
        (*current)->bind(1, QString::fromLatin1(file.name));
        auto row = (*current)->step();
        if (!row.ok())
            return row.error();
        const int installed = row.value() ? static_cast<int>((*current)->int64(0)) : 0;
        if (version <= installed)
            continue;
        ZS_TRY(file.load(db, seed.value()));
        ZS_TRY(insertRow(db, "INSERT OR REPLACE INTO ref_seed (name, version) VALUES (?1, ?2)",
                         {QString::fromLatin1(file.name), version}));
        qCDebug(lcSeeds) << "applied seed" << file.name << "version" << version;
        ++applied;
    }
    ZS_TRY(tx->commit());
    return applied;
}

} // namespace zs
