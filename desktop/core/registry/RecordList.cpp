#include "desktop/core/registry/RecordList.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/registry/Choices.h"
#include "sync/store/Database.h"

#include <QHash>

namespace zs {

namespace {
void bindVariant(Statement& s, int index, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        s.bind(index, v.toLongLong());
        break;
    case QMetaType::Double:
        s.bind(index, v.toDouble());
        break;
    default:
        s.bind(index, v.toString());
    }
}

QVariant columnValue(const Statement& s, int column, ColumnType type)
{
    switch (type) {
    case ColumnType::DateTimeMs:
    case ColumnType::Flag:
    case ColumnType::Intent:
        return s.int64(column);
    case ColumnType::Number:
    case ColumnType::Wan:
    case ColumnType::Mu:
        return s.real(column);
    case ColumnType::Bytes:
        return s.int64(column);
    default:
        return s.text(column);
    }
}
} // namespace

RecordList::RecordList(Database& db, RecordKind kind, Columns columns)
    : m_db(db)
    , m_kind(kind)
{
    const KindDecl& declared = RecordKinds::get(kind);
    m_list = &declared.list;
    m_from = QString::fromUtf8(m_list->from);
    m_dateColumn = m_list->dateColumn;
    m_sortColumn = m_list->sortColumn;
    m_order = m_list->order;
    const auto header = [](const char* text) { return QCoreApplication::translate("zs::RecordKinds", text); };
    if (columns == Columns::Exchange && !declared.exchange.isEmpty()) {
        // The exchange file's columns (import reads them back), in the list's own order: its sort key rides along
        // as a last column that is not written.
        for (const ExchangeColumnDecl& c : declared.exchange)
            m_columns << ListColumn{QString::fromLatin1(c.key), QString::fromUtf8(c.names.constFirst()), c.expression,
                                    ColumnType::Text};
        const ListColumnDecl& sort = m_list->columns.at(m_sortColumn);
        m_columns << ListColumn{QString::fromLatin1(sort.key), header(sort.header), sort.expression, sort.type};
        m_sortColumn = int(m_columns.size()) - 1;
        m_exported = m_sortColumn;
        return;
    }
    for (const ListColumnDecl& c : m_list->columns)
        m_columns << ListColumn{QString::fromLatin1(c.key), header(c.header), c.expression, c.type};
    m_exported = int(m_columns.size());
}

void RecordList::setSort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < m_columns.size())
        m_sortColumn = column;
    m_order = order;
}

