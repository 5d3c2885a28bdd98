#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "desktop/core/domain/Records.h"
#include "desktop/core/io/CsvReader.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QList>

namespace zs {

class Database;

// Import of companies, contacts or visits from a CSV file, in two steps: preview (every row checked, problems
// listed by line and column, duplicates by credit code or name reported and left out) and commit (one
// transaction: a failure leaves nothing behind).
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    enum class Kind
    {
        Companies,
        Contacts,
        Visits,
    };
    struct Issue
    {
        int line;
        QString column;
        QString reason;
    };
    struct Preview
    {
        Kind kind = Kind::Companies;
        QString encoding;
        int rows = 0;
        QList<Issue> problems;   // rows left out because they are wrong
        QList<Issue> duplicates; // rows left out because the record already exists
        QList<Company> companies;
        QList<Contact> contacts;
        QList<Visit> visits;
        int importable() const { return static_cast<int>(companies.size() + contacts.size() + visits.size()); }
    };

    static Result<Kind> kindFromName(const QString& name);
    // The import of a record kind, if it has one (its exchange columns in RecordKinds).
    static Result<Kind> kindFor(RecordKind kind);
    static Result<Preview> preview(Database& db, Kind kind, const QByteArray& bytes);
    // Writes every importable row of the preview; all or nothing. Returns the number written.
    static Result<int> commit(Database& db, Preview& preview, const Clock& clock = Clock::system());
};

} // namespace zs
