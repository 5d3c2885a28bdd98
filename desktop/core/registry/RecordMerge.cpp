#include "desktop/core/registry/RecordMerge.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/registry/Choices.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace zs {

namespace {
// A column's stored value as JSON (what the merge row keeps of the survivor's fields).
QJsonValue stored(const Statement& s, int column)
{
    switch (s.type(column)) {
    case SQLITE_INTEGER:
        return s.int64(column);
    case SQLITE_FLOAT:
        return s.real(column);
    case SQLITE_TEXT:
        return s.text(column);
    default:
        return QJsonValue::Null;
    }
}

void bindStored(Statement& s, int index, const FieldDecl& f, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        s.bindNull(index);
    else if (v.isString())
        s.bind(index, v.toString());
    else if (f.type == FieldType::Real)
        s.bind(index, v.toDouble());
    else
        s.bind(index, v.toInteger());
}

bool isNone(const FieldDecl& f, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    return f.type == FieldType::Bool && v.toInteger() == 0;
}

// The columns a merge fills: what a person edits, the record's name excepted (the survivor keeps its own).
QList<FieldDecl> fillable(const KindDecl& kind)
{
    QList<FieldDecl> fields;
    for (const FieldDecl& f : RecordStore::editable(kind))
        if (!kind.titleColumn || qstrcmp(f.column, kind.titleColumn) != 0)
            fields << f;
    return fields;
}

// The value the survivor takes, or undefined when it keeps its own: the merged record's where the survivor has
// none, a flag set on either, and both notes joined.
QJsonValue filledValue(const FieldDecl& f, const QJsonValue& survivor, const QJsonValue& merged)
{
    if (isNone(f, merged))
        return QJsonValue::Undefined;
    if (isNone(f, survivor))
        return merged;
    if (f.type == FieldType::LongText && survivor.toString().trimmed() != merged.toString().trimmed())
        return QString(survivor.toString().trimmed() + QLatin1Char('\n') + merged.toString().trimmed());
    return QJsonValue::Undefined;
}

// The kind a synced merge row names: a declared kind's own table, never a detail table or anything else.
const KindDecl* mergedKind(const QString& table)
{
    const KindDecl* kind = RecordKinds::byTable(table);
    return kind && kind->table() == table ? kind : nullptr;
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}
} // namespace

QList<TableDecl> RecordKinds::mergeTables()
{
    const FieldDecl kind{"kind", QT_TR_NOOP("记录类别"), FieldType::Code};
    const FieldDecl updatedAt = updated();
    return {
        {"record_merge",
         QT_TR_NOOP("合并记录"),
         {kind,
          {"survivor_id", QT_TR_NOOP("保留的记录"), FieldType::Text},
          {"merged_id", QT_TR_NOOP("并入的记录"), FieldType::Text},
          {"merged_title", QT_TR_NOOP("并入记录的名称")},
          {"filled", QT_TR_NOOP("补全的字段"), FieldType::LongText},
          {"merged_at", QT_TR_NOOP("合并时间"), FieldType::Time},
          {"merged_by", QT_TR_NOOP("合并人")},
          {"undone_at", QT_TR_NOOP("撤销时间"), FieldType::Time},
          {"undone_by", QT_TR_NOOP("撤销人")},
          created(),
          updatedAt}},
        {"record_merge_move",
         QT_TR_NOOP("合并移动的记录"),
         {{"merge_id", QT_TR_NOOP("合并记录"), FieldType::Text},
          {"tbl", QT_TR_NOOP("记录所在表"), FieldType::Code},
          {"row_id", QT_TR_NOOP("移动的记录"), FieldType::Text},
          {"col", QT_TR_NOOP("指向的字段"), FieldType::Code},
          {"dropped", QT_TR_NOOP("作为重复删除"), FieldType::Bool},
          updatedAt}},
    };
}

struct RecordMerge::Record
{
    QString scope;
    QString title;
    QJsonObject values; // fillable column → stored value
};

