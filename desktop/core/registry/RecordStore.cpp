#include "desktop/core/registry/RecordStore.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/registry/Choices.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

#include <QDate>

namespace zs {

namespace {
bool isBookkeeping(const FieldDecl& f)
{
    return f.type == FieldType::Hidden || qstrcmp(f.column, "created_at") == 0 || qstrcmp(f.column, "updated_at") == 0;
}

bool isEmpty(const QVariant& v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

// Binds a field's value as the table stores it: text trimmed ('' when none), references and dates NULL when none.
void bindField(Statement& s, int index, const FieldDecl& f, const QVariant& v)
{
    switch (f.type) {
    case FieldType::Bool:
        s.bind(index, v.toBool() ? 1 : 0);
        return;
    case FieldType::Integer:
        s.bind(index, isEmpty(v) ? qint64(0) : v.toLongLong());
        return;
    case FieldType::Real:
        if (isEmpty(v))
            s.bindNull(index);
        else
            s.bind(index, v.toDouble());
        return;
    case FieldType::Date:
        if (isEmpty(v))
            s.bindNull(index);
        else
            s.bind(index, v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
        return;
    case FieldType::Ref:
        if (isEmpty(v))
            s.bindNull(index);
        else
            s.bind(index, v.toString());
        return;
    default:
        s.bind(index, isEmpty(v) ? QStringLiteral("") : v.toString().trimmed());
    }
}
} // namespace

RecordStore::RecordStore(Database& db, const KindDecl& kind, const Clock& clock)
    : m_db(db)
    , m_kind(kind)
    , m_clock(clock)
{
}

QList<FieldDecl> RecordStore::editable(const KindDecl& kind)
{
    QList<FieldDecl> fields;
    for (const FieldDecl& f : kind.fields)
        if (!isBookkeeping(f))
            fields << f;
    return fields;
}

Result<bool> RecordStore::exists(const FieldDecl& field, const QString& value)
{
    QByteArray sql;
    if (field.type == FieldType::Code && qstrncmp(field.ref, "ref_", 4) != 0) {
        // A fixed vocabulary (RecordText, seeds/vocabularies.json): the codes the pickers offer.
        ZS_TRY_ASSIGN(const QList<Choice> codes, Choices(m_db).forField(field));
        return codes.isEmpty() ||
               std::any_of(codes.cbegin(), codes.cend(), [&value](const Choice& c) { return c.value == value; });
    }
    if (field.type == FieldType::Code)
        sql = QByteArrayLiteral("SELECT EXISTS (SELECT 1 FROM ") + field.ref + " WHERE code = ?1)";
    else if (const KindDecl* target = RecordKinds::byTable(QLatin1String(field.ref)))
        sql = QByteArrayLiteral("SELECT EXISTS (SELECT 1 FROM ") + target->key + " WHERE id = ?1 AND deleted = 0)";
    else
        return true;
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql.constData()));
    stmt->bind(1, value);
    ZS_TRY(stmt->step());
    const bool found = stmt->int64(0) != 0;
    stmt->reset();
    return found;
}

QMap<QString, QString> RecordStore::validate(const Values& values)
{
    QMap<QString, QString> problems;
    QList<QString> texts;
    texts.reserve(m_kind.fields.size());
    QList<repo::TextField> limits;
    for (const FieldDecl& f : editable(m_kind)) {
        const QVariant v = values.value(f.name());
        const QString label = RecordKinds::fieldLabel(f);
        if (isEmpty(v)) {
            if (f.required && f.type != FieldType::Bool)
                problems.insert(f.name(), tr("请填写%1。").arg(label));
            continue;
        }
        if (f.type == FieldType::Real || f.type == FieldType::Integer) {
            bool ok = false;
            const double n = v.toString().toDouble(&ok);
            if (!ok || n < 0)
                problems.insert(f.name(), tr("%1应为不小于 0 的数字。").arg(label));
        } else if (f.type == FieldType::Date) {
            const QDate d = v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid())
                problems.insert(f.name(), tr("%1不是有效的日期（如 2026-12-02）。").arg(label));
        } else if ((f.type == FieldType::Code || f.type == FieldType::Ref) && f.ref) {
            auto found = exists(f, v.toString());
            if (!found.ok() || !found.value())
                problems.insert(f.name(), tr("%1“%2”不在目录中，请重新选择。").arg(label, v.toString()));
        } else if (f.type == FieldType::Text || f.type == FieldType::LongText) {
            texts << v.toString();
            limits.append({f.column, texts.last()});
        }
    }
    repo::checkTextLimits(problems, limits);
    return problems;
}

Result<QString> RecordStore::scopeForNew(const Values& values)
{
    const QByteArray scope(m_kind.scope);
    if (scope == "team")
        return repo::teamScope(m_db);
    if (scope == "county")
        return QString(QStringLiteral("county:") + values.value(QStringLiteral("region")).toString());
    if (scope.startsWith("of:")) { // the scope of the record it belongs to
        const FieldDecl* f = m_kind.field(QString::fromLatin1(scope.mid(3)));
        if (!f || !f->ref)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("scope %1 names no reference").arg(QLatin1String(m_kind.scope)));
        const QByteArray sql = QByteArrayLiteral("SELECT scope FROM ") + f->ref + " WHERE id = ?1";
        ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql.constData()));
        stmt->bind(1, values.value(f->name()).toString());
        return repo::one(
            stmt, [](const Statement& s) { return s.text(0); },
            makeError(ErrorCode::NotFound, tr("找不到所属的%1。").arg(RecordKinds::fieldLabel(*f))));
    }
    return QStringLiteral("city");
}

