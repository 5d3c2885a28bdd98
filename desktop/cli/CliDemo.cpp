#include "desktop/cli/CliDemo.h"

#include "desktop/cli/CliMaterials.h"
#include "desktop/core/demo/DemoData.h"

#include <QJsonArray>

namespace zs::cli {

namespace {
// {"<what>": n} for a demo that made n records.
Result<QJsonObject> made(const char* what, const Result<int>& n)
{
    if (!n.ok())
        return n.error();
    return QJsonObject{{QLatin1String(what), n.value()}};
}
} // namespace

std::optional<Result<QJsonObject>> demoOfKind(Database& db, const QString& kind)
{
    if (kind == QLatin1String("specialists"))
        return made("specialists", DemoData::specialists(db));
    if (kind == QLatin1String("agreements"))
        return made("agreements", DemoData::agreements(db));
    if (kind == QLatin1String("sites"))
        return made("sites", DemoData::sites(db));
    if (kind == QLatin1String("site-requirements"))
        return made("site_requirements", DemoData::siteRequirements(db));
    if (kind == QLatin1String("chain-example"))
        return made("companies", DemoData::chainExample(db));
    if (kind == QLatin1String("map"))
        return demoLocationMap(db);
    if (kind == QLatin1String("duplicates")) {
        auto pair = DemoData::duplicates(db);
        if (!pair.ok())
            return Result<QJsonObject>(pair.error());
        return Result<QJsonObject>(
            QJsonObject{{QStringLiteral("duplicates"), QJsonArray::fromStringList(pair->duplicates)},
                        {QStringLiteral("merge_id"), pair->mergeId}});
    }
    return std::nullopt;
}

} // namespace zs::cli
