#pragma once

#include "desktop/core/registry/RecordKinds.h"
#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace zs {

class Database;

struct ListColumn
{
    QString key;
    QString header;
    const char* expression; // SQL over the list's FROM clause; never NULL-valued (sort keys are compared)
    ColumnType type;
};

struct ListFilter
{
    QString city;                 // visit city code (visits, events)
    QString stage;                // lead stage code
    QString officer;              // substring of officers / responsible officer
    QString industry;             // industry code (companies, visits via company, leads)
    QString companyId;            // records of one company
    QMap<QString, QString> codes; // ListDecl::codes by key → the code a row must have
    QDate from;                   // inclusive, on the list's date column
    QDate to;                     // inclusive
    // The list's quick filter: rows whose shown text (every text column, as the list shows it) contains it, ASCII
    // case ignored; words separated by spaces must all be there.
    QString text;
    QStringList ids; // only these records (an export of the rows selected); empty: no such limit
};

// A sorted, filtered list over one record kind, read a page at a time with keyset paging, so a list of
// 100,000 visits opens as fast as one of ten and scrolling never re-reads what it has.
class RecordList
{
    Q_DECLARE_TR_FUNCTIONS(RecordList)

public:
    struct Row
    {
        qint64 rid = 0;
        QString id;
        QVariantList values; // one per column
    };

    // The list as shown (Columns::List), or the kind's exchange file for export (Columns::Exchange: the columns an
    // import reads back; kinds that do not import show their list columns either way).
    enum class Columns
    {
        List,
        Exchange,
    };
    RecordList(Database& db, RecordKind kind, Columns columns = Columns::List);

    RecordKind kind() const { return m_kind; }
    // The kinds whose records the list of `kind` shows (its own, and those its FROM and columns read, such as the
    // company name in the visits list): when any of them changes, the list is stale.
    static QList<RecordKind> kindsShown(RecordKind kind);
    Database& database() const { return m_db; }
    const QList<ListColumn>& columns() const { return m_columns; }
    // How many of the columns, from the first, an export writes (an exchange list carries its sort key last).
    int exportedColumns() const { return m_exported; }
    void setFilter(const ListFilter& filter) { m_filter = filter; }
    const ListFilter& filter() const { return m_filter; }
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    Result<qint64> count();
    // The list grouped (分组): how many of the filtered rows have each stage, city or industry, most first, each
    // with its name; only what the kind's list offers as a filter (ListDecl stage, city, industry), else none.
    enum class Grouping
    {
        Stage,
        City,
        Industry,
    };
    struct Group
    {
        QString code; // what the filter of that name takes
        QString name;
        qint64 count = 0;
    };
    Result<QList<Group>> groups(Grouping by);
    // The page after `after` (the last row of the previous page), or the first page.
    Result<QList<Row>> fetch(const std::optional<Row>& after, int limit);

private:
    QString whereClause(QVariantList& params) const;

    Database& m_db;
    RecordKind m_kind;
    QList<ListColumn> m_columns;
    QString m_from;
    const char* m_dateColumn = nullptr; // what from/to filter on
    ListFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    const ListDecl* m_list = nullptr; // the kind's declaration: FROM, filters
    int m_exported = 0;
};

} // namespace zs
