#include "desktop/cli/CliCommands.h"

#include "desktop/cli/CliAgreements.h"
#include "desktop/cli/CliDemo.h"
#include "desktop/cli/CliHelp.h"
#include "desktop/cli/CliMaterials.h"
#include "desktop/cli/CliRecords.h"
#include "desktop/cli/CliSites.h"
#include "desktop/cli/PassphraseInput.h"
#include "desktop/core/AppInfo.h"
#include "desktop/core/session/PassphrasePolicy.h"
#include "desktop/core/Translations.h"
#include "desktop/core/Workspace.h"
#include "desktop/core/demo/DemoData.h"
#include "desktop/core/registry/RecordList.h"
#include "desktop/core/io/CsvImport.h"
#include "desktop/core/io/ListExporter.h"
#include "desktop/core/registry/RecordJson.h"
#include "desktop/core/search/SearchService.h"
#include "desktop/core/pipeline/LeadService.h"
#include "desktop/core/visits/VisitService.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "desktop/core/sync/SyncController.h"
#include "sync/store/Hardening.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <memory>
#include <functional>
#include <map>

namespace zs::cli {

namespace {

const char* const kPassphraseEnv = "ZHAOSHANG_PASSPHRASE";
const char* const kNewPassphraseEnv = "ZHAOSHANG_NEW_PASSPHRASE";

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit Cli(QCommandLineParser& parser)
        : m_parser(parser)
    {
    }

    int dispatch(const QString& command);

