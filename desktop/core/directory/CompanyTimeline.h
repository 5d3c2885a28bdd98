#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "sync/store/Error.h"

#include <QList>
#include <QString>

namespace zs {

class Database;

// Everything that happened with one company, newest first: visits, leads and their stage changes, events,
// materials handed out.
class CompanyTimeline
{
public:
    struct Entry
    {
        qint64 at; // ms since the epoch
        RecordKind kind;
        QString recordId;
        QString title;
        QString detail;
    };

    explicit CompanyTimeline(Database& db)
        : m_db(db)
    {
    }
    Result<QList<Entry>> entries(const QString& companyId, int limit = 500);

private:
    Database& m_db;
};

} // namespace zs