RecordMerge::RecordMerge(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

int RecordMerge::Plan::rows() const
{
    int n = 0;
    for (const Move& m : moves)
        n += m.rows;
    return n;
}

Result<RecordMerge::Record> RecordMerge::load(const KindDecl& kind, const QString& id)
{
    const QList<FieldDecl> fields = fillable(kind);
    QStringList columns{QStringLiteral("scope")};
    for (const FieldDecl& f : fields)
        columns << f.name();
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(utf8(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1 AND deleted = 0")
                                                  .arg(columns.join(QStringLiteral(", ")), kind.table()))
                                             .constData()));
    stmt->bind(1, id);
    ZS_TRY_ASSIGN(auto found, stmt->step());
    if (!found)
        return makeError(ErrorCode::NotFound,
                         tr("找不到这条%1记录，可能已被合并或删除。").arg(RecordKinds::label(kind)), id);
    Record r;
    r.scope = stmt->text(0);
    for (int i = 0; i < fields.size(); ++i)
        r.values.insert(fields[i].name(), stored(*stmt, i + 1));
    stmt->reset();
    ZS_TRY_ASSIGN(r.title, RecordStore(m_db, kind, m_clock).title(id));
    return r;
}

Result<RecordMerge::Plan> RecordMerge::plan(const KindDecl& kind, const QString& intoId, const QString& fromId)
{
    if (intoId == fromId)
        return makeError(ErrorCode::Invalid, tr("不能把一条记录合并到它自己。"), intoId);
    ZS_TRY_ASSIGN(const Record into, load(kind, intoId));
    ZS_TRY_ASSIGN(const Record from, load(kind, fromId));
    Plan plan{intoId, into.title, fromId, from.title, {}, {}, {}};
    if (kind.titleColumn)
        plan.fields.append({RecordKinds::fieldLabel(*kind.field(QString::fromLatin1(kind.titleColumn))), into.title,
                            from.title, into.title, false});
    for (const RefDecl& ref : RecordKinds::referencesTo(kind)) {
        ZS_TRY_ASSIGN(auto count,
                      m_db.cached(utf8(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?1 AND deleted = 0")
                                           .arg(ref.table(), ref.column()))
                                      .constData()));
        count->bind(1, fromId);
        ZS_TRY_ASSIGN(const qint64 rows, repo::one(
                                             count, [](const Statement& s) { return s.int64(0); }, Error{}));
        if (rows > 0)
            plan.moves.append({ref.table(), RecordKinds::tableLabel(ref.table()), int(rows)});
    }
    for (const FieldDecl& f : fillable(kind)) {
        const QJsonValue survivor = into.values.value(f.name()), merged = from.values.value(f.name());
        const QJsonValue filled = filledValue(f, survivor, merged);
        if (!filled.isUndefined())
            plan.filled << RecordKinds::fieldLabel(f);
        QList<Choice> choices;
        if (f.type == FieldType::Code || f.type == FieldType::Ref) {
            ZS_TRY_ASSIGN(choices, Choices(m_db).forField(f));
        }
        const auto text = [&](const QJsonValue& v) { return Choices::text(f, v.toVariant(), choices); };
        plan.fields.append({RecordKinds::fieldLabel(f), text(survivor), text(merged),
                            text(filled.isUndefined() ? survivor : filled), !filled.isUndefined()});
    }
    return plan;
}

Result<QString> RecordMerge::merge(const KindDecl& kind, const QString& intoId, const QString& fromId)
{
    if (intoId == fromId)
        return makeError(ErrorCode::Invalid, tr("不能把一条记录合并到它自己。"), intoId);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    ZS_TRY_ASSIGN(const Record into, load(kind, intoId));
    ZS_TRY_ASSIGN(const Record from, load(kind, fromId));
    const qint64 now = m_clock.wallMs();
    const QString mergeId = Uuid7::create(now);

    // The merged record goes first: the survivor may take a value only one live record may hold (a credit code).
    ZS_TRY(m_db.run(
        utf8(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?2 WHERE id = ?1").arg(kind.table())).constData(),
        fromId, now));
    QJsonObject filled;
    for (const FieldDecl& f : fillable(kind)) {
        const QJsonValue before = into.values.value(f.name());
        const QJsonValue after = filledValue(f, before, from.values.value(f.name()));
        if (after.isUndefined())
            continue;
        ZS_TRY_ASSIGN(
            auto set,
            m_db.cached(
                utf8(QStringLiteral("UPDATE %1 SET %2 = ?2, updated_at = ?3 WHERE id = ?1").arg(kind.table(), f.name()))
                    .constData()));
        set->bind(1, intoId);
        bindStored(*set, 2, f, after);
        set->bind(3, now);
        ZS_TRY(set->run());
        filled.insert(f.name(), QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}});
    }
    ZS_TRY(m_db.run("INSERT INTO record_merge (id, scope, kind, survivor_id, merged_id, merged_title, filled, "
                    "merged_at, merged_by, created_at, updated_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, " ZS_CURRENT_USER ", ?8, ?8)",
                    mergeId, from.scope, kind.table(), intoId, fromId, from.title,
                    QString::fromUtf8(QJsonDocument(filled).toJson(QJsonDocument::Compact)), now));
    ZS_TRY(moveRows(kind, mergeId, from.scope, fromId, intoId, now));
    ZS_TRY(tx.commit());
    return mergeId;
}

