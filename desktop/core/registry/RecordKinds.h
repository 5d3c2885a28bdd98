#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QString>

namespace zs {

// The record-kind registry: one declaration per kind of record, in its feature folder (directory/DirectoryKinds.cpp,
// visits/VisitKinds.cpp…) — its table, fields with type, unit and reference, display names, CLI name, list columns
// and filters, exchange (CSV/xlsx) columns and detail (child) tables. RecordList, the importer and exporter, sync's
// table and field labels, the CLI (`export`, `import`, `get`) and the sync issue lists read it; none keeps a switch
// over kinds. A new kind is a declaration, its table in the sync schema (sync/protocol/CitySchema.cpp) and its
// migration: docs/ARCHITECTURE.md "Adding a record kind".
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
    const char* ref = nullptr;  // Ref: the kind's key ("company"); Code: the seed table (ref_region…)
    bool required = false;      // the generic form and RecordStore refuse it empty
    const char* hint = nullptr; // the field's placeholder in the generic form (translated)

    QString name() const { return QString::fromLatin1(column); }
};

// How a list column's value is shown (RecordFormat).
enum class ColumnType
{
    Text,
    DateTimeMs, // ms since the epoch
    Date,       // ISO text
    Number,
    Wan,       // 万元
    Mu,        // 亩
    Flag,      // 0/1
    City,      // visit city code
    EventKind, // promotion, trade, campus
    MaterialKind,
    MaterialStatus, // superseded, expired or empty
    MaterialFile,   // MaterialRepository::fileStateSql() code
    Bytes,
    Intent,
};

// A column of the kind's list (RecordList): header in the zs::RecordList context, SQL over the list's FROM clause
// (never NULL-valued: sort keys are compared).
struct ListColumnDecl
{
    const char* key;
    const char* header;
    const char* expression;
    ColumnType type = ColumnType::Text;
};

// A filter a list offers on a coded column (a site's county, kind or state): its key in saved filters, the SQL over the
// list's FROM compared with `=`, where its choices come from (a seed table or a seeds/vocabularies.json list, as a
// Code field's `ref`) and the text of "any" (translated in the zs::RecordList context).
struct CodeFilterDecl
{
    const char* key;
    const char* expression;
    const char* ref;
    const char* any; // 全部县区
};

struct ListDecl
{
    const char* from = nullptr;       // "visit v JOIN company c ON c.id = v.company_id"; its first alias is the kind's
    const char* dateColumn = nullptr; // SQL giving the ISO date the from/to filter compares
    QList<ListColumnDecl> columns{};
    int sortColumn = 0;
    Qt::SortOrder order = Qt::DescendingOrder;
    int wideColumn = 0; // shown wider than the others by default (the name)
    // The filters the list offers: the SQL each one compares (null: not offered for this kind).
    const char* city = nullptr;
    const char* stage = nullptr;
    const char* officer = nullptr; // compared by substring
    const char* industry = nullptr;
    const char* company = nullptr; // the company's id
    QList<CodeFilterDecl> codes{}; // further filters on coded columns, in order
};

// A column of the kind's exchange file (CSV, .xlsx): export writes `expression` under the first name, import reads
// any of the names back into `key`. The file is Chinese data whatever the interface language, so what one
// workspace exports another imports as the same records.
struct ExchangeColumnDecl
{
    const char* key;            // what the importer reads ("date", "company")
    QList<const char*> names{}; // the header export writes, then the other headers import accepts
    bool required = false;
    const char* expression = nullptr; // SQL over the list's FROM: the text exported
};

struct DetailDecl
{
    const char* table;         // a detail table of the sync schema
    const char* parentColumn;  // its column holding the parent's id
    const char* key;           // the JSON key a record's detail rows go under (`get`): "stages", "attendees"
    const char* label;         // 阶段记录
    const char* order;         // SQL ORDER BY of the rows of one parent
    QList<FieldDecl> fields{}; // the columns shown and exported, parent column excluded
    // Its rows are events in the life of what the parent refers to (a lead's stage changes on its company's page);
    // the row's first Time field dates it.
    bool activity = false;
};

// What the full-text index holds of the kind (desktop/core/search reads it). No text: the kind is not searched.
struct SearchDecl
{
    // "title, body FROM <table> x ..." without WHERE (alias x). The title is the record's name ('' when it has none).
    const char* text = nullptr;
    bool named = true; // it has names of its own (its title), which the name pass of a search ranks first
    // "SELECT id, context … WHERE … rid = ?1": what a hit shows besides its text.
    const char* describe = nullptr;
    enum class Shown
    {
        Context,       // describe gives id, context
        DateCityTitle, // describe gives id, time (ms), city code, title: a visit, under its company's name
    };
    Shown shown = Shown::Context;
    // The text includes a parent record's column (a visit carries its company's name): changing that column
    // re-queues the records whose `parentKey` holds the parent's id.
    const char* parent = nullptr;
    const char* parentKey = nullptr;
    const char* parentColumn = nullptr;
};

