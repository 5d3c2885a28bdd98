#include "sync/server/HqService.h"

#include "sync/protocol/Limits.h"
#include "sync/protocol/WireCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace zs::hq {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
const QByteArray kCbor = QByteArrayLiteral("application/cbor");

HttpResponse json(int status, const QJsonObject& body)
{
    return HttpResponse{status, kJson, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

// Errors carry a stable code for programs and a Chinese message for people.
HttpResponse problem(int status, const char* code, const QString& message)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}});
}

// Internal errors: the detail goes to the server's log, the client gets the plain message.
HttpResponse internal(const Error& error)
{
    qWarning("zhaoshang-hq: %s", qPrintable(error.toString()));
    return problem(error.code == ErrorCode::DiskFull ? 507 : 500, "internal", error.message);
}

std::optional<QJsonObject> jsonBody(const HttpRequest& request)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonObject tokensJson(const TokenPair& t)
{
    return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(t.access)},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(t.refresh)},
                       {QStringLiteral("expires_in"), t.accessExpiresInS}};
}
} // namespace

HqService::HqService(HqStorage& storage, const Clock& clock)
    : m_sync(storage.sync())
    , m_accounts(storage.accounts())
    , m_serialise(!storage.concurrent())
    , m_clock(clock)
{
}

std::unique_lock<std::mutex> HqService::storageLock()
{
    return m_serialise ? std::unique_lock(m_storageMutex) : std::unique_lock<std::mutex>();
}

HttpResponse HqService::handle(const HttpRequest& request)
{
    ++m_counters.requests;
    HttpResponse response = route(request);
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

HttpResponse HqService::route(const HttpRequest& request)
{
    const QUrl url(QString::fromLatin1(request.target));
    const QString path = url.path();
    if (path == QLatin1String("/v1/health")) {
        if (request.method != "GET" && request.method != "HEAD")
            return problem(405, "method", tr("不支持的请求方法"));
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("time"), m_clock.wallMs()},
                                     {QStringLiteral("schema"), SyncStorage::kSyncSchema}});
    }
    if (path == QLatin1String("/v1/enroll") || path == QLatin1String("/v1/token")) {
        if (request.method != "POST")
            return problem(405, "method", tr("不支持的请求方法"));
        return path == QLatin1String("/v1/enroll") ? enroll(request) : refresh(request);
    }
    const bool knownPath = path == QLatin1String("/v1/push") || path == QLatin1String("/v1/pull") ||
                           path.startsWith(QLatin1String("/v1/blobs/"));
    if (!knownPath)
        return problem(404, "not_found", tr("没有这个接口"));
    const QByteArray schema = request.header("x-zs-schema");
    if (schema.toInt() != SyncStorage::kSyncSchema)
        return problem(426, "schema",
                       tr("客户端版本与总部不兼容（数据版本 %1，总部为 %2），请升级后再同步；未同步的修改会保留")
                           .arg(QString::fromLatin1(schema))
                           .arg(SyncStorage::kSyncSchema));
    auto who = authorise(request);
    if (auto* refused = std::get_if<HttpResponse>(&who))
        return *refused;
    const Principal& principal = std::get<Principal>(who);
    if (path == QLatin1String("/v1/push"))
        return request.method == "POST" ? push(request, principal) : problem(405, "method", tr("不支持的请求方法"));
    if (path == QLatin1String("/v1/pull"))
        return request.method == "GET" ? pull(request, principal) : problem(405, "method", tr("不支持的请求方法"));
    return blobs(request, principal, path.mid(int(qstrlen("/v1/blobs/"))));
}

// Before the body is read: bodies only for requests that may have one, large ones only behind a valid token, so a
// stranger can make HQ hold no more than an enrolment's worth per connection. Everything that needs no body and no
// token (health, unknown paths, another schema) is answered here from the header, as handle() would answer it.
HttpAdmission HqService::admit(const HttpRequest& request)
{
    const QString path = QUrl(QString::fromLatin1(request.target)).path();
    if (path == QLatin1String("/v1/enroll") || path == QLatin1String("/v1/token"))
        return HttpAdmission::read(sync::Limits::kMaxUnauthenticatedBody);
    const bool bearer = path == QLatin1String("/v1/push") || path == QLatin1String("/v1/pull") ||
                        path.startsWith(QLatin1String("/v1/blobs/"));
    if (!bearer || request.header("x-zs-schema").toInt() != SyncStorage::kSyncSchema)
        return HttpAdmission::reply(handle(request));
    auto who = authorise(request);
    if (auto* refused = std::get_if<HttpResponse>(&who)) {
        ++m_counters.requests;
        refused->headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
        return HttpAdmission::reply(std::move(*refused));
    }
    const bool upload = (path == QLatin1String("/v1/push") && request.method == "POST") ||
                        (path.startsWith(QLatin1String("/v1/blobs/")) && request.method == "PUT");
    return HttpAdmission::read(upload ? sync::Limits::kMaxBody : 0, true);
}

