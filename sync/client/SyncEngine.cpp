#include "sync/client/SyncEngine.h"

#include "sync/client/HqConnection.h"
#include "sync/protocol/WireCodec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSet>
#include <QUrlQuery>

#include <memory>

namespace zs::sync {

namespace {
const QByteArray kCbor = QByteArrayLiteral("application/cbor");
const QByteArray kJson = QByteArrayLiteral("application/json");

QString serverMessage(const QByteArray& body)
{
    return HqConnection::serverMessage(body);
}
} // namespace

QJsonObject SyncEngine::Summary::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok},           {QStringLiteral("pushed"), pushed},
                  {QStringLiteral("pulled"), pulled},   {QStringLiteral("conflicts"), conflicts},
                  {QStringLiteral("refused"), refused}, {QStringLiteral("purged"), purged},
                  {QStringLiteral("wiped"), wiped},     {QStringLiteral("duration_ms"), durationMs}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

SyncEngine::SyncEngine(LocalReplica& replica, QObject* parent)
    : QObject(parent)
    , m_replica(replica)
    , m_files(replica)
{
    m_network.setAutoDeleteReplies(false);
    // Downloads outlive a sync round; when their access token runs out, this engine (the only one that may use the
    // single-use refresh token) renews it.
    m_files.setTokenRenewal([this](std::function<void(bool)> done) { renewAccess(std::move(done)); });
}

QByteArray SyncEngine::spkiPin(const QByteArray& certificatePem)
{
    const auto certs = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certs.isEmpty())
        return {};
    return QCryptographicHash::hash(certs.first().publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
}

// Empty when no CA is stored (a plain-http demo server).
QString SyncEngine::caFingerprint(const QByteArray& pem)
{
    const auto certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return {};
    return QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString SyncEngine::stateValue(const QString& key) const
{
    auto v = m_replica.state(key);
    return v.ok() ? v.value() : QString();
}

void SyncEngine::setStateValue(const QString& key, const QString& value)
{
    (void)m_replica.setState(key, value);
}

bool SyncEngine::isEnrolled() const
{
    return !stateValue(QStringLiteral("refresh_token")).isEmpty();
}

QJsonObject SyncEngine::status() const
{
    auto pending = m_replica.pendingChanges();
    auto quarantined = m_replica.quarantine(1000);
    auto conflicts = m_replica.conflicts(1000);
    int openConflicts = 0;
    if (conflicts.ok())
        for (const QJsonObject& c : conflicts.value())
            openConflicts += c.value(QStringLiteral("reapplied")).toBool() ? 0 : 1;
    return QJsonObject{
        {QStringLiteral("enrolled"), isEnrolled()},
        {QStringLiteral("server"), stateValue(QStringLiteral("server"))},
        {QStringLiteral("user"), stateValue(QStringLiteral("user"))},
        {QStringLiteral("display_name"), stateValue(QStringLiteral("display_name"))},
        {QStringLiteral("team"), stateValue(QStringLiteral("team"))},
        {QStringLiteral("team_name"), stateValue(QStringLiteral("team_name"))},
        {QStringLiteral("role"), stateValue(QStringLiteral("role"))},
        {QStringLiteral("device"), stateValue(QStringLiteral("device"))},
        {QStringLiteral("pending"), pending.ok() ? pending.value() : -1},
        {QStringLiteral("last_success"), stateValue(QStringLiteral("last_success")).toLongLong()},
        {QStringLiteral("last_error"), stateValue(QStringLiteral("last_error"))},
        {QStringLiteral("last_attempt"), stateValue(QStringLiteral("last_attempt")).toLongLong()},
        {QStringLiteral("quarantined"), quarantined.ok() ? int(quarantined->size()) : 0},
        {QStringLiteral("conflicts"), openConflicts},
        {QStringLiteral("wiped_at"), stateValue(QStringLiteral("wiped_at")).toLongLong()},
        {QStringLiteral("ca_fingerprint"), caFingerprint(stateValue(QStringLiteral("ca_pem")).toLatin1())},
    };
}

void SyncEngine::send(const QByteArray& method, const QString& path, const QByteArray& body,
                      const QByteArray& contentType, bool authorised, Handler handler)
{
    QNetworkRequest r = HqConnection::request(m_replica, path, authorised, m_timeoutMs);
    if (!contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = m_network.sendCustomRequest(r, method, body);
    HqConnection::checkPin(m_replica, reply);
    m_reply = reply;
    m_live.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler] {
        reply->deleteLater();
        if (!m_live.remove(reply))
            return; // cancelled
        if (m_reply == reply)
            m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        handler(status, reply->readAll(), HqConnection::failure(reply), reply);
    });
}

