#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace zs {

class Database;

// How a list column's value is shown.
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

struct ListColumn
{
    QString key;
    QString header;
    const char* expression; // SQL over the list's FROM clause; never NULL-valued (sort keys are compared)
    ColumnType type;
};

struct ListFilter
{
    QString city;      // visit city code (visits, events)
    QString stage;     // lead stage code
    QString officer;   // substring of officers / responsible officer
    QString industry;  // industry code (companies, visits via company, leads)
    QString companyId; // records of one company
    QDate from;        // inclusive, on the list's date column
    QDate to;          // inclusive
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

    RecordList(Database& db, RecordKind kind);

    RecordKind kind() const { return m_kind; }
    const QList<ListColumn>& columns() const { return m_columns; }
    void setFilter(const ListFilter& filter) { m_filter = filter; }
    const ListFilter& filter() const { return m_filter; }
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    Result<qint64> count();
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
};

} // namespace zs