std::variant<Principal, HttpResponse> HqService::authorise(const HttpRequest& request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer ") || header.size() > 200)
        return problem(401, "unauthenticated", tr("请先登记此设备"));
    Denial denial = Denial::None;
    const auto lock = storageLock();
    auto principal = m_accounts.authenticate(header.mid(7).trimmed(), &denial);
    if (principal.ok())
        return principal.value();
    switch (denial) {
    case Denial::Wipe:
        (void)m_accounts.audit(m_clock.wallMs(), {}, {}, request.peerAddress, QStringLiteral("request"),
                               QStringLiteral("wiped device"));
        return json(403, QJsonObject{{QStringLiteral("error"), QStringLiteral("wipe")},
                                     {QStringLiteral("wipe"), true},
                                     {QStringLiteral("message"), tr("此设备已被总部远程清除")}});
    case Denial::Revoked:
    case Denial::Disabled:
        (void)m_accounts.audit(m_clock.wallMs(), {}, {}, request.peerAddress, QStringLiteral("request"),
                               QStringLiteral("revoked device"));
        return problem(401, "revoked", principal.error().message);
    case Denial::Expired:
        return problem(401, "expired", principal.error().message);
    default:
        return problem(401, "unauthenticated", principal.error().message);
    }
}

HttpResponse HqService::enroll(const HttpRequest& request)
{
    const auto body = jsonBody(request);
    if (!body)
        return problem(400, "malformed", tr("请求格式错误"));
    const QString user = body->value(QStringLiteral("user")).toString().trimmed();
    const QByteArray password = body->value(QStringLiteral("password")).toString().toUtf8();
    const QString label = body->value(QStringLiteral("device_label")).toString().trimmed();
    if (user.isEmpty() || password.isEmpty() || password.size() > 1024 || user.size() > 64)
        return problem(400, "malformed", tr("请填写用户名和密码"));

    LoginCandidate candidate;
    {
        const auto lock = storageLock();
        auto found = m_accounts.loginCandidate(user);
        if (!found.ok())
            return internal(found.error());
        candidate = found.value();
    }
    // Locked out: no hash at all (that is the point of the lock-out), the audit still records the attempt.
    bool ok = false;
    if (candidate.lockedUntil <= m_clock.wallMs())
        ok = m_hasher.verify(candidate.hash, password, nullptr);

    const auto lock = storageLock();
    qint64 retryAfterMs = 0;
    Denial denial = Denial::None;
    auto enrollment = m_accounts.finishLogin(user, ok, label.isEmpty() ? request.peerAddress : label,
                                             request.peerAddress, &retryAfterMs, &denial);
    if (denial == Denial::LockedOut) {
        HttpResponse r =
            problem(429, "locked_out", tr("登录失败次数过多，请 %1 秒后再试").arg((retryAfterMs + 999) / 1000));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number((retryAfterMs + 999) / 1000)});
        return r;
    }
    if (!enrollment.ok()) {
        if (denial == Denial::None)
            return internal(enrollment.error());
        return problem(401, denial == Denial::Disabled ? "disabled" : "unauthenticated",
                       denial == Denial::Disabled ? tr("此账号已被停用，请联系总部") : enrollment.error().message);
    }
    return json(200, enrollmentAnswer(enrollment.value()));
}

QJsonObject HqService::enrollmentAnswer(const Enrollment& enrollment)
{
    const Principal& p = enrollment.principal;
    QJsonObject out = tokensJson(enrollment.tokens);
    out.insert(QStringLiteral("device"), p.device);
    out.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), p.account},
                                                   {QStringLiteral("display_name"), p.displayName},
                                                   {QStringLiteral("team"), p.team},
                                                   {QStringLiteral("team_name"), p.teamName},
                                                   {QStringLiteral("role"), roleName(p.role)}});
    out.insert(QStringLiteral("team_scope"), p.teamScope());
    out.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(p.readScopes()));
    out.insert(QStringLiteral("schema"), SyncStorage::kSyncSchema);
    return out;
}