struct KindDecl
{
    RecordKind kind = RecordKind::Company;
    const char* key = nullptr;         // the table, and the kind's name in code: "company"
    const char* plural = nullptr;      // the CLI's --kind: "companies"
    const char* label = nullptr;       // 客商 (translated)
    const char* shortLabel = nullptr;  // in search results and lists of kinds (项目); null: the label
    const char* createLabel = nullptr; // the list page's button making one (新建客商)
    QList<FieldDecl> fields{};         // every synced column, in the order records are shown and printed
    QList<DetailDecl> details{};
    const char* titleColumn = nullptr; // what names one record (name, title); null: the kind has no own title
    // Without a title column: the SQL over the list's FROM that names one record ("2026-11-30 某某有限公司").
    const char* titleExpression = nullptr;
    ListDecl list{};
    QList<ExchangeColumnDecl> exchange{}; // empty: the kind does not import, and exports its list columns
    QList<const char*> names{};           // other names import and the CLI accept for it (客商)
    // Where new records go: "city"; "team" (the workspace's team scope); "county" (county:<its region field>); or
    // "of:<column>" (the scope of the record its Ref field <column> names: an agreement's progress report).
    const char* scope = "city";
    bool mergeable = false; // its list offers 合并重复记录 (RecordMerge; the CLI's merge takes any kind)
    bool activity = true;   // its records are entries in the activity of what they refer to (not contacts)
    SearchDecl search{};

    QString table() const { return QString::fromLatin1(key); }
    const FieldDecl* field(const QString& column) const;
};

// A synced table that is bookkeeping rather than a kind of record (the merges of duplicates and their moves): the
// sync views still name it and its columns in the users' words.
struct TableDecl
{
    const char* table;
    const char* label;         // 合并记录 (translated)
    QList<FieldDecl> fields{}; // every synced column
};

// A column that holds the id of a record of another kind: a kind's field (contact.company_id) or a detail table's
// (event_attendee.company_id). Merging and deleting a record follow them.
struct RefDecl
{
    const KindDecl* kind;     // the kind holding the column, or owning the detail table
    const DetailDecl* detail; // null: the column is the kind's own
    const FieldDecl* field;

    QString table() const { return QString::fromLatin1(detail ? detail->table : kind->key); }
    QString column() const { return field->name(); }
    // A detail row that is only links (every field a reference, as an event's attending companies): after a merge a
    // second row with the same links is a duplicate.
    bool isLink() const;
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
    static const QList<TableDecl>& bookkeeping();
    // By plural, label or another declared name ("visits", "走访"); importable kinds only when `importable`.
    static const KindDecl* byName(const QString& name, bool importable = false);
    static QStringList importablePlurals();
    // Every column of the declared kinds and their detail tables that refers to records of `target`.
    static QList<RefDecl> referencesTo(const KindDecl& target);

    // Words for users: a table (record kind or detail table) and a column of it, with its unit.
    static QString label(const KindDecl& kind);
    static QString shortLabel(const KindDecl& kind);
    static QString createLabel(const KindDecl& kind);
    static QString tableLabel(const QString& table); // company → 客商, lead_stage → 阶段记录
    static QString fieldLabel(const QString& table, const QString& column); // investment_wan → 计划投资（万元）
    static QString fieldLabel(const FieldDecl& field);

private:
    // The declarations, each in its feature folder (labels: QT_TR_NOOP in this class's context).
    static QList<KindDecl> directoryKinds(); // directory/DirectoryKinds.cpp: company, contact
    static KindDecl visitKind();             // visits/VisitKinds.cpp
    static KindDecl leadKind();              // pipeline/LeadKinds.cpp
    static KindDecl eventKind();             // events/EventKinds.cpp
    static KindDecl materialKind();          // materials/MaterialKinds.cpp
    static KindDecl specialistKind();        // agreements/SpecialistKinds.cpp
    static KindDecl agreementKind();         // agreements/AgreementKinds.cpp, with the four below
    static KindDecl agreementTrancheKind();
    static KindDecl agreementProgressKind();
    static KindDecl agreementMeasureKind();
    static KindDecl agreementFindingKind();
    static KindDecl serviceMilestoneKind(); // agreements/ServiceKinds.cpp, with the two below
    static KindDecl serviceRequestKind();
    static KindDecl serviceLogKind();
    static KindDecl siteKind(); // sites/SiteKinds.cpp, with the requirement
    static KindDecl siteRequirementKind();
    static KindDecl siteReservationKind();
    static QList<TableDecl> mergeTables(); // registry/RecordMerge.cpp: record_merge, record_merge_move
    static FieldDecl created();
    static FieldDecl updated();
};

} // namespace zs
