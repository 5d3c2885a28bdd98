#include "desktop/core/registry/Choices.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/Vocabularies.h"
#include "desktop/core/registry/RecordKinds.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace zs {

Result<QList<Choice>> Choices::list(const char* sql, const QString& bind)
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql));
    if (!bind.isNull())
        stmt->bind(1, bind);
    return repo::all(stmt, [](const Statement& s) { return Choice{s.text(0), s.text(1)}; });
}

Result<QList<Choice>> Choices::seedList(const QString& table)
{
    static const QRegularExpression seedTable(QStringLiteral("\\Aref_[a-z_]+\\z"));
    if (!seedTable.match(table).hasMatch())
        return makeError(ErrorCode::Invalid, QStringLiteral("not a seed list"), table);
    const QByteArray sql = QStringLiteral("SELECT code, name FROM %1 ORDER BY sort").arg(table).toUtf8();
    return list(sql.constData());
}

Result<QList<Choice>> Choices::companies(Order order)
{
    return list(order == Order::ByName ? "SELECT id, name FROM company WHERE deleted = 0 ORDER BY name"
                                       : "SELECT id, name FROM company WHERE deleted = 0 ORDER BY updated_at DESC");
}

Result<QList<Choice>> Choices::events()
{
    return list("SELECT id, held_on || ' ' || title FROM event WHERE deleted = 0 ORDER BY held_on DESC");
}

Result<QList<Choice>> Choices::parks(const QString& region)
{
    return list("SELECT code, name FROM ref_park WHERE ?1 = '' OR region = ?1 ORDER BY sort",
                region.isNull() ? QStringLiteral("") : region);
}

Result<QStringList> Choices::parkIndustries(const QString& park)
{
    ZS_TRY_ASSIGN(auto found, list("SELECT code, industries FROM ref_park WHERE code = ?1", park));
    return found.isEmpty() ? QStringList() : found.first().text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Result<QList<Choice>> Choices::currentMaterials(int limit)
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT m.id, m.title FROM material m WHERE m.deleted = 0 AND NOT EXISTS "
                                         "(SELECT 1 FROM material n WHERE n.supersedes_id = m.id AND n.deleted = 0) "
                                         "ORDER BY m.created_at DESC LIMIT ?1"));
    stmt->bind(1, limit);
    return repo::all(stmt, [](const Statement& s) { return Choice{s.text(0), s.text(1)}; });
}

Result<QList<Choice>> Choices::images(int limit)
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT m.id, m.title FROM material m WHERE m.deleted = 0 AND m.mime LIKE "
                                         "'image/%' AND EXISTS (SELECT 1 FROM material_blob b WHERE b.sha256 = "
                                         "m.sha256) AND NOT EXISTS (SELECT 1 FROM material n WHERE n.supersedes_id = "
                                         "m.id AND n.deleted = 0) ORDER BY m.created_at DESC LIMIT ?1"));
    stmt->bind(1, limit);
    return repo::all(stmt, [](const Statement& s) { return Choice{s.text(0), s.text(1)}; });
}

Result<QList<Choices::Industry>> Choices::industryTree()
{
    ZS_TRY_ASSIGN(auto stmt,
                  m_db.cached("SELECT c.name, l.name, i.code, i.name FROM ref_industry i "
                              "JOIN ref_chain_link l ON l.code = i.link JOIN ref_chain c ON c.code = i.chain "
                              "ORDER BY c.sort, l.sort, i.sort"));
    return repo::all(stmt, [](const Statement& s) { return Industry{s.text(0), s.text(1), {s.text(2), s.text(3)}}; });
}

Result<QList<Choice>> Choices::materialVersions()
{
    return list("SELECT id, title || ' ' || version FROM material WHERE deleted = 0 ORDER BY title");
}

Result<QList<Choice>> Choices::forField(const FieldDecl& field)
{
    if (field.type == FieldType::Code && field.ref && qstrncmp(field.ref, "ref_", 4) != 0) {
        // A fixed vocabulary of the code (RecordText), not a seed list.
        const auto vocabulary = [](const QStringList& codes, QString (*name)(const QString&)) {
            QList<Choice> list;
            for (const QString& code : codes)
                list.append({code, name(code)});
            return list;
        };
        const QByteArray ref(field.ref);
        if (ref == "size")
            return vocabulary(RecordText::companySizes(), &RecordText::sizeName);
        if (ref == "city")
            return vocabulary(RecordText::visitCities(), &RecordText::cityName);
        if (ref == "event_kind")
            return vocabulary(RecordText::eventKinds(), &RecordText::eventKindName);
        if (ref == "source_kind")
            return vocabulary(RecordText::leadSources(), &RecordText::leadSourceName);
        if (ref == "material_kind")
            return vocabulary(RecordText::materialKinds(), &RecordText::materialKindName);
        if (ref == "intent") {
            QList<Choice> levels;
            for (int level = 0; level <= 3; ++level)
                levels.append({QString::number(level), RecordText::intentName(level)});
            return levels;
        }
        if (Vocabularies::has(QString::fromLatin1(ref))) { // a list kept in seeds/vocabularies.json
            QList<Choice> list;
            for (const auto& [code, name] : Vocabularies::list(QString::fromLatin1(ref)))
                list.append({code, name});
            return list;
        }
        return QList<Choice>(); // shown as stored
    }
    if (field.type == FieldType::Code && field.ref)
        return seedList(QLatin1String(field.ref));
    const KindDecl* target = field.ref ? RecordKinds::byTable(QLatin1String(field.ref)) : nullptr;
    if (!target || !target->titleColumn)
        return QList<Choice>();
    const QByteArray sql = QByteArrayLiteral("SELECT id, ") + target->titleColumn + " FROM " + target->key +
                           " WHERE deleted = 0 ORDER BY " + target->titleColumn + " LIMIT 5000";
    return list(sql.constData());
}

QString Choices::text(const FieldDecl& f, const QVariant& v, const QList<Choice>& choices)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (f.type) {
    case FieldType::Bool:
        return v.toBool() ? RecordKinds::tr("是") : RecordKinds::tr("否");
    case FieldType::Real:
    case FieldType::Integer: {
        // A count with a unit is grouped (135,654 字节); a bare integer is a code or a year (2027), never grouped.
        const QString n = f.type == FieldType::Integer && !f.unit ? QString::number(v.toLongLong())
                                                                  : QLocale::system().toString(v.toDouble(), 'g', 12);
        return f.unit ? RecordKinds::tr("%1 %2").arg(n, QCoreApplication::translate("zs::RecordKinds", f.unit)) : n;
    }
    case FieldType::Time:
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case FieldType::Date:
        return v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
    case FieldType::Code:
    case FieldType::Ref:
        for (const Choice& c : choices)
            if (c.value == v.toString())
                return c.text;
        return v.toString();
    default:
        return v.toString();
    }
}

} // namespace zs
