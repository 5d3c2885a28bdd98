#include "sync/server/HttpServer.h"

#include "sync/server/HttpConnectionTable.h"

#include <QFile>
#include <QLoggingCategory>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace zs::hq {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

QByteArray HttpRequest::header(const QByteArray& lowerName) const
{
    return headers.value(lowerName);
}

namespace {

Q_LOGGING_CATEGORY(lcHttp, "zs.http")

// Only the product name: versions would tell an attacker which CVEs to try.
constexpr std::string_view kServerName = "zhaoshang-hq";
// Connections being turned away with a 503 at one time; past that a new connection is closed without a word, so a
// flood cannot make the server hold an unbounded number of sockets.
constexpr int kMaxRejecting = 64;
// How long a connection we are closing may take to read our last response and hang up (see closeGracefully()).
constexpr std::chrono::milliseconds kCloseLinger{2000};
// Read-ahead beyond the header limit: Beast reads in pieces of up to 64 KiB, and the buffer must hold a whole header
// plus one piece for the parser's header_limit (431) to trigger before the buffer's own limit.
constexpr std::size_t kReadAhead = 64 * 1024;
// What a 503 asks the client to wait (seconds): a full server or body budget frees up within seconds.
constexpr std::string_view kRetryAfter = "5";

using Clock = std::chrono::steady_clock;

struct Shared
{
    Shared(HttpHandler h, HttpAdmitter a, const HttpLimits& l)
        : handler(std::move(h))
        , admit(std::move(a))
        , limits(l)
        , timeout(l.requestTimeoutMs)
        , headerTimeout(std::min(l.headerTimeoutMs, l.requestTimeoutMs))
        , table(l.maxConnections, l.maxConnectionsPerPeer)
        , budget(l.bodyBudget)
    {
    }
    HttpHandler handler;
    HttpAdmitter admit;
    HttpLimits limits;
    std::chrono::milliseconds timeout;
    std::chrono::milliseconds headerTimeout;
    std::shared_ptr<ssl::context> tls; // before any connection, destroyed after the last one
    detail::ConnectionTable table;
    detail::BodyBudget budget;
    std::atomic<int> rejecting{0};
};

QByteArray toBytes(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string_view toView(const QByteArray& b)
{
    return std::string_view(b.constData(), static_cast<std::size_t>(b.size()));
}

bool isToken(const QByteArray& name)
{
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
    });
}

// A handler-supplied value must not smuggle in a second header or a second response.
bool isSafeValue(const QByteArray& value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

// Framing headers are the server's business: a handler setting them could desynchronise the connection.
bool isReserved(const QByteArray& name)
{
    static const QList<QByteArray> reserved = {
        "content-length", "transfer-encoding", "connection", "keep-alive",
        "server",         "upgrade",           "trailer",    "content-type",
    };
    return reserved.contains(name.toLower());
}

HttpResponse plainResponse(int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = toBytes(http::obsolete_reason(static_cast<http::status>(status))) + '\n';
    if (status == 503)
        response.headers.append({QByteArrayLiteral("Retry-After"), toBytes(kRetryAfter)});
    return response;
}

// What one client may hold: an IPv4 address, or an IPv6 /64 (one subscriber's prefix: its addresses cost nothing).
std::string peerKey(const net::ip::address& address)
{
    if (address.is_v6() && !address.to_v6().is_v4_mapped()) {
        auto bytes = address.to_v6().to_bytes();
        std::fill(bytes.begin() + 8, bytes.end(), 0);
        return net::ip::address_v6(bytes).to_string() + "/64";
    }
    return address.is_v6() ? net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6()).to_string()
                           : address.to_string();
}

bool isParseError(const beast::error_code& ec)
{
    return ec.category() == http::make_error_code(http::error::bad_method).category();
}

// What the acceptor and the connection table see of a connection, plain or TLS.
class ConnectionBase : public detail::ConnectionTable::Member
{
public:
    // slot: its place in the table; 0 = it is turned away (503 and close, counted in Shared::rejecting).
    virtual void run(detail::ConnectionTable::Id slot) = 0;
};

// One HTTP/1.1 connection, plain or TLS. All of its work runs on its own strand; the shared_ptr held by each pending
// operation keeps it alive, and it closes when the last one completes without starting another.
template <class Stream>
class Connection : public ConnectionBase, public std::enable_shared_from_this<Connection<Stream>>
{
public:
    static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

