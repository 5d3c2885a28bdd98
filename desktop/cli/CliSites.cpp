#include "desktop/cli/CliSites.h"

#include "desktop/core/chains/ChainMap.h"
#include "desktop/core/sites/SiteMatchService.h"
#include "desktop/core/sites/SiteReservations.h"
#include "desktop/print/SiteListComposer.h"

#include <QJsonArray>
#include <QSaveFile>

namespace zs::cli {

Result<QJsonObject> matchSites(Database& db, const MatchArgs& args)
{
    const MatchSettings& settings = MatchSettings::bundled();
    ZS_TRY_ASSIGN(const SiteMatchService::Match m, SiteMatchService(db).match(args.lead, settings));
    QJsonArray entries;
    int ranked = 0;
    int excluded = 0;
    for (const SiteMatchEntry& e : m.entries) {
        if (e.excluded) {
            ++excluded;
            if (args.all)
                entries.append(SiteMatchService::toJson(e));
        } else if (ranked++ < args.top) {
            entries.append(SiteMatchService::toJson(e));
        }
    }
    QJsonObject answer{{QStringLiteral("lead"), m.leadTitle},
                       {QStringLiteral("lead_id"), m.leadId},
                       {QStringLiteral("sites"), int(m.entries.size())},
                       {QStringLiteral("ranked"), ranked},
                       {QStringLiteral("excluded"), excluded},
                       {QStringLiteral("settings_version"), settings.version},
                       {QStringLiteral("entries"), entries}};
    if (!args.out.isEmpty()) {
        SiteListComposer composer(db);
        ZS_TRY_ASSIGN(const SiteListComposer::SiteList list, composer.compose(m.leadId, args.top));
        ZS_TRY_ASSIGN(const QByteArray pdf, composer.pdf(list));
        QSaveFile file(args.out);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            return makeError(ErrorCode::Io, QStringLiteral("无法写入文件：%1").arg(file.fileName()),
                             file.errorString());
        answer.insert(QStringLiteral("file"), file.fileName());
        answer.insert(QStringLiteral("listed"), list.sites);
        if (args.record) {
            ZS_TRY_ASSIGN(const QString material, composer.record(list, pdf));
            answer.insert(QStringLiteral("material_id"), material);
        }
    }
    return answer;
}

Result<QJsonObject> chainMap(Database& db)
{
    ZS_TRY_ASSIGN(const QList<ChainMap::Link> links, ChainMap::read(db));
    return ChainMap::toJson(links);
}

Result<QJsonObject> reserveSite(Database& db, const QString& site, const QString& lead, bool release)
{
    SiteReservations reservations(db);
    if (release) {
        ZS_TRY(reservations.release(site, lead));
        return QJsonObject{{QStringLiteral("released"), true}, {QStringLiteral("site"), site}};
    }
    ZS_TRY_ASSIGN(const SiteReservations::Held held, reservations.reserve(site, lead));
    return QJsonObject{{QStringLiteral("reservation_id"), held.id},
                       {QStringLiteral("site"), held.siteName},
                       {QStringLiteral("project"), held.project},
                       {QStringLiteral("holder"), held.holder},
                       {QStringLiteral("reserved_on"), held.on.toString(Qt::ISODate)},
                       {QStringLiteral("settled"), QStringLiteral("下次同步时由总部确认：先到者持有")}};
}

} // namespace zs::cli