void SyncEngine::enroll(const QUrl& server, const QString& user, const QString& password, const QByteArray& caPem,
                        const QString& deviceLabel)
{
    if (m_busy) {
        Q_EMIT enrolled(false, tr("正在同步，请稍后再试"));
        return;
    }
    if (!server.isValid() || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))) {
        Q_EMIT enrolled(false, tr("服务器地址无效，应为 https://主机:端口"));
        return;
    }
    if (server.scheme() == QLatin1String("http") && server.host() != QLatin1String("127.0.0.1") &&
        server.host() != QLatin1String("localhost") && server.host() != QLatin1String("::1")) {
        Q_EMIT enrolled(false, tr("只有本机演示服务器可以不加密（http），其他服务器必须用 https"));
        return;
    }
    if (server.scheme() == QLatin1String("https") && QSslCertificate::fromData(caPem).isEmpty()) {
        Q_EMIT enrolled(false, tr("请提供总部的 CA 证书（PEM）"));
        return;
    }
    setStateValue(QStringLiteral("server"), server.toString());
    setStateValue(QStringLiteral("ca_pem"), QString::fromLatin1(caPem));
    setStateValue(QStringLiteral("pins"), QString::fromLatin1(spkiPin(caPem)));
    m_busy = true;
    const QJsonObject body{{QStringLiteral("user"), user},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device_label"), deviceLabel}};
    send("POST", QStringLiteral("/v1/enroll"), QJsonDocument(body).toJson(QJsonDocument::Compact), kJson, false,
         [this](int status, const QByteArray& reply, const QString& networkError, QNetworkReply*) {
             m_busy = false;
             if (status != 200) {
                 const QString message = !networkError.isEmpty()          ? networkError
                                         : serverMessage(reply).isEmpty() ? tr("登记失败（HTTP %1）").arg(status)
                                                                          : serverMessage(reply);
                 Q_EMIT enrolled(false, message);
                 return;
             }
             const QJsonObject o = QJsonDocument::fromJson(reply).object();
             const QJsonObject account = o.value(QStringLiteral("user")).toObject();
             setStateValue(QStringLiteral("device"), o.value(QStringLiteral("device")).toString());
             setStateValue(QStringLiteral("access_token"), o.value(QStringLiteral("access_token")).toString());
             setStateValue(QStringLiteral("refresh_token"), o.value(QStringLiteral("refresh_token")).toString());
             setStateValue(QStringLiteral("access_expires"),
                           QString::number(QDateTime::currentMSecsSinceEpoch() +
                                           o.value(QStringLiteral("expires_in")).toInteger() * 1000));
             setStateValue(QStringLiteral("user"), account.value(QStringLiteral("name")).toString());
             setStateValue(QStringLiteral("display_name"), account.value(QStringLiteral("display_name")).toString());
             setStateValue(QStringLiteral("team"), account.value(QStringLiteral("team")).toString());
             setStateValue(QStringLiteral("team_name"), account.value(QStringLiteral("team_name")).toString());
             setStateValue(QStringLiteral("role"), account.value(QStringLiteral("role")).toString());
             setStateValue(QStringLiteral("team_scope"), o.value(QStringLiteral("team_scope")).toString());
             setStateValue(QStringLiteral("wiped_at"), QString());
             Q_EMIT enrolled(true, tr("已登记：%1（%2）")
                                       .arg(account.value(QStringLiteral("display_name")).toString(),
                                            o.value(QStringLiteral("team_scope")).toString()));
             Q_EMIT statusChanged();
         });
}

