#include "desktop/core/registry/RecordJson.h"

#include "sync/store/Database.h"

#include <QDateTime>
#include <QJsonArray>

namespace zs {

namespace {
QString columnList(const QList<FieldDecl>& fields)
{
    QStringList names;
    for (const FieldDecl& f : fields)
        names << f.name();
    return names.join(QStringLiteral(", "));
}

QJsonValue value(const Statement& s, int column, const FieldDecl& field)
{
    if (s.isNull(column))
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Time:
        return QDateTime::fromMSecsSinceEpoch(s.int64(column)).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
    case FieldType::Bool:
        return s.int64(column) != 0;
    case FieldType::Integer:
        return s.int64(column);
    case FieldType::Real:
        return s.real(column);
    default:
        break;
    }
    const QString text = s.text(column);
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Fields start at column `first` of the current row.
void readFields(const Statement& s, int first, const QList<FieldDecl>& fields, QJsonObject& out)
{
    for (int i = 0; i < fields.size(); ++i)
        out.insert(fields[i].name(), value(s, first + i, fields[i]));
}
} // namespace

Result<QJsonObject> RecordJson::read(Database& db, const KindDecl& kind, const QString& id)
{
    const QByteArray sql = QStringLiteral("SELECT id, scope, %1 FROM %2 WHERE id = ?1 AND deleted = 0")
                               .arg(columnList(kind.fields), kind.table())
                               .toUtf8();
    ZS_TRY_ASSIGN(auto stmt, db.cached(sql.constData()));
    stmt->bind(1, id);
    ZS_TRY_ASSIGN(auto found, stmt->step());
    if (!found)
        return makeError(ErrorCode::NotFound, tr("找不到这条%1记录：%2").arg(RecordKinds::label(kind), id));
    QJsonObject record{{QStringLiteral("kind"), QString::fromLatin1(kind.plural)},
                       {QStringLiteral("id"), stmt->text(0)},
                       {QStringLiteral("scope"), stmt->text(1)}};
    readFields(*stmt, 2, kind.fields, record);
    stmt->reset();

    for (const DetailDecl& detail : kind.details) {
        const QByteArray rowsSql = QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?1 AND deleted = 0 ORDER BY %4")
                                       .arg(columnList(detail.fields), QString::fromLatin1(detail.table),
                                            QString::fromLatin1(detail.parentColumn), QString::fromLatin1(detail.order))
                                       .toUtf8();
        ZS_TRY_ASSIGN(auto rows, db.cached(rowsSql.constData()));
        rows->bind(1, id);
        QJsonArray list;
        for (;;) {
            ZS_TRY_ASSIGN(auto row, rows->step());
            if (!row)
                break;
            QJsonObject entry{{QStringLiteral("id"), rows->text(0)}};
            readFields(*rows, 1, detail.fields, entry);
            list.append(entry);
        }
        record.insert(QString::fromLatin1(detail.key), list);
    }
    return record;
}

} // namespace zs
