#pragma once

#include "sync/protocol/SyncSchema.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace zs::hq {

// A role, by the name the sync schema gives it (ARCHITECTURE.md "Roles and scopes"). What a role reads and writes
// is the schema's (sync/protocol/CitySchema.cpp), so a new role is a declaration there, not code here; the
// constants name the roles HQ's own tools and tests refer to.
class Role
{
public:
    static const Role Officer;  // 招商专员
    static const Role TeamLead; // 组长
    static const Role Analyst;  // 总部分析员: reads the whole city
    static const Role Admin;    // 管理员

    Role() = default;
    const QString& name() const { return m_name; }
    bool operator==(const Role& other) const { return m_name == other.m_name; }
    bool operator!=(const Role& other) const { return m_name != other.m_name; }

private:
    friend std::optional<Role> roleFromName(const QString& name);
    explicit Role(QString name)
        : m_name(std::move(name))
    {
    }
    QString m_name = QStringLiteral("officer");
};

QString roleName(const Role& role);                    // "officer", "lead", "analyst", "admin"
std::optional<Role> roleFromName(const QString& name); // a role the schema declares, or nullopt
QString roleLabel(const Role& role);                   // 招商专员, 组长, 总部分析员, 管理员

// Who is asking: established from an access token on every request.
struct Principal
{
    QString account;
    QString displayName;
    QString team;     // team id, e.g. "gz"; HQ staff belong to team "hq"
    QString teamName; // as people call it, e.g. "广州组"
    QString device;
    Role role = Role::Officer;

    sync::Actor actor() const { return {role.name(), team}; }
    bool readsAllScopes() const;
    QString teamScope() const { return QStringLiteral("team:") + team; }
    // What pull serves. Empty list with readsAllScopes(): everything.
    QStringList readScopes() const;
};

// The schema's rules as HQ applies them.
class Policy
{
public:
    static const sync::SyncSchema& schema() { return sync::SyncSchema::city(); }
    static QStringList syncedTables() { return schema().tableNames(); }
    static bool isValidScope(const QString& scope) { return schema().isValidScope(scope); }
    // nullopt when allowed; otherwise the reason, in Chinese, for the client's quarantine list and the audit log.
    static std::optional<QString> refusal(const Principal& who, const QString& table, const QString& scope)
    {
        return schema().refusal(who.actor(), table, scope);
    }
};

} // namespace zs::hq
