#include "desktop/core/registry/RecordOverview.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/registry/Choices.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"

#include <QDateTime>

#include <algorithm>

namespace zs {

namespace {
// The kind's alias in its list's FROM clause ("visit v JOIN company c …" → v).
QString alias(const KindDecl& kind)
{
    const QStringList words = QString::fromLatin1(kind.list.from).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.size() > 1 ? words[1] : kind.table();
}

// What names a referring record in a list on the page: its title column, or else the name of its first code from a
// seed list (a visit's purpose: 项目洽谈), or else its kind's label.
QString titleSql(const KindDecl& kind, const QString& a)
{
    if (kind.titleColumn)
        return QStringLiteral("%1.%2").arg(a, QLatin1String(kind.titleColumn));
    for (const FieldDecl& f : kind.fields)
        if (f.type == FieldType::Code && f.ref && qstrncmp(f.ref, "ref_", 4) == 0)
            return QStringLiteral("coalesce((SELECT name FROM %1 WHERE code = %2.%3), '')")
                .arg(QLatin1String(f.ref), a, f.name());
    return QStringLiteral("''");
}

// Its first long text (the visit's minutes, the lead's notes): the entry's summary.
QString summarySql(const KindDecl& kind, const QString& a)
{
    for (const FieldDecl& f : kind.fields)
        if (f.type == FieldType::LongText)
            return QStringLiteral("substr(coalesce(%1.%2, ''), 1, 160)").arg(a, f.name());
    return QStringLiteral("''");
}

// The detail row's own time (handed_at, changed_at), bookkeeping times excepted.
const FieldDecl* firstTime(const DetailDecl& d)
{
    for (const FieldDecl& f : d.fields)
        if (f.type == FieldType::Time && qstrcmp(f.column, "updated_at") != 0 && qstrcmp(f.column, "created_at") != 0)
            return &f;
    return nullptr;
}

QString dateOfMs(const QString& column)
{
    return QStringLiteral("date(%1 / 1000, 'unixepoch', 'localtime')").arg(column);
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}
} // namespace

Result<RecordOverview::Overview> RecordOverview::read(Database& db, const KindDecl& kind, const QString& id, int limit)
{
    Overview o;
    RecordStore store(db, kind);
    ZS_TRY_ASSIGN(const RecordStore::Values values, store.get(id));
    auto title = store.title(id);
    o.title = title.ok() ? title.value() : RecordKinds::label(kind);
    Choices choices(db);
    for (const FieldDecl& f : RecordStore::editable(kind)) {
        QList<Choice> known;
        if (f.type == FieldType::Code || f.type == FieldType::Ref) {
            ZS_TRY_ASSIGN(known, choices.forField(f));
        }
        Fact fact{RecordKinds::fieldLabel(f), Choices::text(f, values.value(f.name()), known), {}, {}};
        const KindDecl* target =
            f.type == FieldType::Ref && f.ref ? RecordKinds::byTable(QLatin1String(f.ref)) : nullptr;
        if (target && !fact.text.isEmpty()) {
            fact.refKind = target->kind;
            fact.refId = values.value(f.name()).toString();
        }
        o.facts.append(fact);
    }

    const auto entries = [&](const KindDecl& k, const QString& sql, const QString& what) -> Result<QList<Entry>> {
        ZS_TRY_ASSIGN(auto stmt, db.cached(utf8(sql).constData()));
        stmt->bind(1, id);
        stmt->bind(2, limit);
        return repo::all(stmt, [&](const Statement& s) {
            return Entry{k.kind, s.text(0), s.text(1), what, s.text(2).isEmpty() ? what : s.text(2), s.text(3)};
        });
    };
    const auto count = [&](const QString& sql) -> Result<qint64> {
        ZS_TRY_ASSIGN(auto stmt, db.cached(utf8(sql).constData()));
        stmt->bind(1, id);
        return repo::one(
            stmt, [](const Statement& s) { return s.int64(0); }, Error{});
    };

    for (const RefDecl& ref : RecordKinds::referencesTo(kind)) {
        const KindDecl& k = *ref.kind;
        if (!k.list.from || (ref.detail == nullptr && &k == &kind))
            continue; // a record referring to another of its kind (a material superseding one) is not its activity
        const QString a = alias(k);
        QString from = QString::fromLatin1(k.list.from);
        QString where = QStringLiteral("%1.%2 = ?1").arg(a, ref.column());
        QString date = QString::fromLatin1(k.list.dateColumn);
        QString what = RecordKinds::label(k);
        if (ref.detail) {
            from += QStringLiteral(" JOIN %1 d ON d.%2 = %3.id AND d.deleted = 0")
                        .arg(ref.table(), QLatin1String(ref.detail->parentColumn), a);
            where = QStringLiteral("d.%1 = ?1").arg(ref.column());
            if (const FieldDecl* time = firstTime(*ref.detail)) { // a handout dates from its handing over
                date = dateOfMs(QStringLiteral("d.") + time->name());
                what = RecordKinds::tableLabel(ref.table());
            }
        }
        where += QStringLiteral(" AND %1.deleted = 0").arg(a);
        ZS_TRY_ASSIGN(const qint64 n,
                      count(QStringLiteral("SELECT count(DISTINCT %1.id) FROM %2 WHERE %3").arg(a, from, where)));
        if (n == 0)
            continue;
        const QString select = QStringLiteral("SELECT %1.id, max(%2), %3, %4 FROM %5 WHERE %6 GROUP BY %1.id "
                                              "ORDER BY 2 DESC, %1.rid DESC LIMIT ?2")
                                   .arg(a, date, titleSql(k, a), summarySql(k, a), from, where);
        ZS_TRY_ASSIGN(QList<Entry> list, entries(k, select, what));
        const auto same = [&k](const Related& r) { return r.kind == k.kind; };
        auto existing = std::find_if(o.related.begin(), o.related.end(), same);
        if (existing == o.related.end())
            o.related.append({k.kind, RecordKinds::label(k), int(n), list});
        else { // the same kind referring once more (a brochure made for the company and handed to it): once each
            int added = int(n);
            for (const Entry& e : std::as_const(list)) {
                const bool known = std::any_of(existing->entries.cbegin(), existing->entries.cend(),
                                               [&e](const Entry& x) { return x.id == e.id; });
                if (known)
                    --added;
                else
                    existing->entries << e;
            }
            existing->count += added;
        }
        if (k.activity || (ref.detail && firstTime(*ref.detail))) // a handover is an act, whatever the kind
            o.activity << list;

        // The referring records' own activity rows (a lead's stage changes), under the record's title.
        if (ref.detail)
            continue;
        for (const DetailDecl& d : k.details) {
            const FieldDecl* time = firstTime(d);
            if (!d.activity || !time)
                continue;
            QStringList shown;
            for (const FieldDecl& f : d.fields)
                if (f.type == FieldType::Code && f.ref)
                    shown << QStringLiteral("coalesce((SELECT name FROM %1 WHERE code = s.%2), s.%2)")
                                 .arg(QLatin1String(f.ref), f.name());
                else if (f.type == FieldType::Text && qstrcmp(f.column, "changed_by") != 0)
                    shown << QStringLiteral("nullif(s.%1, '')").arg(f.name()); // concat_ws skips NULLs, not ''s
            const QString sql =
                QStringLiteral("SELECT %1.id, %2, %3, concat_ws(' · ', %4) FROM %5 JOIN %6 s ON s.%7 = %1.id AND "
                               "s.deleted = 0 WHERE %8 ORDER BY s.%9 DESC LIMIT ?2")
                    .arg(a, dateOfMs(QStringLiteral("s.") + time->name()), titleSql(k, a),
                         shown.isEmpty() ? QStringLiteral("''") : shown.join(QStringLiteral(", ")), from,
                         QLatin1String(d.table), QLatin1String(d.parentColumn), where, time->name());
            ZS_TRY_ASSIGN(QList<Entry> rows, entries(k, sql, RecordKinds::tableLabel(QLatin1String(d.table))));
            o.activity << rows;
        }
    }

    // Its own detail rows (an event's attending companies, a lead's stage changes): a tab each, named by what they
    // point at; those declared as activity are in the activity too.
    for (const DetailDecl& d : kind.details) {
        const FieldDecl* time = firstTime(d);
        QStringList shown;
        const FieldDecl* target = nullptr;
        const KindDecl* targetKind = nullptr;
        for (const FieldDecl& f : d.fields) {
            if (&f == time || qstrcmp(f.column, "updated_at") == 0)
                continue;
            if (f.type == FieldType::Ref) {
                const KindDecl* k = f.ref ? RecordKinds::byTable(QLatin1String(f.ref)) : nullptr;
                if (!k || !k->titleColumn || k->table() != QLatin1String(f.ref))
                    continue;
                if (!target) {
                    target = &f;
                    targetKind = k;
                }
                shown << QStringLiteral("(SELECT %1 FROM %2 WHERE id = r.%3)")
                             .arg(QLatin1String(k->titleColumn), k->table(), f.name());
            } else if (f.type == FieldType::Code && f.ref && qstrncmp(f.ref, "ref_", 4) == 0) {
                shown << QStringLiteral("(SELECT name FROM %1 WHERE code = r.%2)").arg(QLatin1String(f.ref), f.name());
            } else if (f.type == FieldType::Text || f.type == FieldType::LongText) {
                shown << QStringLiteral("nullif(r.%1, '')").arg(f.name());
            }
        }
        if (shown.isEmpty())
            continue;
        const QString opened = target ? QStringLiteral("coalesce(r.%1, '')").arg(target->name()) : QStringLiteral("''");
        const QString sql =
            QStringLiteral("SELECT %1, %2, coalesce(%3, ''), coalesce(concat_ws(' · ', %4), '') FROM %5 r "
                           "WHERE r.%6 = ?1 AND r.deleted = 0 ORDER BY %7 LIMIT ?2")
                .arg(opened, time ? dateOfMs(QStringLiteral("r.") + time->name()) : QStringLiteral("''"), shown.first(),
                     shown.size() > 1 ? shown.mid(1).join(QStringLiteral(", ")) : QStringLiteral("NULL"),
                     QLatin1String(d.table), QLatin1String(d.parentColumn),
                     time ? QStringLiteral("r.%1 DESC").arg(time->name()) : QString::fromLatin1(d.order));
        ZS_TRY_ASSIGN(QList<Entry> rows,
                      entries(targetKind ? *targetKind : kind, sql, RecordKinds::tableLabel(QLatin1String(d.table))));
        if (rows.isEmpty())
            continue;
        for (Entry& e : rows)
            if (e.id.isEmpty()) { // nothing to open but the record itself
                e.kind = kind.kind;
                e.id = id;
            }
        ZS_TRY_ASSIGN(const qint64 n, count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?1 AND deleted = 0")
                                                .arg(QLatin1String(d.table), QLatin1String(d.parentColumn))));
        o.related.append(
            {targetKind ? targetKind->kind : kind.kind, RecordKinds::tableLabel(QLatin1String(d.table)), int(n), rows});
        if (d.activity && time)
            o.activity << rows;
    }

    ZS_TRY_ASSIGN(o.merges, RecordMerge(db).history(id));
    for (const RecordMerge::Entry& m : std::as_const(o.merges)) {
        const QString when = QDateTime::fromMSecsSinceEpoch(m.mergedAt).date().toString(Qt::ISODate);
        QString text = m.mergedId == id ? tr("并入了另一条记录") : tr("并入了重复记录「%1」").arg(m.mergedTitle);
        if (m.undoneAt)
            text += tr("（已撤销）");
        o.activity.append({kind.kind, id, when, tr("合并"), text, tr("移动了 %1 条记录").arg(m.moves)});
    }
    std::stable_sort(o.activity.begin(), o.activity.end(),
                     [](const Entry& x, const Entry& y) { return x.date > y.date; });
    if (o.activity.size() > limit)
        o.activity.resize(limit);
    return o;
}

} // namespace zs
