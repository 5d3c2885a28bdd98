#pragma once

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

namespace zs::sync {

class LocalReplica;

// How this workspace talks to HQ, shared by every job (rows: SyncEngine; files: BlobTransfer): the enrolled server
// URL, the schema header, the bearer token and the trust configuration — the CA it was enrolled with as the only
// anchor, plus the SPKI pin check on the peer chain. All of it read from sync_state (inside the encrypted workspace).
//
// Tokens go only to the server that issued them: enrolment stores them together with the server's URL and CA
// (`token_server`), and a token is handed out only while the stored server is still that one. An enrolment writes
// nothing until HQ has said yes (SyncEngine::enroll), so a failed one against another server leaves all as it was.
class HqConnection
{
    Q_DECLARE_TR_FUNCTIONS(HqConnection)

public:
    static constexpr int kSchema = 1; // the sync schema every request carries (X-Zs-Schema)

    // Where requests go and whom to trust there.
    struct Endpoint
    {
        QUrl server;
        QByteArray caPem;
        QStringList pins;  // base64 SHA-256 of trusted public keys
        QByteArray bearer; // the access token, empty for unauthenticated requests
        // What tokens issued by this server are bound to.
        QString identity() const;
    };
    // The enrolled server as sync_state holds it, with its access token when `authorised` and the token is bound
    // to this server.
    static Endpoint enrolled(const LocalReplica& replica, bool authorised);
    // A stored token ("access_token", "refresh_token"), or empty when it was issued by another server than the one
    // now stored (a workspace damaged by an interrupted re-enrolment of an earlier version).
    static QString boundToken(const LocalReplica& replica, const QString& key);
    static bool tokensBound(const LocalReplica& replica);

    static QNetworkRequest request(const Endpoint& endpoint, const QString& path, int timeoutMs);
    static QNetworkRequest request(const LocalReplica& replica, const QString& path, bool authorised, int timeoutMs)
    {
        return request(enrolled(replica, authorised), path, timeoutMs);
    }
    // Call on every reply right after sending: aborts it when no certificate of the peer chain carries a pinned key.
    static void checkPin(const QStringList& pins, QNetworkReply* reply);
    static void checkPin(const LocalReplica& replica, QNetworkReply* reply);
    // Plain-Chinese reason when the request got no HTTP answer (pin refused, TLS, network); empty otherwise.
    static QString failure(QNetworkReply* reply);
    // HQ's error body: {"error": code, "message": Chinese text}.
    static QString serverMessage(const QByteArray& body);
    static QString serverCode(const QByteArray& body);
};

} // namespace zs::sync
