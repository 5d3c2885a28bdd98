#include "sync/server/HqAuth.h"

#include "sync/store/Database.h"
#include "sync/store/Sodium.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

#include <QJsonObject>

#include <sodium.h>

namespace zs::hq {

namespace {
constexpr int kAccess = 1;
constexpr int kRefresh = 2;
constexpr unsigned long long kOps = 3;
constexpr std::size_t kMem = 64u * 1024 * 1024;

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

QByteArray HqAuth::hashPassword(const QByteArray& password)
{
    Sodium::ensureInitialised();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()), kOps, kMem) != 0)
        return {};
    return QByteArray(out);
}

bool HqAuth::verifyPassword(const QByteArray& stored, const QByteArray& password, bool* rehash)
{
    Sodium::ensureInitialised();
    {
        std::unique_lock lock(m_hashMutex);
        m_hashFree.wait(lock, [this] { return m_hashesRunning < kMaxConcurrentHashes; });
        ++m_hashesRunning;
    }
    // A missing account is verified against a dummy hash: the answer takes as long either way.
    static const QByteArray dummy = hashPassword(QByteArrayLiteral("zhaoshang-no-such-account"));
    const QByteArray& hash = stored.isEmpty() ? dummy : stored;
    const bool ok = crypto_pwhash_str_verify(hash.constData(), password.constData(), quint64(password.size())) == 0;
    if (rehash)
        *rehash = ok && crypto_pwhash_str_needs_rehash(hash.constData(), kOps, kMem) != 0;
    {
        std::lock_guard lock(m_hashMutex);
        --m_hashesRunning;
    }
    m_hashFree.notify_one();
    return ok && !stored.isEmpty();
}

Result<void> HqAuth::audit(Database& db, qint64 now, const QString& account, const QString& device, const QString& peer,
                           const QString& action, const QString& outcome, const QString& detail)
{
    auto stmt =
        db.cached("INSERT INTO audit (at, account, device, peer, action, outcome, detail) "
                  "VALUES (?1, coalesce(?2, ''), coalesce(?3, ''), coalesce(?4, ''), ?5, ?6, coalesce(?7, ''))");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, now).bind(2, account).bind(3, device).bind(4, peer).bind(5, action).bind(6, outcome);
    (*stmt)->bind(7, detail);
    return (*stmt)->run();
}

Result<void> HqAuth::addTeam(Database& db, const QString& id, const QString& name, qint64 now)
{
    if (!Policy::isValidScope(QStringLiteral("team:") + id))
        return makeError(ErrorCode::Invalid, tr("组标识只能包含小写字母、数字、下划线和连字符（最多 32 个）"));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("请填写组名"));
    auto stmt = db.cached("INSERT INTO team (id, name, created_at) VALUES (?1, ?2, ?3)");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, name.trimmed()).bind(3, now);
    auto run = (*stmt)->run();
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
    auto teamExists = db.cached("SELECT 1 FROM team WHERE id = ?1");
    if (!teamExists.ok())
        return teamExists.error();
    (*teamExists)->bind(1, team);
    auto found = (*teamExists)->step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return notFound(tr("没有组“%1”，请先用 team add 创建").arg(team));
    const QByteArray hash = hashPassword(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Crypto, tr("无法计算密码散列（内存不足？）"));
    auto stmt = db.cached("INSERT INTO account (name, display_name, team, role, pw_hash, created_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, name.trimmed()).bind(2, displayName.isEmpty() ? name.trimmed() : displayName);
    (*stmt)->bind(3, team).bind(4, roleName(role)).bind(5, hash).bind(6, now);
    auto run = (*stmt)->run();
    if (!run.ok())
        return makeError(ErrorCode::AlreadyExists, tr("用户“%1”已存在").arg(name), run.error().message);
    return audit(db, now, name, {}, {}, QStringLiteral("user.add"), QStringLiteral("ok"),
                 roleName(role) + QLatin1Char(' ') + team);
}

