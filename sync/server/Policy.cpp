#include "sync/server/Policy.h"

namespace zs::hq {

const Role Role::Officer(QStringLiteral("officer"));
const Role Role::TeamLead(QStringLiteral("lead"));
const Role Role::Analyst(QStringLiteral("analyst"));
const Role Role::Admin(QStringLiteral("admin"));

QString roleName(const Role& role)
{
    return role.name();
}

std::optional<Role> roleFromName(const QString& name)
{
    if (!Policy::schema().role(name))
        return std::nullopt;
    return Role(name);
}

QString roleLabel(const Role& role)
{
    return Policy::schema().roleLabel(role.name());
}

bool Principal::readsAllScopes() const
{
    return Policy::schema().readsAll(actor());
}

QStringList Principal::readScopes() const
{
    return Policy::schema().readScopes(actor());
}

} // namespace zs::hq