    QCommandLineOption db{QStringLiteral("db"), tr("工作区文件。"), QStringLiteral("PATH")};
    QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"), tr("从文件第一行读取口令。"),
                                      QStringLiteral("FILE")};
    QCommandLineOption newPassphraseFile{QStringLiteral("new-passphrase-file"), tr("passwd：从文件读取新口令。"),
                                         QStringLiteral("FILE")};
    QCommandLineOption out{QStringLiteral("out"), tr("backup、export：输出文件的位置。"), QStringLiteral("PATH")};
    QCommandLineOption visits{QStringLiteral("visits"), tr("demo：生成的走访记录数。"), QStringLiteral("N"),
                              QStringLiteral("2000")};
    QCommandLineOption seed{QStringLiteral("seed"), tr("demo：随机种子（相同种子生成相同数据）。"), QStringLiteral("N"),
                            QStringLiteral("2026")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            tr("import、export、get：companies、contacts、visits（export、get 还可 leads、events、"
                               "materials）。"),
                            QStringLiteral("KIND")};
    QCommandLineOption recordId{QStringLiteral("id"), tr("get、move-stage、delete、restore：记录的 id（可重复）。"),
                                QStringLiteral("ID")};
    QCommandLineOption into{QStringLiteral("into"), tr("merge：保留的记录的 id。"), QStringLiteral("ID")};
    QCommandLineOption from{QStringLiteral("from"), tr("merge：并入并删除的重复记录的 id。"), QStringLiteral("ID")};
    QCommandLineOption undo{QStringLiteral("undo"), tr("merge：撤销这次合并（合并时输出的 merge_id）。"),
                            QStringLiteral("MERGE_ID")};
    QCommandLineOption file{QStringLiteral("file"), tr("import：要导入的 CSV 文件；log-visit：走访的 JSON 文件。"),
                            QStringLiteral("FILE")};
    QCommandLineOption stage{QStringLiteral("stage"), tr("move-stage：新阶段，如 inspection、negotiation、signed。"),
                             QStringLiteral("CODE")};
    QCommandLineOption reason{QStringLiteral("reason"), tr("move-stage：原因（退回、搁置、终止时必填）。"),
                              QStringLiteral("TEXT")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), tr("import：只检查，不写入。")};
    QCommandLineOption company{QStringLiteral("company"), tr("brochure：目标企业的 id 或名称。"), QStringLiteral("ID")};
    QCommandLineOption sections{QStringLiteral("sections"), tr("brochure：政策章节，如 land,tax,talent（默认全部）。"),
                                QStringLiteral("LIST")};
    QCommandLineOption cover{QStringLiteral("cover"), tr("brochure：封面配图（资料库中图片的 id 或名称）。"),
                             QStringLiteral("ID")};
    QCommandLineOption asOf{QStringLiteral("as-of"), tr("watch、service：按哪一天判断（默认今天），如 2026-12-08。"),
                            QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption format{QStringLiteral("format"), tr("watch：输出格式 json 或 csv。"), QStringLiteral("FORMAT"),
                              QStringLiteral("json")};
    QCommandLineOption agreement{QStringLiteral("agreement"), tr("notice、service：投资协议编号或 id。"),
                                 QStringLiteral("NUMBER")};
    QCommandLineOption condition{QStringLiteral("condition"), tr("notice：退出情形 1–6。"), QStringLiteral("N")};
    QCommandLineOption recordNotice{
        QStringLiteral("record"),
        tr("notice：把催告函存入资料库并登记为处置措施；match：把推荐载体清单存入资料库并记为发给企业。")};
    QCommandLineOption serviceTemplate{QStringLiteral("template"),
                                       tr("service：按模板生成协议还没有的服务节点（industrial 或 leased-factory）。"),
                                       QStringLiteral("CODE")};
    QCommandLineOption lead{QStringLiteral("lead"), tr("match：项目线索的 id 或项目名称。"), QStringLiteral("ID")};
    QCommandLineOption top{QStringLiteral("top"), tr("match：列出最匹配的几处（默认 3）。"), QStringLiteral("N"),
                           QStringLiteral("3")};
    QCommandLineOption all{QStringLiteral("all"), tr("match：也列出被排除的载体及原因。")};
    QCommandLineOption site{QStringLiteral("site"), tr("reserve：用地厂房的名称或 id。"), QStringLiteral("NAME")};
    QCommandLineOption release{QStringLiteral("release"), tr("reserve：取消这个项目对该载体的预留。")};
    QCommandLineOption title{QStringLiteral("title"), tr("material-import：资料名称。"), QStringLiteral("TEXT")};
    QCommandLineOption publisher{QStringLiteral("publisher"), tr("material-import：发布单位。"),
                                 QStringLiteral("TEXT")};
    QCommandLineOption limit{QStringLiteral("limit"), tr("search：最多返回几条。"), QStringLiteral("N"),
                             QStringLiteral("20")};
    QCommandLineOption server{QStringLiteral("server"), tr("enroll：总部服务器地址，如 https://hq.example:8443。"),
                              QStringLiteral("URL")};
    QCommandLineOption user{QStringLiteral("user"), tr("enroll：总部账号（密码从标准输入读取）。"),
                            QStringLiteral("NAME")};
    QCommandLineOption ca{QStringLiteral("ca"), tr("enroll：总部 CA 证书文件（PEM）。"), QStringLiteral("FILE")};

private:
    int withWorkspace(const QString& path, const std::function<int(Workspace&)>& body);
    int init(const QString& path);
    int passwd(const QString& path);
    int verify(Workspace& workspace);
    int stats(Workspace& workspace);
    int backup(Workspace& workspace);
    int rotateKey(Workspace& workspace);
    int demo(Workspace& workspace);
    int search(Workspace& workspace);
    int importCsv(Workspace& workspace);
    int brochure(Workspace& workspace);
    int importMaterial(Workspace& workspace);
    int exportList(Workspace& workspace);
    int getRecord(Workspace& workspace);
    int logVisit(Workspace& workspace);
    int moveStage(Workspace& workspace);
    int merge(Workspace& workspace);
    int removeOrRestore(Workspace& workspace, bool restore);
    int printJson(const Result<QJsonObject>& answer);
    int printRecord(Workspace& workspace, RecordKind kind, const QString& id);
    int enroll(Workspace& workspace);
    int syncOnce(Workspace& workspace);
    int syncStatus(Workspace& workspace);
    int watch(Workspace& workspace);
    int notice(Workspace& workspace);
    int service(Workspace& workspace);
    int match(Workspace& workspace);

    int fail(const Error& error);
    int usage(const QString& message);
    Result<QString> newPassphrase(const QCommandLineOption& fileOption, const char* env, const QString& prompt);
    static void print(const QString& text);

    QCommandLineParser& m_parser;
    OpenTimings m_timings;
    SecureBytes m_passphrase; // kept only while a command runs (rotate-key re-wraps with it)
};

void Cli::print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

