#pragma once

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QString>

class QNetworkReply;

namespace zs::sync {

class LocalReplica;

// How this workspace talks to HQ, shared by every job (rows: SyncEngine; files: BlobTransfer): the enrolled server
// URL, the schema header, the bearer token and the trust configuration — the CA it was enrolled with as the only
// anchor, plus the SPKI pin check on the peer chain. All of it read from sync_state (inside the encrypted workspace).
class HqConnection
{
    Q_DECLARE_TR_FUNCTIONS(HqConnection)

public:
    static constexpr int kSchema = 1; // the sync schema every request carries (X-Zs-Schema)

    static QNetworkRequest request(const LocalReplica& replica, const QString& path, bool authorised, int timeoutMs);
    // Call on every reply right after sending: aborts it when no certificate of the peer chain carries a pinned key.
    static void checkPin(const LocalReplica& replica, QNetworkReply* reply);
    // Plain-Chinese reason when the request got no HTTP answer (pin refused, TLS, network); empty otherwise.
    static QString failure(QNetworkReply* reply);
    // HQ's error body: {"error": code, "message": Chinese text}.
    static QString serverMessage(const QByteArray& body);
    static QString serverCode(const QByteArray& body);
};

} // namespace zs::sync
