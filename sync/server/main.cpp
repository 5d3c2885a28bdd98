// zhaoshang-hq: the HQ sync server and its admin commands.
#include "sync/server/HqService.h"
#include "sync/server/HqStorage.h"
#include "sync/server/HttpServer.h"
#include "sync/server/Pki.h"
#include "sync/store/Clock.h"
#include "sync/store/Hardening.h"
#include "sync/store/SecureBytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <string>

namespace zs::hq {
namespace {

const char* const kKeyEnv = "ZHAOSHANG_HQ_KEY";

class Admin
{
    Q_DECLARE_TR_FUNCTIONS(Admin)

public:
    explicit Admin(QCommandLineParser& parser)
        : m_parser(parser)
    {
    }
    int dispatch(const QStringList& args);

    QCommandLineOption data{QStringLiteral("data"), tr("总部数据目录。"), QStringLiteral("DIR")};
    QCommandLineOption store{QStringLiteral("store"),
                             tr("另一种存储（计划支持 postgres://…，尚未实现）；默认是 --data 目录中的加密数据文件。"),
                             QStringLiteral("URL")};
    QCommandLineOption keyFile{QStringLiteral("key-file"),
                               tr("数据库口令文件（第一行）；也可用环境变量 ZHAOSHANG_HQ_KEY。"),
                               QStringLiteral("FILE")};
    QCommandLineOption listen{QStringLiteral("listen"), tr("serve：监听地址:端口（端口 0 = 任选）。"),
                              QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443")};
    QCommandLineOption plain{QStringLiteral("plain"), tr("serve：不用 TLS（只允许本机回环地址，用于演示和测试）。")};
    QCommandLineOption threads{QStringLiteral("threads"), tr("serve：工作线程数。"), QStringLiteral("N"),
                               QStringLiteral("4")};
    QCommandLineOption perPeer{
        QStringLiteral("max-connections-per-peer"),
        tr("serve：同一地址尚未出示有效令牌的连接数上限（默认 %1；0 = 不限，只用于反向代理之后或本机压力测试）。")
            .arg(HttpLimits().maxConnectionsPerPeer),
        QStringLiteral("N")};
    QCommandLineOption hostname{QStringLiteral("hostname"), tr("init：服务器证书中的主机名（可重复）。"),
                                QStringLiteral("NAME")};
    QCommandLineOption ip{QStringLiteral("ip"), tr("init：服务器证书中的 IP 地址（可重复，默认 127.0.0.1）。"),
                          QStringLiteral("ADDR")};
    QCommandLineOption team{QStringLiteral("team"), tr("user add：所属组。"), QStringLiteral("ID")};
    QCommandLineOption role{
        QStringLiteral("role"),
        tr("user add：officer、lead、analyst、admin 或 specialist（县区跟踪服务专员，--team 为县区标识）。"),
        QStringLiteral("ROLE"), QStringLiteral("officer")};
    QCommandLineOption display{QStringLiteral("display-name"), tr("user add：显示的姓名。"), QStringLiteral("NAME")};
    QCommandLineOption wipe{QStringLiteral("wipe"), tr("device revoke：同时远程清除该设备上的数据。")};
    QCommandLineOption limit{QStringLiteral("limit"), tr("audit：显示最近多少条。"), QStringLiteral("N"),
                             QStringLiteral("100")};

private:
    QString tlsDir() const { return QDir(m_parser.value(data)).filePath(QStringLiteral("tls")); }
    Result<SecureBytes> storeKey() const;
    Result<std::unique_ptr<HqStorage>> openStorage(bool create) const;
    int init();
    int serve();
    int withAccounts(const std::function<Result<void>(AccountStorage&)>& body);
    static int fail(const Error& error);
    static int usage(const QString& message);
    static void print(const QString& text)
    {
        std::fputs(text.toUtf8().constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }

    QCommandLineParser& m_parser;
};

int Admin::fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", error.message.toUtf8().constData());
    if (!error.detail.isEmpty())
        std::fprintf(stderr, "  (%s)\n", error.detail.toUtf8().constData());
    return error.code == ErrorCode::WrongPassphrase ? 3 : (error.code == ErrorCode::Damaged ? 4 : 1);
}

int Admin::usage(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    return 2;
}

Result<SecureBytes> Admin::storeKey() const
{
    QByteArray key;
    if (m_parser.isSet(keyFile)) {
        QFile f(m_parser.value(keyFile));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, tr("无法读取口令文件 %1").arg(f.fileName()));
        key = f.readLine().trimmed();
    } else {
        key = qgetenv(kKeyEnv);
    }
    if (key.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("需要数据库口令：请用 --key-file 或环境变量 ZHAOSHANG_HQ_KEY 提供（不接受命令行参数）"));
    SecureBytes out = SecureBytes::fromRaw(key.constData(), std::size_t(key.size()));
    key.fill('\0');
    return out;
}

Result<std::unique_ptr<HqStorage>> Admin::openStorage(bool create) const
{
    StorageOptions options;
    options.dataDir = m_parser.value(data);
    options.url = m_parser.value(store);
    options.create = create;
    if (!options.url.isEmpty()) // the backend named by the URL says what it needs (none is built yet)
        return openHqStorage(options, SecureBytes());
    if (options.dataDir.isEmpty())
        return makeError(ErrorCode::Invalid, tr("请用 --data 指定总部数据目录"));
    ZS_TRY_ASSIGN(auto key, storeKey());
    return openHqStorage(options, key);
}

int Admin::withAccounts(const std::function<Result<void>(AccountStorage&)>& body)
{
    auto storage = openStorage(false);
    if (!storage.ok())
        return fail(storage.error());
    auto result = body((*storage)->accounts());
    if (!result.ok())
        return fail(result.error());
    return 0;
}

int Admin::init()
{
    if (!m_parser.isSet(data))
        return usage(tr("请用 --data 指定总部数据目录"));
    if (m_parser.isSet(store)) {
        // No backend but the embedded one is built yet: its refusal comes before anything is made on disk.
        auto other = openStorage(true);
        if (!other.ok())
            return fail(other.error());
    }
    if (auto key = storeKey(); !key.ok() && !m_parser.isSet(store))
        return fail(key.error());
    if (!QDir().mkpath(m_parser.value(data)) ||
        !QFile::setPermissions(m_parser.value(data), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(makeError(ErrorCode::Io, tr("无法创建目录 %1").arg(m_parser.value(data))));
    auto storage = openStorage(true);
    if (!storage.ok())
        return fail(storage.error());
    (void)(*storage)->accounts().audit(Clock::system().wallMs(), {}, {}, {}, QStringLiteral("init"),
                                       QStringLiteral("ok"));
    QStringList ips = m_parser.values(ip);
    if (ips.isEmpty())
        ips << QStringLiteral("127.0.0.1");
    QStringList names = m_parser.values(hostname);
    if (names.isEmpty())
        names << QStringLiteral("localhost");
    if (!QDir().mkpath(tlsDir()))
        return fail(makeError(ErrorCode::Io, tr("无法创建目录 %1").arg(tlsDir())));
    auto pki = Pki::createCaAndServer(tlsDir(), tr("韶关市招商总部"), names, ips);
    if (!pki.ok())
        return fail(pki.error());
    QFile ca(QDir(tlsDir()).filePath(QStringLiteral("ca.pem")));
    if (!ca.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::Io, tr("无法读取 %1").arg(ca.fileName())));
    const QByteArray caPem = ca.readAll();
    auto fingerprint = Pki::fingerprint(caPem);
    print(tr("总部数据已创建：%1").arg((*storage)->describe()));
    print(tr("CA 证书（发给各台电脑登记时使用）：%1").arg(ca.fileName()));
    if (fingerprint.ok())
        print(tr("CA 指纹（SHA-256，登记时请核对）：%1").arg(fingerprint.value()));
    return 0;
}

int Admin::serve()
{
    auto storage = openStorage(false);
    if (!storage.ok())
        return fail(storage.error());
    const QString spec = m_parser.value(listen);
    const int colon = spec.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const quint16 port = quint16(spec.mid(colon + 1).toUInt(&portOk));
    QString address = spec.left(colon);
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    if (colon <= 0 || !portOk || QHostAddress(address).isNull())
        return usage(tr("--listen 格式应为 地址:端口，例如 0.0.0.0:8443"));
    std::optional<TlsFiles> tls;
    if (!m_parser.isSet(plain))
        tls = TlsFiles{QDir(tlsDir()).filePath(QStringLiteral("server.pem")),
                       QDir(tlsDir()).filePath(QStringLiteral("server.key"))};

    // Signals are taken by this thread only (sigwait below); the pool threads inherit the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    HqService service(**storage);
    HttpLimits limits;
    limits.threads = qBound(1, m_parser.value(threads).toInt(), 64);
    if (m_parser.isSet(perPeer)) {
        bool ok = false;
        limits.maxConnectionsPerPeer = m_parser.value(perPeer).toInt(&ok);
        if (!ok || limits.maxConnectionsPerPeer < 0)
            return usage(tr("--max-connections-per-peer 应为不小于 0 的整数"));
    }
    auto server = HttpServer::start(
        address, port, [&service](const HttpRequest& r) { return service.handle(r); }, limits, tls,
        [&service](const HttpRequest& r) { return service.admit(r); });
    if (!server.ok())
        return fail(server.error());
    (void)(*storage)->accounts().audit(Clock::system().wallMs(), {}, {}, {}, QStringLiteral("serve"),
                                       QStringLiteral("ok"), spec);
    print(QStringLiteral("listening %1 %2 %3")
              .arg(address)
              .arg((*server)->port())
              .arg(tls ? QStringLiteral("https") : QStringLiteral("http")));
    int signal = 0;
    sigwait(&stopSignals, &signal);
    (*server)->stop();
    print(tr("总部服务已停止（处理请求 %1 个）").arg(service.counters().requests.load()));
    return 0;
}

int Admin::dispatch(const QStringList& args)
{
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command == QLatin1String("init"))
        return init();
    if (command == QLatin1String("serve"))
        return serve();
    const qint64 now = Clock::system().wallMs();
    if (command == QLatin1String("team") && sub == QLatin1String("add")) {
        if (args.size() != 4)
            return usage(tr("用法：zhaoshang-hq team add --data DIR <组标识> <组名>"));
        return withAccounts([&](AccountStorage& accounts) { return accounts.addTeam(args[2], args[3], now); });
    }
    if (command == QLatin1String("user") && sub == QLatin1String("add")) {
        if (args.size() != 3 || !m_parser.isSet(team))
            return usage(
                tr("用法：zhaoshang-hq user add --data DIR --team ID [--role officer] <用户名>（密码从标准输入读取）"));
        const auto parsedRole = roleFromName(m_parser.value(role));
        if (!parsedRole)
            return usage(tr("角色只能是 officer、lead、analyst 或 admin"));
        std::string line;
        std::getline(std::cin, line);
        QByteArray password = QByteArray::fromStdString(line).trimmed();
        const int rc = withAccounts([&](AccountStorage& accounts) {
            return accounts.addUser(args[2], m_parser.value(display), m_parser.value(team), *parsedRole, password, now);
        });
        password.fill('\0');
        return rc;
    }
    if (command == QLatin1String("user") && (sub == QLatin1String("disable") || sub == QLatin1String("enable"))) {
        if (args.size() != 3)
            return usage(tr("用法：zhaoshang-hq user disable --data DIR <用户名>"));
        return withAccounts([&](AccountStorage& accounts) {
            return accounts.setUserDisabled(args[2], sub == QLatin1String("disable"), now);
        });
    }
    if (command == QLatin1String("device") && sub == QLatin1String("list")) {
        return withAccounts([&](AccountStorage& accounts) -> Result<void> {
            ZS_TRY_ASSIGN(auto devices, accounts.devices());
            QJsonArray out;
            for (const DeviceInfo& d : devices)
                out.append(QJsonObject{{QStringLiteral("id"), d.id},
                                       {QStringLiteral("user"), d.account},
                                       {QStringLiteral("team"), d.team},
                                       {QStringLiteral("label"), d.label},
                                       {QStringLiteral("created_at"), d.createdAt},
                                       {QStringLiteral("last_seen"), d.lastSeen},
                                       {QStringLiteral("revoked"), d.revoked},
                                       {QStringLiteral("wipe"), d.wipe}});
            print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
            return {};
        });
    }
    if (command == QLatin1String("device") && sub == QLatin1String("revoke")) {
        if (args.size() != 3)
            return usage(tr("用法：zhaoshang-hq device revoke --data DIR [--wipe] <设备标识>"));
        return withAccounts(
            [&](AccountStorage& accounts) { return accounts.revokeDevice(args[2], m_parser.isSet(wipe), now); });
    }
    if (command == QLatin1String("audit")) {
        return withAccounts([&](AccountStorage& accounts) -> Result<void> {
            ZS_TRY_ASSIGN(auto log, accounts.auditLog(qBound(1, m_parser.value(limit).toInt(), 100000)));
            for (const AuditEntry& e : log) {
                const QJsonObject entry{{QStringLiteral("seq"), e.seq},         {QStringLiteral("at"), e.at},
                                        {QStringLiteral("user"), e.account},    {QStringLiteral("device"), e.device},
                                        {QStringLiteral("peer"), e.peer},       {QStringLiteral("action"), e.action},
                                        {QStringLiteral("outcome"), e.outcome}, {QStringLiteral("detail"), e.detail}};
                print(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
            }
            return {};
        });
    }
    return usage(
        tr("命令：init、serve、team add、user add、user disable、user enable、device list、device revoke、audit"));
}

} // namespace
} // namespace zs::hq

int main(int argc, char** argv)
{
    zs::Hardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zhaoshang-hq"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("招商外勤 总部同步服务"));
    parser.addHelpOption();
    zs::hq::Admin admin(parser);
    parser.addOptions({admin.data, admin.store, admin.keyFile, admin.listen, admin.plain, admin.threads, admin.perPeer,
                       admin.hostname, admin.ip, admin.team, admin.role, admin.display, admin.wipe, admin.limit});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init | serve | team | user | device | audit"));
    parser.process(app);
    return admin.dispatch(parser.positionalArguments());
}
