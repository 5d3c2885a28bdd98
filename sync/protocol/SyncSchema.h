#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zs::sync {

// What laptop and HQ agree on about the synced data, as data: the scope kinds a row may live in, the roles and
// which scopes each reads, and per table its columns, its parent (detail tables), and which role may write which
// scope. The laptop generates its capture triggers from it; HQ's policy reads it. HQ stays generic: it knows
// tables, columns, scopes and roles, never investment rules. The city's schema is declared in CitySchema.cpp.
//
// Scope templates name a scope relative to the one asking: "city", "team:{team}" (the asker's team), "county:{team}"
// (a county bureau's staff are the team named after the county), "*" (any valid scope).
struct ScopeKind
{
    QString name;      // "city" (a bare scope, no id), "team", "county"
    QString idPattern; // regular expression for the id after "name:"; empty for a bare scope
};

struct RoleDef
{
    QString name;       // "officer", as stored in HQ's accounts and sent to the laptop
    const char* label;  // 招商专员 (QT_TRANSLATE_NOOP in the SyncSchema context)
    QStringList reads;  // scope templates this role pulls; "*" reads every scope
    bool admin = false; // writes anything a valid scope holds (the HQ administrator)
};

// One permission: these roles (empty: every role) may write rows of the table in scopes matching `scope`.
struct Grant
{
    QStringList roles;
    QString scope;
};

struct TableDef
{
    struct Link
    {
        QString table;  // the parent table
        QString column; // this table's column holding the parent's id
    };

    QString name;
    QStringList columns; // synced columns besides id, scope and deleted (at most 62)
    QList<Link> parents; // a detail table: its rows live in the scope of the parent the first set column names
    QList<Grant> writes; // who may write which scope (detail tables: the parent's rule unless their own)
    const char* refused = nullptr; // why a write in a scope the grants do not reach is refused (context SyncSchema)
    // A column naming one more scope that may read the row without writing it (an agreement's signing team: it
    // brought the investor and keeps following the project). A detail table reads its parent's (SyncSchema::reader).
    QString readerColumn;
    // A claim (a site reserved for one project city-wide): at most one live row per value of `claim.column`, whatever
    // its scope. The first to reach HQ holds it; a later live row with the same value is refused with `claim.refused`
    // (context SyncSchema; %1: the holder row's `claim.who`, %2 its `claim.since`).
    struct Claim
    {
        QString column;
        QString who;
        QString since;
        const char* refused = nullptr;
    };
    std::optional<Claim> claim;
    QString captureWhen;    // laptop only: SQL over NEW, only rows it holds for are captured
    QStringList dependents; // laptop only: "table.column" local rows that die with a purged row

    bool isDetail() const { return !parents.isEmpty(); }
    int columnIndex(const QString& column) const { return int(columns.indexOf(column)); }
};

// Who writes or reads: the role's name, and the team the account belongs to.
struct Actor
{
    QString role;
    QString team;
};

class SyncSchema
{
    Q_DECLARE_TR_FUNCTIONS(SyncSchema)

public:
    SyncSchema(QList<ScopeKind> scopes, QList<RoleDef> roles, QList<TableDef> tables);
    // The city's schema (CitySchema.cpp): what today's laptops and HQ sync.
    static const SyncSchema& city();

    const QList<TableDef>& tables() const { return m_tables; }
    const TableDef* table(const QString& name) const;
    QStringList tableNames() const;
    const QList<RoleDef>& roles() const { return m_roles; }
    const RoleDef* role(const QString& name) const;
    QString roleLabel(const QString& name) const; // translated; the name itself when unknown

    bool isValidScope(const QString& scope) const;
    // Where a row of `table` names its extra reader: the table itself (its readerColumn) or, for a detail table, its
    // parent and the link to it. Null when rows of the table have none.
    struct ReaderSource
    {
        const TableDef* table;      // the table whose readerColumn holds the reader
        const TableDef::Link* link; // null: `table` is the row's own; else the column of the row naming the parent
    };
    std::optional<ReaderSource> reader(const QString& table) const;
    // The scopes `who` pulls, in the order given by the role; empty when it reads everything (readsAll).
    QStringList readScopes(const Actor& who) const;
    bool readsAll(const Actor& who) const;
    // nullopt when `who` may write a row of `table` in `scope`; otherwise the reason, in Chinese, for the laptop's
    // quarantine list and HQ's audit log.
    std::optional<QString> refusal(const Actor& who, const QString& table, const QString& scope) const;

    // A template with {team} filled in for `who` ("team:{team}" → "team:gz").
    static QString expand(const QString& scopeTemplate, const Actor& who);

private:
    bool matches(const QString& scopeTemplate, const Actor& who, const QString& scope) const;

    QList<ScopeKind> m_scopes;
    QList<RoleDef> m_roles;
    QList<TableDef> m_tables;
};

} // namespace zs::sync
