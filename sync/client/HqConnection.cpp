#include "sync/client/HqConnection.h"

#include "sync/client/LocalReplica.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

namespace zs::sync {

namespace {
QString stateOf(const LocalReplica& replica, const QString& key)
{
    auto v = replica.state(key);
    return v.ok() ? v.value() : QString();
}
} // namespace

// The server and the CA it was enrolled with. Not the pins: a pin that no longer matches must still be found out at
// the TLS handshake (and say so), not taken for another server.
QString HqConnection::Endpoint::identity() const
{
    return server.toString() + QLatin1Char(' ') +
           QString::fromLatin1(QCryptographicHash::hash(caPem, QCryptographicHash::Sha256).toHex());
}

HqConnection::Endpoint HqConnection::enrolled(const LocalReplica& replica, bool authorised)
{
    Endpoint e;
    e.server = QUrl(stateOf(replica, QStringLiteral("server")));
    e.caPem = stateOf(replica, QStringLiteral("ca_pem")).toLatin1();
    e.pins = stateOf(replica, QStringLiteral("pins")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (authorised)
        e.bearer = boundToken(replica, QStringLiteral("access_token")).toLatin1();
    return e;
}

bool HqConnection::tokensBound(const LocalReplica& replica)
{
    // Workspaces enrolled before tokens were bound have no token_server: their server is the one that issued them
    // (nothing else wrote it then but an enrolment, and this version never writes it without new tokens).
    const QString bound = stateOf(replica, QStringLiteral("token_server"));
    return bound.isEmpty() || bound == enrolled(replica, false).identity();
}

QString HqConnection::boundToken(const LocalReplica& replica, const QString& key)
{
    return tokensBound(replica) ? stateOf(replica, key) : QString();
}

QNetworkRequest HqConnection::request(const Endpoint& endpoint, const QString& path, int timeoutMs)
{
    QUrl url = endpoint.server;
    const QUrl relative(path);
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + relative.path());
    url.setQuery(relative.query());
    QNetworkRequest r(url);
    r.setRawHeader("X-Zs-Schema", QByteArray::number(kSchema));
    r.setTransferTimeout(timeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!endpoint.bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + endpoint.bearer);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(endpoint.caPem));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        r.setSslConfiguration(tls);
    }
    return r;
}

void HqConnection::checkPin(const LocalReplica& replica, QNetworkReply* reply)
{
    checkPin(enrolled(replica, false).pins, reply);
}

// The CA is the only trust anchor; on top, some certificate in the chain must carry a pinned key (current or
// backup), so a CA key that leaked cannot be used with a different CA certificate.
void HqConnection::checkPin(const QStringList& pins, QNetworkReply* reply)
{
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pins] {
        bool pinned = pins.isEmpty();
        for (const QSslCertificate& c : reply->sslConfiguration().peerCertificateChain()) {
            const QByteArray pin =
                QCryptographicHash::hash(c.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
            pinned = pinned || pins.contains(QString::fromLatin1(pin));
        }
        if (!pinned) {
            reply->setProperty("zs_pin_failed", true);
            reply->abort();
        }
    });
}

QString HqConnection::failure(QNetworkReply* reply)
{
    if (reply->property("zs_pin_failed").toBool())
        return tr("服务器证书与登记时的不符（公钥指纹不匹配），已拒绝连接");
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0)
        return {};
    return reply->error() == QNetworkReply::SslHandshakeFailedError
               ? tr("无法验证服务器证书：%1").arg(reply->errorString())
               : tr("无法连接总部服务器：%1").arg(reply->errorString());
}

QString HqConnection::serverMessage(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
}

QString HqConnection::serverCode(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
}

} // namespace zs::sync
