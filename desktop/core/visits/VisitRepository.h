#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QList>

namespace zs {

class Database;

// 走访: logged once, corrected with history (visit_revision keeps every replaced value).
class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)

public:
    explicit VisitRepository(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    QMap<QString, QString> validate(const Visit& visit) const;
    // Assigns id, team scope (unless set) and timestamps. The company must exist.
    Result<QString> create(Visit& visit);
    // Saves changed fields; each change is recorded in the visit's history.
    Result<int> correct(Visit& visit);
    Result<Visit> get(const QString& id);
    Result<void> setNextStepDone(const QString& id, bool done);

    struct Revision
    {
        qint64 editedAt;
        QString field;
        QString oldValue;
        QString newValue;
        QString editedBy; // the officer's name as enrolled; empty on a laptop never enrolled
    };
    Result<QList<Revision>> history(const QString& id);

private:
    Result<QString> teamScope();
    Result<void> writeContacts(const Visit& visit, bool replace, qint64 now);

    Database& m_db;
    const Clock& m_clock;
    QString m_teamScope;
};

} // namespace zs
