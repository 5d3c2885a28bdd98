#pragma once

#include "sync/store/Database.h"
#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

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
// The shapes of contact details, shared by contacts and the officer's profile; empty values pass. An email address;
// phone numbers: digits, spaces, + - ( ), several separated by 、 , ; or /.
void checkEmail(QMap<QString, QString>& problems, const char* key, const QString& email);
void checkPhones(QMap<QString, QString>& problems, const char* key, const QString& phones);

// SQL for who is writing: the officer's name as enrolled with HQ, empty on a laptop never enrolled.
#define ZS_CURRENT_USER "coalesce((SELECT value FROM sync_state WHERE key = 'display_name'), '')"

// The scope of this workspace's team records ("team:<id>", "team:unassigned" before enrollment).
Result<QString> teamScope(Database& db);

// A record's links to other records (a visit's contacts met, an event's attending companies), kept as detail rows of
// the record: `table` has the columns id (`parent/child`, so the same link made on two laptops is one row), scope
// (the parent's, synced with it), the parent and child columns, updated_at and deleted.
struct LinkSpec
{
    const char* table;        // e.g. "visit_contact"
    const char* parentTable;  // where the parent's scope is read when none is given, e.g. "visit"
    const char* parentColumn; // e.g. "visit_id"
    const char* childTable;   // e.g. "contact"
    const char* childColumn;  // e.g. "contact_id"
    bool liveChildrenOnly;    // a child marked deleted counts as unknown
    // Named in the Invalid error refusing an unknown child, with unknownMessage(); null: unknown children are skipped.
    const char* unknownField;
    QString (*unknownMessage)();
};

// Makes `childIds` the parent's live links. With `replace`, links to others are marked deleted, not deleted, so the
// removal reaches the team's other laptops (a new parent has none: pass false). Each child is looked up first; a
// link is then inserted, or revived if it was marked deleted. `scope` null: the parent row's.
Result<void> writeLinks(Database& db, const LinkSpec& spec, const QString& parentId, const QString& scope,
                        const QStringList& childIds, bool replace, qint64 now);

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