int Cli::fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", error.message.toUtf8().constData());
    if (!error.detail.isEmpty())
        std::fprintf(stderr, "  (%s)\n", error.detail.toUtf8().constData());
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return ExitWrongPassphrase;
    case ErrorCode::Damaged:
    case ErrorCode::NotAWorkspace:
        return ExitDamaged;
    default:
        return ExitError;
    }
}

int Cli::usage(const QString& message)
{
    std::fprintf(stderr, "%s\n\n%s", message.toUtf8().constData(), m_parser.helpText().toUtf8().constData());
    return ExitUsage;
}

Result<QString> Cli::newPassphrase(const QCommandLineOption& fileOption, const char* env, const QString& prompt)
{
    auto text = PassphraseInput::obtainText(m_parser.value(fileOption), env, prompt, true);
    if (!text.ok())
        return text.error();
    const QStringList problems = PassphrasePolicy::problems(text.value());
    if (!problems.isEmpty()) {
        wipe(text.value());
        return makeError(ErrorCode::Invalid, tr("口令不符合要求：") + problems.join(QLatin1Char(' ')));
    }
    return text;
}

int Cli::withWorkspace(const QString& path, const std::function<int(Workspace&)>& body)
{
    auto passphrase =
        PassphraseInput::obtain(m_parser.value(passphraseFile), kPassphraseEnv, tr("工作区口令："), false);
    if (!passphrase.ok())
        return fail(passphrase.error());
    auto workspace = Workspace::open(path, passphrase.value(), &m_timings);
    if (!workspace.ok())
        return fail(workspace.error());
    m_passphrase = std::move(passphrase.value());
    const int status = body(*workspace.value());
    m_passphrase.clear();
    return status;
}

int Cli::init(const QString& path)
{
    auto text = newPassphrase(passphraseFile, kPassphraseEnv, tr("新工作区的口令："));
    if (!text.ok())
        return fail(text.error());
    auto workspace = Workspace::create(path, SecureBytes::fromPassphrase(text.value()));
    wipe(text.value());
    if (!workspace.ok())
        return fail(workspace.error());
    print(tr("已创建加密工作区：%1").arg(path));
    return ExitOk;
}

int Cli::verify(Workspace& workspace)
{
    auto problems = workspace.store().integrityCheck();
    if (!problems.ok())
        return fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString& line : problems.value())
            std::fprintf(stderr, "%s\n", line.toUtf8().constData());
        return fail(
            makeError(ErrorCode::Damaged, tr("完整性检查发现 %1 处问题。请用备份恢复。").arg(problems->size())));
    }
    print(tr("完整性检查通过：%1").arg(workspace.path()));
    return ExitOk;
}

int Cli::stats(Workspace& workspace)
{
    auto stats = workspace.stats();
    if (!stats.ok())
        return fail(stats.error());
    QJsonObject json = stats.value();
    json.insert(QStringLiteral("open_ms"), QJsonObject{{QStringLiteral("kdf"), m_timings.kdfMs},
                                                       {QStringLiteral("database"), m_timings.openMs},
                                                       {QStringLiteral("schema"), m_timings.migrateMs}});
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    return ExitOk;
}

int Cli::passwd(const QString& path)
{
    auto old = PassphraseInput::obtain(m_parser.value(passphraseFile), kPassphraseEnv, tr("当前口令："), false);
    if (!old.ok())
        return fail(old.error());
    auto text = newPassphrase(newPassphraseFile, kNewPassphraseEnv, tr("新口令："));
    if (!text.ok())
        return fail(text.error());
    auto changed = Workspace::changePassphrase(path, old.value(), SecureBytes::fromPassphrase(text.value()));
    wipe(text.value());
    if (!changed.ok())
        return fail(changed.error());
    print(tr("口令已修改。"));
    return ExitOk;
}

int Cli::backup(Workspace& workspace)
{
    const QString dest = m_parser.value(out);
    auto done = workspace.store().backupTo(dest);
    if (!done.ok())
        return fail(done.error());
    print(tr("已备份到 %1（密钥文件 %1.key），用同一个口令打开。").arg(dest));
    return ExitOk;
}

int Cli::rotateKey(Workspace& workspace)
{
    auto rotated = workspace.store().rotateKey(m_passphrase);
    if (!rotated.ok())
        return fail(rotated.error());
    print(tr("数据库密钥已轮换，全部数据已用新密钥重新加密。"));
    return ExitOk;
}

