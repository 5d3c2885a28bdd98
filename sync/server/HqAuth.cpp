#include "sync/server/HqAuth.h"

#include "sync/server/PasswordHasher.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

#include <sodium.h>

namespace zs::hq {

namespace {
constexpr int kAccess = 1;
constexpr int kRefresh = 2;

QByteArray tokenHash(const QByteArray& token)
{
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(token.constData()), quint64(token.size()));
    return out;
}

QByteArray newToken()
{
    QByteArray raw(32, '\0');
    randombytes_buf(raw.data(), std::size_t(raw.size()));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Error notFound(const QString& message)
{
    return makeError(ErrorCode::NotFound, message);
}
} // namespace

Result<void> HqAuth::audit(Database& db, qint64 now, const QString& account, const QString& device, const QString& peer,
                           const QString& action, const QString& outcome, const QString& detail)
{
    return db.run("INSERT INTO audit (at, account, device, peer, action, outcome, detail) "
                  "VALUES (?1, coalesce(?2, ''), coalesce(?3, ''), coalesce(?4, ''), ?5, ?6, coalesce(?7, ''))",
                  now, account, device, peer, action, outcome, detail);
}

Result<void> HqAuth::addTeam(Database& db, const QString& id, const QString& name, qint64 now)
{
    if (!Policy::isValidScope(QStringLiteral("team:") + id))
        return makeError(ErrorCode::Invalid, tr("组标识只能包含小写字母、数字、下划线和连字符（最多 32 个）"));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("请填写组名"));
    auto run = db.run("INSERT INTO team (id, name, created_at) VALUES (?1, ?2, ?3)", id, name.trimmed(), now);
    if (!run.ok())
        return makeError(ErrorCode::AlreadyExists, tr("组“%1”已存在").arg(id), run.error().message);
    return audit(db, now, {}, {}, {}, QStringLiteral("team.add"), QStringLiteral("ok"), id);
}

Result<void> HqAuth::addUser(Database& db, const QString& name, const QString& displayName, const QString& team,
                             Role role, const QByteArray& password, qint64 now)
{
    if (name.trimmed().isEmpty() || name.size() > 64)
        return makeError(ErrorCode::Invalid, tr("用户名不能为空，最多 64 个字符"));
    if (password.size() < 10)
        return makeError(ErrorCode::Invalid, tr("密码至少需要 10 个字符"));
    ZS_TRY_ASSIGN(auto teamExists, db.cached("SELECT 1 FROM team WHERE id = ?1"));
    ZS_TRY_ASSIGN(auto found, teamExists->bind(1, team).step());
    if (!found)
        return notFound(tr("没有组“%1”，请先用 team add 创建").arg(team));
    const QByteArray hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Crypto, tr("无法计算密码散列（内存不足？）"));
    auto run =
        db.run("INSERT INTO account (name, display_name, team, role, pw_hash, created_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
               name.trimmed(), displayName.isEmpty() ? name.trimmed() : displayName, team, roleName(role), hash, now);
    if (!run.ok())
        return makeError(ErrorCode::AlreadyExists, tr("用户“%1”已存在").arg(name), run.error().message);
    return audit(db, now, name, {}, {}, QStringLiteral("user.add"), QStringLiteral("ok"),
                 roleName(role) + QLatin1Char(' ') + team);
}

Result<void> HqAuth::setUserDisabled(Database& db, const QString& name, bool disabled, qint64 now)
{
    ZS_TRY(db.run("UPDATE account SET disabled = ?2 WHERE name = ?1", name, disabled ? 1 : 0));
    if (db.changes() == 0)
        return notFound(tr("没有用户“%1”").arg(name));
    return audit(db, now, name, {}, {}, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                 QStringLiteral("ok"));
}

Result<QList<DeviceInfo>> HqAuth::devices(Database& db)
{
    ZS_TRY_ASSIGN(auto stmt,
                  db.prepare("SELECT d.id, d.account, a.team, d.label, d.created_at, d.last_seen, d.revoked_at, d.wipe "
                             "FROM device d JOIN account a ON a.name = d.account ORDER BY d.created_at, d.id"));
    QList<DeviceInfo> out;
    ZS_TRY(stmt.forEachRow([&out](const Statement& s) {
        out << DeviceInfo{s.text(0),  s.text(1),  s.text(2),    s.text(3),
                          s.int64(4), s.int64(5), !s.isNull(6), s.int64(7) != 0};
    }));
    return out;
}

