#include "desktop/core/directory/CompanyRepository.h"

#include "desktop/core/directory/CreditCode.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/RowBinding.h"
#include "sync/store/Database.h"
#include "sync/store/Uuid7.h"

namespace zs {

namespace {
// Column order read() expects.
#define COMPANY_COLUMNS                                                                                                \
    "id, scope, name, credit_code, industry, hq_city, size, revenue_wan, tags, hometown, source, notes, created_at, "  \
    "updated_at"
constexpr int kMaxName = 200;

// Binds ?1…?14: id, scope, name, normalised name, credit code, industry, city, size, revenue, tags, hometown,
// source, notes, time of the write.
void bindCompany(Statement& s, const Company& c, qint64 now)
{
    s.bind(1, c.id).bind(2, rows::text(c.scope)).bind(3, c.name).bind(4, RecordText::normalizeName(c.name));
    s.bind(5, rows::text(c.creditCode)).bind(6, rows::text(c.industry)).bind(7, rows::text(c.hqCity));
    s.bind(8, rows::text(c.size));
    rows::bindOptional(s, 9, c.revenueWan);
    s.bind(10, rows::text(c.tags)).bind(11, c.hometown ? 1 : 0).bind(12, rows::text(c.source));
    s.bind(13, rows::text(c.notes)).bind(14, now);
}
} // namespace

Company CompanyRepository::read(const Statement& s)
{
    Company c;
    c.id = s.text(0);
    c.scope = s.text(1);
    c.name = s.text(2);
    c.creditCode = s.text(3);
    c.industry = s.text(4);
    c.hqCity = s.text(5);
    c.size = s.text(6);
    c.revenueWan = rows::optionalReal(s, 7);
    c.tags = s.text(8);
    c.hometown = s.int64(9) != 0;
    c.source = s.text(10);
    c.notes = s.text(11);
    c.createdAt = s.int64(12);
    c.updatedAt = s.int64(13);
    return c;
}

QMap<QString, QString> CompanyRepository::validate(const Company& c)
{
    QMap<QString, QString> problems;
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        problems.insert(QStringLiteral("name"), tr("请填写企业名称。"));
    else if (name.size() > kMaxName)
        problems.insert(QStringLiteral("name"), tr("企业名称太长（最多 %1 个字）。").arg(kMaxName));
    if (!c.creditCode.isEmpty()) {
        const QString problem = CreditCode::problem(CreditCode::normalize(c.creditCode));
        if (!problem.isEmpty())
            problems.insert(QStringLiteral("credit_code"), problem);
    }
    if (c.revenueWan && *c.revenueWan < 0)
        problems.insert(QStringLiteral("revenue_wan"), tr("年营业收入不能为负数。"));
    if (!c.size.isEmpty() && !RecordText::companySizes().contains(c.size))
        problems.insert(QStringLiteral("size"), tr("企业规模无效。"));
    repo::checkTextLimits(problems, {{"name", c.name},
                                     {"credit_code", c.creditCode},
                                     {"industry", c.industry},
                                     {"hq_city", c.hqCity},
                                     {"tags", c.tags},
                                     {"source", c.source},
                                     {"notes", c.notes}});
    return problems;
}

Result<std::optional<Company>> CompanyRepository::findDuplicate(const Company& c)
{
    const QString code = CreditCode::normalize(c.creditCode);
    auto stmt = m_db.cached("SELECT " COMPANY_COLUMNS " FROM company "
                            "WHERE deleted = 0 AND id <> ?3 AND ((?1 <> '' AND credit_code = ?1) OR name_norm = ?2) "
                            "ORDER BY (credit_code = ?1) DESC LIMIT 1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, code).bind(2, RecordText::normalizeName(c.name)).bind(3, rows::text(c.id));
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Company>();
    return std::optional<Company>(read(**stmt));
}

Result<QList<Company>> CompanyRepository::similar(const Company& c, int limit)
{
    const QString core = RecordText::nameCore(c.name);
    if (core.size() < 2)
        return QList<Company>();
    // The index cannot find a core inside a name: a scan of the names, cheap at a directory's size (a few thousand).
    ZS_TRY_ASSIGN(auto stmt, m_db.cached("SELECT " COMPANY_COLUMNS " FROM company WHERE deleted = 0 AND id <> ?2 "
                                         "AND instr(name_norm, ?1) > 0 ORDER BY updated_at DESC LIMIT 50"));
    stmt->bind(1, core.left(qMin<qsizetype>(core.size(), 4))).bind(2, rows::text(c.id));
    ZS_TRY_ASSIGN(auto candidates, repo::all(stmt, read));
    QList<Company> out;
    for (const Company& other : candidates)
        if (RecordText::nameCore(other.name) == core && out.size() < limit)
            out << other;
    return out;
}

Result<void> CompanyRepository::checkDuplicates(const Company& c)
{
    auto existing = findDuplicate(c);
    if (!existing.ok())
        return existing.error();
    if (!existing.value())
        return {};
    const Company& other = *existing.value();
    const bool sameCode = !c.creditCode.isEmpty() && other.creditCode == CreditCode::normalize(c.creditCode);
    Error error = makeError(ErrorCode::AlreadyExists,
                            sameCode ? tr("已有相同统一社会信用代码的客商：「%1」。").arg(other.name)
                                     : tr("已有同名客商：「%1」。").arg(other.name),
                            other.id);
    error.fields.insert(sameCode ? QStringLiteral("credit_code") : QStringLiteral("name"), error.message);
    return error;
}

Result<void> CompanyRepository::prepare(Company& c)
{
    c.name = c.name.trimmed();
    c.creditCode = CreditCode::normalize(c.creditCode);
    const auto problems = validate(c);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    return checkDuplicates(c);
}

Result<QString> CompanyRepository::create(Company& c)
{
    ZS_TRY(prepare(c));
    const qint64 now = m_clock.wallMs();
    c.id = Uuid7::create(now);
    c.createdAt = c.updatedAt = now;
    auto stmt = m_db.cached("INSERT INTO company (id, scope, name, name_norm, credit_code, industry, hq_city, size, "
                            "revenue_wan, tags, hometown, source, notes, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)");
    if (!stmt.ok())
        return stmt.error();
    bindCompany(**stmt, c, now);
    ZS_TRY((*stmt)->run());
    return c.id;
}

Result<void> CompanyRepository::update(Company& c)
{
    ZS_TRY(prepare(c));
    c.updatedAt = m_clock.wallMs();
    // Same parameter numbers as the INSERT (the scope, ?2, is not changed here).
    auto stmt = m_db.cached("UPDATE company SET name = ?3, name_norm = ?4, credit_code = nullif(?5, ''), "
                            "industry = ?6, hq_city = ?7, size = ?8, revenue_wan = ?9, tags = ?10, hometown = ?11, "
                            "source = ?12, notes = ?13, updated_at = ?14 WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    bindCompany(**stmt, c, c.updatedAt);
    ZS_TRY((*stmt)->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("找不到这条客商记录，可能已被删除。"), c.id);
    return {};
}

Result<Company> CompanyRepository::get(const QString& id)
{
    auto stmt = m_db.cached("SELECT " COMPANY_COLUMNS " FROM company "
                            "WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    return repo::one(*stmt, read, makeError(ErrorCode::NotFound, tr("找不到这条客商记录，可能已被删除。"), id));
}

Result<void> CompanyRepository::remove(const QString& id)
{
    auto stmt = m_db.cached("UPDATE company SET deleted = 1, updated_at = ?2 WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, m_clock.wallMs());
    return (*stmt)->run();
}

Result<qint64> CompanyRepository::count()
{
    return m_db.scalar("SELECT count(*) FROM company WHERE deleted = 0");
}

} // namespace zs