HttpResponse HqService::refresh(const HttpRequest& request)
{
    const auto body = jsonBody(request);
    if (!body)
        return problem(400, "malformed", tr("请求格式错误"));
    const QByteArray token = body->value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (token.isEmpty() || token.size() > 200)
        return problem(400, "malformed", tr("请求格式错误"));
    const auto lock = storageLock();
    Denial denial = Denial::None;
    auto pair = m_accounts.refresh(token, request.peerAddress, &denial);
    if (pair.ok())
        return json(200, tokensJson(pair.value()));
    if (denial == Denial::Wipe)
        return json(403, QJsonObject{{QStringLiteral("error"), QStringLiteral("wipe")},
                                     {QStringLiteral("wipe"), true},
                                     {QStringLiteral("message"), tr("此设备已被总部远程清除")}});
    if (denial == Denial::None)
        return internal(pair.error());
    const bool out = denial == Denial::Revoked || denial == Denial::Disabled;
    return problem(401, out ? "revoked" : "unauthenticated", pair.error().message);
}

HttpResponse HqService::push(const HttpRequest& request, const Principal& who)
{
    auto decoded = sync::WireCodec::decodePush(request.body); // outside the lock: decoding is the CPU-heavy part
    if (!decoded.ok())
        return problem(400, "malformed", decoded.error().message);
    if (decoded->schema != SyncStorage::kSyncSchema)
        return problem(426, "schema", tr("客户端版本与总部不兼容，请升级后再同步；未同步的修改会保留"));
    qint64 rows = 0;
    for (const sync::ChangeSet& tx : decoded->transactions)
        rows += tx.rows.size();
    const auto lock = storageLock();
    auto response = m_sync.push(who, decoded.value());
    if (!response.ok())
        return internal(response.error());
    for (const sync::TxResult& r : response->results) {
        if (r.status != sync::TxResult::Refused)
            continue;
        ++m_counters.refusals;
        (void)m_accounts.audit(m_clock.wallMs(), who.account, who.device, request.peerAddress, QStringLiteral("push"),
                               QStringLiteral("refused"),
                               QString::fromLatin1(r.txId.toHex()) + QLatin1Char(' ') + r.reason);
    }
    m_counters.pushedRows += rows;
    return HttpResponse{200, kCbor, {}, sync::WireCodec::encode(response.value())};
}

void HqService::setPullBudget(qsizetype budget, qsizetype smallPage)
{
    m_pullBudget = budget;
    m_smallPullPage = smallPage;
}

HttpResponse HqService::pull(const HttpRequest& request, const Principal& who)
{
    const QUrlQuery query(QUrl(QString::fromLatin1(request.target)));
    bool cursorOk = false;
    bool limitOk = true;
    const qint64 cursor = query.queryItemValue(QStringLiteral("cursor")).toLongLong(&cursorOk);
    int limit = 2000;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!cursorOk || !limitOk || cursor < 0 || limit < 1)
        return problem(400, "malformed", tr("请求格式错误"));
    int rows = 0;
    Result<QByteArray> page = QByteArray();
    {
        const auto lock = storageLock();
        // Read under the lock, right before the page is made: pages made while this request waited count too.
        const qsizetype maxBytes = m_pullInFlight->load() > m_pullBudget ? m_smallPullPage : SyncStorage::kMaxPullBytes;
        page = m_sync.pull(who, cursor, limit, &rows, maxBytes);
    }
    if (!page.ok())
        return internal(page.error());
    m_counters.pulledRows += rows;
    HttpResponse r{200, kCbor, {}, std::move(page.value())};
    const qint64 size = r.body.size();
    *m_pullInFlight += size;
    r.lease = std::shared_ptr<void>(nullptr, [inFlight = m_pullInFlight, size](void*) { *inFlight -= size; });
    r.headers.append({QByteArrayLiteral("X-Zs-Scopes"), who.readsAllScopes()
                                                            ? QByteArrayLiteral("*")
                                                            : who.readScopes().join(QLatin1Char(',')).toUtf8()});
    return r;
}

