#include "desktop/core/io/ListExporter.h"

#include "desktop/core/io/RecordFormat.h"
#include "desktop/core/registry/RecordList.h"
#include "sync/store/AtomicFile.h"

#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace zs {

namespace {
constexpr int kPage = 2000;

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Calls rowFn for every row of the list, page by page.
Result<int> forEachRow(RecordList& list, const std::function<Result<void>(const RecordList::Row&)>& rowFn,
                       const std::function<void(int)>& progress)
{
    std::optional<RecordList::Row> last;
    int written = 0;
    for (;;) {
        ZS_TRY_ASSIGN(auto page, list.fetch(last, kPage));
        if (page.isEmpty())
            return written;
        for (const RecordList::Row& row : page) {
            ZS_TRY(rowFn(row));
            ++written;
        }
        last = page.constLast();
        if (progress)
            progress(written);
    }
}

Result<int> writeCsv(RecordList& list, const QString& path, const std::function<void(int)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, ListExporter::tr("无法写入文件：%1").arg(path), file.errorString());
    QStringList header;
    for (int i = 0; i < list.exportedColumns(); ++i)
        header << csvField(list.columns().at(i).header);
    file.write("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8
    file.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    auto written = forEachRow(
        list,
        [&](const RecordList::Row& row) -> Result<void> {
            QStringList fields;
            for (int i = 0; i < list.exportedColumns(); ++i)
                fields << csvField(RecordFormat::display(list.columns().at(i).type, row.values.at(i)));
            if (file.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
                return makeError(ErrorCode::Io, ListExporter::tr("写入失败：%1").arg(path), file.errorString());
            return {};
        },
        progress);
    if (!written.ok()) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return AtomicFile::errnoError(file.error() == QFileDevice::ResourceError ? ENOSPC : EIO, path);
    return written;
}

Result<int> writeXlsx(RecordList& list, const QString& path, const std::function<void(int)>& progress)
{
    const QString partial = path + QStringLiteral(".partial");
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook* book = workbook_new(partialName.constData());
    if (!book)
        return makeError(ErrorCode::Io, ListExporter::tr("无法写入文件：%1").arg(path));
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    const auto& columns = list.columns();
    for (int c = 0; c < list.exportedColumns(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns.at(c).header.toUtf8().constData(), bold);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 18, nullptr);
    }
    lxw_row_t r = 1;
    auto written = forEachRow(
        list,
        [&](const RecordList::Row& row) -> Result<void> {
            for (int c = 0; c < list.exportedColumns(); ++c) {
                const QVariant v = RecordFormat::exportValue(columns.at(c).type, row.values.at(c));
                const auto col = static_cast<lxw_col_t>(c);
                if (!v.isValid())
                    continue;
                if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong)
                    worksheet_write_number(sheet, r, col, v.toDouble(), nullptr);
                else
                    worksheet_write_string(sheet, r, col, v.toString().toUtf8().constData(), nullptr);
            }
            ++r;
            return {};
        },
        progress);
    const lxw_error closed = workbook_close(book);
    if (!written.ok()) {
        QFile::remove(partial);
        return written;
    }
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, ListExporter::tr("无法写入 .xlsx 文件：%1").arg(path),
                         QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(path);
    ZS_TRY(AtomicFile::rename(partial, path));
    return written;
}
} // namespace

QString ListExporter::csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(','));
}

ListExporter::Format ListExporter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

Result<int> ListExporter::write(RecordList& list, const QString& path, Format format,
                                const std::function<void(int)>& progress)
{
    // A kind that imports is exported as its exchange file, so that what is exported imports back; the rows are
    // the list's (its filter).
    RecordList exchange(list.database(), list.kind(), RecordList::Columns::Exchange);
    exchange.setFilter(list.filter());
    RecordList& rows = exchange.exportedColumns() < int(exchange.columns().size()) ? exchange : list;
    return format == Format::Xlsx ? writeXlsx(rows, path, progress) : writeCsv(rows, path, progress);
}

} // namespace zs