    template <class... StreamArgs>
    Connection(std::shared_ptr<Shared> shared, QString peer, StreamArgs&&... streamArgs)
        : m_stream(std::forward<StreamArgs>(streamArgs)...)
        , m_shared(std::move(shared))
        , m_buffer(static_cast<std::size_t>(m_shared->limits.maxHeader) + kReadAhead)
        , m_peer(std::move(peer))
    {
    }

    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    ~Connection() override
    {
        m_parser.reset();
        releaseBody();
        if (m_slot != 0)
            m_shared->table.close(m_slot);
        else
            --m_shared->rejecting;
    }

    void run(detail::ConnectionTable::Id slot) override
    {
        m_slot = slot;
        net::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] { self->onRun(); });
    }

    // Its slot has gone to a newer connection already; the socket is closed on the strand, where nothing else runs.
    void evict() override
    {
        net::post(m_stream.get_executor(), [self = this->shared_from_this()] { self->closeNow(); });
    }

private:
    auto& lowest() { return beast::get_lowest_layer(m_stream); }

    void onRun()
    {
        // The handshake counts against the first header's deadline, so a client that never finishes it is cut off
        // as soon as one that never sends its request.
        m_requestStart = Clock::now();
        lowest().expires_at(m_requestStart + m_shared->headerTimeout);
        if constexpr (kTls) {
            m_stream.async_handshake(ssl::stream_base::server,
                                     [self = this->shared_from_this()](const beast::error_code& ec) {
                                         if (ec)
                                             self->closeNow();
                                         else
                                             self->begin();
                                     });
        } else {
            begin();
        }
    }

    void begin()
    {
        if (m_slot == 0)
            respondError(503);
        else
            readRequest();
    }

    // Acknowledge what arrives next at once. Qt's HTTP client leaves Nagle on, so it holds back the last small piece of
    // a request until the previous ones are acknowledged, and a delayed ACK (40 ms on Linux) stalled every upload by
    // that much. Quick-ACK mode does not last, so it is asked for again before the header and each piece of the body.
    void quickAck()
    {
#ifdef TCP_QUICKACK
        const int on = 1;
        (void)::setsockopt(lowest().socket().native_handle(), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
    }

    void readRequest()
    {
        quickAck();
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(
            std::min<qsizetype>(m_shared->limits.maxHeader, std::numeric_limits<std::uint32_t>::max())));
        m_parser->body_limit(static_cast<std::uint64_t>(m_shared->limits.maxBody));
        // One deadline for the idle wait, the headers and the body together: trickling bytes does not extend it. The
        // first request's started with the connection. Until a request has been trusted, the header must come soon.
        if (m_requests > 0)
            m_requestStart = Clock::now();
        lowest().expires_at(m_requestStart + (m_trusted ? m_shared->timeout : m_shared->headerTimeout));
        http::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](const beast::error_code& ec, std::size_t) { self->onHeader(ec); });
    }

    // The request as the handler will see it, so far without its body.
    HttpRequest headerOnly() const
    {
        const auto& message = m_parser->get();
        HttpRequest request;
        request.method = toBytes(message.method_string());
        request.target = toBytes(message.target());
        for (const auto& field : message) {
            const QByteArray name = toBytes(field.name_string()).toLower();
            const QByteArray value = toBytes(field.value());
            auto it = request.headers.find(name);
            if (it == request.headers.end())
                request.headers.insert(name, value);
            else
                *it += ", " + value;
        }
        request.peerAddress = m_peer;
        request.tls = kTls;
        return request;
    }

    void onHeader(const beast::error_code& ec)
    {
        if (ec)
            return onReadError(ec);
        ++m_requests;
        // The parser refuses an oversize Content-Length already; this keeps the promise independent of that.
        const auto length = m_parser->content_length();
        if (length && *length > static_cast<std::uint64_t>(m_shared->limits.maxBody))
            return respondError(413);
        m_request = headerOnly();

        HttpAdmission admission = HttpAdmission::read(m_shared->limits.maxBody);
        if (m_shared->admit) {
            try {
                admission = m_shared->admit(m_request);
            } catch (const std::exception& e) {
                qCWarning(lcHttp) << "admission failed:" << m_request.method << m_request.target << e.what();
                return respondError(500);
            } catch (...) {
                qCWarning(lcHttp) << "admission failed:" << m_request.method << m_request.target;
                return respondError(500);
            }
        }
        const auto& header = m_parser->get();
        const bool bodyPending = m_parser->chunked() || (length && *length > 0);
        if (admission.answer) {
            // Answered from the header alone: a body it announced is never read, so the connection cannot go on.
            m_request = {};
            const unsigned version = header.version();
            const bool keepAlive = header.keep_alive() && !bodyPending;
            const bool head = header.method() == http::verb::head;
            m_parser.reset();
            return send(*admission.answer, version, keepAlive, head);
        }
        if (admission.trusted && !m_trusted) {
            if (!m_shared->table.trust(m_slot))
                return closeNow(); // evicted while it was being admitted
            m_trusted = true;
        }
        const qsizetype limit = std::clamp<qsizetype>(admission.maxBody, 0, m_shared->limits.maxBody);
        if (length && *length > static_cast<std::uint64_t>(limit))
            return respondError(413);
        m_parser->body_limit(static_cast<std::uint64_t>(limit));

        // The memory for the body is reserved before a byte of it is read: the announced length, or for a chunked
        // body its whole limit (our clients always announce the length), which the string then holds from the start
        // so that growing it never takes more.
        const qint64 need = m_parser->chunked() ? limit : static_cast<qint64>(length.value_or(0));
        if (need > 0) {
            if (!m_shared->budget.tryReserve(need))
                return respondError(503);
            m_reserved = need;
            if (m_parser->chunked())
                m_parser->get().body().reserve(static_cast<std::size_t>(limit));
        }
        // The whole request, body included, within the request timeout of when it began.
        lowest().expires_at(m_requestStart + m_shared->timeout);

        if (header.version() >= 11 && beast::iequals(header[http::field::expect], "100-continue")) {
            m_continue = http::response<http::empty_body>(http::status::continue_, header.version());
            http::async_write(m_stream, m_continue,
                              [self = this->shared_from_this()](const beast::error_code& writeEc, std::size_t) {
                                  if (writeEc)
                                      self->closeNow();
                                  else
                                      self->readBody();
                              });
            return;
        }
        readBody();
    }

    // The body piece by piece (what http::async_read does), asking again for quick ACKs after each piece: a body comes
    // in several small writes, and each one the client holds back waits for an ACK.
    void readBody()
    {
        quickAck();
        if (m_parser->is_done())
            return handle();
        http::async_read_some(m_stream, m_buffer, *m_parser,
                              [self = this->shared_from_this()](const beast::error_code& ec, std::size_t) {
                                  if (ec)
                                      self->onReadError(ec);
                                  else
                                      self->readBody();
                              });
    }

    void onReadError(const beast::error_code& ec)
    {
        if (ec == http::error::body_limit)
            return respondError(413);
        if (ec == http::error::header_limit || (ec == http::error::buffer_overflow && !m_parser->is_header_done()))
            return respondError(431);
        // The client went away (between requests or half-way through one): nobody to answer.
        if (ec == http::error::end_of_stream || ec == http::error::partial_message)
            return closeNow();
        if (isParseError(ec))
            return respondError(400);
        // Timeout (the stream has closed the socket already), reset, TLS failure, shutdown.
        closeNow();
    }

    void handle()
    {
        // An untrusted connection is not evicted while its handler runs (an enrolment's password hash is not thrown
        // away); one evicted before it got here goes without running it.
        if (!m_shared->table.enterHandler(m_slot))
            return closeNow();
        m_busy = true;
        // Time spent in the handler is not the client's fault.
        lowest().expires_never();
        auto message = m_parser->release();
        m_parser.reset();

        HttpResponse response;
        {
            HttpRequest request = std::exchange(m_request, {});
            request.body = toBytes(message.body());
            std::string().swap(message.body());
            try {
                response = m_shared->handler(request);
            } catch (const std::exception& e) {
                qCWarning(lcHttp) << "handler failed:" << request.method << request.target << e.what();
                response = plainResponse(500);
            } catch (...) {
                qCWarning(lcHttp) << "handler failed:" << request.method << request.target;
                response = plainResponse(500);
            }
        } // the body's memory goes with the request
        releaseBody();
        send(response, message.version(), message.keep_alive(), message.method() == http::verb::head);
    }

    void releaseBody()
    {
        m_shared->budget.release(std::exchange(m_reserved, 0));
    }

    void respondError(int status)
    {
        const bool headerDone = m_parser && m_parser->is_header_done();
        const unsigned version = headerDone ? m_parser->get().version() : 11;
        const bool head = headerDone && m_parser->get().method() == http::verb::head;
        m_parser.reset();
        m_request = {};
        releaseBody();
        send(plainResponse(status), version, false, head);
    }

    void send(const HttpResponse& response, unsigned version, bool keepAlive, bool head)
    {
        int status = response.status;
        if (status < 200 || status > 599) {
            qCWarning(lcHttp) << "handler returned invalid status" << status;
            return send(plainResponse(500), version, keepAlive, head);
        }
        m_response = {};
        m_response.version(version);
        m_response.result(static_cast<unsigned>(status));
        m_response.set(http::field::server, kServerName);
        if (!response.contentType.isEmpty() && isSafeValue(response.contentType))
            m_response.set(http::field::content_type, toView(response.contentType));
        for (const auto& [name, value] : response.headers) {
            if (!isToken(name) || !isSafeValue(value) || isReserved(name)) {
                qCWarning(lcHttp) << "dropped response header" << name;
                continue;
            }
            m_response.insert(toView(name), toView(value));
        }
        // 204 and 304 never carry a body, nor (RFC 9110) a Content-Length describing one.
        const bool bodyless = status == 204 || status == 304;
        if (!bodyless) {
            if (!head)
                m_response.body().assign(response.body.constData(), static_cast<std::size_t>(response.body.size()));
            // For HEAD: the length the GET would have, without the body.
            m_response.content_length(static_cast<std::uint64_t>(response.body.size()));
        }
        m_response.keep_alive(keepAlive);
        m_lease = response.lease;
        m_closeAfterWrite = !keepAlive;
        // A client that does not read its response is cut off like a slow sender.
        lowest().expires_after(m_shared->timeout);
        http::async_write(
            m_stream, m_response,
            [self = this->shared_from_this()](const beast::error_code& ec, std::size_t) { self->onWritten(ec); });
    }

    void onWritten(const beast::error_code& ec)
    {
        // The body's memory goes now: assigning an empty response would keep the string's capacity (libstdc++ moves a
        // short string into the existing buffer), and every idle keep-alive connection held its largest page — 2 MiB
        // a device, 500 MiB for 200 devices.
        std::string().swap(m_response.body());
        m_response = {};
        m_lease.reset();
        if (m_busy) {
            m_busy = false;
            m_shared->table.leaveHandler(m_slot);
        }
        if (ec)
            return closeNow();
        if (m_closeAfterWrite)
            return closeGracefully();
        readRequest();
    }

    // Closing a socket with unread input makes the kernel send a reset, which can destroy the response still in
    // flight (the client sees "connection reset" instead of our 413). So: half-close, read and discard until the
    // client hangs up or a short deadline passes, then close.
    void closeGracefully()
    {
        lowest().expires_after(std::min(kCloseLinger, m_shared->timeout));
        if constexpr (kTls) {
            m_stream.async_shutdown([self = this->shared_from_this()](const beast::error_code&) { self->closeNow(); });
        } else {
            beast::error_code ignored;
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
            drain();
        }
    }

    void drain()
    {
        lowest().async_read_some(net::buffer(m_drain),
                                 [self = this->shared_from_this()](const beast::error_code& ec, std::size_t) {
                                     if (ec)
                                         self->closeNow();
                                     else
                                         self->drain();
                                 });
    }

    void closeNow()
    {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    Stream m_stream;
    std::shared_ptr<Shared> m_shared;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpRequest m_request; // between admission and the handler: the request without its body
    http::response<http::empty_body> m_continue;
    http::response<http::string_body> m_response;
    std::shared_ptr<void> m_lease; // the handler's, for the response being written
    std::array<char, 1024> m_drain{};
    detail::ConnectionTable::Id m_slot = 0;
    Clock::time_point m_requestStart;
    qint64 m_reserved = 0; // of the body budget, for the request being read or handled
    int m_requests = 0;    // whose header has arrived
    bool m_trusted = false;
    bool m_busy = false; // between its handler's start and the end of its response
    bool m_closeAfterWrite = false;
    QString m_peer;
};