void SyncEngine::syncNow()
{
    if (m_busy)
        return;
    if (!isEnrolled()) {
        m_summary = Summary{};
        m_summary.error = tr("此工作区尚未登记到总部");
        Q_EMIT finished(m_summary);
        return;
    }
    m_busy = true;
    m_refreshTried = false;
    m_filesUploaded = false;
    m_pushesInFlight = 0;
    m_uploading = 0;
    m_pushedUpTo = 0;
    m_morePending = false;
    m_summary = Summary{};
    m_elapsed.start();
    setStateValue(QStringLiteral("last_attempt"), QString::number(QDateTime::currentMSecsSinceEpoch()));
    const qint64 expires = stateValue(QStringLiteral("access_expires")).toLongLong();
    if (expires < QDateTime::currentMSecsSinceEpoch() + 30000)
        refreshToken();
    else
        pushRound();
}

void SyncEngine::cancel()
{
    if (!m_busy)
        return;
    abortRequests();
    m_files.cancelUploads();
    fail(tr("同步已取消"));
}

void SyncEngine::renewAccess(std::function<void(bool)> done)
{
    if (m_busy) { // a sync is running: its token is fresh when it ends
        m_afterSync.push_back(std::move(done));
        return;
    }
    m_busy = true;
    const QJsonObject body{{QStringLiteral("refresh_token"), stateValue(QStringLiteral("refresh_token"))}};
    send("POST", QStringLiteral("/v1/token"), QJsonDocument(body).toJson(QJsonDocument::Compact), kJson, false,
         [this, done](int status, const QByteArray& reply, const QString&, QNetworkReply*) {
             m_busy = false;
             const bool ok = status == 200 && storeTokens(reply);
             done(ok);
         });
}

bool SyncEngine::storeTokens(const QByteArray& reply)
{
    const QJsonObject o = QJsonDocument::fromJson(reply).object();
    if (o.value(QStringLiteral("access_token")).toString().isEmpty())
        return false;
    setStateValue(QStringLiteral("access_token"), o.value(QStringLiteral("access_token")).toString());
    setStateValue(QStringLiteral("refresh_token"), o.value(QStringLiteral("refresh_token")).toString());
    setStateValue(QStringLiteral("access_expires"),
                  QString::number(QDateTime::currentMSecsSinceEpoch() +
                                  o.value(QStringLiteral("expires_in")).toInteger() * 1000));
    return true;
}

void SyncEngine::refreshToken()
{
    Q_EMIT progress(tr("正在验证身份"), 0);
    m_refreshTried = true;
    const QJsonObject body{{QStringLiteral("refresh_token"), stateValue(QStringLiteral("refresh_token"))}};
    send("POST", QStringLiteral("/v1/token"), QJsonDocument(body).toJson(QJsonDocument::Compact), kJson, false,
         [this](int status, const QByteArray& reply, const QString& networkError, QNetworkReply*) {
             if (!networkError.isEmpty())
                 return fail(networkError);
             if (handleRefusal(status, reply))
                 return;
             if (status != 200 || !storeTokens(reply))
                 return fail(tr("总部拒绝了登录（HTTP %1）：%2").arg(status).arg(serverMessage(reply)));
             pushRound();
         });
}

// 401 revoked / 403 wipe: the device is out. A wipe purges every synced record here.
bool SyncEngine::handleRefusal(int status, const QByteArray& body)
{
    const QString code = HqConnection::serverCode(body);
    if (status == 403 && code == QLatin1String("wipe")) {
        auto removed = m_replica.wipe();
        m_summary.wiped = true;
        m_summary.purged = removed.ok() ? removed.value() : 0;
        fail(tr("此设备已被总部远程清除，本机的同步数据已删除"));
        return true;
    }
    if (status == 401 && (code == QLatin1String("revoked") || code == QLatin1String("disabled"))) {
        // Out for good: forget the tokens, so the workspace shows as not enrolled and can be enrolled again.
        setStateValue(QStringLiteral("access_token"), QString());
        setStateValue(QStringLiteral("refresh_token"), QString());
        fail(serverMessage(body).isEmpty() ? tr("此设备已被总部停用") : serverMessage(body));
        return true;
    }
    if (status == 401 && !m_refreshTried) {
        refreshToken();
        return true;
    }
    if (status == 426) {
        fail(serverMessage(body));
        return true;
    }
    return false;
}