Result<int> RecordMerge::moveRows(const KindDecl& kind, const QString& mergeId, const QString& scope,
                                  const QString& fromId, const QString& intoId, qint64 now)
{
    int moved = 0;
    for (const RefDecl& ref : RecordKinds::referencesTo(kind)) {
        const QString table = ref.table(), column = ref.column();
        // A link (an event's attending company) the survivor already has would be there twice: it is dropped.
        QString duplicate;
        if (ref.isLink()) {
            QStringList same{QStringLiteral("d.%1 = r.%1").arg(QLatin1String(ref.detail->parentColumn))};
            for (const FieldDecl& f : ref.detail->fields)
                if (f.type == FieldType::Ref && f.name() != column)
                    same << QStringLiteral("d.%1 IS r.%1").arg(f.name());
            duplicate = QStringLiteral("EXISTS (SELECT 1 FROM %1 d WHERE d.%2 = ?2 AND d.deleted = 0 AND %3)")
                            .arg(table, column, same.join(QStringLiteral(" AND ")));
        }
        ZS_TRY_ASSIGN(auto rows,
                      m_db.prepare(utf8(QStringLiteral("SELECT r.id, %1 FROM %2 r WHERE r.%3 = ?1 AND "
                                                       "r.deleted = 0")
                                            .arg(duplicate.isEmpty() ? QStringLiteral("0") : duplicate, table, column))
                                       .constData()));
        rows.bind(1, fromId);
        if (!duplicate.isEmpty())
            rows.bind(2, intoId);
        QList<std::pair<QString, bool>> found;
        for (;;) {
            ZS_TRY_ASSIGN(auto more, rows.step());
            if (!more)
                break;
            found.append({rows.text(0), rows.int64(1) != 0});
        }
        const QByteArray move =
            utf8(QStringLiteral("UPDATE %1 SET %2 = ?2, updated_at = ?3 WHERE id = ?1").arg(table, column));
        const QByteArray drop =
            utf8(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?2 WHERE id = ?1").arg(table));
        for (const auto& [rowId, dropped] : found) {
            if (dropped)
                ZS_TRY(m_db.run(drop.constData(), rowId, now));
            else
                ZS_TRY(m_db.run(move.constData(), rowId, intoId, now));
            ZS_TRY(m_db.run("INSERT OR IGNORE INTO record_merge_move (id, scope, merge_id, tbl, row_id, col, dropped, "
                            "updated_at) VALUES (?1 || '/' || ?3 || '/' || ?4, ?2, ?1, ?3, ?4, ?5, ?6, ?7)",
                            mergeId, scope, table, rowId, column, dropped ? 1 : 0, now));
            ++moved;
        }
    }
    return moved;
}

Result<int> RecordMerge::moveBack(const KindDecl& kind, const QString& mergeId, const QString& survivorId,
                                  const QString& mergedId, qint64 now)
{
    // Table and column names come from synced rows: only the references the registry declares are followed.
    const QList<RefDecl> refs = RecordKinds::referencesTo(kind);
    ZS_TRY_ASSIGN(auto moves, m_db.prepare("SELECT id, tbl, row_id, col, dropped FROM record_merge_move "
                                           "WHERE merge_id = ?1 AND deleted = 0"));
    moves.bind(1, mergeId);
    struct Move
    {
        QString id, table, rowId, column;
        bool dropped;
    };
    QList<Move> list;
    for (;;) {
        ZS_TRY_ASSIGN(auto more, moves.step());
        if (!more)
            break;
        list.append({moves.text(0), moves.text(1), moves.text(2), moves.text(3), moves.int64(4) != 0});
    }
    int back = 0;
    for (const Move& m : list) {
        const bool declared = std::any_of(refs.begin(), refs.end(), [&m](const RefDecl& r) {
            return r.table() == m.table && r.column() == m.column;
        });
        if (!declared)
            continue;
        ZS_TRY_ASSIGN(
            auto here,
            m_db.cached(
                utf8(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?1)").arg(m.table)).constData()));
        here->bind(1, m.rowId);
        ZS_TRY_ASSIGN(const qint64 held, repo::one(
                                             here, [](const Statement& s) { return s.int64(0); }, Error{}));
        if (!held)
            continue; // another laptop holds it (another team's visit): that one moves it back
        if (m.dropped)
            ZS_TRY(m_db.run(utf8(QStringLiteral("UPDATE %1 SET deleted = 0, updated_at = ?2 WHERE id = ?1 AND "
                                                "deleted = 1")
                                     .arg(m.table))
                                .constData(),
                            m.rowId, now));
        else
            ZS_TRY(m_db.run(utf8(QStringLiteral("UPDATE %1 SET %2 = ?2, updated_at = ?4 WHERE id = ?1 AND %2 = ?3")
                                     .arg(m.table, m.column))
                                .constData(),
                            m.rowId, mergedId, survivorId, now));
        ZS_TRY(m_db.run("UPDATE record_merge_move SET deleted = 1, updated_at = ?2 WHERE id = ?1", m.id, now));
        ++back;
    }
    return back;
}

Result<void> RecordMerge::undo(const QString& mergeId)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT kind, survivor_id, merged_id, filled, undone_at FROM record_merge "
                                         "WHERE id = ?1 AND deleted = 0"));
    stmt->bind(1, mergeId);
    ZS_TRY_ASSIGN(auto found, stmt->step());
    if (!found)
        return makeError(ErrorCode::NotFound, tr("找不到这次合并。"), mergeId);
    const QString kindName = stmt->text(0), survivorId = stmt->text(1), mergedId = stmt->text(2);
    const QJsonObject filled = QJsonDocument::fromJson(stmt->text(3).toUtf8()).object();
    const bool undone = stmt->int64(4) != 0;
    stmt->reset();
    if (undone)
        return makeError(ErrorCode::Invalid, tr("这次合并已经撤销过了。"), mergeId);
    const KindDecl* kind = mergedKind(kindName);
    if (!kind)
        return makeError(ErrorCode::Invalid, tr("这个版本不认识这类记录（%1），无法撤销。").arg(kindName), mergeId);
    const qint64 now = m_clock.wallMs();

    // The survivor gives back what the merge filled, where nobody has changed it since; then the merged record may
    // hold its own values again (a credit code only one live record may have).
    for (auto it = filled.begin(); it != filled.end(); ++it) {
        const FieldDecl* f = kind->field(it.key());
        if (!f || f->type == FieldType::Hidden || (kind->titleColumn && it.key() == QLatin1String(kind->titleColumn)))
            continue;
        const QJsonObject change = it.value().toObject();
        ZS_TRY_ASSIGN(
            auto restore,
            m_db.cached(utf8(QStringLiteral("UPDATE %1 SET %2 = ?2, updated_at = ?4 WHERE id = ?1 AND %2 IS ?3")
                                 .arg(kind->table(), f->name()))
                            .constData()));
        restore->bind(1, survivorId);
        bindStored(*restore, 2, *f, change.value(QStringLiteral("before")));
        bindStored(*restore, 3, *f, change.value(QStringLiteral("after")));
        restore->bind(4, now);
        ZS_TRY(restore->run());
    }
    auto revived = m_db.run(utf8(QStringLiteral("UPDATE %1 SET deleted = 0, updated_at = ?2 WHERE id = ?1 AND "
                                                "deleted = 1")
                                     .arg(kind->table()))
                                .constData(),
                            mergedId, now);
    if (!revived.ok())
        return makeError(ErrorCode::AlreadyExists,
                         tr("无法撤销：被合并的%1与现有记录冲突（例如统一社会信用代码相同，两条记录不能同时存在）。")
                             .arg(RecordKinds::label(*kind)),
                         revived.error().message);
    ZS_TRY(m_db.run("UPDATE record_merge SET undone_at = ?2, undone_by = " ZS_CURRENT_USER ", updated_at = ?2 "
                    "WHERE id = ?1",
                    mergeId, now));
    ZS_TRY(moveBack(*kind, mergeId, survivorId, mergedId, now));
    return tx.commit();
}

