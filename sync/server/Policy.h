#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace zs::hq {

// Roles and scopes (ARCHITECTURE.md "Roles and scopes"). The server knows tables, scopes and roles — not
// investment semantics: which role may write which table in which scope is this one table of rules.
enum class Role
{
    Officer,
    TeamLead,
    Analyst, // HQ analyst: reads the whole city
    Admin,
};

QString roleName(Role role); // "officer", "lead", "analyst", "admin"
std::optional<Role> roleFromName(const QString& name);
QString roleLabel(Role role); // 招商专员, 组长, 总部分析员, 管理员

// Who is asking: established from an access token on every request.
struct Principal
{
    QString account;
    QString displayName;
    QString team;     // team id, e.g. "gz"; HQ staff belong to team "hq"
    QString teamName; // as people call it, e.g. "广州组"
    QString device;
    Role role = Role::Officer;

    bool readsAllScopes() const { return role == Role::Analyst || role == Role::Admin; }
    QString teamScope() const { return QStringLiteral("team:") + team; }
    // What pull serves. Empty list with readsAllScopes(): everything.
    QStringList readScopes() const;
};

class Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    static const QStringList& syncedTables();
    static bool isValidScope(const QString& scope);
    // nullopt when allowed; otherwise the reason, in Chinese, for the client's quarantine list and the audit log.
    static std::optional<QString> refusal(const Principal& who, const QString& table, const QString& scope);
};

} // namespace zs::hq
