#pragma once

#include "sync/store/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace zs::hq {

struct HttpRequest
{
    QByteArray method;                     // "GET", "POST", "HEAD", "PUT"
    QByteArray target;                     // path + query as received, e.g. "/v1/pull?cursor=5&limit=2000"
    QHash<QByteArray, QByteArray> headers; // names lower-cased; repeated fields joined with ", "
    QByteArray body;
    QString peerAddress; // e.g. "127.0.0.1"
    bool tls = false;

    QByteArray header(const QByteArray& lowerName) const; // empty if absent
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;                       // e.g. "application/cbor", "application/json"
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Retry-After, Content-Range, ...)
    QByteArray body;
    // Held by the server until the response is written or its connection closes, then released: lets a handler
    // account for what it has handed out and not yet sent (HqService bounds pull pages in flight this way).
    std::shared_ptr<void> lease = {};
};

// Called concurrently from the server's io threads (at most HttpLimits::threads at once) and may block, e.g. on
// database work; while it blocks, that thread serves no other connection. An exception thrown by it becomes a 500.
using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpLimits
{
    qsizetype maxBody = 8 * 1024 * 1024; // larger -> 413
    qsizetype maxHeader = 16 * 1024;     // request line + fields; larger -> 431
    // The whole request (TLS handshake, headers and body) must arrive in this time, else the connection is closed;
    // idle keep-alive connections are closed after it too, and so is a client that does not read its response.
    int requestTimeoutMs = 30000;
    int maxConnections = 512; // over it: 503 + close
    int threads = 4;          // io threads (the handler runs on them)
};

struct TlsFiles
{
    QString certificateChainPem; // server certificate first, then intermediates/CA
    QString privateKeyPem;
};

// HTTP/1.1 server (keep-alive, chunked request bodies, HEAD) for the HQ, plain on loopback only or TLS 1.2+.
// Boost.Beast/Asio and OpenSSL stay behind the pimpl.
class HttpServer
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)

public:
    // address: IPv4/IPv6 literal. Without tls only loopback addresses (127.0.0.0/8, ::1) are allowed; anything else
    // is an Error and nothing listens. port 0 = ephemeral.
    static Result<std::unique_ptr<HttpServer>> start(const QString& address, quint16 port, HttpHandler handler,
                                                     HttpLimits limits = {},
                                                     std::optional<TlsFiles> tls = std::nullopt);

    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;
    ~HttpServer();

    quint16 port() const; // actual bound port
    int activeConnections() const;
    // Closes the acceptor and every connection and joins the io threads; idempotent. Must not be called from the
    // handler (it would join its own thread).
    void stop();

private:
    struct Impl;
    explicit HttpServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace zs::hq
