#pragma once

#include "sync/store/Error.h"

namespace zs {

class Database;

// RAII transaction: rolls back unless commit() succeeded. Begun inside another transaction it becomes a
// savepoint, so repository calls compose into a caller's larger transaction.
class Transaction
{
public:
    enum class Mode
    {
        Deferred,
        Immediate,
    };

    static Result<Transaction> begin(Database& db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> commit();
    void rollback();

private:
    Transaction(Database* db, bool nested)
        : m_db(db)
        , m_nested(nested)
    {
    }
    Database* m_db = nullptr;
    bool m_nested = false;
};

} // namespace zs
