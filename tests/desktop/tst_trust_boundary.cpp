// The trust boundary between laptops and HQ (issue 12): each defect an adversarial run found, as a regression test
// through the real processes — zhaoshang-hq serving over TLS or loopback HTTP, zhaoshang-cli workspaces — and raw
// requests where a defect needs what no client sends. (Body and connection limits: tst_hq_limits.)
#include "ProcessHarness.h"

#include "sync/protocol/Limits.h"
#include "sync/protocol/WireCodec.h"

#include <QTcpServer>

#include <limits>

using namespace zs::test;
using zs::sync::Limits;

namespace {

// HQ's enrolment answer, through a raw request.
QByteArray rawEnroll(quint16 port, const QByteArray& user, const QByteArray& password)
{
    const HttpReply r =
        rawHttp(port, httpRequest("POST", "/v1/enroll",
                                  R"({"user":")" + user + R"(","password":")" + password + R"(","device_label":"raw"})",
                                  {{"Content-Type", "application/json"}}));
    return r.json().value(u"access_token"_s).toString().toLatin1();
}

QList<QPair<QByteArray, QByteArray>> authorised(const QByteArray& token)
{
    return {{"Authorization", "Bearer " + token}, {"X-Zs-Schema", "1"}, {"Content-Type", "application/cbor"}};
}

// A company row written at HQ's present (its stamps must not be ahead of HQ's clock).
zs::sync::RowChange company(const QString& id, const QList<QPair<QString, QString>>& texts, qint64 causalLength = 1)
{
    static const QByteArray node = QByteArray::fromHex("0102030405060708");
    const zs::sync::Stamp stamp{zs::sync::Hlc::fromParts(QDateTime::currentMSecsSinceEpoch(), 0), node};
    zs::sync::RowChange r;
    r.table = u"company"_s;
    r.rowId = id;
    r.scope = u"city"_s;
    r.causalLength = causalLength;
    r.lifeStamp = stamp;
    for (const auto& [column, value] : texts)
        r.cells << zs::sync::Cell{column, QCborValue(value), stamp};
    if (texts.value(0).first != u"name"_s)
        return r; // an edit of some columns
    // A new company as a laptop sends it: every column.
    const auto add = [&](const QString& column, const QCborValue& value) {
        for (const auto& c : std::as_const(r.cells))
            if (c.column == column)
                return;
        r.cells << zs::sync::Cell{column, value, stamp};
    };
    add(u"name_norm"_s, texts.value(0).second);
    for (const QString& c : {u"industry"_s, u"hq_city"_s, u"size"_s, u"tags"_s, u"source"_s, u"notes"_s})
        add(c, u""_s);
    add(u"credit_code"_s, QCborValue(nullptr));
    add(u"revenue_wan"_s, QCborValue(nullptr));
    add(u"hometown"_s, 0);
    add(u"created_at"_s, stamp.hlc.ms());
    add(u"updated_at"_s, stamp.hlc.ms());
    return r;
}

zs::sync::ChangeSet transaction(QList<zs::sync::RowChange> rows)
{
    zs::sync::ChangeSet set;
    static int next = 0;
    set.txId = QCryptographicHash::hash(QByteArray::number(++next), QCryptographicHash::Md5);
    set.rows = std::move(rows);
    return set;
}

HttpReply push(quint16 port, const QByteArray& token, const QList<zs::sync::ChangeSet>& transactions)
{
    const QByteArray body = zs::sync::WireCodec::encode(zs::sync::PushRequest{u"raw"_s, 1, transactions});
    return rawHttp(port, httpRequest("POST", "/v1/push", body, authorised(token)), 60000);
}

// A foreign server on loopback (plain HTTP, which a laptop accepts only there): keeps every request that reaches it
// and answers 401 to each, so a test can say exactly what a laptop sent it. Runs on the test's event loop: run the
// CLI with runLooping() while it listens.
class ForeignServer : public QObject
{
public:
    ForeignServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                auto* buffer = new QByteArray;
                connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype at = buffer->toLower().indexOf("content-length:");
                    const qsizetype length =
                        at < 0 ? 0 : buffer->mid(at + 15, buffer->indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests << buffer->left(end + 4 + length);
                    buffer->remove(0, end + 4 + length);
                    const QByteArray body = R"({"error":"unauthenticated","message":"foreign"})";
                    s->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
};

// Runs a command while this thread's event loop turns (a ForeignServer answers meanwhile).
Run runLooping(const Command& c)
{
    auto p = launch(c);
    if (!QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, kProcessTimeoutMs))
        return Run{-1, false, {}, {}, "timed out"};
    return collect(*p);
}

// A CLI run that must end on its own: a hang shows as a time-out instead of blocking the suite.
Run runWithin(const Command& c, int ms)
{
    auto p = launch(c);
    return collect(*p, ms);
}

} // namespace

