#include "desktop/core/io/CsvReader.h"

#include <QStringDecoder>

namespace zs {

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8 (BOM)");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder utf16(QStringDecoder::Utf16);
        return QString(utf16(bytes)).remove(QChar(0xFEFF));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return asUtf8;
    }
    // Not valid UTF-8: what Excel writes on Chinese Windows.
    QStringDecoder gb("GB18030");
    *encoding = QStringLiteral("GB18030");
    return gb(bytes);
}

Result<CsvReader::Table> CsvReader::parse(const QByteArray& bytes)
{
    if (bytes.size() > kMaxBytes)
        return makeError(ErrorCode::Invalid, tr("文件太大（超过 64 MB），请分成几个文件导入。"));
    Table table;
    const QString text = decode(bytes, &table.encoding);
    const int firstBreak = static_cast<int>(text.indexOf(QLatin1Char('\n')));
    const QString firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar delimiter = !firstLine.contains(QLatin1Char(',')) && firstLine.contains(QLatin1Char('\t'))
                                ? QLatin1Char('\t')
                                : QLatin1Char(',');
    QList<Record> records;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records << current;
        current = Record{line, {}};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                // a line break inside a field is kept as \n
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CR of CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::Invalid, tr("第 %1 行：引号没有闭合，文件可能不完整。").arg(current.line));
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    if (records.isEmpty())
        return makeError(ErrorCode::Invalid, tr("文件是空的，没有表头也没有数据。"));
    table.header = records.takeFirst().fields;
    for (QString& h : table.header)
        h = h.trimmed();
    table.records = records;
    return table;
}

} // namespace zs
