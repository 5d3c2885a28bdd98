#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

namespace zs {
class Database;
}

namespace zs::cli {

// `watch --as-of YYYY-MM-DD --format json|csv`: the agreement watch over every agreement the workspace holds, one
// entry per agreement and condition (AgreementWatchService), as the bytes to print.
Result<QByteArray> watchReport(Database& db, QDate asOf, const QString& format);

// `notice --agreement 协议编号 --condition N --out F.pdf [--record]`: the 催告函 as a PDF; with --record, kept in the
// library and recorded as the condition's notice measure. Answers what was written as JSON.
struct NoticeArgs
{
    QString agreement;
    int condition = 0;
    QString out;
    bool record = false;
    QDate date = QDate::currentDate();
};
Result<QJsonObject> writeNotice(Database& db, const NoticeArgs& args);

// `service --agreement 协议编号 [--template CODE] [--as-of YYYY-MM-DD]`: the project's one-to-one service as of the
// date (ProjectService::toJson); with --template, the template's milestones it does not have yet are made first
// (`created` says how many).
struct ServiceArgs
{
    QString agreement;
    QString templateCode;
    QDate asOf;
};
Result<QJsonObject> projectService(Database& db, const ServiceArgs& args);

} // namespace zs::cli
