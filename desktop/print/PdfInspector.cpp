#include "desktop/print/PdfInspector.h"

#include "desktop/core/materials/MaterialRepository.h"

#include <QBuffer>
#include <QImageReader>
#include <QPdfDocument>

namespace zs {

Result<PdfInspector::Info> PdfInspector::inspect(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Invalid, tr("文件是空的。"));
    if (bytes.size() > MaterialRepository::kMaxBytes)
        return makeError(ErrorCode::Invalid,
                         tr("文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。")
                             .arg(bytes.size() / (1024 * 1024)));
    Info info;
    if (bytes.startsWith("%PDF-")) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument doc;
        doc.load(&buffer);
        switch (doc.error()) {
        case QPdfDocument::Error::None:
            break;
        case QPdfDocument::Error::IncorrectPassword:
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            return makeError(ErrorCode::Invalid, tr("这个 PDF 设有打开密码。请先用原密码去除保护后再导入，"
                                                    "以便离线时随时打开。"));
        default:
            return makeError(ErrorCode::Damaged, tr("这个 PDF 已损坏或不完整，无法打开。"));
        }
        if (doc.status() != QPdfDocument::Status::Ready || doc.pageCount() <= 0)
            return makeError(ErrorCode::Damaged, tr("这个 PDF 已损坏或不完整，无法打开。"));
        info.mime = QStringLiteral("application/pdf");
        info.pages = doc.pageCount();
        info.title = doc.metaData(QPdfDocument::MetaDataField::Title).toString().trimmed();
        return info;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format == "png" || format == "jpeg" || format == "jpg") {
        if (reader.read().isNull())
            return makeError(ErrorCode::Damaged, tr("这张图片已损坏，无法打开。"));
        info.mime = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
        info.pages = 1;
        return info;
    }
    return makeError(ErrorCode::Invalid, tr("只能导入 PDF 文件或 PNG、JPEG 图片。"));
}

} // namespace zs
