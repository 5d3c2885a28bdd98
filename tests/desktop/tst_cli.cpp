// zhaoshang-cli as a user runs it: real process, real files, exit codes and messages.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QString& passphrase = QString(), const QString& newPassphrase = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ZHAOSHANG_PASSPHRASE"));
    if (!passphrase.isNull())
        env.insert(QStringLiteral("ZHAOSHANG_PASSPHRASE"), passphrase);
    if (!newPassphrase.isNull())
        env.insert(QStringLiteral("ZHAOSHANG_NEW_PASSPHRASE"), newPassphrase);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZS_CLI), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

const QString kPass = QStringLiteral("命令行-CLI-2026-韶关");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.zsdb"));
    }

    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("SQLCipher 4.14.0"));
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        const Run noDb = cli({QStringLiteral("stats")}, kPass);
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(QString::fromUtf8(noDb.err).contains(QStringLiteral("--db")));
    }

    void initRefusesWeakPassphrase()
    {
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("weak.zsdb"))},
                          QStringLiteral("123"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("口令不符合要求")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("weak.zsdb"))));
    }

    void initStatsVerify()
    {
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), m_db}, kPass);
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFile::exists(m_db));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), m_db}, kPass).exitCode, 1);

        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_db}, kPass);
        QCOMPARE(stats.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(stats.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(),
                 json.value(QStringLiteral("schema_latest")).toInt());
        QVERIFY(json.value(QStringLiteral("tables")).toObject().contains(QStringLiteral("app_meta")));
        QVERIFY(json.value(QStringLiteral("open_ms")).toObject().value(QStringLiteral("kdf")).toInt() >= 0);

        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db}, kPass).exitCode, 0);
    }

    void wrongPassphraseExitCode()
    {
        const Run r = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db}, QStringLiteral("wrong-passphrase"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("口令不正确")));
        // No passphrase at all and no terminal: a clear error, not a hang.
        const Run none = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(QString::fromUtf8(none.err).contains(QStringLiteral("ZHAOSHANG_PASSPHRASE")));
    }

    void passphraseFromFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPass.toUtf8() + "\n");
        f.close();
        QCOMPARE(
            cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"), file})
                .exitCode,
            0);
    }

    void passwdAndBackup()
    {
        const QString newPass = QStringLiteral("新的口令-New-2027");
        const Run changed = cli({QStringLiteral("passwd"), QStringLiteral("--db"), m_db}, kPass, newPass);
        QCOMPARE(changed.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db}, kPass).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db}, newPass).exitCode, 0);

        const QString dest = m_dir.filePath(QStringLiteral("backup.zsdb"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_db}, newPass).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), dest}, newPass)
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), dest}, newPass).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("rotate-key"), QStringLiteral("--db"), m_db}, newPass).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db}, newPass).exitCode, 0);
    }

    void demoBrochureAndMaterials()
    {
        const QString db = m_dir.filePath(QStringLiteral("materials.zsdb"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}, kPass).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--visits"), QStringLiteral("50")},
                kPass)
                .exitCode,
            0);
        const QString pdf = m_dir.filePath(QStringLiteral("guide.pdf"));
        const Run made = cli({QStringLiteral("brochure"), QStringLiteral("--db"), db, QStringLiteral("--sections"),
                              QStringLiteral("land,tax"), QStringLiteral("--out"), pdf},
                             kPass);
        QCOMPARE(made.exitCode, 0);
        QVERIFY(QFile(pdf).size() > 10000);
        const Run bad = cli({QStringLiteral("brochure"), QStringLiteral("--db"), db, QStringLiteral("--sections"),
                             QStringLiteral("lottery"), QStringLiteral("--out"), pdf},
                            kPass);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(QString::fromUtf8(bad.err).contains(QStringLiteral("未知的政策章节")));
        const QStringList import{
            QStringLiteral("material-import"), QStringLiteral("--db"),    db, QStringLiteral("--file"), pdf,
            QStringLiteral("--title"),         QStringLiteral("政策指南")};
        QCOMPARE(cli(import, kPass).exitCode, 0);
        const Run again = cli(import, kPass);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(QString::fromUtf8(again.out).contains(QStringLiteral("已有同一份文件")));
        const Run found =
            cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("政策指南")}, kPass);
        QVERIFY(QString::fromUtf8(found.out).contains(QStringLiteral("【政策】【指南】")) ||
                QString::fromUtf8(found.out).contains(QStringLiteral("【政策指南】")));
    }

    // The visit form's and the lead form's use cases through the CLI: a visit with a company and a contact met for
    // the first time, then a second one that finds both again; a lead moved on, and refused going back without a
    // reason. Every answer parses as the JSON it claims.
    void logVisitAndMoveStage()
    {
        const QString db = m_dir.filePath(QStringLiteral("usecases.zsdb"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}, kPass).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--visits"), QStringLiteral("400")},
                kPass)
                .exitCode,
            0);
        const auto writeVisit = [this](const char* name, const QJsonObject& visit) {
            const QString path = m_dir.filePath(QLatin1String(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(QJsonDocument(visit).toJson());
            return path;
        };
        const QString yesterday =
            QDateTime::currentDateTime().addDays(-1).toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 10:30");
        const QJsonObject visit{{QStringLiteral("company"), QStringLiteral("广州穗丰冷链物流有限公司")},
                                {QStringLiteral("visited_at"), yesterday},
                                {QStringLiteral("city"), QStringLiteral("guangzhou")},
                                {QStringLiteral("notes"), QStringLiteral("谈了在韶关设立华南冷链仓储中心的计划")},
                                {QStringLiteral("intent"), 2},
                                {QStringLiteral("contacts"), QJsonArray{QStringLiteral("何建华")}}};
        const Run first = cli({QStringLiteral("log-visit"), QStringLiteral("--db"), db, QStringLiteral("--file"),
                               writeVisit("visit1.json", visit)},
                              kPass);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject saved = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(saved.value(QStringLiteral("kind")).toString(), QStringLiteral("visits"));
        const QString companyId = saved.value(QStringLiteral("company_id")).toString();
        QVERIFY(!companyId.isEmpty());
        const QJsonArray attendees = saved.value(QStringLiteral("attendees")).toArray();
        QCOMPARE(attendees.size(), 1);

        // The same company written another way and the same person: found, not made twice.
        QJsonObject again = visit;
        again.insert(QStringLiteral("company"), QStringLiteral("广州穗丰冷链物流（有限公司）"));
        const Run second = cli({QStringLiteral("log-visit"), QStringLiteral("--db"), db, QStringLiteral("--file"),
                                writeVisit("visit2.json", again)},
                               kPass);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QJsonObject savedAgain = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(savedAgain.value(QStringLiteral("company_id")).toString(), companyId);
        const QJsonArray attendeesAgain = savedAgain.value(QStringLiteral("attendees")).toArray();
        QCOMPARE(attendeesAgain.size(), 1);
        QCOMPARE(attendeesAgain.first().toObject().value(QStringLiteral("contact_id")),
                 attendees.first().toObject().value(QStringLiteral("contact_id")));

        QJsonObject wrong = visit;
        wrong.insert(QStringLiteral("visitors"), QStringLiteral("陈志远"));
        const Run refused = cli({QStringLiteral("log-visit"), QStringLiteral("--db"), db, QStringLiteral("--file"),
                                 writeVisit("visit3.json", wrong)},
                                kPass);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(QString::fromUtf8(refused.err).contains(QStringLiteral("不认识的字段“visitors”")));
        QJsonObject noCity = visit;
        noCity.remove(QStringLiteral("city"));
        const Run noCityRun = cli({QStringLiteral("log-visit"), QStringLiteral("--db"), db, QStringLiteral("--file"),
                                   writeVisit("visit4.json", noCity)},
                                  kPass);
        QCOMPARE(noCityRun.exitCode, 1);
        QVERIFY(QString::fromUtf8(noCityRun.err).contains(QStringLiteral("city: 请选择走访地点")));

        // A lead of the demo, found by search, moved on to 在谈 and then refused going back without a reason.
        const Run found = cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--limit"),
                               QStringLiteral("100"), QStringLiteral("项目")},
                              kPass);
        QString leadId;
        for (const QJsonValue& hit : QJsonDocument::fromJson(found.out).array())
            if (hit.toObject().value(QStringLiteral("kind")).toInt() == 4 && leadId.isEmpty())
                leadId = hit.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!leadId.isEmpty());
        const Run moved = cli({QStringLiteral("move-stage"), QStringLiteral("--db"), db, QStringLiteral("--id"), leadId,
                               QStringLiteral("--stage"), QStringLiteral("negotiation"), QStringLiteral("--reason"),
                               QStringLiteral("企业已提交投资方案")},
                              kPass);
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        const QJsonObject lead = QJsonDocument::fromJson(moved.out).object();
        QCOMPARE(lead.value(QStringLiteral("stage")).toString(), QStringLiteral("negotiation"));
        const QJsonArray stages = lead.value(QStringLiteral("stages")).toArray();
        QVERIFY(!stages.isEmpty());
        QCOMPARE(stages.last().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("企业已提交投资方案"));
        const Run back = cli({QStringLiteral("move-stage"), QStringLiteral("--db"), db, QStringLiteral("--id"), leadId,
                              QStringLiteral("--stage"), QStringLiteral("lead")},
                             kPass);
        QCOMPARE(back.exitCode, 1);
        QVERIFY(QString::fromUtf8(back.err).contains(QStringLiteral("原因")));
    }

    void damagedFileExitCode()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.zsdb"));
        QFile::copy(m_db + QStringLiteral(".key"), junk + QStringLiteral(".key"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'j'));
        f.close();
        const Run r =
            cli({QStringLiteral("verify"), QStringLiteral("--db"), junk}, QStringLiteral("新的口令-New-2027"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("损坏")));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
