#include "desktop/core/directory/ContactRepository.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/RowBinding.h"
#include "sync/store/Database.h"
#include "sync/store/Uuid7.h"

#include <QRegularExpression>

namespace zs {

namespace {
#define CONTACT_COLUMNS "id, scope, company_id, name, title, phones, email, wechat, notes, created_at, updated_at"

Contact read(const Statement& s)
{
    Contact c;
    c.id = s.text(0);
    c.scope = s.text(1);
    c.companyId = s.text(2);
    c.name = s.text(3);
    c.title = s.text(4);
    c.phones = s.text(5);
    c.email = s.text(6);
    c.wechat = s.text(7);
    c.notes = s.text(8);
    c.createdAt = s.int64(9);
    c.updatedAt = s.int64(10);
    return c;
}
} // namespace

QMap<QString, QString> ContactRepository::validate(const Contact& c)
{
    QMap<QString, QString> problems;
    if (c.name.trimmed().isEmpty())
        problems.insert(QStringLiteral("name"), tr("请填写联系人姓名。"));
    repo::checkEmail(problems, "email", c.email);
    repo::checkPhones(problems, "phones", c.phones);
    repo::checkTextLimits(problems, {{"name", c.name},
                                     {"title", c.title},
                                     {"phones", c.phones},
                                     {"email", c.email},
                                     {"wechat", c.wechat},
                                     {"notes", c.notes}});
    return problems;
}

Result<QString> ContactRepository::create(Contact& c)
{
    c.name = c.name.trimmed();
    const auto problems = validate(c);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    c.id = Uuid7::create(m_clock.wallMs());
    c.createdAt = c.updatedAt = m_clock.wallMs();
    auto stmt =
        m_db.cached("INSERT INTO contact (id, scope, company_id, name, title, phones, email, wechat, notes, "
                    "created_at, updated_at) VALUES (?1, ?2, nullif(?3, ''), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, c.id).bind(2, rows::text(c.scope)).bind(3, rows::text(c.companyId)).bind(4, c.name);
    s.bind(5, rows::text(c.title)).bind(6, rows::text(c.phones.trimmed())).bind(7, rows::text(c.email.trimmed()));
    s.bind(8, rows::text(c.wechat)).bind(9, rows::text(c.notes)).bind(10, c.createdAt);
    ZS_TRY(s.run());
    return c.id;
}

Result<void> ContactRepository::update(Contact& c)
{
    c.name = c.name.trimmed();
    const auto problems = validate(c);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    c.updatedAt = m_clock.wallMs();
    auto stmt = m_db.cached("UPDATE contact SET company_id = nullif(?2, ''), name = ?3, title = ?4, phones = ?5, "
                            "email = ?6, wechat = ?7, notes = ?8, updated_at = ?9 WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, c.id).bind(2, rows::text(c.companyId)).bind(3, c.name).bind(4, rows::text(c.title));
    s.bind(5, rows::text(c.phones.trimmed())).bind(6, rows::text(c.email.trimmed())).bind(7, rows::text(c.wechat));
    s.bind(8, rows::text(c.notes)).bind(9, c.updatedAt);
    ZS_TRY(s.run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("找不到这位联系人，可能已被删除。"), c.id);
    return {};
}

Result<Contact> ContactRepository::get(const QString& id)
{
    auto stmt = m_db.cached("SELECT " CONTACT_COLUMNS " FROM contact WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    return repo::one(*stmt, read, makeError(ErrorCode::NotFound, tr("找不到这位联系人，可能已被删除。"), id));
}

Result<QList<Contact>> ContactRepository::forCompany(const QString& companyId)
{
    auto stmt = m_db.cached("SELECT " CONTACT_COLUMNS " FROM contact WHERE company_id = ?1 AND deleted = 0 "
                            "ORDER BY name");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, companyId);
    return repo::all(*stmt, read);
}

} // namespace zs