int Cli::demo(Workspace& workspace)
{
    if (auto answer = demoOfKind(workspace.db(), m_parser.value(kind))) // one feature's demo data
        return printJson(*answer);
    bool ok = false;
    const int count = m_parser.value(visits).toInt(&ok);
    if (!ok || count < 0 || count > 10'000'000)
        return usage(tr("--visits 应为 0 到 10000000 之间的整数。"));
    QElapsedTimer timer;
    timer.start();
    auto made = DemoData::generate(workspace.db(), count, m_parser.value(seed).toUInt(), [](int done, int total) {
        std::fprintf(stderr, "\r%d / %d", done, total);
        std::fflush(stderr);
    });
    std::fputc('\n', stderr);
    if (!made.ok())
        return fail(made.error());
    const qint64 ms = timer.elapsed();
    const QJsonObject json{{QStringLiteral("companies"), made->companies},
                           {QStringLiteral("contacts"), made->contacts},
                           {QStringLiteral("visits"), made->visits},
                           {QStringLiteral("leads"), made->leads},
                           {QStringLiteral("events"), made->events},
                           {QStringLiteral("details"), made->details},
                           {QStringLiteral("ms"), ms}};
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    return ExitOk;
}

int Cli::search(Workspace& workspace)
{
    const QString query = m_parser.positionalArguments().mid(1).join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return usage(tr("search 需要查询词，例如：zhaoshang-cli search --db ws.zsdb 韶关"));
    auto hits = SearchService(workspace.db()).search(query, m_parser.value(limit).toInt());
    if (!hits.ok())
        return fail(hits.error());
    QJsonArray found;
    auto marked = [](QString text) {
        return text.replace(SearchService::kMatchStart, QStringLiteral("【"))
            .replace(SearchService::kMatchEnd, QStringLiteral("】"));
    };
    for (const SearchHit& hit : hits.value()) {
        found.append(QJsonObject{{QStringLiteral("kind"), static_cast<int>(hit.kind)},
                                 {QStringLiteral("id"), hit.id},
                                 {QStringLiteral("title"), marked(hit.title)},
                                 {QStringLiteral("snippet"), marked(hit.snippet)},
                                 {QStringLiteral("context"), hit.context}});
    }
    std::fputs(QJsonDocument(found).toJson(QJsonDocument::Indented).constData(), stdout);
    return ExitOk;
}

int Cli::importCsv(Workspace& workspace)
{
    auto importKind = CsvImport::kindFromName(m_parser.value(kind));
    const KindDecl* declared = RecordKinds::byName(m_parser.value(kind), true);
    if (!importKind.ok() && !declared)
        return usage(tr("--kind 可选 %1。").arg(RecordKinds::importablePlurals().join(tr("、"))));
    QFile input(m_parser.value(file));
    if (!input.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::Io, tr("无法读取文件：%1").arg(input.fileName()), input.errorString()));
    if (!importKind.ok()) // a kind without an importer of its own
        return printJson(importRecords(workspace.db(), *declared, input.readAll(), m_parser.isSet(dryRun)));
    auto preview = CsvImport::preview(workspace.db(), importKind.value(), input.readAll());
    if (!preview.ok())
        return fail(preview.error());
    int written = 0;
    if (!m_parser.isSet(dryRun)) {
        auto done = CsvImport::commit(workspace.db(), preview.value());
        if (!done.ok())
            return fail(done.error());
        written = done.value();
    }
    return printJson(importAnswer(preview->encoding, preview->rows, preview->importable(), written, preview->problems,
                                  preview->duplicates));
}

int Cli::exportList(Workspace& workspace)
{
    const KindDecl* declared = RecordKinds::byPlural(m_parser.value(kind));
    if (!declared)
        return usage(tr("--kind 可选 %1。").arg(RecordKinds::plurals().join(tr("、"))));
    RecordList list(workspace.db(), declared->kind);
    const QString path = m_parser.value(out);
    auto written = ListExporter::write(list, path, ListExporter::formatForPath(path));
    if (!written.ok())
        return fail(written.error());
    print(tr("已导出 %1 条到 %2").arg(written.value()).arg(path));
    return ExitOk;
}

