#pragma once

#include "sync/store/Error.h"

namespace zs {

class Database;

// RAII transaction: rolls back unless commit() succeeded.
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
    explicit Transaction(Database* db)
        : m_db(db)
    {
    }
    Database* m_db = nullptr;
};

} // namespace zs
