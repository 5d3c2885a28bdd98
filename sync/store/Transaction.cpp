#include "sync/store/Transaction.h"

#include "sync/store/Database.h"

#include <utility>

namespace zs {

Result<Transaction> Transaction::begin(Database& db, Mode mode)
{
    auto rc = db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    if (!rc.ok())
        return rc.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
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
    auto rc = m_db->exec("COMMIT");
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
        (void)m_db->exec("ROLLBACK");
    m_db = nullptr;
}

} // namespace zs
