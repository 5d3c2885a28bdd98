#pragma once
// Real processes on loopback for the sync tests (tst_sync_processes, tst_trust_boundary): zhaoshang-hq serving and
// its admin commands, zhaoshang-cli workspaces, raw HTTP for what no client would send. Each test executable defines
// ZS_HQ_BIN and ZS_CLI_BIN and copies the executables once (copyExecutables) so a rebuild of the shared tree while
// the test runs cannot swap them halfway.
#include "desktop/core/Workspace.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/visits/VisitRepository.h"
#include "sync/store/Database.h"
#include "sync/store/Statement.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace zs::test {

inline const QString kPassphrase = u"Shaoguan-test-2026!x"_s;
// The executables under test, copied once per run (initTestCase): a rebuild of the shared build tree while the
// test runs must not swap them halfway.
inline QString g_cliBin = QStringLiteral(ZS_CLI_BIN);
inline QString g_hqBin = QStringLiteral(ZS_HQ_BIN);
inline const QByteArray kHqKey = "hq-store-key-for-tests-2026";
constexpr int kProcessTimeoutMs = 120000;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString processError; // set when it could not even start
    QByteArray out;
    QByteArray err;

    bool ok() const { return !crashed && exitCode == 0; }
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    // The whole of stdout as one JSON object (stats, sync-status, demo) or its first line (sync).
    QJsonObject json() const
    {
        QJsonDocument doc = QJsonDocument::fromJson(out);
        if (doc.isObject())
            return doc.object();
        return QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + " " + processError.toUtf8() +
               "\nstdout: " + out + "\nstderr: " + err;
    }
};

inline QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ZHAOSHANG_PASSPHRASE"_s, kPassphrase);
    env.insert(u"ZHAOSHANG_HQ_KEY"_s, QString::fromLatin1(kHqKey));
    env.insert(u"ZHAOSHANG_LANG"_s, u"zh_CN"_s);
    return env;
}

struct Command
{
    QString program;
    QStringList args;
    QByteArray input; // stdin (passwords), closed after writing
};

inline std::unique_ptr<QProcess> launch(const Command& c)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->start(c.program, c.args);
    if (p->waitForStarted(10000)) {
        if (!c.input.isEmpty())
            p->write(c.input);
        p->closeWriteChannel();
    }
    return p;
}

inline Run collect(QProcess& p, int timeoutMs = kProcessTimeoutMs)
{
    Run r;
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out";
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    if (p.error() == QProcess::FailedToStart)
        r.processError = p.errorString();
    r.out = p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    return r;
}

inline Run run(const Command& c)
{
    auto p = launch(c);
    return collect(*p);
}

// Independent commands at once: each one spends most of its time in Argon2id, and there are two cores.
inline QList<Run> runAll(const QList<Command>& commands)
{
    std::vector<std::unique_ptr<QProcess>> running;
    for (const Command& c : commands)
        running.push_back(launch(c));
    QList<Run> out;
    for (auto& p : running)
        out << collect(*p);
    return out;
}

inline Command cliCommand(const QStringList& args, const QByteArray& input = {})
{
    return Command{g_cliBin, args, input};
}

inline Run cli(const QStringList& args, const QByteArray& input = {})
{
    return run(cliCommand(args, input));
}

// ---- raw HTTP for what no client would send ----

struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline HttpReply rawHttp(quint16 port, const QByteArray& request, int timeoutMs = 20000)
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    socket.write(request);
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    for (;;) {
        data += socket.readAll();
        if (headerEnd < 0) {
            headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = data.left(headerEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                reply.status = statusLine.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        reply.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                             lines[i].mid(colon + 1).trimmed());
                }
                bool ok = false;
                length = reply.headers.value("content-length").toLongLong(&ok);
                if (!ok)
                    length = -1;
            }
        }
        if (headerEnd >= 0 && length >= 0 && data.size() >= headerEnd + 4 + length)
            break;
        if (deadline.hasExpired() || socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
            socket.state() != QAbstractSocket::ConnectedState) {
            data += socket.readAll();
            break;
        }
    }
    if (headerEnd >= 0)
        reply.body = length >= 0 ? data.mid(headerEnd + 4, length) : data.mid(headerEnd + 4);
    return reply;
}

inline QByteArray httpRequest(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                              const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto& h : headers)
        r += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

inline bool allOk(const QList<Run>& runs, const char* what)
{
    for (const Run& r : runs)
        if (!r.ok()) {
            qWarning("%s: %s", what, r.describe().constData());
            return false;
        }
    return true;
}

// ---- the HQ: admin commands and the server process ----

class Hq
{
public:
    explicit Hq(const QString& dataDir)
        : m_data(dataDir)
    {
    }
    ~Hq() { stop(); }
    Hq(const Hq&) = delete;
    Hq& operator=(const Hq&) = delete;

