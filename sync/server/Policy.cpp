#include "sync/server/Policy.h"

#include <QRegularExpression>

namespace zs::hq {

namespace {
const QString kCity = QStringLiteral("city");
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::TeamLead:
        return QStringLiteral("lead");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : {Role::Officer, Role::TeamLead, Role::Analyst, Role::Admin})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Officer:
        return Policy::tr("招商专员");
    case Role::TeamLead:
        return Policy::tr("组长");
    case Role::Analyst:
        return Policy::tr("总部分析员");
    case Role::Admin:
        return Policy::tr("管理员");
    }
    return {};
}

QStringList Principal::readScopes() const
{
    if (readsAllScopes())
        return {};
    return {kCity, teamScope()};
}

const QStringList& Policy::syncedTables()
{
    static const QStringList tables{QStringLiteral("company"), QStringLiteral("contact"), QStringLiteral("visit"),
                                    QStringLiteral("lead"),    QStringLiteral("event"),   QStringLiteral("material")};
    return tables;
}

bool Policy::isValidScope(const QString& scope)
{
    // \z, not $: `$` also matches before a final newline, and "team:gz\n" is not "team:gz".
    static const QRegularExpression team(QStringLiteral("^team:[a-z0-9_-]{1,32}\\z"));
    return scope == kCity || team.match(scope).hasMatch();
}

std::optional<QString> Policy::refusal(const Principal& who, const QString& table, const QString& scope)
{
    if (!syncedTables().contains(table))
        return tr("未知的数据表“%1”").arg(table);
    if (!isValidScope(scope))
        return tr("无效的数据范围“%1”").arg(scope);
    if (who.role == Role::Admin)
        return std::nullopt;
    const bool ownTeam = scope == who.teamScope();
    const bool city = scope == kCity;
    if (!city && !ownTeam)
        return tr("%1不能写入其他组的数据（%2）").arg(roleLabel(who.role), scope);
    // The shared directory (companies, contacts) is written by everyone; the city-wide library (policy
    // materials) and the city's event calendar only by HQ; a team's own work only by that team.
    const bool hq = who.role == Role::Analyst;
    if (table == QLatin1String("company") || table == QLatin1String("contact"))
        return std::nullopt;
    if (table == QLatin1String("material") || table == QLatin1String("event")) {
        if (city && !hq)
            return tr("只有总部可以发布全市共享的资料和活动（%1）").arg(table);
        return std::nullopt;
    }
    // visit, lead: a team's work lives in its team scope.
    if (city)
        return tr("走访和项目线索必须属于一个组，不能放在全市范围");
    return std::nullopt;
}

} // namespace zs::hq