HttpResponse HqService::blobs(const HttpRequest& request, const Principal& who, const QString& sha256)
{
    const auto lock = storageLock();
    if (request.method == "HEAD") {
        auto state = m_sync.blobState(sha256);
        if (!state.ok())
            return problem(400, "malformed", state.error().message);
        HttpResponse r{state->complete ? 200 : 404, QByteArrayLiteral("application/octet-stream"), {}, {}};
        r.headers.append({QByteArrayLiteral("X-Zs-Received"), QByteArray::number(state->received)});
        r.headers.append({QByteArrayLiteral("X-Zs-Size"), QByteArray::number(state->size)});
        return r;
    }
    if (request.method == "GET")
        return blobGet(request, sha256);
    if (request.method != "PUT")
        return problem(405, "method", tr("不支持的请求方法"));
    // Only roles that may publish city-wide materials upload files; anyone enrolled may read them.
    if (auto refused = Policy::refusal(who, QStringLiteral("material"), QStringLiteral("city"))) {
        ++m_counters.refusals;
        (void)m_accounts.audit(m_clock.wallMs(), who.account, who.device, request.peerAddress,
                               QStringLiteral("blob.put"), QStringLiteral("refused"),
                               sha256 + QLatin1Char(' ') + *refused);
        return problem(403, "forbidden", *refused);
    }
    // Content-Range: bytes first-last/total
    const QByteArray range = request.header("content-range");
    qint64 first = 0;
    qint64 total = request.body.size();
    if (!range.isEmpty()) {
        const QByteArray spec = range.startsWith("bytes ") ? range.mid(6) : QByteArray();
        const int dash = spec.indexOf('-');
        const int slash = spec.indexOf('/');
        bool a = false;
        bool c = false;
        first = dash > 0 ? spec.left(dash).toLongLong(&a) : -1;
        total = slash > dash ? spec.mid(slash + 1).toLongLong(&c) : -1;
        if (!a || !c)
            return problem(400, "malformed", tr("Content-Range 格式错误"));
    }
    auto state = m_sync.putBlobChunk(sha256, first, total, request.body);
    if (!state.ok()) {
        const int status = state.error().code == ErrorCode::Busy ? 409 : 400;
        HttpResponse r = problem(status, "blob", state.error().message);
        auto now = m_sync.blobState(sha256);
        if (now.ok())
            r.headers.append({QByteArrayLiteral("X-Zs-Received"), QByteArray::number(now->received)});
        (void)m_accounts.audit(m_clock.wallMs(), who.account, who.device, request.peerAddress,
                               QStringLiteral("blob.put"), QStringLiteral("refused"), state.error().message);
        return r;
    }
    HttpResponse r = json(state->complete ? 201 : 202, QJsonObject{{QStringLiteral("received"), state->received},
                                                                   {QStringLiteral("complete"), state->complete}});
    r.headers.append({QByteArrayLiteral("X-Zs-Received"), QByteArray::number(state->received)});
    return r;
}

// GET with HTTP ranges (RFC 9110 §14): `bytes=N-`, `bytes=N-M`, `bytes=-K` (the last K). A response carries at most
// kMaxBlobPiece bytes: a larger range (or a whole file larger than that) is answered 206 with the first piece, and
// Content-Range says where it ends, so HQ never holds a 100 MB file in one response; clients ask piece by piece.
// Several ranges, a malformed header or a start past the end: 416 with `Content-Range: bytes */total`.
HttpResponse HqService::blobGet(const HttpRequest& request, const QString& sha256)
{
    auto state = m_sync.blobState(sha256);
    if (!state.ok())
        return problem(400, "malformed", state.error().message);
    if (!state->complete)
        return problem(404, "blob", tr("总部没有这个文件"));
    const qint64 total = state->size;
    const QByteArray header = request.header("range").trimmed();
    qint64 first = 0;
    qint64 last = total - 1;
    bool valid = true;
    if (!header.isEmpty()) {
        const QByteArray spec = header.startsWith("bytes=") ? header.mid(6).trimmed() : QByteArray();
        const int dash = spec.indexOf('-');
        bool a = true;
        bool b = true;
        if (dash < 0 || spec.contains(',')) {
            valid = false;
        } else if (dash == 0) { // suffix: the last K bytes
            const qint64 k = spec.mid(1).toLongLong(&b);
            valid = b && k > 0;
            first = qMax<qint64>(0, total - k);
        } else {
            first = spec.left(dash).toLongLong(&a);
            if (dash + 1 < spec.size())
                last = qMin(total - 1, spec.mid(dash + 1).toLongLong(&b));
            valid = a && b && first >= 0 && first < total && last >= first;
        }
    }
    if (!valid) {
        HttpResponse r = problem(416, "range", tr("请求的文件范围无效（文件共 %1 字节）").arg(total));
        r.headers.append({QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(total)});
        return r;
    }
    auto range = m_sync.blobRange(sha256, first, qMin(last - first + 1, kMaxBlobPiece));
    if (!range.ok())
        return problem(range.error().code == ErrorCode::NotFound ? 404 : 500, "blob", range.error().message);
    const qint64 end = first + range->bytes.size() - 1;
    const bool partial = !header.isEmpty() || end != total - 1;
    HttpResponse r{partial ? 206 : 200, QByteArrayLiteral("application/octet-stream"), {}, std::move(range->bytes)};
    r.headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});
    if (partial)
        r.headers.append(
            {QByteArrayLiteral("Content-Range"),
             "bytes " + QByteArray::number(first) + '-' + QByteArray::number(end) + '/' + QByteArray::number(total)});
    return r;
}

} // namespace zs::hq
