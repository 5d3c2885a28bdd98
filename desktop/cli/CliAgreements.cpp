#include "desktop/cli/CliAgreements.h"

#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/io/ListExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zs::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

Result<QByteArray> watchReport(Database& db, QDate asOf, const QString& format)
{
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return makeError(ErrorCode::Invalid, Text::tr("--format 可选 json 或 csv。"));
    const WatchSettings& settings = WatchSettings::bundled();
    ZS_TRY_ASSIGN(const AgreementWatchService::Watch watch, AgreementWatchService(db).evaluate(asOf, settings));
    if (format == QLatin1String("csv")) {
        QString out = ListExporter::csvLine(AgreementWatchService::csvHeader()) + QStringLiteral("\r\n");
        for (const AgreementWatchService::Entry& e : watch.entries)
            out += ListExporter::csvLine(AgreementWatchService::csvRow(e)) + QStringLiteral("\r\n");
        return QByteArray(QByteArray("\xEF\xBB\xBF") + out.toUtf8()); // with a BOM: Excel and WPS open it as UTF-8
    }
    QJsonArray entries;
    for (const AgreementWatchService::Entry& e : watch.entries)
        entries.append(AgreementWatchService::toJson(e));
    QJsonArray missing;
    for (const auto& [number, reason] : watch.missingReports)
        missing.append(QJsonObject{{QStringLiteral("agreement"), number}, {QStringLiteral("reason"), reason}});
    const QJsonObject answer{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                             {QStringLiteral("agreements"), watch.agreements},
                             {QStringLiteral("settings_version"), settings.version},
                             {QStringLiteral("entries"), entries},
                             {QStringLiteral("missing_reports"), missing}};
    return QJsonDocument(answer).toJson(QJsonDocument::Indented);
}

} // namespace zs::cli