Result<QString> RecordStore::create(const Values& values)
{
    const auto problems = validate(values);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    ZS_TRY_ASSIGN(auto scope, scopeForNew(values));
    const QList<FieldDecl> fields = editable(m_kind);
    QStringList columns{QStringLiteral("id"), QStringLiteral("scope"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")};
    QStringList marks{QStringLiteral("?1"), QStringLiteral("?2"), QStringLiteral("?3"), QStringLiteral("?3")};
    for (int i = 0; i < fields.size(); ++i) {
        columns << fields[i].name();
        marks << QStringLiteral("?%1").arg(i + 4);
    }
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(m_kind.table(), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
            .toUtf8();
    const qint64 now = m_clock.wallMs();
    const QString id = Uuid7::create(now);
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql.constData()));
    stmt->bind(1, id).bind(2, scope).bind(3, now);
    for (int i = 0; i < fields.size(); ++i)
        bindField(*stmt, i + 4, fields[i], values.value(fields[i].name()));
    ZS_TRY(stmt->run());
    return id;
}

Result<void> RecordStore::update(const QString& id, const Values& values)
{
    const auto problems = validate(values);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    const QList<FieldDecl> fields = editable(m_kind);
    QStringList sets{QStringLiteral("updated_at = ?2")};
    for (int i = 0; i < fields.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(fields[i].name()).arg(i + 3);
    const QByteArray sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1 AND deleted = 0")
                               .arg(m_kind.table(), sets.join(QStringLiteral(", ")))
                               .toUtf8();
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql.constData()));
    stmt->bind(1, id).bind(2, m_clock.wallMs());
    for (int i = 0; i < fields.size(); ++i)
        bindField(*stmt, i + 3, fields[i], values.value(fields[i].name()));
    ZS_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("找不到这条%1记录，可能已被删除。").arg(RecordKinds::label(m_kind)),
                         id);
    return {};
}

Result<void> RecordStore::remove(const QString& id)
{
    const QByteArray sql = QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?2 WHERE id = ?1 AND deleted = 0")
                               .arg(m_kind.table())
                               .toUtf8();
    ZS_TRY(m_db.run(sql.constData(), id, m_clock.wallMs()));
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("找不到这条%1记录，可能已被删除。").arg(RecordKinds::label(m_kind)),
                         id);
    return {};
}

Result<RecordStore::Values> RecordStore::get(const QString& id)
{
    const QList<FieldDecl> fields = editable(m_kind);
    QStringList columns;
    for (const FieldDecl& f : fields)
        columns << f.name();
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1 AND deleted = 0")
                               .arg(columns.join(QStringLiteral(", ")), m_kind.table())
                               .toUtf8();
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql.constData()));
    stmt->bind(1, id);
    ZS_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return makeError(ErrorCode::NotFound, tr("找不到这条%1记录，可能已被删除。").arg(RecordKinds::label(m_kind)),
                         id);
    Values values;
    for (int i = 0; i < fields.size(); ++i) {
        const Statement& s = *stmt;
        if (s.isNull(i))
            continue;
        switch (fields[i].type) {
        case FieldType::Bool:
            values.insert(fields[i].name(), s.int64(i) != 0);
            break;
        case FieldType::Integer:
            values.insert(fields[i].name(), s.int64(i));
            break;
        case FieldType::Real:
            values.insert(fields[i].name(), s.real(i));
            break;
        case FieldType::Date:
            values.insert(fields[i].name(), QDate::fromString(s.text(i), Qt::ISODate));
            break;
        default:
            values.insert(fields[i].name(), s.text(i));
        }
    }
    stmt->reset();
    return values;
}

Result<QString> RecordStore::title(const QString& id)
{
    QByteArray sql;
    if (m_kind.titleColumn) {
        sql = QByteArrayLiteral("SELECT ") + m_kind.titleColumn + " FROM " + m_kind.key +
              " WHERE id = ?1 AND deleted = 0";
    } else if (m_kind.titleExpression && m_kind.list.from) {
        const QByteArray from = m_kind.list.from;
        const QByteArray alias = from.split(' ').value(1);
        sql = QByteArrayLiteral("SELECT ") + m_kind.titleExpression + " FROM " + from + " WHERE " + alias +
              ".id = ?1 AND " + alias + ".deleted = 0";
    } else {
        return makeError(ErrorCode::NotFound, tr("这类记录没有标题。"), m_kind.table());
    }
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql.constData()));
    stmt->bind(1, id);
    return repo::one(
        stmt, [](const Statement& s) { return s.text(0); }, makeError(ErrorCode::NotFound, tr("找不到这条记录。"), id));
}

} // namespace zs
