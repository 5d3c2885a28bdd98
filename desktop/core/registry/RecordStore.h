#pragma once

#include "desktop/core/registry/RecordKinds.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QMap>
#include <QVariantMap>

namespace zs {

class Database;

// The repository of a simple kind, read from its declaration: create, correct, delete and read records, with every
// field checked as the declaration says (required, code in its seed list, reference to a live record, number ≥ 0,
// the shared text limits) and each problem named by field in Chinese. Kinds with rules of their own (visits,
// leads…) keep their repositories; the generic form (desktop/ui) and the CLI use this one for the others.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    // column → value: text as QString, numbers as double or qint64, flags as bool, dates as QDate; a missing or
    // empty value is "none".
    using Values = QVariantMap;
    RecordStore(Database& db, const KindDecl& kind, const Clock& clock = Clock::system());

    // The fields a person edits: every declared field but hidden ones and the record's own times.
    static QList<FieldDecl> editable(const KindDecl& kind);
    QMap<QString, QString> validate(const Values& values);
    Result<QString> create(const Values& values);
    Result<void> update(const QString& id, const Values& values);
    Result<void> remove(const QString& id); // marked deleted (the deletion syncs)
    Result<Values> get(const QString& id);
    // What names the record in lists of other things (a conflict, a search hit): its title column or title
    // expression; NotFound when there is no such live record or the kind names none.
    Result<QString> title(const QString& id);

private:
    Result<bool> exists(const FieldDecl& field, const QString& value);
    Result<QString> scopeForNew(const Values& values);

    Database& m_db;
    const KindDecl& m_kind;
    const Clock& m_clock;
};

} // namespace zs
