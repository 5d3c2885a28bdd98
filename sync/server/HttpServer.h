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

// What the server does with a request once its header has arrived, before it reads a byte of its body: read a body
// of at most `maxBody` bytes and call the handler, or send `answer` instead. An answered request's body is never
// read; if one was announced the connection is then closed (gracefully: the answer reaches the client).
// `trusted`: the request proved who sends it (HQ: a valid access token). From then on its connection is no longer
// counted against HttpLimits::maxConnectionsPerPeer, waits requestTimeoutMs (not headerTimeoutMs) for its next
// request, and is never evicted to make room for a new connection.
struct HttpAdmission
{
    qsizetype maxBody = 0;
    bool trusted = false;
    std::optional<HttpResponse> answer;

    static HttpAdmission read(qsizetype maxBody, bool trusted = false) { return {maxBody, trusted, std::nullopt}; }
    static HttpAdmission reply(HttpResponse response) { return {0, false, std::move(response)}; }
};

// Sees each request without its body (HttpRequest::body is empty), on an io thread like the handler, and may block
// the same way. Without one, every request may have a body of HttpLimits::maxBody and no connection is trusted.
// An exception thrown by it becomes a 500 and the connection is closed.
using HttpAdmitter = std::function<HttpAdmission(const HttpRequest&)>;

// Server-only limits (what client and server share is in sync/protocol/Limits.h); why each has its value:
// docs/DESIGN-NOTES.md "Limits (issue 12)".
struct HttpLimits
{
    // The largest body any request may have (larger -> 413); an HttpAdmitter gives each request its own, at most this.
    qsizetype maxBody = 8 * 1024 * 1024;
    qsizetype maxHeader = 16 * 1024; // request line + fields; larger -> 431
    // The whole request (TLS handshake, headers and body) must arrive in this time, else the connection is closed;
    // idle trusted keep-alive connections are closed after it too, and so is a client that does not read its response.
    int requestTimeoutMs = 30000;
    // A new connection must finish its TLS handshake and send its first request's header in this time, and an
    // untrusted connection each later header: a connection that only holds a slot is cut off long before
    // requestTimeoutMs. A laptop on a poor mobile link needs about a second for both.
    int headerTimeoutMs = 10000;
    // Connections held at once. When full, a new connection evicts an untrusted one (not while its handler runs) of
    // the address holding the most untrusted connections, if that address holds at least as many as the newcomer's
    // would; otherwise it gets 503 + close. Trusted connections are never evicted: that is the devices' reserve.
    int maxConnections = 512;
    // Untrusted connections from one address (an IPv6 /64). A new one past it takes the place of the address's oldest
    // untrusted connection (503 + close if all of those are in their handlers): a flood holds no more than this, and
    // a device behind the same address as the flood still gets in. An office behind one NAT has a few at once (a
    // laptop's connection is untrusted only until its first request with a token). 0 = no limit: behind a reverse
    // proxy every connection comes from the proxy, which must then limit per client itself.
    int maxConnectionsPerPeer = 64;
    // Bytes of request bodies being read or handled, all connections together. A body is reserved before it is read
    // (its Content-Length; a chunked body its whole admitted limit); when the budget cannot take it -> 503 with
    // Retry-After, and the connection is closed. 32 pushes of the largest size at once.
    qsizetype bodyBudget = 256 * 1024 * 1024;
    int threads = 4; // io threads (the handler runs on them)
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
    // admit: see HttpAdmitter (none: every request may have a body of limits.maxBody, no connection is trusted).
    static Result<std::unique_ptr<HttpServer>> start(const QString& address, quint16 port, HttpHandler handler,
                                                     HttpLimits limits = {}, std::optional<TlsFiles> tls = std::nullopt,
                                                     HttpAdmitter admit = {});

    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;
    ~HttpServer();

    quint16 port() const; // actual bound port
    int activeConnections() const;
    qint64 bodyBytesReserved() const; // of HttpLimits::bodyBudget, now
    // Closes the acceptor and every connection and joins the io threads; idempotent. Must not be called from the
    // handler (it would join its own thread).
    void stop();

private:
    struct Impl;
    explicit HttpServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace zs::hq