class TestTrustBoundary : public QObject, protected SyncProcessFixture
{
    Q_OBJECT

    int countAudit(const Hq& hq, const QString& action)
    {
        int n = 0;
        for (const QJsonObject& e : hq.audit())
            n += e.value(u"action"_s).toString() == action ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(copyExecutables(m_dir.filePath(u"bin"_s)));
    }

    // 1. A re-enrolment that fails changes nothing: the workspace stays enrolled at its HQ, and its tokens never go
    // to the other server — not at the failed enrolment, not at the next sync (which must renew its access token).
    void failedReEnrolmentChangesNothing()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        ForeignServer foreign;
        const QString w = fresh(u"w.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{w, u"gzuser"_s, "password-gz-1"}}));
        const QJsonObject before = syncStatus(w);

        QStringList args = db(u"enroll"_s, w, {u"--server"_s, foreign.url(), u"--user"_s, u"gzuser"_s});
        const Run failed = runLooping(cliCommand(args, "wrong-password-1\n"));
        QVERIFY2(!failed.ok(), failed.describe().constData());
        QCOMPARE(foreign.requests.size(), 1);
        QVERIFY(foreign.requests[0].startsWith("POST /v1/enroll "));
        const QJsonObject after = syncStatus(w);
        for (const QString& key : {u"server"_s, u"ca_fingerprint"_s, u"device"_s, u"user"_s, u"team"_s})
            QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
        QCOMPARE(after.value(u"enrolled"_s).toBool(), true);

        QByteArray refreshToken;
        {
            auto ws = openWorkspace(w);
            QVERIFY(ws);
            refreshToken =
                column(ws->db(), "SELECT value FROM sync_state WHERE key = 'refresh_token'").value(0).toLatin1();
            QVERIFY(ws->db().exec("UPDATE sync_state SET value = '0' WHERE key = 'access_expires'").ok());
        }
        const Run synced = runLooping(cliCommand(db(u"sync"_s, w)));
        RUN_OK(synced);
        QVERIFY(synced.json().value(u"ok"_s).toBool());
        QCOMPARE(foreign.requests.size(), 1); // nothing more reached the foreign server
        QVERIFY(!foreign.requests[0].contains(refreshToken));
    }

    // 1. A workspace whose stored server is not the one its tokens came from (what the defect left behind) sends
    // them nowhere and says why.
    void tokensOnlyToTheirServer()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        ForeignServer foreign;
        const QString w = fresh(u"w.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{w, u"gzuser"_s, "password-gz-1"}}));
        {
            auto ws = openWorkspace(w);
            QVERIFY(ws);
            QVERIFY(ws->db().run("UPDATE sync_state SET value = ?1 WHERE key = 'server'", foreign.url()).ok());
        }
        // First with a fresh access token (a push would carry it), then with an expired one (renewal would send the
        // refresh token).
        for (const char* expiry : {"", "UPDATE sync_state SET value = '0' WHERE key = 'access_expires'"}) {
            if (*expiry) {
                auto ws = openWorkspace(w);
                QVERIFY(ws && ws->db().exec(expiry).ok());
            }
            const Run refused = runLooping(cliCommand(db(u"sync"_s, w)));
            QVERIFY2(!refused.ok(), refused.describe().constData());
            QVERIFY2(refused.errText().contains(u"重新登记"_s), refused.describe().constData());
        }
        QCOMPARE(foreign.requests.size(), 0);
    }