    Command adminCommand(const QStringList& args, const QByteArray& input = {}) const
    {
        return Command{g_hqBin, args + QStringList{u"--data"_s, m_data}, input};
    }
    Run admin(const QStringList& args, const QByteArray& input = {}) const { return run(adminCommand(args, input)); }

    // init + the three teams: Guangzhou and Shenzhen stations, HQ itself (each admin command derives the store key,
    // so independent ones run side by side).
    bool init()
    {
        const Run r = admin({u"init"_s});
        if (!r.ok()) {
            qWarning("hq init: %s", r.describe().constData());
            return false;
        }
        QList<Command> teams;
        for (const auto& [id, name] :
             {std::pair{u"gz"_s, u"广州组"_s}, std::pair{u"sz"_s, u"深圳组"_s}, std::pair{u"hq"_s, u"总部"_s}})
            teams << adminCommand({u"team"_s, u"add"_s, id, name});
        return allOk(runAll(teams), "hq team add");
    }

    struct User
    {
        QString name;
        QString team;
        QString role;
        QByteArray password;
    };
    bool addUsers(const QList<User>& users)
    {
        QList<Command> adds;
        for (const User& u : users)
            adds << adminCommand({u"user"_s, u"add"_s, u"--team"_s, u.team, u"--role"_s, u.role, u.name},
                                 u.password + '\n');
        return allOk(runAll(adds), "hq user add");
    }

    // Starts `serve` and waits for its "listening ADDR PORT scheme" line. With a port, binds exactly that port
    // (a restart after kill -9: the workspaces keep the server's URL), retrying while it is briefly busy.
    bool start(bool plain, quint16 port = 0)
    {
        m_plain = plain;
        for (int attempt = 0; attempt < 20; ++attempt) {
            QStringList args{
                u"serve"_s,     u"--data"_s, m_data, u"--listen"_s, u"127.0.0.1:"_s + QString::number(port),
                u"--threads"_s, u"4"_s};
            if (plain)
                args << u"--plain"_s;
            m_server = launch(Command{g_hqBin, args, {}});
            QDeadlineTimer deadline(30000);
            QByteArray seen;
            while (!deadline.hasExpired()) {
                if (m_server->canReadLine()) {
                    const QByteArray line = m_server->readLine().trimmed();
                    seen += line + '\n';
                    const QList<QByteArray> parts = line.split(' ');
                    if (parts.size() == 4 && parts[0] == "listening") {
                        m_port = quint16(parts[2].toUInt());
                        return m_port != 0 && parts[3] == (plain ? "http" : "https");
                    }
                    continue;
                }
                if (m_server->state() == QProcess::NotRunning)
                    break;
                m_server->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            }
            m_server->waitForFinished(5000);
            qWarning("hq serve attempt %d failed: %s %s", attempt, seen.constData(),
                     m_server->readAllStandardError().constData());
            m_server.reset();
            if (port == 0)
                return false; // an ephemeral port is never busy: something else is wrong
        }
        return false;
    }

    // SIGTERM, the way an administrator stops it.
    void stop()
    {
        if (!m_server)
            return;
        if (m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            if (!m_server->waitForFinished(15000)) {
                m_server->kill();
                m_server->waitForFinished(5000);
            }
        }
        m_server.reset();
    }

    // kill -9: the server gets no chance to finish anything.
    void kill9()
    {
        if (m_server && m_server->state() != QProcess::NotRunning)
            m_server->kill();
    }
    bool isRunning() const { return m_server && m_server->state() == QProcess::Running; }
    qint64 pid() const { return m_server ? m_server->processId() : 0; } // of `serve`, 0 when not running
    bool waitDead(int ms = 15000) { return !m_server || m_server->waitForFinished(ms) || !isRunning(); }
    QProcess::ExitStatus lastExitStatus() const { return m_server ? m_server->exitStatus() : QProcess::NormalExit; }
    void forget() { m_server.reset(); }

    quint16 port() const { return m_port; }
    QString url() const
    {
        return (m_plain ? u"http://127.0.0.1:"_s : u"https://127.0.0.1:"_s) + QString::number(m_port);
    }
    QString caPath() const { return m_data + u"/tls/ca.pem"_s; }
    QString data() const { return m_data; }

    QList<QJsonObject> audit() const
    {
        const Run r = admin({u"audit"_s, u"--limit"_s, u"10000"_s});
        QList<QJsonObject> entries;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.trimmed().isEmpty())
                entries << QJsonDocument::fromJson(line).object();
        return entries;
    }

private:
    QString m_data;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    bool m_plain = true;
};

// ---- workspaces through the CLI ----

// The data rows of an exported CSV (the header dropped), sorted: rows that tie in the list's order may come out
// in any order.
inline QStringList sortedRows(const QString& csvPath)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    if (all.startsWith("\xEF\xBB\xBF"))
        all = all.mid(3);
    QStringList rows = QString::fromUtf8(all).split(u"\r\n"_s, Qt::SkipEmptyParts);
    if (!rows.isEmpty())
        rows.removeFirst();
    std::sort(rows.begin(), rows.end());
    return rows;
}