using PlainConnection = Connection<beast::tcp_stream>;
using TlsConnection = Connection<beast::ssl_stream<beast::tcp_stream>>;

QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long err = ERR_get_error()) {
        std::array<char, 256> text{};
        ERR_error_string_n(err, text.data(), text.size());
        parts << QString::fromUtf8(text.data());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

struct HttpServer::Impl
{
    void accept();
    void onAccept(const beast::error_code& ec, tcp::socket socket);

    std::shared_ptr<Shared> shared;
    std::unique_ptr<net::io_context> ioc;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::optional<tcp::acceptor> acceptor;
    std::optional<net::steady_timer> retryTimer;
    std::vector<std::thread> threads;
    quint16 port = 0;
    std::mutex stopMutex;
    bool stopped = false;
};

void HttpServer::Impl::accept()
{
    acceptor->async_accept(net::make_strand(*ioc), [this](const beast::error_code& ec, tcp::socket socket) {
        onAccept(ec, std::move(socket));
    });
}

void HttpServer::Impl::onAccept(const beast::error_code& ec, tcp::socket socket)
{
    if (ec == net::error::operation_aborted)
        return;
    if (ec) {
        // Typically EMFILE: retrying at once would spin, so breathe first.
        qCWarning(lcHttp) << "accept failed:" << ec.message().c_str();
        retryTimer->expires_after(std::chrono::milliseconds(100));
        retryTimer->async_wait([this](const beast::error_code& waitEc) {
            if (!waitEc)
                accept();
        });
        return;
    }
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored); // small responses on kept-alive connections
    const auto remote = socket.remote_endpoint(ignored).address();
    const QString peer = QString::fromStdString(remote.to_string());

    std::shared_ptr<ConnectionBase> connection;
    if (shared->tls)
        connection = std::make_shared<TlsConnection>(shared, peer, std::move(socket), *shared->tls);
    else
        connection = std::make_shared<PlainConnection>(shared, peer, std::move(socket));
    const auto opened = shared->table.open(peerKey(remote), connection);
    if (opened.evicted)
        opened.evicted->evict();
    // Only this handler increments `rejecting`, so the check and the increment cannot race; past the limit the
    // connection is closed without a word (destroying it closes its socket).
    if (opened.id != 0 || shared->rejecting.load() < kMaxRejecting) {
        if (opened.id == 0)
            ++shared->rejecting;
        connection->run(opened.id);
    } else {
        ++shared->rejecting; // its destructor gives it back
    }
    accept();
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

HttpServer::~HttpServer()
{
    stop();
}

namespace {

Result<std::shared_ptr<ssl::context>> makeTlsContext(const TlsFiles& files)
{
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    SSL_CTX* native = context->native_handle();
    ERR_clear_error();
    if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1)
        return makeError(ErrorCode::Crypto, HttpServer::tr("无法设置TLS最低版本。"), opensslErrors());
    // No compression (CRIME), no renegotiation (a cheap way to make the server do expensive work), our cipher order.
    SSL_CTX_set_options(native, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // TLS 1.2: forward secrecy and AEAD only. TLS 1.3 suites are all fine as OpenSSL ships them.
    if (SSL_CTX_set_cipher_list(native, "ECDHE+AESGCM:ECDHE+CHACHA20") != 1)
        return makeError(ErrorCode::Crypto, HttpServer::tr("无法设置TLS加密套件。"), opensslErrors());

    beast::error_code ec;
    context->use_certificate_chain_file(QFile::encodeName(files.certificateChainPem).toStdString(), ec);
    if (ec)
        return makeError(ErrorCode::Crypto, HttpServer::tr("无法读取服务器证书链“%1”。").arg(files.certificateChainPem),
                         QString::fromStdString(ec.message()) + QLatin1Char(' ') + opensslErrors());
    context->use_private_key_file(QFile::encodeName(files.privateKeyPem).toStdString(), ssl::context::pem, ec);
    if (ec)
        return makeError(ErrorCode::Crypto, HttpServer::tr("无法读取服务器私钥“%1”。").arg(files.privateKeyPem),
                         QString::fromStdString(ec.message()) + QLatin1Char(' ') + opensslErrors());
    if (SSL_CTX_check_private_key(native) != 1)
        return makeError(ErrorCode::Crypto, HttpServer::tr("服务器私钥与证书不匹配。"), opensslErrors());
    return context;
}

} // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::start(const QString& address, quint16 port, HttpHandler handler,
                                                      HttpLimits limits, std::optional<TlsFiles> tls,
                                                      HttpAdmitter admit)
{
    if (!handler)
        return makeError(ErrorCode::Invalid, tr("没有设置请求处理函数。"));
    if (limits.maxBody < 0 || limits.maxHeader < 512 || limits.requestTimeoutMs <= 0 || limits.headerTimeoutMs <= 0 ||
        limits.maxConnections <= 0 || limits.maxConnectionsPerPeer < 0 || limits.bodyBudget < limits.maxBody ||
        limits.threads <= 0 || limits.threads > 256)
        return makeError(ErrorCode::Invalid, tr("服务器限额设置无效。"));

    beast::error_code ec;
    const auto ip = net::ip::make_address(address.toStdString(), ec);
    if (ec)
        return makeError(ErrorCode::Invalid, tr("“%1”不是有效的IP地址。").arg(address));
    // SECURITY.md: plain HTTP only on loopback (tests, demo). Tokens must never cross a network in clear text.
    if (!tls && !ip.is_loopback())
        return makeError(ErrorCode::Invalid,
                         tr("未启用TLS时只能在本机回环地址（127.0.0.1 或 ::1）上提供服务，不能监听 %1。").arg(address));

    auto impl = std::make_unique<Impl>();
    impl->shared = std::make_shared<Shared>(std::move(handler), std::move(admit), limits);
    if (tls) {
        ZS_TRY_ASSIGN(auto context, makeTlsContext(*tls));
        impl->shared->tls = std::move(context);
    }

    impl->ioc = std::make_unique<net::io_context>(limits.threads);
    impl->acceptor.emplace(*impl->ioc);
    impl->retryTimer.emplace(*impl->ioc);
    const tcp::endpoint endpoint(ip, port);
    const auto fail = [&](const beast::error_code& cause) {
        return makeError(ErrorCode::Io, tr("无法在 %1 端口 %2 上监听。").arg(address).arg(port),
                         QString::fromStdString(cause.message()));
    };
    impl->acceptor->open(endpoint.protocol(), ec);
    if (ec)
        return fail(ec);
    impl->acceptor->set_option(net::socket_base::reuse_address(true), ec);
    if (!ec && ip.is_v6())
        impl->acceptor->set_option(net::ip::v6_only(true), ec);
    if (ec)
        return fail(ec);
    impl->acceptor->bind(endpoint, ec);
    if (ec)
        return fail(ec);
    impl->acceptor->listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(ec);
    impl->port = impl->acceptor->local_endpoint(ec).port();

    impl->accept();
    impl->work.emplace(impl->ioc->get_executor());
    for (int i = 0; i < limits.threads; ++i) {
        impl->threads.emplace_back([ioc = impl->ioc.get()] {
            // Connections catch what they call, so anything reaching here is a bug; keep serving regardless.
            for (;;) {
                try {
                    ioc->run();
                    return;
                } catch (const std::exception& e) {
                    qCCritical(lcHttp) << "io thread caught:" << e.what();
                }
            }
        });
    }
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

quint16 HttpServer::port() const
{
    return m_impl->port;
}

int HttpServer::activeConnections() const
{
    return m_impl->shared->table.size();
}

qint64 HttpServer::bodyBytesReserved() const
{
    return m_impl->shared->budget.reserved();
}

void HttpServer::stop()
{
    std::lock_guard lock(m_impl->stopMutex);
    if (m_impl->stopped)
        return;
    m_impl->stopped = true;
    m_impl->work.reset();
    m_impl->ioc->stop();
    for (auto& thread : m_impl->threads)
        thread.join();
    m_impl->threads.clear();
    // No thread runs the context now: the acceptor can be closed from here, and destroying the context destroys
    // every pending operation and with it the connections it kept alive (closing their sockets).
    m_impl->retryTimer.reset();
    m_impl->acceptor.reset();
    m_impl->ioc.reset();
}

} // namespace zs::hq
