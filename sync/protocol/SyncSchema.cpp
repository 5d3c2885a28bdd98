#include "sync/protocol/SyncSchema.h"

#include <QRegularExpression>

namespace zs::sync {

namespace {
const QString kTeamKey = QStringLiteral("{team}");
} // namespace

SyncSchema::SyncSchema(QList<ScopeKind> scopes, QList<RoleDef> roles, QList<TableDef> tables)
    : m_scopes(std::move(scopes))
    , m_roles(std::move(roles))
    , m_tables(std::move(tables))
{
    // A detail table without grants of its own is written under its (first) parent's rule.
    for (TableDef& t : m_tables) {
        if (!t.writes.isEmpty() || !t.isDetail())
            continue;
        if (const TableDef* parent = table(t.parents.constFirst().table)) {
            t.writes = parent->writes;
            if (!t.refused)
                t.refused = parent->refused;
        }
    }
}

const TableDef* SyncSchema::table(const QString& name) const
{
    for (const TableDef& t : m_tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList SyncSchema::tableNames() const
{
    QStringList names;
    for (const TableDef& t : m_tables)
        names << t.name;
    return names;
}

const RoleDef* SyncSchema::role(const QString& name) const
{
    for (const RoleDef& r : m_roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

QString SyncSchema::roleLabel(const QString& name) const
{
    const RoleDef* r = role(name);
    return r ? QCoreApplication::translate("zs::sync::SyncSchema", r->label) : name;
}

bool SyncSchema::isValidScope(const QString& scope) const
{
    for (const ScopeKind& kind : m_scopes) {
        if (kind.idPattern.isEmpty()) {
            if (scope == kind.name)
                return true;
            continue;
        }
        const QString prefix = kind.name + QLatin1Char(':');
        if (!scope.startsWith(prefix))
            continue;
        // \z, not $: `$` also matches before a final newline, and "team:gz\n" is not "team:gz".
        const QRegularExpression id(QStringLiteral("\\A(?:%1)\\z").arg(kind.idPattern));
        if (id.match(QStringView(scope).mid(prefix.size())).hasMatch())
            return true;
    }
    return false;
}

std::optional<SyncSchema::ReaderSource> SyncSchema::reader(const QString& name) const
{
    const TableDef* t = table(name);
    if (!t)
        return std::nullopt;
    if (!t->readerColumn.isEmpty())
        return ReaderSource{t, nullptr};
    for (const TableDef::Link& link : t->parents)
        if (const TableDef* parent = table(link.table); parent && !parent->readerColumn.isEmpty())
            return ReaderSource{parent, &link};
    return std::nullopt;
}

QString SyncSchema::expand(const QString& scopeTemplate, const Actor& who)
{
    QString scope = scopeTemplate;
    return scope.replace(kTeamKey, who.team);
}

bool SyncSchema::matches(const QString& scopeTemplate, const Actor& who, const QString& scope) const
{
    if (scopeTemplate == QLatin1String("*"))
        return isValidScope(scope);
    return expand(scopeTemplate, who) == scope;
}

bool SyncSchema::readsAll(const Actor& who) const
{
    const RoleDef* r = role(who.role);
    return r && r->reads.contains(QStringLiteral("*"));
}

QStringList SyncSchema::readScopes(const Actor& who) const
{
    const RoleDef* r = role(who.role);
    if (!r || readsAll(who))
        return {};
    QStringList scopes;
    for (const QString& t : r->reads) {
        const QString scope = expand(t, who);
        if (isValidScope(scope) && !scopes.contains(scope))
            scopes << scope;
    }
    return scopes;
}

std::optional<QString> SyncSchema::refusal(const Actor& who, const QString& tableName, const QString& scope) const
{
    const TableDef* t = table(tableName);
    if (!t)
        return tr("未知的数据表“%1”").arg(tableName);
    if (!isValidScope(scope))
        return tr("无效的数据范围“%1”").arg(scope);
    const RoleDef* r = role(who.role);
    if (!r)
        return tr("未知的角色“%1”").arg(who.role);
    if (r->admin)
        return std::nullopt;
    for (const Grant& g : t->writes)
        if ((g.roles.isEmpty() || g.roles.contains(who.role)) && matches(g.scope, who, scope))
            return std::nullopt;
    // Someone else's scope: another team's work, or a county's.
    const qsizetype colon = scope.indexOf(QLatin1Char(':'));
    if (colon > 0 && scope.mid(colon + 1) != who.team) {
        if (scope.startsWith(QLatin1String("team:")))
            return tr("%1不能写入其他组的数据（%2）").arg(roleLabel(who.role), scope);
        if (!t->refused) // a county's records say who keeps them (below)
            return tr("%1不能写入这个数据范围（%2）").arg(roleLabel(who.role), scope);
    }
    if (t->refused) {
        const QString text = QCoreApplication::translate("zs::sync::SyncSchema", t->refused);
        return text.contains(QLatin1String("%1")) ? text.arg(tableName) : text;
    }
    return tr("%1不能写入这个数据范围（%2）").arg(roleLabel(who.role), scope);
}

} // namespace zs::sync