Result<void> HqAuth::setUserDisabled(Database& db, const QString& name, bool disabled, qint64 now)
{
    auto stmt = db.cached("UPDATE account SET disabled = ?2 WHERE name = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, name).bind(2, disabled ? 1 : 0);
    ZS_TRY((*stmt)->run());
    if (db.changes() == 0)
        return notFound(tr("没有用户“%1”").arg(name));
    return audit(db, now, name, {}, {}, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                 QStringLiteral("ok"));
}

Result<QJsonArray> HqAuth::listDevices(Database& db)
{
    auto stmt = db.prepare("SELECT d.id, d.account, a.team, d.label, d.created_at, d.last_seen, d.revoked_at, d.wipe "
                           "FROM device d JOIN account a ON a.name = d.account ORDER BY d.created_at");
    if (!stmt.ok())
        return stmt.error();
    QJsonArray out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out.append(QJsonObject{{QStringLiteral("id"), stmt->text(0)},
                               {QStringLiteral("user"), stmt->text(1)},
                               {QStringLiteral("team"), stmt->text(2)},
                               {QStringLiteral("label"), stmt->text(3)},
                               {QStringLiteral("created_at"), stmt->int64(4)},
                               {QStringLiteral("last_seen"), stmt->int64(5)},
                               {QStringLiteral("revoked"), !stmt->isNull(6)},
                               {QStringLiteral("wipe"), stmt->int64(7) != 0}});
    }
    return out;
}

Result<void> HqAuth::revokeDevice(Database& db, const QString& device, bool wipe, qint64 now)
{
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    auto stmt = db.cached("UPDATE device SET revoked_at = coalesce(revoked_at, ?2), wipe = max(wipe, ?3) "
                          "WHERE id = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, device).bind(2, now).bind(3, wipe ? 1 : 0);
    ZS_TRY((*stmt)->run());
    if (db.changes() == 0)
        return notFound(tr("没有设备“%1”").arg(device));
    // Refresh tokens die with the device; access tokens are checked against the device on every request.
    auto drop = db.cached("DELETE FROM token WHERE device = ?1 AND kind = 2");
    if (!drop.ok())
        return drop.error();
    (*drop)->bind(1, device);
    ZS_TRY((*drop)->run());
    ZS_TRY(audit(db, now, {}, device, {}, wipe ? QStringLiteral("device.wipe") : QStringLiteral("device.revoke"),
                 QStringLiteral("ok")));
    return tx->commit();
}

Result<QJsonArray> HqAuth::auditLog(Database& db, int limit)
{
    auto stmt = db.prepare("SELECT seq, at, account, device, peer, action, outcome, detail FROM audit "
                           "ORDER BY seq DESC LIMIT ?1");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, limit);
    QJsonArray out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out.prepend(QJsonObject{{QStringLiteral("seq"), stmt->int64(0)},
                                {QStringLiteral("at"), stmt->int64(1)},
                                {QStringLiteral("user"), stmt->text(2)},
                                {QStringLiteral("device"), stmt->text(3)},
                                {QStringLiteral("peer"), stmt->text(4)},
                                {QStringLiteral("action"), stmt->text(5)},
                                {QStringLiteral("outcome"), stmt->text(6)},
                                {QStringLiteral("detail"), stmt->text(7)}});
    }
    return out;
}

