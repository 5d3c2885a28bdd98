#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <optional>

namespace zs {

class Database;
class Statement;

// 客商: create, correct, look up, find duplicates. City-wide records (scope "city").
class CompanyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)

public:
    explicit CompanyRepository(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Field problems (empty when valid), without looking at other records.
    static QMap<QString, QString> validate(const Company& company);
    // Validates, refuses duplicates (same credit code or same normalised name) with a pointer to the existing
    // record (Error::detail holds its id), assigns id and timestamps.
    Result<QString> create(Company& company);
    Result<void> update(Company& company);
    Result<Company> get(const QString& id);
    Result<void> remove(const QString& id);
    // The live record with this credit code / normalised name, if any.
    Result<std::optional<Company>> findDuplicate(const Company& company);
    // Live companies whose name shares its core with this one (RecordText::nameCore: 广州华达精密机械公司 and
    // 广州华达精密机械有限公司), the same record excluded; for a warning while typing, at most `limit`.
    Result<QList<Company>> similar(const Company& company, int limit = 3);
    Result<qint64> count();

private:
    // Normalises, validates and refuses duplicates: what create and update share.
    Result<void> prepare(Company& company);
    Result<void> checkDuplicates(const Company& company);
    static Company read(const Statement& stmt);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
