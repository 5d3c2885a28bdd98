#include "desktop/core/domain/RecordList.h"

#include "desktop/core/materials/MaterialRepository.h"
#include "sync/store/Database.h"

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

RecordList::RecordList(Database& db, RecordKind kind)
    : m_db(db)
    , m_kind(kind)
{
    switch (kind) {
    case RecordKind::Company:
        m_from = QStringLiteral("company c");
        m_dateColumn = "date(c.updated_at / 1000, 'unixepoch', 'localtime')";
        m_columns = {
            {QStringLiteral("name"), tr("企业名称"), "c.name", ColumnType::Text},
            {QStringLiteral("credit_code"), tr("统一社会信用代码"), "coalesce(c.credit_code, '')", ColumnType::Text},
            {QStringLiteral("industry"), tr("产业"),
             "coalesce((SELECT name FROM ref_industry WHERE code = c.industry), '')", ColumnType::Text},
            {QStringLiteral("hq_city"), tr("总部城市"), "c.hq_city", ColumnType::Text},
            {QStringLiteral("revenue"), tr("年营收（万元）"), "coalesce(c.revenue_wan, -1)", ColumnType::Wan},
            {QStringLiteral("hometown"), tr("乡贤企业"), "c.hometown", ColumnType::Flag},
            {QStringLiteral("source"), tr("来源"), "c.source", ColumnType::Text},
            {QStringLiteral("updated_at"), tr("更新时间"), "c.updated_at", ColumnType::DateTimeMs},
        };
        m_sortColumn = 7;
        break;
    case RecordKind::Contact:
        m_from = QStringLiteral("contact p LEFT JOIN company c ON c.id = p.company_id");
        m_dateColumn = "date(p.updated_at / 1000, 'unixepoch', 'localtime')";
        m_columns = {
            {QStringLiteral("name"), tr("姓名"), "p.name", ColumnType::Text},
            {QStringLiteral("company"), tr("企业"), "coalesce(c.name, '')", ColumnType::Text},
            {QStringLiteral("title"), tr("职务"), "p.title", ColumnType::Text},
            {QStringLiteral("phones"), tr("电话"), "p.phones", ColumnType::Text},
            {QStringLiteral("email"), tr("电子邮箱"), "p.email", ColumnType::Text},
            {QStringLiteral("wechat"), tr("微信"), "p.wechat", ColumnType::Text},
        };
        m_sortColumn = 0;
        m_order = Qt::AscendingOrder;
        break;
    case RecordKind::Visit:
        m_from = QStringLiteral("visit v JOIN company c ON c.id = v.company_id");
        m_dateColumn = "date(v.visited_at / 1000, 'unixepoch', 'localtime')";
        m_columns = {
            {QStringLiteral("visited_at"), tr("走访时间"), "v.visited_at", ColumnType::DateTimeMs},
            {QStringLiteral("city"), tr("地点"), "v.city", ColumnType::City},
            {QStringLiteral("company"), tr("企业"), "c.name", ColumnType::Text},
            {QStringLiteral("purpose"), tr("目的"),
             "coalesce((SELECT name FROM ref_visit_purpose WHERE code = v.purpose), v.purpose)", ColumnType::Text},
            {QStringLiteral("officers"), tr("走访人员"), "v.officers", ColumnType::Text},
            {QStringLiteral("intent"), tr("意向"), "v.intent", ColumnType::Intent},
            {QStringLiteral("outcome"), tr("成果"), "v.outcome", ColumnType::Text},
            {QStringLiteral("next_step"), tr("下一步"), "v.next_step", ColumnType::Text},
            {QStringLiteral("next_due"), tr("跟进日期"), "coalesce(v.next_due, '')", ColumnType::Date},
        };
        m_sortColumn = 0;
        break;
    case RecordKind::Lead:
        m_from = QStringLiteral("lead l JOIN company c ON c.id = l.company_id");
        m_dateColumn = "date(l.updated_at / 1000, 'unixepoch', 'localtime')";
        m_columns = {
            {QStringLiteral("title"), tr("项目名称"), "l.title", ColumnType::Text},
            {QStringLiteral("company"), tr("企业"), "c.name", ColumnType::Text},
            {QStringLiteral("stage"), tr("阶段"),
             "coalesce((SELECT name FROM ref_stage WHERE code = l.stage), l.stage)", ColumnType::Text},
            {QStringLiteral("industry"), tr("产业"),
             "coalesce((SELECT name FROM ref_industry WHERE code = l.industry), '')", ColumnType::Text},
            {QStringLiteral("investment"), tr("计划投资（万元）"), "coalesce(l.investment_wan, -1)", ColumnType::Wan},
            {QStringLiteral("land"), tr("用地（亩）"), "coalesce(l.land_mu, -1)", ColumnType::Mu},
            {QStringLiteral("target"), tr("意向落户地"),
             "coalesce((SELECT name FROM ref_region WHERE code = l.target_region), '')", ColumnType::Text},
            {QStringLiteral("officer"), tr("负责人"), "l.officer", ColumnType::Text},
            {QStringLiteral("updated_at"), tr("更新时间"), "l.updated_at", ColumnType::DateTimeMs},
        };
        m_sortColumn = 8;
        break;
    case RecordKind::Event:
        m_from = QStringLiteral("event e");
        m_dateColumn = "e.held_on";
        m_columns = {
            {QStringLiteral("held_on"), tr("日期"), "e.held_on", ColumnType::Date},
            {QStringLiteral("kind"), tr("类型"), "e.kind", ColumnType::EventKind},
            {QStringLiteral("title"), tr("活动名称"), "e.title", ColumnType::Text},
            {QStringLiteral("city"), tr("城市"), "e.city", ColumnType::Text},
            {QStringLiteral("organiser"), tr("主办方"), "e.organiser", ColumnType::Text},
            {QStringLiteral("attendees"), tr("参会企业"),
             "(SELECT count(*) FROM event_attendee WHERE event_id = e.id AND deleted = 0)", ColumnType::Number},
            {QStringLiteral("leads"), tr("带来线索"),
             "(SELECT count(*) FROM lead WHERE event_id = e.id AND deleted = 0)", ColumnType::Number},
        };
        m_sortColumn = 0;
        break;
    case RecordKind::Material:
        m_from = QStringLiteral("material m");
        m_dateColumn = "date(m.created_at / 1000, 'unixepoch', 'localtime')";
        m_columns = {
            {QStringLiteral("title"), tr("资料名称"), "m.title", ColumnType::Text},
            {QStringLiteral("kind"), tr("类型"), "m.kind", ColumnType::MaterialKind},
            {QStringLiteral("version"), tr("版本"), "m.version", ColumnType::Text},
            {QStringLiteral("publisher"), tr("发布单位"), "m.publisher", ColumnType::Text},
            {QStringLiteral("valid_to"), tr("有效期至"), "coalesce(m.valid_to, '')", ColumnType::Date},
            {QStringLiteral("status"), tr("状态"),
             "CASE WHEN EXISTS (SELECT 1 FROM material n WHERE n.supersedes_id = m.id AND n.deleted = 0) "
             "THEN 'superseded' WHEN m.valid_to IS NOT NULL AND m.valid_to < date('now', 'localtime') "
             "THEN 'expired' ELSE '' END",
             ColumnType::MaterialStatus},
            {QStringLiteral("file"), tr("文件"), MaterialRepository::fileStateSql(), ColumnType::MaterialFile},
            {QStringLiteral("pages"), tr("页数"), "m.pages", ColumnType::Number},
            {QStringLiteral("size"), tr("大小"), "m.size", ColumnType::Bytes},
            {QStringLiteral("created_at"), tr("导入时间"), "m.created_at", ColumnType::DateTimeMs},
        };
        m_sortColumn = 9;
        break;
    }
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
    if (!f.city.isEmpty() && (m_kind == RecordKind::Visit || m_kind == RecordKind::Event))
        add(alias + QStringLiteral(".city = ?"), f.city);
    if (!f.stage.isEmpty() && m_kind == RecordKind::Lead)
        add(QStringLiteral("l.stage = ?"), f.stage);
    if (!f.officer.isEmpty() && m_kind == RecordKind::Visit)
        add(QStringLiteral("instr(v.officers, ?) > 0"), f.officer);
    if (!f.officer.isEmpty() && m_kind == RecordKind::Lead)
        add(QStringLiteral("instr(l.officer, ?) > 0"), f.officer);
    if (!f.industry.isEmpty() && m_kind == RecordKind::Lead)
        add(QStringLiteral("l.industry = ?"), f.industry);
    else if (!f.industry.isEmpty() && m_kind != RecordKind::Event && m_kind != RecordKind::Contact)
        add(QStringLiteral("c.industry = ?"), f.industry);
    if (!f.companyId.isEmpty() && m_kind != RecordKind::Event)
        add(QStringLiteral("c.id = ?"), f.companyId); // c is the company in every list that has one
    if (f.from.isValid())
        add(QString::fromLatin1(m_dateColumn) + QStringLiteral(" >= ?"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add(QString::fromLatin1(m_dateColumn) + QStringLiteral(" <= ?"), f.to.toString(Qt::ISODate));
    return where.join(QStringLiteral(" AND "));
}

Result<qint64> RecordList::count()
{
    QVariantList params;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM ") + m_from + QStringLiteral(" WHERE ") + whereClause(params);
    auto stmt = m_db.prepare(sql.toUtf8().constData());
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        bindVariant(stmt.value(), i + 1, params.at(i));
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return stmt->int64(0);
}

Result<QList<RecordList::Row>> RecordList::fetch(const std::optional<Row>& after, int limit)
{
    const QString alias = m_from.section(QLatin1Char(' '), 1, 1);
    QVariantList params;
    QString where = whereClause(params);
    const QString sortExpr = QString::fromLatin1(m_columns.at(m_sortColumn).expression);
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
        exprs << QString::fromLatin1(c.expression);
    params << limit;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT %1, %2.id, %3 FROM %4 WHERE %5 ORDER BY %6%7, %1%7 LIMIT ?%8")
                            .arg(rid, alias, exprs.join(QStringLiteral(", ")), m_from, where, sortExpr, direction)
                            .arg(params.size());
    // The SQL text varies only with the filter and sort chosen, so the statement cache holds a handful.
    const QByteArray utf8 = sql.toUtf8();
    auto stmt = m_db.cached(utf8.constData());
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        bindVariant(**stmt, i + 1, params.at(i));
    QList<Row> rows;
    rows.reserve(limit);
    for (;;) {
        auto step = (*stmt)->step();
        if (!step.ok())
            return step.error();
        if (!step.value())
            return rows;
        Row row;
        row.rid = (*stmt)->int64(0);
        row.id = (*stmt)->text(1);
        row.values.reserve(m_columns.size());
        for (int c = 0; c < m_columns.size(); ++c)
            row.values << columnValue(**stmt, c + 2, m_columns.at(c).type);
        rows << row;
    }
}

} // namespace zs