Result<int> RecordMerge::follow()
{
    ZS_TRY_ASSIGN(const qint64 any, m_db.scalar("SELECT EXISTS (SELECT 1 FROM record_merge WHERE deleted = 0)"));
    if (!any)
        return 0;
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    const qint64 now = m_clock.wallMs();
    struct Merge
    {
        QString id, kind, survivor, merged, scope;
    };
    const auto read = [this](const char* sql) -> Result<QList<Merge>> {
        ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql));
        return repo::all(stmt, [](const Statement& s) {
            return Merge{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)};
        });
    };
    int changed = 0;
    // In the order they were made: a record merged into one merged later follows both.
    ZS_TRY_ASSIGN(const QList<Merge> active, read("SELECT id, kind, survivor_id, merged_id, scope FROM record_merge "
                                                  "WHERE deleted = 0 AND undone_at = 0 ORDER BY merged_at, id"));
    for (const Merge& m : active) {
        const KindDecl* kind = mergedKind(m.kind);
        if (!kind)
            continue; // a kind this version does not know: nothing here refers to it
        ZS_TRY_ASSIGN(const int moved, moveRows(*kind, m.id, m.scope, m.merged, m.survivor, now));
        changed += moved;
    }
    ZS_TRY_ASSIGN(const QList<Merge> undone,
                  read("SELECT id, kind, survivor_id, merged_id, scope FROM record_merge m WHERE deleted = 0 AND "
                       "undone_at <> 0 AND EXISTS (SELECT 1 FROM record_merge_move WHERE merge_id = m.id AND "
                       "deleted = 0) ORDER BY undone_at DESC, id"));
    for (const Merge& m : undone) {
        const KindDecl* kind = mergedKind(m.kind);
        if (!kind)
            continue;
        ZS_TRY_ASSIGN(const int back, moveBack(*kind, m.id, m.survivor, m.merged, now));
        changed += back;
    }
    ZS_TRY(tx.commit());
    return changed;
}

