#include "desktop/core/registry/RecordRemoval.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

namespace zs {

RecordRemoval::RecordRemoval(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<RecordRemoval::Blocker>> RecordRemoval::blockers(const KindDecl& kind, const QString& id)
{
    QList<Blocker> list;
    for (const RefDecl& ref : RecordKinds::referencesTo(kind)) {
        // A kind's own reference, or a link row (an event's attending company); not a detail that merely mentions
        // it (a brochure handed out during a visit is the visit's, and goes with it).
        if (ref.detail && !ref.isLink())
            continue;
        if (ref.kind == &kind && !ref.detail)
            continue; // a record of its own kind (the newer version of a material) does not hold it
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?1 AND deleted = 0")
                                   .arg(ref.table(), ref.column())
                                   .toUtf8();
        ZS_TRY_ASSIGN(auto count, m_db.cached(sql.constData()));
        count->bind(1, id);
        ZS_TRY_ASSIGN(const qint64 rows, repo::one(
                                             count, [](const Statement& s) { return s.int64(0); }, Error{}));
        if (rows > 0)
            list.append({ref.table(), RecordKinds::tableLabel(ref.table()), int(rows)});
    }
    return list;
}

QString RecordRemoval::describe(const QList<Blocker>& blockers)
{
    QStringList parts;
    for (const Blocker& b : blockers)
        parts << tr("%1 条%2").arg(b.rows).arg(b.label);
    return parts.join(QStringLiteral("、"));
}

Result<int> RecordRemoval::remove(const KindDecl& kind, const QStringList& ids)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    RecordStore store(m_db, kind, m_clock);
    for (const QString& id : ids) {
        ZS_TRY_ASSIGN(const QList<Blocker> held, blockers(kind, id));
        if (!held.isEmpty()) {
            auto title = store.title(id);
            return makeError(ErrorCode::Invalid,
                             tr("“%1”还有%2指向它，不能删除。重复的记录请用“合并”，它会把这些记录移到保留的一条上。")
                                 .arg(title.ok() ? title.value() : RecordKinds::label(kind), describe(held)),
                             id);
        }
        ZS_TRY(store.remove(id));
    }
    ZS_TRY(tx.commit());
    return int(ids.size());
}

Result<int> RecordRemoval::restore(const KindDecl& kind, const QStringList& ids)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    const QByteArray sql = QStringLiteral("UPDATE %1 SET deleted = 0, updated_at = ?2 WHERE id = ?1 AND deleted = 1")
                               .arg(kind.table())
                               .toUtf8();
    const qint64 now = m_clock.wallMs();
    int restored = 0;
    for (const QString& id : ids) {
        auto revived = m_db.run(sql.constData(), id, now);
        if (!revived.ok())
            return makeError(
                ErrorCode::AlreadyExists,
                tr("无法恢复：已有另一条%1与它冲突（例如统一社会信用代码相同）。").arg(RecordKinds::label(kind)),
                revived.error().message);
        restored += m_db.changes();
    }
    ZS_TRY(tx.commit());
    return restored;
}

} // namespace zs