int Cli::getRecord(Workspace& workspace)
{
    const KindDecl* declared = RecordKinds::byPlural(m_parser.value(kind));
    if (!declared)
        return usage(tr("--kind 可选 %1。").arg(RecordKinds::plurals().join(tr("、"))));
    return printRecord(workspace, declared->kind, m_parser.value(recordId));
}

int Cli::printRecord(Workspace& workspace, RecordKind recordKind, const QString& id)
{
    auto record = RecordJson::read(workspace.db(), RecordKinds::get(recordKind), id);
    if (!record.ok())
        return fail(record.error());
    std::fputs(QJsonDocument(record.value()).toJson(QJsonDocument::Indented).constData(), stdout);
    return ExitOk;
}

// The visit form's use case from a JSON file ("-" for standard input); prints the saved visit as `get` does.
int Cli::logVisit(Workspace& workspace)
{
    QFile input;
    const QString path = m_parser.value(file);
    const bool opened = path == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(makeError(ErrorCode::NotFound, tr("无法读取走访文件：%1").arg(path)));
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(input.readAll(), &parsed);
    if (!doc.isObject())
        return fail(makeError(ErrorCode::Invalid, tr("走访文件不是一个 JSON 对象：%1").arg(parsed.errorString())));
    VisitService service(workspace.db());
    auto entry = service.entryFromJson(doc.object());
    if (!entry.ok())
        return fail(entry.error());
    auto saved = service.save(entry.value());
    if (!saved.ok()) {
        for (auto it = saved.error().fields.begin(); it != saved.error().fields.end(); ++it)
            std::fprintf(stderr, "  %s: %s\n", it.key().toUtf8().constData(), it.value().toUtf8().constData());
        return fail(saved.error());
    }
    return printRecord(workspace, RecordKind::Visit, saved->id);
}

int Cli::moveStage(Workspace& workspace)
{
    const QString id = m_parser.value(recordId);
    if (id.isEmpty())
        return usage(tr("move-stage 需要 --id。"));
    auto moved = LeadService(workspace.db()).moveToStage(id, m_parser.value(stage), m_parser.value(reason));
    if (!moved.ok())
        return fail(moved.error());
    return printRecord(workspace, RecordKind::Lead, id);
}

int Cli::printJson(const Result<QJsonObject>& answer)
{
    if (!answer.ok())
        return fail(answer.error());
    std::fputs(QJsonDocument(answer.value()).toJson(QJsonDocument::Indented).constData(), stdout);
    return ExitOk;
}

int Cli::merge(Workspace& workspace)
{
    if (m_parser.isSet(undo))
        return printJson(undoMerge(workspace.db(), m_parser.value(undo)));
    const KindDecl* declared = RecordKinds::byPlural(m_parser.value(kind));
    if (!declared || RecordKinds::referencesTo(*declared).isEmpty())
        return usage(tr("merge 需要 --kind companies --into ID --from ID，或 --undo MERGE_ID。"));
    if (m_parser.value(into).isEmpty() || m_parser.value(from).isEmpty())
        return usage(tr("merge 需要 --into 和 --from。"));
    return printJson(mergeRecords(workspace.db(), *declared, m_parser.value(into), m_parser.value(from)));
}

int Cli::removeOrRestore(Workspace& workspace, bool restore)
{
    const KindDecl* declared = RecordKinds::byPlural(m_parser.value(kind));
    if (!declared)
        return usage(tr("--kind 可选 %1。").arg(RecordKinds::plurals().join(tr("、"))));
    const QStringList ids = m_parser.values(recordId);
    return printJson(restore ? restoreRecords(workspace.db(), *declared, ids)
                             : deleteRecords(workspace.db(), *declared, ids));
}

int Cli::brochure(Workspace& workspace)
{
    BrochureArgs args{m_parser.value(company), std::nullopt, m_parser.value(cover), m_parser.value(out)};
    if (m_parser.isSet(sections))
        args.sections = m_parser.value(sections).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto written = writeBrochure(workspace.db(), args);
    if (!written.ok())
        return fail(written.error());
    print(written.value());
    return ExitOk;
}