Result<RecordMerge::Entry> RecordMerge::get(const QString& mergeId)
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT id, survivor_id, merged_id, merged_title, merged_at, merged_by, "
                                         "undone_at, (SELECT count(*) FROM record_merge_move WHERE merge_id = m.id) "
                                         "FROM record_merge m WHERE id = ?1 AND deleted = 0"));
    stmt->bind(1, mergeId);
    return repo::one(
        stmt,
        [](const Statement& s) {
            return Entry{s.text(0),  s.text(1), s.text(2),  s.text(3),
                         s.int64(4), s.text(5), s.int64(6), int(s.int64(7))};
        },
        makeError(ErrorCode::NotFound, tr("找不到这次合并。"), mergeId));
}

Result<QList<RecordMerge::Entry>> RecordMerge::history(const QString& recordId)
{
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT id, survivor_id, merged_id, merged_title, merged_at, merged_by, "
                                         "undone_at, (SELECT count(*) FROM record_merge_move WHERE merge_id = m.id) "
                                         "FROM record_merge m WHERE (survivor_id = ?1 OR merged_id = ?1) AND "
                                         "deleted = 0 ORDER BY merged_at DESC, id DESC"));
    stmt->bind(1, recordId);
    return repo::all(stmt, [](const Statement& s) {
        return Entry{s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.text(5), s.int64(6), int(s.int64(7))};
    });
}

} // namespace zs