Result<void> HqAuth::revokeDevice(Database& db, const QString& device, bool wipe, qint64 now)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    ZS_TRY(db.run("UPDATE device SET revoked_at = coalesce(revoked_at, ?2), wipe = max(wipe, ?3) WHERE id = ?1", device,
                  now, wipe ? 1 : 0));
    if (db.changes() == 0)
        return notFound(tr("没有设备“%1”").arg(device));
    // The device's tokens stay: every token is checked against its device, so whichever one the laptop presents
    // next — an access token long expired, its refresh token — gets "revoked" or "wipe". Deleting them made a
    // laptop away for longer than an access token lives get a plain 401 and keep its data.
    ZS_TRY(audit(db, now, {}, device, {}, wipe ? QStringLiteral("device.wipe") : QStringLiteral("device.revoke"),
                 QStringLiteral("ok")));
    return tx.commit();
}

Result<QList<AuditEntry>> HqAuth::auditLog(Database& db, int limit)
{
    ZS_TRY_ASSIGN(auto stmt, db.prepare("SELECT seq, at, account, device, peer, action, outcome, detail FROM audit "
                                        "ORDER BY seq DESC LIMIT ?1"));
    QList<AuditEntry> out;
    ZS_TRY(stmt.bind(1, limit).forEachRow([&out](const Statement& s) {
        out.prepend(
            AuditEntry{s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)});
    }));
    return out;
}

Result<LoginCandidate> HqAuth::loginCandidate(Database& db, const QString& account)
{
    ZS_TRY_ASSIGN(auto stmt, db.cached("SELECT pw_hash, disabled, locked_until FROM account WHERE name = ?1"));
    ZS_TRY_ASSIGN(auto row, stmt->bind(1, account).step());
    LoginCandidate c;
    if (row) {
        c.exists = true;
        c.hash = stmt->blob(0);
        c.disabled = stmt->int64(1) != 0;
        c.lockedUntil = stmt->int64(2);
        return c;
    }
    stmt->reset();
    ZS_TRY_ASSIGN(auto unknown, db.cached("SELECT locked_until FROM unknown_login WHERE name = ?1"));
    ZS_TRY_ASSIGN(auto seen, unknown->bind(1, account).step());
    if (seen)
        c.lockedUntil = unknown->int64(0);
    unknown->reset();
    return c;
}

