#include "sync/server/HqStorage.h"

#include "sync/server/SqlCipherStorage.h"

#include <QDir>

namespace zs::hq {

SyncStorage::~SyncStorage() = default;
AccountStorage::~AccountStorage() = default;
HqStorage::~HqStorage() = default;

Result<SyncStorage::BlobRange> SyncStorage::blobRange(const QString& sha256, qint64 offset, qint64 maxBytes)
{
    ZS_TRY_ASSIGN(auto whole, blob(sha256));
    BlobRange range{whole.size(), offset, {}};
    if (offset >= 0 && offset < whole.size() && maxBytes > 0)
        range.bytes = whole.mid(offset, maxBytes);
    return range;
}

Result<std::unique_ptr<HqStorage>> openHqStorage(const StorageOptions& options, const SecureBytes& key,
                                                 const Clock& clock)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("HqStorage", text); };
    if (!options.url.isEmpty()) {
        if (options.url.startsWith(QLatin1String("postgres://")) ||
            options.url.startsWith(QLatin1String("postgresql://")))
            return makeError(
                ErrorCode::Invalid,
                tr("这个版本的总部服务还不支持 PostgreSQL 存储：请去掉 --store，使用 --data 目录中的加密数据文件"));
        return makeError(ErrorCode::Invalid, tr("无法识别的存储位置（--store）：只计划支持 postgres://…"));
    }
    if (options.dataDir.isEmpty())
        return makeError(ErrorCode::Invalid, tr("请用 --data 指定总部数据目录"));
    ZS_TRY_ASSIGN(auto store, SqlCipherStorage::open(QDir(options.dataDir).filePath(QStringLiteral("hq.zsdb")), key,
                                                     options.create, options.cheapKeyWrapForTests, clock));
    return std::unique_ptr<HqStorage>(std::move(store));
}

} // namespace zs::hq
