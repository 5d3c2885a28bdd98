#include "sync/store/Migrator.h"

#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QByteArray>

namespace zs {

Migrator::Migrator(std::vector<Migration> migrations, ConnectionSetup setup)
    : m_migrations(std::move(migrations))
    , m_setup(std::move(setup))
{
    for (std::size_t i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT(m_migrations[i].version == static_cast<int>(i) + 1);
}

int Migrator::latestVersion() const
{
    return static_cast<int>(m_migrations.size());
}

Migrator Migrator::prefix(int count) const
{
    const auto end = m_migrations.begin() + qBound(0, count, latestVersion());
    return Migrator(std::vector<Migration>(m_migrations.begin(), end), m_setup);
}

Result<void> Migrator::setUpConnection(Database& db) const
{
    return m_setup ? m_setup(db) : Result<void>();
}

Result<int> Migrator::migrate(Database& db, int target) const
{
    if (target < 0)
        target = latestVersion();
    ZS_TRY(setUpConnection(db));
    ZS_TRY_ASSIGN(auto current, db.userVersion());
    if (current > latestVersion()) {
        return makeError(
            ErrorCode::NewerSchema,
            tr("这个工作区由更新版本的招商外勤创建（数据版本 %1，本程序支持到 %2）。请先升级程序，数据没有改变。")
                .arg(current)
                .arg(latestVersion()));
    }
    for (int v = current + 1; v <= target; ++v) {
        const Migration& m = m_migrations[static_cast<std::size_t>(v - 1)];
        if (!m.rebuilds.isEmpty()) {
            // The pragma is a no-op inside a transaction: it goes off before, and back on whatever happens.
            ZS_TRY(db.exec("PRAGMA foreign_keys = OFF"));
            auto done = migrateOne(db, m, v);
            ZS_TRY(db.exec("PRAGMA foreign_keys = ON"));
            if (!done.ok())
                return done.error();
            continue;
        }
        ZS_TRY(migrateOne(db, m, v));
    }
    return target;
}

Result<void> Migrator::migrateOne(Database& db, const Migration& m, int v) const
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    if (m.sql)
        ZS_TRY(db.exec(m.sql));
    if (m.apply)
        ZS_TRY(m.apply(db));
    for (const char* table : m.rebuilds) {
        const QByteArray check = QByteArrayLiteral("SELECT count(*) FROM pragma_foreign_key_check('") + table + "')";
        ZS_TRY_ASSIGN(auto broken, db.scalar(check.constData()));
        if (broken != 0)
            return makeError(ErrorCode::Internal, tr("升级到数据版本 %1 时发现 %2 处失效的引用（%3），已撤销升级")
                                                      .arg(v)
                                                      .arg(broken)
                                                      .arg(QLatin1String(table)));
    }
    if (v == 1)
        ZS_TRY(db.exec(QByteArrayLiteral("PRAGMA application_id = ")
                           .append(QByteArray::number(Database::kApplicationId))
                           .constData()));
    ZS_TRY(db.exec(QByteArrayLiteral("PRAGMA user_version = ").append(QByteArray::number(v)).constData()));
    return tx.commit();
}

} // namespace zs