inline std::unique_ptr<zs::Workspace> openWorkspace(const QString& path)
{
    auto ws = zs::Workspace::open(path, zs::SecureBytes::fromPassphrase(kPassphrase));
    if (!ws.ok()) {
        qWarning("open %s: %s", qPrintable(path), qPrintable(ws.error().toString()));
        return nullptr;
    }
    return std::move(ws.value());
}

inline QStringList column(zs::Database& db, const char* sql)
{
    QStringList out;
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return {QStringLiteral("<error %1>").arg(stmt.error().message)};
    while (stmt->step().value())
        out << stmt->text(0);
    return out;
}

// QVERIFY2 evaluates its message even when the check passes: only ask a failed result for its error.
template <typename R> inline QByteArray failure(const R& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// Copies the executables under test into `dir` and points g_cliBin/g_hqBin at the copies.
inline bool copyExecutables(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return false;
    for (QString* exe : {&g_cliBin, &g_hqBin}) {
        const QString copy = dir + u'/' + QFileInfo(*exe).fileName();
        if (!QFile::copy(*exe, copy))
            return false;
        *exe = copy;
    }
    return true;
}

// What the process tests share: a temporary directory for fresh files, workspaces through the CLI, a standard HQ.
class SyncProcessFixture
{
protected:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString fresh(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(m_next++).arg(name)); }

    static QStringList db(const QString& command, const QString& path, const QStringList& more = {})
    {
        return QStringList{command, u"--db"_s, path} + more;
    }
    static Command enrollCommand(const QString& path, const Hq& hq, const QString& user, const QByteArray& password,
                                 const QString& ca = {})
    {
        QStringList args = db(u"enroll"_s, path, {u"--server"_s, hq.url(), u"--user"_s, user});
        if (!ca.isEmpty())
            args << u"--ca"_s << ca;
        return cliCommand(args, password + '\n');
    }
    // Creates workspaces and enrolls each as (user, password); all in parallel.
    static bool makeEnrolled(const Hq& hq, const QList<std::tuple<QString, QString, QByteArray>>& spec)
    {
        QList<Command> inits, enrolls;
        for (const auto& [path, user, password] : spec) {
            inits << cliCommand(db(u"init"_s, path));
            enrolls << enrollCommand(path, hq, user, password);
        }
        return allOk(runAll(inits), "workspace init") && allOk(runAll(enrolls), "enroll");
    }
    static QJsonObject tables(const QString& path)
    {
        return cli(db(u"stats"_s, path)).json().value(u"tables"_s).toObject();
    }
    static QJsonObject syncStatus(const QString& path) { return cli(db(u"sync-status"_s, path)).json(); }
    // Read-only commands on several workspaces at once.
    static QList<QJsonObject> tablesOf(const QStringList& paths)
    {
        QList<Command> commands;
        for (const QString& p : paths)
            commands << cliCommand(db(u"stats"_s, p));
        QList<QJsonObject> out;
        for (const Run& r : runAll(commands))
            out << r.json().value(u"tables"_s).toObject();
        return out;
    }
    static QList<QJsonObject> statusOf(const QStringList& paths)
    {
        QList<Command> commands;
        for (const QString& p : paths)
            commands << cliCommand(db(u"sync-status"_s, p));
        QList<QJsonObject> out;
        for (const Run& r : runAll(commands))
            out << r.json();
        return out;
    }
    // `export --kind KIND` of each workspace: its sorted data rows.
    QList<QStringList> exportedAll(const QStringList& paths, const QString& kind)
    {
        QList<Command> commands;
        QStringList files;
        for (const QString& p : paths) {
            files << fresh(kind + u".csv"_s);
            commands << cliCommand(db(u"export"_s, p, {u"--kind"_s, kind, u"--out"_s, files.last()}));
        }
        const QList<Run> runs = runAll(commands);
        QList<QStringList> out;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            if (!runs[i].ok())
                qWarning("export: %s", runs[i].describe().constData());
            out << sortedRows(files[i]);
        }
        return out;
    }
    QStringList exported(const QString& path, const QString& kind) { return exportedAll({path}, kind).value(0); }
    // A plain HQ with the Guangzhou and Shenzhen officers and an HQ analyst.
    bool standardHq(Hq& hq, bool plain = true)
    {
        return hq.init() &&
               hq.addUsers({{u"gzuser"_s, u"gz"_s, u"officer"_s, "password-gz-1"},
                            {u"szuser"_s, u"sz"_s, u"officer"_s, "password-sz-1"},
                            {u"hquser"_s, u"hq"_s, u"analyst"_s, "password-hq-1"}}) &&
               hq.start(plain);
    }
};

} // namespace zs::test

#define RUN_OK(run)                                                                                                    \
    do {                                                                                                               \
        const Run& r_ = (run);                                                                                         \
        QVERIFY2(r_.ok(), r_.describe().constData());                                                                  \
    } while (false)
