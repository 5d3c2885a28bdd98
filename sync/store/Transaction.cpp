#include "sync/store/Transaction.h"

#include "sync/store/Database.h"

#include <utility>

namespace zs {

Result<Transaction> Transaction::begin(Database& db, Mode mode)
{
    const bool nested = db.inTransaction();
    ZS_TRY(db.exec(nested ? "SAVEPOINT zs_nested" : mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED"));
    return Transaction(&db, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_nested(other.m_nested)
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Internal, QStringLiteral("commit without a transaction"));
    auto rc = m_db->exec(m_nested ? "RELEASE zs_nested" : "COMMIT");
    if (!rc.ok()) {
        rollback();
        return rc.error();
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (m_db && m_db->inTransaction())
        (void)m_db->exec(m_nested ? "ROLLBACK TO zs_nested; RELEASE zs_nested" : "ROLLBACK");
    m_db = nullptr;
}

} // namespace zs
