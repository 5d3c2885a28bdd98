#include "desktop/core/io/RecordImport.h"

#include "desktop/core/io/CsvReader.h"
#include "desktop/core/registry/Choices.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace zs {

namespace {
// A number as people type it in a spreadsheet: 12,240 or 12240.5 (a trailing unit such as 万元 or 亩 is dropped).
std::optional<double> number(QString text)
{
    text.remove(QLatin1Char(',')).remove(QChar(u'，'));
    static const QRegularExpression unit(QStringLiteral("\\s*(万元|亩|㎡|人|吨|千伏安)$"));
    text.remove(unit);
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QDate date(const QString& text)
{
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy-M-d"),
                                  QStringLiteral("yyyy年M月d日"), QStringLiteral("yyyy.M.d")})
        if (const QDate d = QDate::fromString(text.trimmed(), format); d.isValid())
            return d;
    return {};
}

std::optional<bool> flag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("是") || t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("y"))
        return true;
    if (t == QStringLiteral("否") || t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("n"))
        return false;
    return std::nullopt;
}
} // namespace

Result<RecordImport::Preview> RecordImport::preview(Database& db, const KindDecl& kind, const QByteArray& bytes)
{
    if (kind.exchange.isEmpty())
        return makeError(ErrorCode::Invalid, tr("%1不能从 CSV 导入。").arg(RecordKinds::label(kind)));
    ZS_TRY_ASSIGN(const CsvReader::Table table, CsvReader::parse(bytes));
    Preview out;
    out.kind = &kind;
    out.encoding = table.encoding;
    out.rows = int(table.records.size());

    // Each exchange column found in the header, in declaration order (a field may have several, tried in order).
    struct Column
    {
        const ExchangeColumnDecl* decl;
        const FieldDecl* field;
        int at;
    };
    QList<Column> columns;
    for (const ExchangeColumnDecl& c : kind.exchange) {
        int at = -1;
        for (const char* name : c.names)
            if ((at = int(table.header.indexOf(QString::fromUtf8(name)))) >= 0)
                break;
        const FieldDecl* field = kind.field(QString::fromLatin1(c.key));
        if (c.required && at < 0)
            return makeError(ErrorCode::Invalid, tr("缺少必需的列「%1」。表头是：%2")
                                                     .arg(QString::fromUtf8(c.names.constFirst()),
                                                          table.header.join(QStringLiteral("，"))));
        if (at >= 0 && field)
            columns.append({&c, field, at});
    }

    // Codes by code or name, and references by id, title (or a company's credit code), looked up once each.
    Choices choices(db);
    QHash<QString, QHash<QString, QString>> codes; // field → text → code
    QHash<QString, QString> refs;                  // "table\ntext" → id ("" when none)
    const auto code = [&](const FieldDecl& f, const QString& text) -> Result<QString> {
        if (!codes.contains(f.name())) {
            ZS_TRY_ASSIGN(const QList<Choice> list, choices.forField(f));
            QHash<QString, QString>& map = codes[f.name()];
            for (const Choice& c : list) {
                map.insert(c.value, c.value);
                map.insert(c.text, c.value);
            }
        }
        return codes.value(f.name()).value(text);
    };
    const auto ref = [&](const FieldDecl& f, const QString& text) -> Result<QString> {
        const QString key = QLatin1String(f.ref) + QLatin1Char('\n') + text;
        if (const auto found = refs.constFind(key); found != refs.cend())
            return found.value();
        const KindDecl* target = RecordKinds::byTable(QLatin1String(f.ref));
        QByteArray sql = QByteArrayLiteral("SELECT id FROM ") + f.ref + " WHERE deleted = 0 AND (id = ?1";
        if (target && target->titleColumn)
            sql += QByteArrayLiteral(" OR ") + target->titleColumn + " = ?1";
        if (target && target->field(QStringLiteral("credit_code")))
            sql += " OR credit_code = ?1";
        sql += ") LIMIT 1";
        ZS_TRY_ASSIGN(auto stmt, db.prepare(sql.constData()));
        stmt.bind(1, text);
        ZS_TRY_ASSIGN(const bool found, stmt.step());
        const QString id = found ? stmt.text(0) : QString();
        refs.insert(key, id);
        return id;
    };

    // A record already there under the same title is a duplicate (a file imported twice).
    QSet<QString> titles;
    if (kind.titleColumn) {
        const QByteArray sql =
            QByteArrayLiteral("SELECT ") + kind.titleColumn + " FROM " + kind.key + " WHERE deleted = 0";
        ZS_TRY_ASSIGN(auto stmt, db.prepare(sql.constData()));
        for (;;) {
            ZS_TRY_ASSIGN(const bool row, stmt.step());
            if (!row)
                break;
            titles.insert(stmt.text(0));
        }
    }

    RecordStore store(db, kind);
    for (const CsvReader::Record& record : table.records) {
        RecordStore::Values values;
        QHash<QString, QString> shown; // field → the column's header, for problems
        QList<CsvImport::Issue> problems;
        QHash<QString, std::pair<QString, QString>> unresolved; // reference field → (header, text) first given
        for (const Column& c : std::as_const(columns)) {
            const QString name = c.field->name();
            const QString text = c.at < record.fields.size() ? record.fields[c.at].trimmed() : QString();
            if (!shown.contains(name) || (values.value(name).toString().isEmpty() && !text.isEmpty()))
                shown.insert(name, QString::fromUtf8(c.decl->names.constFirst()));
            if (text.isEmpty() || values.contains(name))
                continue; // an earlier column of the same field gave it
            const auto problem = [&](const QString& reason) {
                problems << CsvImport::Issue{record.line, QString::fromUtf8(c.decl->names.constFirst()), reason};
            };
            switch (c.field->type) {
            case FieldType::Real:
            case FieldType::Integer:
                if (const auto n = number(text))
                    values.insert(name, *n);
                else
                    problem(tr("「%1」不是数字。").arg(text));
                break;
            case FieldType::Date:
                if (const QDate d = date(text); d.isValid())
                    values.insert(name, d.toString(Qt::ISODate));
                else
                    problem(tr("「%1」不是日期（如 2026-03-01）。").arg(text));
                break;
            case FieldType::Bool:
                if (const auto b = flag(text))
                    values.insert(name, *b);
                else
                    problem(tr("「%1」应为“是”或“否”。").arg(text));
                break;
            case FieldType::Code: {
                ZS_TRY_ASSIGN(const QString found, code(*c.field, text));
                if (found.isEmpty())
                    problem(tr("「%1」不在可选项中。").arg(text));
                else
                    values.insert(name, found);
                break;
            }
            case FieldType::Ref: {
                ZS_TRY_ASSIGN(const QString found, ref(*c.field, text));
                if (!found.isEmpty())
                    values.insert(name, found); // else a later column of the field may find it
                else if (!unresolved.contains(name))
                    unresolved.insert(name, {QString::fromUtf8(c.decl->names.constFirst()), text});
                break;
            }
            default:
                values.insert(name, text);
            }
        }
        // A reference none of its columns found, named by the first column that gave one.
        for (auto it = unresolved.cbegin(); it != unresolved.cend(); ++it)
            if (!values.contains(it.key()))
                problems << CsvImport::Issue{record.line, it.value().first,
                                             tr("找不到「%1」。").arg(it.value().second)};
        const QMap<QString, QString> invalid = store.validate(values);
        for (auto it = invalid.cbegin(); it != invalid.cend(); ++it)
            if (std::none_of(problems.cbegin(), problems.cend(),
                             [&](const CsvImport::Issue& i) { return i.column == shown.value(it.key()); }))
                problems << CsvImport::Issue{
                    record.line, shown.value(it.key(), RecordKinds::fieldLabel(*kind.field(it.key()))), it.value()};
        if (!problems.isEmpty()) {
            out.problems << problems;
            continue;
        }
        if (kind.titleColumn) {
            const QString title = values.value(QLatin1String(kind.titleColumn)).toString();
            if (titles.contains(title)) {
                out.duplicates << CsvImport::Issue{record.line, shown.value(QLatin1String(kind.titleColumn)),
                                                   tr("「%1」已经存在。").arg(title)};
                continue;
            }
            titles.insert(title);
        }
        out.records << values;
    }
    return out;
}

Result<int> RecordImport::commit(Database& db, const Preview& preview, const Clock& clock)
{
    RecordStore store(db, *preview.kind, clock);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    for (const RecordStore::Values& values : preview.records)
        ZS_TRY(store.create(values));
    ZS_TRY(tx.commit());
    return int(preview.records.size());
}

} // namespace zs