void SyncEngine::pushRound()
{
    // Files first: a material row must not reach HQ before its file does.
    if (!m_filesUploaded && m_files.hasUploads()) {
        m_filesUploaded = true;
        Q_EMIT progress(tr("正在上传资料文件"), 0);
        m_files.upload([this](const QString& error) {
            if (!m_busy)
                return;
            if (!error.isEmpty())
                return fail(error);
            pushRound();
        });
        return;
    }
    m_filesUploaded = true;
    auto prepared = m_replica.preparePush(kPushRows);
    if (!prepared.ok())
        return fail(prepared.error().message);
    m_pushedUpTo = 0; // nothing in flight: whatever is pending goes (again)
    sendPush();
}

// Up to two uploads at once, as long as full batches keep coming: when one is uploaded, or when an answer leaves
// only one in flight, the next batch is prepared and sent while HQ merges the other, so the laptop's preparing, the
// upload and HQ's merging overlap (docs/DESIGN-NOTES.md, "Sync performance"). Order does not matter at HQ — merging
// is commutative, each transaction is answered on its own — and an upload abandoned half-way leaves its
// transactions pending, sent again later.
void SyncEngine::sendPush()
{
    auto pending = m_replica.pendingPushBody(stateValue(QStringLiteral("device")), kSchema, kPushRows, m_pushedUpTo);
    if (!pending.ok())
        return fail(pending.error().message);
    if (pending->transactions == 0) {
        if (m_pushesInFlight == 0)
            pullRound();
        return; // else the answer still on its way carries on
    }
    m_pushedUpTo = pending->lastSeq;
    m_morePending = pending->rows >= kPushRows;
    ++m_pushesInFlight;
    ++m_uploading;
    // Qt hands a body to its network thread piece by piece through this thread's event loop: while this thread
    // prepares the next batch, an upload under way stalls. So the next batch is prepared once the body is out.
    auto uploaded = std::make_shared<bool>(false);
    const auto bodySent = [this, uploaded] {
        if (!std::exchange(*uploaded, true))
            --m_uploading;
    };
    Q_EMIT progress(tr("正在上传修改"), m_summary.pushed);
    send("POST", QStringLiteral("/v1/push"), pending->body, kCbor, true,
         [this, bodySent](int status, const QByteArray& reply, const QString& networkError, QNetworkReply*) {
             --m_pushesInFlight;
             bodySent();
             if (!networkError.isEmpty())
                 return fail(networkError);
             if (status != 200) {
                 abortRequests(); // a token to renew, a wipe…: the other upload is sent again after
                 if (handleRefusal(status, reply))
                     return;
                 return fail(tr("上传失败（HTTP %1）：%2").arg(status).arg(serverMessage(reply)));
             }
             auto response = WireCodec::decodePushResponse(reply);
             if (!response.ok())
                 return fail(response.error().message);
             auto outcome = m_replica.acknowledge(response.value());
             if (!outcome.ok())
                 return fail(outcome.error().message);
             m_summary.pushed += outcome->rows;
             m_summary.refused += outcome->refused;
             if (m_pushesInFlight == 0)
                 pushRound();
             else
                 pushAhead();
         });
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply, bodySent](qint64 sent, qint64 total) {
        if (sent < total || total <= 0 || !m_live.contains(reply))
            return;
        bodySent();
        pushAhead();
    });
}

void SyncEngine::pushAhead()
{
    if (!m_busy || !m_morePending || m_pushesInFlight >= 2 || m_uploading > 0)
        return;
    m_morePending = false; // until sendPush() finds another full batch
    // A failure here is met again, and reported, by the next round's own preparePush().
    if (m_replica.preparePush(kPushRows).ok())
        sendPush();
}

