#pragma once

#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordMerge.h"
#include "sync/store/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace zs {

class Database;

// What a record's page shows (desktop/ui/records/RecordPage), read from the registry for any kind: its facts as users
// read them, the records of other kinds that refer to it (a company's contacts, visits, leads, events attended,
// materials handed over) with their counts, and its activity: those records and the detail rows declared as activity
// (a lead's stage changes), with its merges, newest first. A kind added later appears on the pages of what it refers
// to without code here.
class RecordOverview
{
    Q_DECLARE_TR_FUNCTIONS(RecordOverview)

public:
    struct Fact
    {
        QString label;
        QString text; // "" when the record has none
        // A reference to a record that has a page or a form (a lead's company): what opening the fact opens.
        std::optional<RecordKind> refKind;
        QString refId;
    };
    struct Entry
    {
        RecordKind kind = RecordKind::Company; // what opening the entry opens
        QString id;
        QString date; // ISO yyyy-MM-dd
        QString what; // 走访, 项目线索, 阶段记录, 合并
        QString title;
        QString summary;
    };
    struct Related
    {
        RecordKind kind = RecordKind::Company;
        QString label; // 走访
        int count = 0; // all of them; `entries` holds at most the limit
        QList<Entry> entries;
    };
    struct Overview
    {
        QString title;
        QList<Fact> facts; // every field a person edits, in declaration order
        QList<Related> related;
        QList<Entry> activity; // newest first, at most the limit
        QList<RecordMerge::Entry> merges;
    };

    static Result<Overview> read(Database& db, const KindDecl& kind, const QString& id, int limit = 200);
};

} // namespace zs
