#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QDate>

namespace zs {
class Database;
}

namespace zs::cli {

// `watch --as-of YYYY-MM-DD --format json|csv`: the agreement watch over every agreement the workspace holds, one
// entry per agreement and condition (AgreementWatchService), as the bytes to print.
Result<QByteArray> watchReport(Database& db, QDate asOf, const QString& format);

} // namespace zs::cli