QString RecordList::whereClause(QVariantList& params) const
{
    const QString alias = m_from.section(QLatin1Char(' '), 1, 1); // c, p, v, l, e
    QStringList where{alias + QStringLiteral(".deleted = 0")};
    auto add = [&](const QString& sql, const QVariant& value) {
        params << value;
        where << QString(sql).replace(QStringLiteral("?"), QStringLiteral("?%1").arg(params.size()));
    };
    const ListFilter& f = m_filter;
    const auto offered = [](const char* column, const QString& value) { return column && !value.isEmpty(); };
    if (offered(m_list->city, f.city))
        add(QString::fromLatin1(m_list->city) + QStringLiteral(" = ?"), f.city);
    if (offered(m_list->stage, f.stage))
        add(QString::fromLatin1(m_list->stage) + QStringLiteral(" = ?"), f.stage);
    if (offered(m_list->officer, f.officer))
        add(QStringLiteral("instr(%1, ?) > 0").arg(QString::fromLatin1(m_list->officer)), f.officer);
    if (offered(m_list->industry, f.industry))
        add(QString::fromLatin1(m_list->industry) + QStringLiteral(" = ?"), f.industry);
    for (const CodeFilterDecl& c : m_list->codes)
        if (const QString code = f.codes.value(QLatin1String(c.key)); !code.isEmpty())
            add(QString::fromLatin1(c.expression) + QStringLiteral(" = ?"), code);
    if (offered(m_list->company, f.companyId))
        add(QString::fromLatin1(m_list->company) + QStringLiteral(" = ?"), f.companyId);
    if (!f.text.trimmed().isEmpty()) {
        QStringList shown;
        for (const ListColumn& c : m_columns)
            if (c.type == ColumnType::Text)
                shown << QString::fromUtf8(c.expression);
        const QString haystack = QStringLiteral("lower(concat_ws(' ', %1))").arg(shown.join(QStringLiteral(", ")));
        for (const QString& word : f.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            add(QStringLiteral("instr(%1, ?) > 0").arg(haystack), word.toLower());
    }
    if (!f.ids.isEmpty()) { // ids are bound one by one, never spliced into the SQL
        QStringList marks;
        for (const QString& id : f.ids) {
            params << id;
            marks << QStringLiteral("?%1").arg(params.size());
        }
        where << QStringLiteral("%1.id IN (%2)").arg(alias, marks.join(QStringLiteral(", ")));
    }
    if (f.from.isValid())
        add(QString::fromUtf8(m_dateColumn) + QStringLiteral(" >= ?"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add(QString::fromUtf8(m_dateColumn) + QStringLiteral(" <= ?"), f.to.toString(Qt::ISODate));
    return where.join(QStringLiteral(" AND "));
}

Result<QList<RecordList::Group>> RecordList::groups(Grouping by)
{
    const char* column = by == Grouping::Stage ? m_list->stage : by == Grouping::City ? m_list->city : m_list->industry;
    if (!column)
        return QList<Group>();
    QVariantList params;
    const QString sql =
        QStringLiteral("SELECT coalesce(%1, ''), count(*) FROM %2 WHERE %3 GROUP BY 1 ORDER BY 2 DESC, 1")
            .arg(QLatin1String(column), m_from, whereClause(params));
    ZS_TRY_ASSIGN(auto stmt, m_db.prepare(sql.toUtf8().constData()));
    for (int i = 0; i < params.size(); ++i)
        bindVariant(stmt, i + 1, params.at(i));
    QHash<QString, QString> names;
    if (by != Grouping::City) {
        ZS_TRY_ASSIGN(const QList<Choice> seeds,
                      Choices(m_db).seedList(by == Grouping::Stage ? QStringLiteral("ref_stage")
                                                                   : QStringLiteral("ref_industry")));
        for (const Choice& c : seeds)
            names.insert(c.value, c.text);
    }
    QList<Group> groups;
    for (;;) {
        ZS_TRY_ASSIGN(auto row, stmt.step());
        if (!row)
            break;
        const QString code = stmt.text(0);
        QString name = by == Grouping::City ? RecordText::cityName(code) : names.value(code, code);
        if (code.isEmpty())
            name = tr("（未填）");
        groups.append({code, name, stmt.int64(1)});
    }
    return groups;
}

Result<qint64> RecordList::count()
{
    QVariantList params;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM ") + m_from + QStringLiteral(" WHERE ") + whereClause(params);
    ZS_TRY_ASSIGN(auto stmt, m_db.prepare(sql.toUtf8().constData()));
    for (int i = 0; i < params.size(); ++i)
        bindVariant(stmt, i + 1, params.at(i));
    ZS_TRY(stmt.step());
    return stmt.int64(0);
}

Result<QList<RecordList::Row>> RecordList::fetch(const std::optional<Row>& after, int limit)
{
    const QString alias = m_from.section(QLatin1Char(' '), 1, 1);
    QVariantList params;
    QString where = whereClause(params);
    const QString sortExpr = QString::fromUtf8(m_columns.at(m_sortColumn).expression);
    const QString rid = alias + QStringLiteral(".rid");
    const bool descending = m_order == Qt::DescendingOrder;
    if (after) {
        params << after->values.at(m_sortColumn) << after->rid;
        where += QStringLiteral(" AND (%1, %2) %3 (?%4, ?%5)")
                     .arg(sortExpr, rid, descending ? QStringLiteral("<") : QStringLiteral(">"))
                     .arg(params.size() - 1)
                     .arg(params.size());
    }
    QStringList exprs;
    for (const ListColumn& c : m_columns)
        exprs << QString::fromUtf8(c.expression);
    params << limit;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT %1, %2.id, %3 FROM %4 WHERE %5 ORDER BY %6%7, %1%7 LIMIT ?%8")
                            .arg(rid, alias, exprs.join(QStringLiteral(", ")), m_from, where, sortExpr, direction)
                            .arg(params.size());
    // The SQL text varies only with the filter and sort chosen, so the statement cache holds a handful.
    const QByteArray utf8 = sql.toUtf8();
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(utf8.constData()));
    for (int i = 0; i < params.size(); ++i)
        bindVariant(*stmt, i + 1, params.at(i));
    QList<Row> rows;
    rows.reserve(limit);
    for (;;) {
        ZS_TRY_ASSIGN(auto step, stmt->step());
        if (!step)
            return rows;
        Row row;
        row.rid = stmt->int64(0);
        row.id = stmt->text(1);
        row.values.reserve(m_columns.size());
        for (int c = 0; c < m_columns.size(); ++c)
            row.values << columnValue(*stmt, c + 2, m_columns.at(c).type);
        rows << row;
    }
}

QList<RecordKind> RecordList::kindsShown(RecordKind kind)
{
    const KindDecl& decl = RecordKinds::get(kind);
    QByteArray sql = decl.list.from ? QByteArray(decl.list.from) : QByteArray(decl.key);
    for (const ListColumnDecl& column : decl.list.columns)
        sql += ' ' + QByteArray(column.expression);
    // The words of the SQL that name a kind's table.
    QList<RecordKind> kinds{kind};
    for (const QByteArray& word : sql.replace('(', ' ').replace(')', ' ').replace(',', ' ').split(' ')) {
        const KindDecl* other = word.isEmpty() ? nullptr : RecordKinds::byTable(QString::fromLatin1(word));
        if (other && other->table() == QLatin1String(word) && !kinds.contains(other->kind))
            kinds << other->kind;
    }
    return kinds;
}

} // namespace zs