int Cli::importMaterial(Workspace& workspace)
{
    auto imported = cli::importMaterial(
        workspace.db(), {m_parser.value(file), m_parser.value(title), m_parser.value(kind), m_parser.value(publisher)});
    if (!imported.ok())
        return fail(imported.error());
    print(imported.value());
    return ExitOk;
}

int Cli::enroll(Workspace& workspace)
{
    if (m_parser.value(user).isEmpty())
        return usage(tr("enroll 需要 --user。"));
    QByteArray caPem;
    if (m_parser.isSet(ca)) {
        QFile f(m_parser.value(ca));
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorCode::NotFound, tr("无法读取 CA 证书：%1").arg(f.fileName())));
        caPem = f.readAll();
    }
    // The password comes from stdin (first line), never from the command line.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::Io, tr("无法读取标准输入")));
    QByteArray password = in.readLine().trimmed();
    SyncController sync(workspace);
    int status = ExitError;
    QEventLoop loop;
    QObject::connect(
        &sync, &SyncController::enrolled, &loop, [&](bool ok, const QString& message, const QString& adoptError) {
            if (!ok) {
                std::fprintf(stderr, "%s\n", message.toUtf8().constData());
            } else if (!adoptError.isEmpty()) {
                status = fail(makeError(ErrorCode::Io, adoptError));
            } else {
                print(message);
                const QString fingerprint = sync.status().value(QStringLiteral("ca_fingerprint")).toString();
                if (!fingerprint.isEmpty())
                    print(tr("CA 指纹：%1").arg(fingerprint));
                status = ExitOk;
            }
            loop.quit();
        });
    sync.enroll(QUrl(m_parser.value(server)), m_parser.value(user), QString::fromUtf8(password), caPem,
                QSysInfo::machineHostName(), false);
    password.fill('\0');
    loop.exec();
    return status;
}

int Cli::syncOnce(Workspace& workspace)
{
    SyncController sync(workspace);
    SyncController::Summary summary;
    bool rowsDone = false;
    QEventLoop loop;
    // Rows first; then the files of synced materials that are not here yet, which the app fetches in the background
    // and a one-shot command waits for (what arrives stays, a cut download resumes next time).
    const auto quitWhenIdle = [&] {
        if (rowsDone && !sync.isDownloading())
            loop.quit();
    };
    QObject::connect(&sync, &SyncController::finished, &loop, [&](const SyncController::Summary& s) {
        summary = s;
        rowsDone = true;
        // The engine starts downloading right after telling it is finished: look once that has happened.
        QTimer::singleShot(0, &loop, quitWhenIdle);
    });
    QObject::connect(&sync, &SyncController::filesChanged, &loop, quitWhenIdle);
    QTimer::singleShot(0, &sync, [&] { sync.syncNow(); });
    loop.exec();
    sync.pauseDownloads(); // retries waiting for their back-off: next time
    QJsonObject json = summary.toJson();
    const SyncController::FilesStatus files = sync.filesStatus();
    json.insert(QStringLiteral("files_waiting"), files.waiting);
    json.insert(QStringLiteral("files_failed"), files.failed);
    print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (!summary.ok)
        std::fprintf(stderr, "%s\n", summary.error.toUtf8().constData());
    return summary.ok ? ExitOk : ExitError;
}