Result<HqAuth::LoginCandidate> HqAuth::loginCandidate(Database& db, const QString& account)
{
    auto stmt = db.cached("SELECT pw_hash, disabled, locked_until FROM account WHERE name = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, account);
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    LoginCandidate c;
    if (row.value()) {
        c.exists = true;
        c.hash = (*stmt)->blob(0);
        c.disabled = (*stmt)->int64(1) != 0;
        c.lockedUntil = (*stmt)->int64(2);
    }
    return c;
}

Result<Enrollment> HqAuth::finishLogin(Database& db, const QString& account, bool passwordOk, const QString& label,
                                       const QString& peer, qint64* retryAfterMs, Denial* denial)
{
    const qint64 now = m_clock.wallMs();
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    auto candidate = loginCandidate(db, account);
    if (!candidate.ok())
        return candidate.error();
    const auto deny = [&](Denial d, const QString& outcome) -> Result<Enrollment> {
        *denial = d;
        ZS_TRY(audit(db, now, account, {}, peer, QStringLiteral("login"), outcome));
        ZS_TRY(tx->commit());
        return makeError(ErrorCode::WrongPassphrase, tr("用户名或密码不正确"));
    };
    if (!candidate->exists)
        return deny(Denial::BadCredentials, QStringLiteral("unknown user"));
    if (candidate->lockedUntil > now) {
        *retryAfterMs = candidate->lockedUntil - now;
        return deny(Denial::LockedOut, QStringLiteral("locked out"));
    }
    if (!passwordOk) {
        auto fail = db.cached("UPDATE account SET failures = failures + 1 WHERE name = ?1 RETURNING failures");
        if (!fail.ok())
            return fail.error();
        (*fail)->bind(1, account);
        auto row = (*fail)->step();
        if (!row.ok())
            return row.error();
        const qint64 failures = (*fail)->int64(0);
        (*fail)->reset();
        if (failures > kFreeFailures) {
            const qint64 lockMs = qMin<qint64>(30'000LL << qMin<qint64>(failures - kFreeFailures - 1, 20), 3'600'000);
            auto lock = db.cached("UPDATE account SET locked_until = ?2 WHERE name = ?1");
            if (!lock.ok())
                return lock.error();
            (*lock)->bind(1, account).bind(2, now + lockMs);
            ZS_TRY((*lock)->run());
            *retryAfterMs = lockMs;
            return deny(Denial::LockedOut, QStringLiteral("wrong password, locked out"));
        }
        return deny(Denial::BadCredentials, QStringLiteral("wrong password"));
    }
    if (candidate->disabled)
        return deny(Denial::Disabled, QStringLiteral("disabled"));
    auto reset = db.cached("UPDATE account SET failures = 0, locked_until = 0 WHERE name = ?1");
    if (!reset.ok())
        return reset.error();
    (*reset)->bind(1, account);
    ZS_TRY((*reset)->run());
    auto enrollment = provisionDevice(db, account, label);
    if (!enrollment.ok())
        return enrollment.error();
    ZS_TRY(audit(db, now, account, enrollment->principal.device, peer, QStringLiteral("login"), QStringLiteral("ok"),
                 label));
    ZS_TRY(tx->commit());
    *denial = Denial::None;
    return enrollment;
}

Result<Enrollment> HqAuth::provisionDevice(Database& db, const QString& account, const QString& label)
{
    const qint64 now = m_clock.wallMs();
    const QString device = Uuid7::create(now);
    auto stmt = db.cached("INSERT INTO device (id, account, label, created_at, last_seen) "
                          "SELECT ?1, name, ?3, ?4, ?4 FROM account WHERE name = ?2");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, device).bind(2, account).bind(3, label.left(200)).bind(4, now);
    ZS_TRY((*stmt)->run());
    if (db.changes() == 0)
        return notFound(tr("没有用户“%1”").arg(account));
    Denial denial = Denial::None;
    auto principal = principalForDevice(db, device, &denial);
    if (!principal.ok())
        return principal.error();
    auto tokens = issueTokens(db, device);
    if (!tokens.ok())
        return tokens.error();
    return Enrollment{principal.value(), tokens.value()};
}

Result<TokenPair> HqAuth::issueTokens(Database& db, const QString& device)
{
    const qint64 now = m_clock.wallMs();
    TokenPair pair{newToken(), newToken(), kAccessLifetimeMs / 1000};
    auto stmt = db.cached("INSERT INTO token (hash, device, kind, expires_at) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, tokenHash(pair.access)).bind(2, device).bind(3, kAccess).bind(4, now + kAccessLifetimeMs);
    ZS_TRY((*stmt)->run());
    (*stmt)->bind(1, tokenHash(pair.refresh)).bind(2, device).bind(3, kRefresh).bind(4, now + kRefreshLifetimeMs);
    ZS_TRY((*stmt)->run());
    // Expired tokens of this device are of no use to anyone.
    auto prune = db.cached("DELETE FROM token WHERE device = ?1 AND expires_at < ?2");
    if (!prune.ok())
        return prune.error();
    (*prune)->bind(1, device).bind(2, now);
    ZS_TRY((*prune)->run());
    return pair;
}

Result<Principal> HqAuth::principalForDevice(Database& db, const QString& device, Denial* denial)
{
    auto stmt = db.cached("SELECT a.name, a.display_name, a.team, a.role, a.disabled, d.revoked_at, d.wipe "
                          "FROM device d JOIN account a ON a.name = d.account WHERE d.id = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, device);
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    *denial = Denial::None;
    if (!row.value()) {
        *denial = Denial::Revoked;
        return makeError(ErrorCode::NotFound, tr("设备未登记"));
    }
    Principal p;
    p.account = (*stmt)->text(0);
    p.displayName = (*stmt)->text(1);
    p.team = (*stmt)->text(2);
    p.role = roleFromName((*stmt)->text(3)).value_or(Role::Officer);
    p.device = device;
    if ((*stmt)->int64(6) != 0)
        *denial = Denial::Wipe;
    else if (!(*stmt)->isNull(5))
        *denial = Denial::Revoked;
    else if ((*stmt)->int64(4) != 0)
        *denial = Denial::Disabled;
    if (*denial != Denial::None)
        return makeError(ErrorCode::WrongPassphrase, tr("此设备已被总部停用"));
    return p;
}

Result<TokenPair> HqAuth::refresh(Database& db, const QByteArray& refreshToken, const QString& peer, Denial* denial)
{
    const qint64 now = m_clock.wallMs();
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    auto stmt = db.cached("SELECT device, kind, expires_at, used_at FROM token WHERE hash = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, tokenHash(refreshToken));
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || (*stmt)->int64(1) != kRefresh) {
        *denial = Denial::BadCredentials;
        return makeError(ErrorCode::WrongPassphrase, tr("登录已失效，请重新登记此设备"));
    }
    const QString device = (*stmt)->text(0);
    const qint64 expires = (*stmt)->int64(2);
    const bool used = !(*stmt)->isNull(3);
    (*stmt)->reset();
    if (used) {
        // A refresh token presented twice was copied: the device is revoked (SECURITY.md).
        ZS_TRY(audit(db, now, {}, device, peer, QStringLiteral("token.refresh"), QStringLiteral("reuse: revoked")));
        ZS_TRY(tx->commit());
        ZS_TRY(revokeDevice(db, device, false, now));
        *denial = Denial::Revoked;
        return makeError(ErrorCode::WrongPassphrase, tr("刷新令牌被重复使用，此设备已被停用"));
    }
    if (expires < now) {
        *denial = Denial::Expired;
        return makeError(ErrorCode::WrongPassphrase, tr("登录已过期，请重新登记此设备"));
    }
    auto principal = principalForDevice(db, device, denial);
    if (!principal.ok()) {
        ZS_TRY(audit(db, now, {}, device, peer, QStringLiteral("token.refresh"), QStringLiteral("device refused")));
        ZS_TRY(tx->commit());
        return principal.error();
    }
    auto mark = db.cached("UPDATE token SET used_at = ?2 WHERE hash = ?1");
    if (!mark.ok())
        return mark.error();
    (*mark)->bind(1, tokenHash(refreshToken)).bind(2, now);
    ZS_TRY((*mark)->run());
    auto pair = issueTokens(db, device);
    if (!pair.ok())
        return pair.error();
    ZS_TRY(audit(db, now, principal->account, device, peer, QStringLiteral("token.refresh"), QStringLiteral("ok")));
    ZS_TRY(tx->commit());
    *denial = Denial::None;
    return pair;
}

Result<Principal> HqAuth::authenticate(Database& db, const QByteArray& accessToken, Denial* denial)
{
    auto stmt = db.cached("SELECT device, kind, expires_at FROM token WHERE hash = ?1");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, tokenHash(accessToken));
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || (*stmt)->int64(1) != kAccess) {
        *denial = Denial::BadCredentials;
        return makeError(ErrorCode::WrongPassphrase, tr("访问令牌无效"));
    }
    const QString device = (*stmt)->text(0);
    const qint64 expires = (*stmt)->int64(2);
    (*stmt)->reset();
    auto principal = principalForDevice(db, device, denial);
    if (!principal.ok())
        return principal.error();
    if (expires < m_clock.wallMs()) {
        *denial = Denial::Expired;
        return makeError(ErrorCode::WrongPassphrase, tr("访问令牌已过期"));
    }
    auto seen = db.cached("UPDATE device SET last_seen = ?2 WHERE id = ?1 AND last_seen < ?2 - 60000");
    if (seen.ok()) {
        (*seen)->bind(1, device).bind(2, m_clock.wallMs());
        (void)(*seen)->run();
    }
    return principal;
}

} // namespace zs::hq
