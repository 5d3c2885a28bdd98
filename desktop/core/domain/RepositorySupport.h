#pragma once

#include "sync/store/Database.h"
#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <initializer_list>

namespace zs::repo {

// What the repositories share: the validation error, the team scope new team records get, and reading
// statements into records.

// An Invalid error carrying every field problem (the first one is the message).
Error invalid(const QMap<QString, QString>& problems);

// A record's free-text fields, named as its problems name them.
struct TextField
{
    const char* field;
    const QString& value;
};
// What HQ would refuse, refused at entry (forms, CSV import, CLI) with the field named: a text over the shared cell
// limit, or texts that together make the row larger than HQ serves (sync::Limits, one definition for both sides).
// Refused only later, such a record would wait in the sync quarantine instead of reaching the team.
void checkTextLimits(QMap<QString, QString>& problems, std::initializer_list<TextField> texts);
void checkTextLimits(QMap<QString, QString>& problems, const QList<TextField>& texts);

// SQL for who is writing: the officer's name as enrolled with HQ, empty on a laptop never enrolled.
#define ZS_CURRENT_USER "coalesce((SELECT value FROM sync_state WHERE key = 'display_name'), '')"

// The scope of this workspace's team records ("team:<id>", "team:unassigned" before enrollment).
Result<QString> teamScope(Database& db);

// Steps a bound statement once: the record it reads, or `notFound`.
template <typename Read>
auto one(StatementLease& stmt, Read read, const Error& notFound) -> Result<decltype(read(*stmt))>
{
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return notFound;
    return read(*stmt);
}

// Steps a bound statement to the end, reading every row.
template <typename Read> auto all(StatementLease& stmt, Read read) -> Result<QList<decltype(read(*stmt))>>
{
    QList<decltype(read(*stmt))> out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        out << read(*stmt);
    }
}

} // namespace zs::repo