int Cli::syncStatus(Workspace& workspace)
{
    SyncController sync(workspace);
    QJsonObject status = sync.status();
    auto conflicts = sync.conflicts(50);
    auto quarantine = sync.quarantine(50);
    QJsonArray c;
    QJsonArray q;
    if (conflicts.ok())
        for (const QJsonObject& o : conflicts.value())
            c.append(o);
    if (quarantine.ok())
        for (const QJsonObject& o : quarantine.value())
            q.append(o);
    status.insert(QStringLiteral("conflict_list"), c);
    status.insert(QStringLiteral("quarantine_list"), q);
    print(QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

int Cli::watch(Workspace& workspace)
{
    QDate day = QDate::currentDate();
    if (m_parser.isSet(asOf)) {
        day = QDate::fromString(m_parser.value(asOf), Qt::ISODate);
        if (!day.isValid())
            return usage(tr("--as-of 应为日期，如 2026-12-08。"));
    }
    auto report = watchReport(workspace.db(), day, m_parser.value(format));
    if (!report.ok())
        return report.error().code == ErrorCode::Invalid ? usage(report.error().message) : fail(report.error());
    std::fwrite(report->constData(), 1, std::size_t(report->size()), stdout);
    return ExitOk;
}

int Cli::notice(Workspace& workspace)
{
    NoticeArgs args;
    args.agreement = m_parser.value(agreement);
    args.condition = m_parser.value(condition).toInt();
    args.out = m_parser.value(out);
    args.record = m_parser.isSet(recordNotice);
    if (m_parser.isSet(asOf))
        args.date = QDate::fromString(m_parser.value(asOf), Qt::ISODate);
    if (args.agreement.isEmpty() || args.condition < 1 || args.condition > 6 || !args.date.isValid())
        return usage(tr("notice 需要 --agreement 协议编号 --condition 1–6 --out F.pdf（--as-of 日期可选）。"));
    return printJson(writeNotice(workspace.db(), args));
}

int Cli::service(Workspace& workspace)
{
    ServiceArgs args{m_parser.value(agreement), m_parser.value(serviceTemplate), QDate::currentDate()};
    if (m_parser.isSet(asOf))
        args.asOf = QDate::fromString(m_parser.value(asOf), Qt::ISODate);
    if (!args.asOf.isValid())
        return usage(tr("--as-of 应为日期，如 2026-12-08。"));
    return printJson(projectService(workspace.db(), args));
}

int Cli::match(Workspace& workspace)
{
    if (m_parser.value(format) != QLatin1String("json") || m_parser.value(top).toInt() < 1)
        return usage(tr("match 需要 --lead 项目 [--top N，N ≥ 1] [--all]，输出格式为 json。"));
    return printJson(matchSites(workspace.db(), {m_parser.value(lead), m_parser.value(top).toInt(), m_parser.isSet(all),
                                                 m_parser.value(out), m_parser.isSet(recordNotice)}));
}

int Cli::dispatch(const QString& command)
{
    using Plain = std::function<int(const QString&)>;
    using Open = std::function<int(Workspace&)>;
    struct Command
    {
        Plain plain;                               // works on the files itself
        Open open;                                 // runs on the unlocked workspace
        const QCommandLineOption* needs = nullptr; // a further required option
    };
    const std::map<QString, Command> commands = {
        {QStringLiteral("init"), {[this](const QString& p) { return init(p); }, {}}},
        {QStringLiteral("passwd"), {[this](const QString& p) { return passwd(p); }, {}}},
        {QStringLiteral("verify"), {{}, [this](Workspace& w) { return verify(w); }}},
        {QStringLiteral("stats"), {{}, [this](Workspace& w) { return stats(w); }}},
        {QStringLiteral("backup"), {{}, [this](Workspace& w) { return backup(w); }, &out}},
        {QStringLiteral("rotate-key"), {{}, [this](Workspace& w) { return rotateKey(w); }}},
        {QStringLiteral("demo"), {{}, [this](Workspace& w) { return demo(w); }}},
        {QStringLiteral("search"), {{}, [this](Workspace& w) { return search(w); }}},
        {QStringLiteral("import"), {{}, [this](Workspace& w) { return importCsv(w); }, &file}},
        {QStringLiteral("export"), {{}, [this](Workspace& w) { return exportList(w); }, &out}},
        {QStringLiteral("get"), {{}, [this](Workspace& w) { return getRecord(w); }, &recordId}},
        {QStringLiteral("log-visit"), {{}, [this](Workspace& w) { return logVisit(w); }, &file}},
        {QStringLiteral("move-stage"), {{}, [this](Workspace& w) { return moveStage(w); }, &stage}},
        {QStringLiteral("merge"), {{}, [this](Workspace& w) { return merge(w); }}},
        {QStringLiteral("delete"), {{}, [this](Workspace& w) { return removeOrRestore(w, false); }, &recordId}},
        {QStringLiteral("restore"), {{}, [this](Workspace& w) { return removeOrRestore(w, true); }, &recordId}},
        {QStringLiteral("brochure"), {{}, [this](Workspace& w) { return brochure(w); }, &out}},
        {QStringLiteral("material-import"), {{}, [this](Workspace& w) { return importMaterial(w); }, &file}},
        {QStringLiteral("enroll"), {{}, [this](Workspace& w) { return enroll(w); }, &server}},
        {QStringLiteral("sync"), {{}, [this](Workspace& w) { return syncOnce(w); }}},
        {QStringLiteral("sync-status"), {{}, [this](Workspace& w) { return syncStatus(w); }}},
        {QStringLiteral("watch"), {{}, [this](Workspace& w) { return watch(w); }}},
        {QStringLiteral("notice"), {{}, [this](Workspace& w) { return notice(w); }, &out}},
        {QStringLiteral("service"), {{}, [this](Workspace& w) { return service(w); }, &agreement}},
        {QStringLiteral("match"), {{}, [this](Workspace& w) { return match(w); }, &lead}},
        {QStringLiteral("chains"), {{}, [this](Workspace& w) { return printJson(chainMap(w.db())); }}},
        {QStringLiteral("reserve"),
         {{},
          [this](Workspace& w) {
              return printJson(
                  reserveSite(w.db(), m_parser.value(site), m_parser.value(lead), m_parser.isSet(release)));
          },
          &site}},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usage(command.isEmpty() ? tr("缺少命令。") : tr("未知命令：%1").arg(command));
    const QString path = m_parser.value(db);
    if (path.isEmpty())
        return usage(tr("%1 需要 --db PATH。").arg(command));
    const Command& c = it->second;
    if (c.needs && m_parser.value(*c.needs).isEmpty())
        return usage(tr("%1 需要 --%2。").arg(command, c.needs->names().constFirst()));
    return c.plain ? c.plain(path) : withWorkspace(path, c.open);
}

} // namespace

int run(int argc, char** argv)
{
    Hardening::disableCoreDumps();
    // Composing a brochure or drawing the demo's map lays out text with real fonts: that needs a GUI application
    // (offscreen is enough).
    bool gui = false;
    for (int i = 1; i < argc; ++i)
        gui |= std::strcmp(argv[i], "brochure") == 0 || std::strcmp(argv[i], "material-import") == 0 ||
               std::strcmp(argv[i], "demo") == 0 || std::strcmp(argv[i], "notice") == 0 ||
               std::strcmp(argv[i], "match") == 0; // demo --kind map: a picture
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(gui ? new QGuiApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication& app = *application;
    // Our debug output is for developers (QT_LOGGING_RULES turns it back on).
    QLoggingCategory::setFilterRules(QStringLiteral("zs.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("zhaoshang-cli"));
    QCoreApplication::setApplicationVersion(AppInfo::appVersion());
    Translations::install(app, qEnvironmentVariable("ZHAOSHANG_LANG", QStringLiteral("zh_CN")));

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("Cli", "显示版本。"));
    parser.addOption(version);
    Cli cli(parser);
    parser.addOptions({cli.db,
                       cli.passphraseFile,
                       cli.newPassphraseFile,
                       cli.out,
                       cli.visits,
                       cli.seed,
                       cli.limit,
                       cli.kind,
                       cli.recordId,
                       cli.into,
                       cli.from,
                       cli.undo,
                       cli.file,
                       cli.stage,
                       cli.reason,
                       cli.dryRun,
                       cli.company,
                       cli.sections,
                       cli.cover,
                       cli.asOf,
                       cli.format,
                       cli.agreement,
                       cli.condition,
                       cli.recordNotice,
                       cli.serviceTemplate,
                       cli.lead,
                       cli.top,
                       cli.all,
                       cli.site,
                       cli.release,
                       cli.title,
                       cli.publisher,
                       cli.server,
                       cli.user,
                       cli.ca});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("Cli", "要执行的命令。"));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", parser.errorText().toUtf8().constData());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return ExitOk;
    }
    if (parser.isSet(version)) {
        std::printf("%s\n", AppInfo::versionLine(QStringLiteral("zhaoshang-cli")).toUtf8().constData());
        return AppInfo::sqlcipherVersion().isEmpty() ? ExitError : ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 && positional.constFirst() != QLatin1String("search")) {
        std::fprintf(stderr, "%s\n",
                     QCoreApplication::translate("Cli", "多余的参数：%1")
                         .arg(positional.mid(1).join(QLatin1Char(' ')))
                         .toUtf8()
                         .constData());
        return ExitUsage;
    }
    return cli.dispatch(positional.value(0));
}

} // namespace zs::cli