qint64 HqAuth::lockoutMs(qint64 failures)
{
    if (failures <= AccountStorage::kFreeFailures)
        return 0;
    return qMin<qint64>(30'000LL << qMin<qint64>(failures - AccountStorage::kFreeFailures - 1, 20), 3'600'000);
}

// A failed login for a name that is not an account: counted like an account's, so the answers (401, then 429 with
// the same Retry-After) are the same whether the name exists or not. Entries untouched for a day are dropped.
Result<qint64> HqAuth::unknownFailure(Database& db, const QString& account, qint64 now)
{
    ZS_TRY(db.run("DELETE FROM unknown_login WHERE last_at < ?1", now - 24LL * 3600 * 1000));
    ZS_TRY_ASSIGN(
        auto stmt,
        db.cached("INSERT INTO unknown_login (name, failures, locked_until, last_at) VALUES (?1, 1, 0, ?2) "
                  "ON CONFLICT (name) DO UPDATE SET failures = failures + 1, last_at = ?2 RETURNING failures"));
    ZS_TRY(stmt->bind(1, account.left(64)).bind(2, now).step());
    const qint64 failures = stmt->int64(0);
    stmt->reset();
    const qint64 lockMs = lockoutMs(failures);
    if (lockMs > 0)
        ZS_TRY(db.run("UPDATE unknown_login SET locked_until = ?2 WHERE name = ?1", account.left(64), now + lockMs));
    return lockMs;
}

Result<Enrollment> HqAuth::finishLogin(Database& db, const QString& account, bool passwordOk, const QString& label,
                                       const QString& peer, qint64* retryAfterMs, Denial* denial)
{
    const qint64 now = m_clock.wallMs();
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    ZS_TRY_ASSIGN(auto candidate, loginCandidate(db, account));
    const auto deny = [&](Denial d, const QString& outcome) -> Result<Enrollment> {
        *denial = d;
        ZS_TRY(audit(db, now, account, {}, peer, QStringLiteral("login"), outcome));
        ZS_TRY(tx.commit());
        return makeError(ErrorCode::WrongPassphrase, tr("用户名或密码不正确"));
    };
    if (candidate.lockedUntil > now) {
        *retryAfterMs = candidate.lockedUntil - now;
        return deny(Denial::LockedOut, QStringLiteral("locked out"));
    }
    if (!candidate.exists) {
        ZS_TRY_ASSIGN(auto lockMs, unknownFailure(db, account, now));
        if (lockMs > 0) {
            *retryAfterMs = lockMs;
            return deny(Denial::LockedOut, QStringLiteral("unknown user, locked out"));
        }
        return deny(Denial::BadCredentials, QStringLiteral("unknown user"));
    }
    if (!passwordOk) {
        ZS_TRY_ASSIGN(auto fail,
                      db.cached("UPDATE account SET failures = failures + 1 WHERE name = ?1 RETURNING failures"));
        ZS_TRY(fail->bind(1, account).step());
        const qint64 failures = fail->int64(0);
        fail->reset();
        if (const qint64 lockMs = lockoutMs(failures); lockMs > 0) {
            ZS_TRY(db.run("UPDATE account SET locked_until = ?2 WHERE name = ?1", account, now + lockMs));
            *retryAfterMs = lockMs;
            return deny(Denial::LockedOut, QStringLiteral("wrong password, locked out"));
        }
        return deny(Denial::BadCredentials, QStringLiteral("wrong password"));
    }
    if (candidate.disabled)
        return deny(Denial::Disabled, QStringLiteral("disabled"));
    ZS_TRY(db.run("UPDATE account SET failures = 0, locked_until = 0 WHERE name = ?1", account));
    ZS_TRY_ASSIGN(auto enrollment, provisionDevice(db, account, label));
    ZS_TRY(audit(db, now, account, enrollment.principal.device, peer, QStringLiteral("login"), QStringLiteral("ok"),
                 label));
    ZS_TRY(tx.commit());
    *denial = Denial::None;
    return enrollment;
}

Result<Enrollment> HqAuth::provisionDevice(Database& db, const QString& account, const QString& label)
{
    const qint64 now = m_clock.wallMs();
    const QString device = Uuid7::create(now);
    ZS_TRY(db.run("INSERT INTO device (id, account, label, created_at, last_seen) "
                  "SELECT ?1, name, ?3, ?4, ?4 FROM account WHERE name = ?2",
                  device, account, label.left(200), now));
    if (db.changes() == 0)
        return notFound(tr("没有用户“%1”").arg(account));
    Denial denial = Denial::None;
    ZS_TRY_ASSIGN(auto principal, principalForDevice(db, device, &denial));
    ZS_TRY_ASSIGN(auto tokens, issueTokens(db, device));
    return Enrollment{principal, tokens};
}

Result<TokenPair> HqAuth::issueTokens(Database& db, const QString& device)
{
    const qint64 now = m_clock.wallMs();
    TokenPair pair{newToken(), newToken(), AccountStorage::kAccessLifetimeMs / 1000};
    const char* const insert = "INSERT INTO token (hash, device, kind, expires_at) VALUES (?1, ?2, ?3, ?4)";
    ZS_TRY(db.run(insert, tokenHash(pair.access), device, kAccess, now + AccountStorage::kAccessLifetimeMs));
    ZS_TRY(db.run(insert, tokenHash(pair.refresh), device, kRefresh, now + AccountStorage::kRefreshLifetimeMs));
    // Expired tokens of this device are of no use to anyone.
    ZS_TRY(db.run("DELETE FROM token WHERE device = ?1 AND expires_at < ?2", device, now));
    return pair;
}

Result<Principal> HqAuth::principalForDevice(Database& db, const QString& device, Denial* denial)
{
    ZS_TRY_ASSIGN(auto stmt,
                  db.cached("SELECT a.name, a.display_name, a.team, a.role, a.disabled, d.revoked_at, d.wipe, "
                            "coalesce(t.name, a.team) FROM device d JOIN account a ON a.name = d.account "
                            "LEFT JOIN team t ON t.id = a.team WHERE d.id = ?1"));
    ZS_TRY_ASSIGN(auto row, stmt->bind(1, device).step());
    *denial = Denial::None;
    if (!row) {
        *denial = Denial::Revoked;
        return makeError(ErrorCode::NotFound, tr("设备未登记"));
    }
    Principal p;
    p.account = stmt->text(0);
    p.displayName = stmt->text(1);
    p.team = stmt->text(2);
    p.teamName = stmt->text(7);
    p.role = roleFromName(stmt->text(3)).value_or(Role::Officer);
    p.device = device;
    if (stmt->int64(6) != 0)
        *denial = Denial::Wipe;
    else if (!stmt->isNull(5))
        *denial = Denial::Revoked;
    else if (stmt->int64(4) != 0)
        *denial = Denial::Disabled;
    if (*denial != Denial::None)
        return makeError(ErrorCode::WrongPassphrase, tr("此设备已被总部停用"));
    return p;
}

Result<TokenPair> HqAuth::refresh(Database& db, const QByteArray& refreshToken, const QString& peer, Denial* denial)
{
    const qint64 now = m_clock.wallMs();
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    ZS_TRY_ASSIGN(auto stmt, db.cached("SELECT device, kind, expires_at, used_at FROM token WHERE hash = ?1"));
    ZS_TRY_ASSIGN(auto row, stmt->bind(1, tokenHash(refreshToken)).step());
    if (!row || stmt->int64(1) != kRefresh) {
        *denial = Denial::BadCredentials;
        return makeError(ErrorCode::WrongPassphrase, tr("登录已失效，请重新登记此设备"));
    }
    const QString device = stmt->text(0);
    const qint64 expires = stmt->int64(2);
    const bool used = !stmt->isNull(3);
    stmt->reset();
    // A revoked or wiped device is told so on any token of its own, used or expired: a lost laptop away for weeks
    // must still learn it is to wipe.
    auto principal = principalForDevice(db, device, denial);
    if (!principal.ok()) {
        if (*denial == Denial::None)
            return principal.error();
        ZS_TRY(audit(db, now, {}, device, peer, QStringLiteral("token.refresh"),
                     *denial == Denial::Wipe ? QStringLiteral("wiped device") : QStringLiteral("device refused")));
        ZS_TRY(tx.commit());
        return principal.error();
    }
    if (used) {
        // A refresh token presented twice was copied: the device is revoked (SECURITY.md).
        ZS_TRY(audit(db, now, {}, device, peer, QStringLiteral("token.refresh"), QStringLiteral("reuse: revoked")));
        ZS_TRY(tx.commit());
        ZS_TRY(revokeDevice(db, device, false, now));
        *denial = Denial::Revoked;
        return makeError(ErrorCode::WrongPassphrase, tr("刷新令牌被重复使用，此设备已被停用"));
    }
    if (expires < now) {
        *denial = Denial::Expired;
        return makeError(ErrorCode::WrongPassphrase, tr("登录已过期，请重新登记此设备"));
    }
    ZS_TRY(db.run("UPDATE token SET used_at = ?2 WHERE hash = ?1", tokenHash(refreshToken), now));
    ZS_TRY_ASSIGN(auto pair, issueTokens(db, device));
    ZS_TRY(audit(db, now, principal->account, device, peer, QStringLiteral("token.refresh"), QStringLiteral("ok")));
    ZS_TRY(tx.commit());
    *denial = Denial::None;
    return pair;
}

Result<Principal> HqAuth::authenticate(Database& db, const QByteArray& accessToken, Denial* denial)
{
    ZS_TRY_ASSIGN(auto stmt, db.cached("SELECT device, kind, expires_at FROM token WHERE hash = ?1"));
    ZS_TRY_ASSIGN(auto row, stmt->bind(1, tokenHash(accessToken)).step());
    if (!row || stmt->int64(1) != kAccess) {
        *denial = Denial::BadCredentials;
        return makeError(ErrorCode::WrongPassphrase, tr("访问令牌无效"));
    }
    const QString device = stmt->text(0);
    const qint64 expires = stmt->int64(2);
    stmt->reset();
    ZS_TRY_ASSIGN(auto principal, principalForDevice(db, device, denial));
    if (expires < m_clock.wallMs()) {
        *denial = Denial::Expired;
        return makeError(ErrorCode::WrongPassphrase, tr("访问令牌已过期"));
    }
    // Best effort: a failure to note the time must not refuse the request.
    (void)db.run("UPDATE device SET last_seen = ?2 WHERE id = ?1 AND last_seen < ?2 - 60000", device, m_clock.wallMs());
    return principal;
}

} // namespace zs::hq