    // 2. A device revoked with wipe is told to wipe on its refresh token too: a laptop away for longer than an
    // access token lives (its stored expiry in the past, the clock seam a laptop has) still loses its data.
    void wipeReachesALaptopAwayForLong()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QString w = fresh(u"away.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{w, u"gzuser"_s, "password-gz-1"}}));
        RUN_OK(cli(db(u"demo"_s, w, {u"--visits"_s, u"20"_s})));
        RUN_OK(cli(db(u"sync"_s, w)));
        const QString device = syncStatus(w).value(u"device"_s).toString();
        RUN_OK(hq.admin({u"device"_s, u"revoke"_s, u"--wipe"_s, device}));
        {
            auto ws = openWorkspace(w);
            QVERIFY(ws);
            QVERIFY(ws->db().exec("UPDATE sync_state SET value = '0' WHERE key = 'access_expires'").ok());
        }
        const Run wiped = cli(db(u"sync"_s, w));
        QVERIFY2(wiped.json().value(u"wiped"_s).toBool(), wiped.describe().constData());
        const QJsonObject after = tables(w);
        for (const QString& t : {u"visit"_s, u"company"_s, u"lead"_s})
            QVERIFY2(after.value(t).toInt() == 0, qPrintable(t));
        QCOMPARE(syncStatus(w).value(u"enrolled"_s).toBool(), false);
    }

