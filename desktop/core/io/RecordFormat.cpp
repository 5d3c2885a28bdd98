#include "desktop/core/io/RecordFormat.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/materials/MaterialRepository.h"

#include <QDateTime>
#include <QLocale>

namespace zs {

QString RecordFormat::display(ColumnType type, const QVariant& value)
{
    switch (type) {
    case ColumnType::DateTimeMs:
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnType::Date:
        return value.toString();
    case ColumnType::Number: // negative: none (a request not answered has no days to answer)
        return value.toLongLong() < 0 ? QString() : QString::number(value.toLongLong());
    case ColumnType::Wan:
    case ColumnType::Mu: {
        const double v = value.toDouble();
        return v < 0 ? QString() : QLocale().toString(v, 'f', v == qRound64(v) ? 0 : 2);
    }
    case ColumnType::Flag:
        return value.toLongLong() ? tr("是") : QString();
    case ColumnType::City:
        return RecordText::cityName(value.toString());
    case ColumnType::Intent:
        return RecordText::intentName(static_cast<int>(value.toLongLong()));
    case ColumnType::EventKind:
        return RecordText::eventKindName(value.toString());
    case ColumnType::MaterialKind:
        return MaterialRepository::kindName(value.toString());
    case ColumnType::MaterialStatus:
        return value.toString() == QLatin1String("superseded") ? tr("已被新版本取代")
               : value.toString() == QLatin1String("expired")  ? tr("已过期")
                                                               : tr("有效");
    case ColumnType::MaterialFile:
        return MaterialRepository::FileState::parse(value.toString()).text();
    case ColumnType::Bytes: {
        const double mb = double(value.toLongLong()) / (1024.0 * 1024.0);
        return mb >= 1 ? QStringLiteral("%1 MB").arg(mb, 0, 'f', 1)
                       : QStringLiteral("%1 KB").arg(double(value.toLongLong()) / 1024.0, 0, 'f', 0);
    }
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

QVariant RecordFormat::exportValue(ColumnType type, const QVariant& value)
{
    switch (type) {
    case ColumnType::Wan:
    case ColumnType::Mu:
    case ColumnType::Number:
        return value.toDouble() < 0 ? QVariant() : value;
    case ColumnType::Bytes:
        return value;
    default:
        return display(type, value);
    }
}

} // namespace zs
