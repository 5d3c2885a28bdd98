#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zs {

// The record-kind registry: one declaration per kind of record (RecordKinds.cpp) — its table, fields with type,
// unit and reference, display names, CLI name and detail (child) tables. Sync table names and field labels, the
// CLI's kinds and `get`, the sync issue lists and the record opener read it; a new kind is a declaration here, its
// table in the sync schema (sync/protocol/CitySchema.cpp) and its migration. docs/ARCHITECTURE.md "Adding a kind".
enum class FieldType
{
    Text,     // one line
    LongText, // notes, minutes
    Integer,
    Real,   // with a unit: 万元, 亩, ㎡
    Date,   // ISO date text
    Time,   // ms since the epoch
    Bool,   // 0 / 1
    Code,   // a code from a seed list or RecordText (industry, stage, city…)
    Ref,    // the id of a record of another kind (`ref` names it)
    Hidden, // bookkeeping that users do not read (name_norm)
};

struct FieldDecl
{
    const char* column;
    const char* label; // Chinese, translated in the zs::RecordKinds context
    FieldType type = FieldType::Text;
    const char* unit = nullptr; // 万元, 亩, ㎡ (translated)
    const char* ref = nullptr;  // Ref: the kind's key ("company"); Code: the list (ref_industry, city…)

    QString name() const { return QString::fromLatin1(column); }
};

struct DetailDecl
{
    const char* table;        // a detail table of the sync schema
    const char* parentColumn; // its column holding the parent's id
    const char* key;          // the JSON key a record's detail rows go under (`get`): "stages", "attendees"
    const char* label;        // 阶段记录
    const char* order;        // SQL ORDER BY of the rows of one parent
    QList<FieldDecl> fields;  // the columns shown and exported, parent column excluded
};

struct KindDecl
{
    RecordKind kind;
    const char* key;         // the table, and the kind's name in code: "company"
    const char* plural;      // the CLI's --kind: "companies"
    const char* label;       // 客商 (translated)
    QList<FieldDecl> fields; // every synced column, in the order records are shown and printed
    QList<DetailDecl> details;
    const char* titleColumn = nullptr; // what names one record (name, title); null: the kind has no own title

    QString table() const { return QString::fromLatin1(key); }
    const FieldDecl* field(const QString& column) const;
};

class RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)

public:
    static const QList<KindDecl>& all();
    static const KindDecl* find(RecordKind kind);
    static const KindDecl& get(RecordKind kind);            // a declared kind (every RecordKind value is)
    static const KindDecl* byTable(const QString& table);   // "company", also a kind's detail table → its kind
    static const KindDecl* byPlural(const QString& plural); // "companies"
    static QStringList plurals();
    static const DetailDecl* detail(const QString& table);

    // Words for users: a table (record kind or detail table) and a column of it, with its unit.
    static QString label(const KindDecl& kind);
    static QString tableLabel(const QString& table); // company → 客商, lead_stage → 阶段记录
    static QString fieldLabel(const QString& table, const QString& column); // investment_wan → 计划投资（万元）
    static QString fieldLabel(const FieldDecl& field);
};

} // namespace zs