void SyncEngine::pullRound()
{
    auto cursor = m_replica.cursor();
    if (!cursor.ok())
        return fail(cursor.error().message);
    requestPage(cursor.value());
}

void SyncEngine::requestPage(qint64 cursor)
{
    Q_EMIT progress(tr("正在下载更新"), m_summary.pulled);
    send("GET", QStringLiteral("/v1/pull?cursor=%1&limit=%2").arg(cursor).arg(m_pageSize), {}, {}, true,
         [this](int status, const QByteArray& reply, const QString& networkError, QNetworkReply* raw) {
             if (!networkError.isEmpty())
                 return fail(networkError);
             if (handleRefusal(status, reply))
                 return;
             if (status != 200)
                 return fail(tr("下载失败（HTTP %1）：%2").arg(status).arg(serverMessage(reply)));
             auto page = WireCodec::decodePull(reply);
             if (!page.ok())
                 return fail(page.error().message);
             if (!page->hasMore)
                 return applyPulled(page.value(), raw->rawHeader("X-Zs-Scopes"));
             // The next page is asked for before this one is applied, and applying waits for the next turn of the
             // event loop, where Qt starts that request: HQ reads the next page and the network brings it while this
             // thread writes (a first sync of 35,000 records went from 23,000 to 28,000 records/s). The request
             // starts where this page ends, the cursor applyPage() stores; if applying fails, it is abandoned. Its
             // answer is handled after the apply (posted events keep their order).
             requestPage(page->nextCursor);
             QMetaObject::invokeMethod(
                 this,
                 [this, next = QPointer<QNetworkReply>(m_reply), fetched = std::move(page.value())] {
                     if (m_busy && next && m_live.contains(next)) // not cancelled meanwhile
                         applyPulled(fetched, {});
                 },
                 Qt::QueuedConnection);
         });
}

void SyncEngine::applyPulled(const PullResponse& page, const QByteArray& scopes)
{
    auto applied = m_replica.applyPage(page);
    if (!applied.ok())
        return fail(applied.error().message); // abandons the next page, already asked for
    m_summary.pulled += applied->rows;
    m_summary.conflicts += applied->conflicts;
    if (page.hasMore)
        return; // the next page's answer carries on
    // HQ says which scopes this device may hold now: anything else (a revoked team) is purged.
    if (!scopes.isEmpty() && scopes != "*") {
        auto purged = m_replica.purgeOutside(QString::fromUtf8(scopes).split(QLatin1Char(',')));
        if (!purged.ok())
            return fail(purged.error().message);
        m_summary.purged += purged.value();
    }
    done();
}

void SyncEngine::abortRequests()
{
    const QSet<QNetworkReply*> live = std::exchange(m_live, {});
    m_reply = nullptr;
    m_pushesInFlight = 0;
    m_uploading = 0;
    for (QNetworkReply* reply : live)
        reply->abort(); // its finished handler finds it no longer live and does nothing
}

void SyncEngine::fail(const QString& message)
{
    abortRequests(); // a second upload still on its way: its transactions stay pending, sent again next time
    m_busy = false;
    m_summary.ok = false;
    m_summary.error = message;
    m_summary.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    setStateValue(QStringLiteral("last_error"), message);
    Q_EMIT finished(m_summary);
    Q_EMIT statusChanged();
    runAfterSync(false);
}

void SyncEngine::runAfterSync(bool ok)
{
    const auto waiting = std::exchange(m_afterSync, {});
    for (const auto& f : waiting)
        f(ok);
}

void SyncEngine::done()
{
    m_busy = false;
    m_summary.ok = true;
    m_summary.durationMs = m_elapsed.elapsed();
    setStateValue(QStringLiteral("last_success"), QString::number(QDateTime::currentMSecsSinceEpoch()));
    setStateValue(QStringLiteral("last_error"), QString());
    Q_EMIT finished(m_summary);
    Q_EMIT statusChanged();
    runAfterSync(true);
    // Rows are done and reported; files follow in the background ("sync never blocks on attachments").
    if (m_downloadFiles)
        m_files.startDownloads();
}

} // namespace zs::sync