    // 3. Rows each within the cell limit but large together: every pull page stays within its bound (a row larger
    // than what is left starts the next page), and a laptop of the scope pulls everything.
    void pagesKeepTheirBoundWhateverTheRows()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QByteArray token = rawEnroll(hq.port(), "gzuser", "password-gz-1");
        QVERIFY(!token.isEmpty());
        QList<zs::sync::RowChange> small;
        for (int i = 0; i < 900; ++i)
            small << company(u"small-%1"_s.arg(i), {{u"name"_s, u"韶关测试企业%1有限公司"_s.arg(i)}});
        const QString wide(250'000, u'x');
        QList<zs::sync::ChangeSet> sets{transaction(small)};
        for (int i = 0; i < 3; ++i)
            sets << transaction({company(
                u"wide-%1"_s.arg(i),
                {{u"name"_s, u"长文本企业%1"_s.arg(i)}, {u"notes"_s, wide}, {u"tags"_s, wide}, {u"source"_s, wide}})});
        const HttpReply pushed = push(hq.port(), token, sets);
        QCOMPARE(pushed.status, 200);
        auto answer = zs::sync::WireCodec::decodePushResponse(pushed.body);
        QVERIFY(answer.ok());
        for (const auto& r : answer->results)
            QCOMPARE(int(r.status), int(zs::sync::TxResult::Applied));

        qint64 cursor = 0;
        int rows = 0, pages = 0;
        for (bool more = true; more; ++pages) {
            const HttpReply page =
                rawHttp(hq.port(),
                        httpRequest("GET", "/v1/pull?cursor=" + QByteArray::number(cursor) + "&limit=5000", {},
                                    authorised(token)),
                        60000);
            QCOMPARE(page.status, 200);
            // The page's rows within the bound; the map around them takes a few dozen bytes more.
            QVERIFY2(page.body.size() <= Limits::kMaxPageBytes + 64, QByteArray::number(page.body.size()).constData());
            auto decoded = zs::sync::WireCodec::decodePull(page.body);
            QVERIFY(decoded.ok());
            QVERIFY(!decoded->rows.isEmpty());
            rows += int(decoded->rows.size());
            cursor = decoded->nextCursor;
            more = decoded->hasMore;
        }
        QCOMPARE(rows, 903);
        QVERIFY(pages >= 2);

        const QString w = fresh(u"puller.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{w, u"szuser"_s, "password-sz-1"}}));
        const Run pulled = cli(db(u"sync"_s, w));
        RUN_OK(pulled);
        QCOMPARE(tables(w).value(u"company"_s).toInt(), 903);
        QVERIFY2(pulled.json().value(u"pulled"_s).toInt() >= 903, pulled.out.constData());
    }

    // 3. HQ refuses at push time a row it could never serve (merged cells over the row limit), transaction by
    // transaction: the rest of the body is applied.
    void rowsHqCouldNotServeAreRefusedAtPush()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QByteArray token = rawEnroll(hq.port(), "gzuser", "password-gz-1");
        const QString wide(250'000, u'宽'); // 750,000 bytes in UTF-8: two of them are over the row limit
        const HttpReply pushed = push(
            hq.port(), token,
            {transaction({company(u"ok-1"_s, {{u"name"_s, u"正常企业"_s}})}),
             transaction({company(u"too-wide"_s, {{u"name"_s, u"过宽企业"_s}, {u"notes"_s, wide}, {u"tags"_s, wide}})}),
             transaction({company(u"grows"_s, {{u"name"_s, u"逐步变宽企业"_s}, {u"notes"_s, wide}})})});
        QCOMPARE(pushed.status, 200);
        auto answer = zs::sync::WireCodec::decodePushResponse(pushed.body);
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), 3);
        QCOMPARE(int(answer->results[0].status), int(zs::sync::TxResult::Applied));
        QCOMPARE(int(answer->results[1].status), int(zs::sync::TxResult::Refused));
        QVERIFY2(answer->results[1].reason.contains(u"记录过大"_s), qPrintable(answer->results[1].reason));
        QCOMPARE(int(answer->results[2].status), int(zs::sync::TxResult::Applied));
        // A later edit of another column would make the merged row too large: refused too, the row stays servable.
        auto grown = company(u"grows"_s, {{u"tags"_s, wide}});
        grown.lifeStamp.hlc = zs::sync::Hlc::fromParts(0, 1); // the life is not what changes
        const HttpReply second = push(hq.port(), token, {transaction({grown})});
        auto refused = zs::sync::WireCodec::decodePushResponse(second.body);
        QVERIFY(refused.ok());
        QCOMPARE(int(refused->results.value(0).status), int(zs::sync::TxResult::Refused));
    }

    // 4. A long field is refused at entry with the field named (the same limit HQ applies), and a record that got
    // past entry anyway waits in the quarantine: the laptop's other work still syncs, and pulls go on.
    void longFieldNeverWedgesALaptop()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QString w = fresh(u"w.zsdb"_s);
        QVERIFY(makeEnrolled(hq, {{w, u"gzuser"_s, "password-gz-1"}}));

        const QString csv = fresh(u"companies.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("企业名称,备注\n");
            f.write("韶关长文本测试有限公司," + QByteArray(300'000, 'n') + "\n");
            f.write("韶关正常测试有限公司,第一次接触\n");
        }
        const Run imported = cli(db(u"import"_s, w, {u"--kind"_s, u"companies"_s, u"--file"_s, csv}));
        RUN_OK(imported);
        QCOMPARE(imported.json().value(u"imported"_s).toInt(), 1);
        const QJsonArray problems = imported.json().value(u"problems"_s).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].toObject().value(u"reason"_s).toString().contains(u"太长"_s), imported.out.constData());

        // Past entry anyway (an earlier version's import): a note over the cell limit written straight in.
        {
            auto ws = openWorkspace(w);
            QVERIFY(ws);
            zs::Company c;
            c.name = u"韶关旧版导入有限公司"_s;
            auto id = zs::CompanyRepository(ws->db()).create(c);
            QVERIFY2(id.ok(), failure(id).constData());
            QVERIFY(
                ws->db().run("UPDATE company SET notes = ?2 WHERE id = ?1", id.value(), QString(300'000, u'n')).ok());
        }
        RUN_OK(cli(db(u"demo"_s, w, {u"--visits"_s, u"10"_s})));
        const Run synced = cli(db(u"sync"_s, w));
        RUN_OK(synced);
        const QJsonObject s = synced.json();
        QVERIFY2(s.value(u"ok"_s).toBool(), synced.out.constData());
        QVERIFY(s.value(u"pushed"_s).toInt() > 10);
        const QJsonObject status = syncStatus(w);
        // Its creation and the edit that made it too long: both carry the note as it is now.
        QCOMPARE(status.value(u"quarantined"_s).toInt(), 2);
        QCOMPARE(status.value(u"pending"_s).toInt(), 0);
        // The next round goes through too: nothing is wedged.
        const Run again = cli(db(u"sync"_s, w));
        RUN_OK(again);
        QVERIFY(again.json().value(u"ok"_s).toBool());
    }

    // 7. enroll ends with its error when it fails before any request (bad or missing CA, a URL it cannot use).
    void enrollFailsPromptly()
    {
        const QString w = fresh(u"w.zsdb"_s);
        RUN_OK(cli(db(u"init"_s, w)));
        const QString garbage = fresh(u"garbage.pem"_s);
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a certificate\n");
        }
        const QList<QStringList> cases{
            {u"--server"_s, u"https://127.0.0.1:1"_s, u"--user"_s, u"gzuser"_s},
            {u"--server"_s, u"https://127.0.0.1:1"_s, u"--user"_s, u"gzuser"_s, u"--ca"_s, garbage},
            {u"--server"_s, u"ftp://hq.example/"_s, u"--user"_s, u"gzuser"_s},
            {u"--server"_s, u"http://hq.example:8443"_s, u"--user"_s, u"gzuser"_s},
        };
        for (const QStringList& args : cases) {
            const Run r = runWithin(cliCommand(db(u"enroll"_s, w, args), "some-password\n"), 30000);
            QVERIFY2(r.exitCode == 1 && !r.err.isEmpty() && r.err != "timed out", qPrintable(args.join(u' ')));
        }
        QCOMPARE(syncStatus(w).value(u"enrolled"_s).toBool(), false);
    }

    // 8. A workspace whose key is here but whose database is an empty file is damaged: reported (exit 4), never
    // recreated empty.
    void emptyWorkspaceFileIsDamaged()
    {
        const QString w = fresh(u"w.zsdb"_s);
        RUN_OK(cli(db(u"init"_s, w)));
        RUN_OK(cli(db(u"demo"_s, w, {u"--visits"_s, u"5"_s})));
        for (const QString& f : QStringList{w, w + u"-wal"_s, w + u"-shm"_s})
            QFile::remove(f);
        {
            QFile empty(w);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        for (const QString& command : {u"verify"_s, u"stats"_s}) {
            const Run r = cli(db(command, w));
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.errText().contains(u"空"_s), r.describe().constData());
        }
        QCOMPARE(QFileInfo(w).size(), 0);
    }

    // 9. The lock-out looks the same for names that do not exist: the answers never tell which names are accounts.
    void lockOutTellsNothing()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const auto attempts = [&](const QByteArray& user) {
            QList<int> statuses;
            for (int i = 0; i < 6; ++i)
                statuses << rawHttp(hq.port(), httpRequest("POST", "/v1/enroll",
                                                           R"({"user":")" + user +
                                                               R"(","password":"wrong-password","device_label":"x"})",
                                                           {{"Content-Type", "application/json"}}))
                                .status;
            return statuses;
        };
        const QList<int> known = attempts("gzuser");
        const QList<int> unknown = attempts("nobody-here");
        QCOMPARE(known, (QList<int>{401, 401, 401, 401, 429, 429}));
        QCOMPARE(unknown, known);
    }

    // 9. Ids with a trailing newline are not ids: not as a team, not as a scope.
    void idsEndWhereTheyEnd()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const Run newline = hq.admin({u"team"_s, u"add"_s, u"dg\n"_s, u"东莞组"_s});
        QVERIFY2(!newline.ok(), newline.describe().constData());
        const QByteArray token = rawEnroll(hq.port(), "szuser", "password-sz-1");
        QVERIFY(!token.isEmpty());
        auto scoped = company(u"newline-scope"_s, {{u"name"_s, u"换行企业"_s}});
        scoped.table = u"visit"_s;
        scoped.scope = u"team:sz\n"_s;
        const HttpReply wrongScope = push(hq.port(), token, {transaction({scoped})});
        auto answer = zs::sync::WireCodec::decodePushResponse(wrongScope.body);
        QVERIFY(answer.ok());
        QCOMPARE(int(answer->results.value(0).status), int(zs::sync::TxResult::Refused));
    }

    // 9. A causal length at the top of its range is refused instead of overflowing at the next delete.
    void causalLengthCannotOverflow()
    {
        Hq hq(fresh(u"hq"_s));
        QVERIFY(standardHq(hq));
        const QByteArray token = rawEnroll(hq.port(), "szuser", "password-sz-1");
        QVERIFY(!token.isEmpty());
        const HttpReply overflow = push(
            hq.port(), token,
            {transaction({company(u"cl-max"_s, {{u"name"_s, u"溢出企业"_s}}, std::numeric_limits<qint64>::max())})});
        QCOMPARE(overflow.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestTrustBoundary)
#include "tst_trust_boundary.moc"
