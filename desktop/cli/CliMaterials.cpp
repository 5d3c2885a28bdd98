#include "desktop/cli/CliMaterials.h"

#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/print/BrochureComposer.h"
#include "desktop/print/LocationMap.h"
#include "desktop/print/PdfInspector.h"
#include "sync/store/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace zs::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A live record's id from its id or its exact name (a title for materials); a clear error when there is none.
Result<QString> idByName(Database& db, const char* sql, const QString& nameOrId, const QString& notFound)
{
    ZS_TRY_ASSIGN(auto stmt, db.prepare(sql));
    stmt.bind(1, nameOrId);
    ZS_TRY_ASSIGN(const bool found, stmt.step());
    if (!found)
        return makeError(ErrorCode::NotFound, notFound.arg(nameOrId));
    return stmt.text(0);
}
} // namespace

Result<QString> writeBrochure(Database& db, const BrochureArgs& args)
{
    BrochureComposer::Request request;
    if (!args.company.isEmpty()) {
        ZS_TRY_ASSIGN(request.companyId,
                      idByName(db, "SELECT id FROM company WHERE (id = ?1 OR name = ?1) AND deleted = 0", args.company,
                               Text::tr("找不到企业「%1」。")));
    }
    if (!args.cover.isEmpty()) {
        ZS_TRY_ASSIGN(request.coverImageId,
                      idByName(db,
                               "SELECT id FROM material WHERE (id = ?1 OR title = ?1) AND deleted = 0 "
                               "ORDER BY created_at DESC LIMIT 1",
                               args.cover, Text::tr("资料库里没有「%1」。")));
    }
    if (args.sections)
        request.sections = *args.sections;
    QElapsedTimer timer;
    timer.start();
    ZS_TRY_ASSIGN(const QByteArray pdf, BrochureComposer(db).pdf(request));
    QSaveFile output(args.out);
    if (!output.open(QIODevice::WriteOnly) || output.write(pdf) != pdf.size() || !output.commit())
        return makeError(ErrorCode::Io, Text::tr("无法写入文件：%1").arg(output.fileName()), output.errorString());
    return Text::tr("宣传册已生成：%1（%2 KB，%3 毫秒）")
        .arg(output.fileName())
        .arg(pdf.size() / 1024)
        .arg(timer.elapsed());
}

Result<QString> importMaterial(Database& db, const MaterialArgs& args)
{
    QFile input(args.file);
    if (input.size() > MaterialRepository::kMaxBytes)
        return makeError(ErrorCode::Invalid, Text::tr("文件太大，资料库最多接受 100 MB 的文件。"));
    if (!input.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("无法读取文件：%1").arg(input.fileName()), input.errorString());
    const QByteArray bytes = input.readAll();
    ZS_TRY_ASSIGN(const PdfInspector::Info info, PdfInspector::inspect(bytes));
    Material m;
    m.title = !args.title.isEmpty()  ? args.title
              : info.title.isEmpty() ? QFileInfo(input.fileName()).completeBaseName()
                                     : info.title;
    m.kind = args.kind.isEmpty() ? QStringLiteral("policy") : args.kind;
    m.publisher = args.publisher;
    m.mime = info.mime;
    m.pages = info.pages;
    bool existed = false;
    ZS_TRY_ASSIGN(const QString id, MaterialRepository(db).add(m, bytes, &existed));
    if (existed)
        return Text::tr("资料库已有同一份文件：%1").arg(id);
    return m.pages > 0 ? Text::tr("已导入资料：%1（%2 页）").arg(m.title).arg(m.pages)
                       : Text::tr("已导入资料：%1").arg(m.title);
}

Result<QJsonObject> demoLocationMap(Database& db)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!LocationMap::render().save(&buffer, "PNG"))
        return makeError(ErrorCode::Internal, Text::tr("区位示意图生成失败。"));
    Material m;
    m.title = Text::tr("韶关区位示意图");
    m.kind = QStringLiteral("map");
    m.publisher = Text::tr("韶关市投资促进局");
    m.mime = QStringLiteral("image/png");
    m.tags = Text::tr("区位,交通,封面配图");
    ZS_TRY_ASSIGN(const QString id, MaterialRepository(db).add(m, png));
    return QJsonObject{
        {QStringLiteral("material_id"), id}, {QStringLiteral("title"), m.title}, {QStringLiteral("bytes"), png.size()}};
}

} // namespace zs::cli
