#include "desktop/cli/CliAgreements.h"

#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/agreements/ProjectService.h"
#include "desktop/core/io/ListExporter.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/print/NoticeComposer.h"

#include <QSaveFile>

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

Result<QJsonObject> writeNotice(Database& db, const NoticeArgs& args)
{
    NoticeComposer composer(db);
    ZS_TRY_ASSIGN(const NoticeComposer::Notice notice, composer.compose(args.agreement, args.condition, args.date));
    ZS_TRY_ASSIGN(const QByteArray pdf, composer.pdf(notice));
    QSaveFile output(args.out);
    if (!output.open(QIODevice::WriteOnly) || output.write(pdf) != pdf.size() || !output.commit())
        return makeError(ErrorCode::Io, Text::tr("无法写入文件：%1").arg(output.fileName()), output.errorString());
    QJsonObject answer{{QStringLiteral("file"), output.fileName()},
                       {QStringLiteral("number"), notice.number},
                       {QStringLiteral("company"), notice.company},
                       {QStringLiteral("deadline"), notice.deadline.toString(Qt::ISODate)},
                       {QStringLiteral("bytes"), pdf.size()}};
    if (args.record) {
        auto profile = OfficerProfile::load(db);
        const QString by = profile.ok() ? profile->name : QString();
        ZS_TRY_ASSIGN(const QString measure, AgreementWatchService(db).recordNotice(notice.agreementId, args.condition,
                                                                                    notice.number, pdf, args.date, by));
        answer.insert(QStringLiteral("measure_id"), measure);
    }
    return answer;
}

Result<QJsonObject> projectService(Database& db, const ServiceArgs& args)
{
    ProjectService service(db);
    int created = 0;
    if (!args.templateCode.isEmpty()) {
        ZS_TRY_ASSIGN(created, service.applyTemplate(args.agreement, args.templateCode));
    }
    ZS_TRY_ASSIGN(const ProjectService::State state, service.read(args.agreement, args.asOf));
    QJsonObject answer = ProjectService::toJson(state);
    if (!args.templateCode.isEmpty())
        answer.insert(QStringLiteral("created"), created);
    return answer;
}

} // namespace zs::cli
