#pragma once

#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace zs {

class Database;

struct Material
{
    QString id;
    QString scope = QStringLiteral("city");
    QString sha256;
    QString title;
    QString kind; // policy (政策文件), park (园区介绍), brochure (宣传册), project (项目推介), map (地图与图片), other
    QString language = QStringLiteral("zh");
    QString version;
    QString publisher;
    QDate validFrom;
    QDate validTo;
    QString tags;
    QString mime; // application/pdf, image/png, image/jpeg
    qint64 size = 0;
    int pages = 0;
    QString supersedesId;
    QString companyId;
    qint64 createdAt = 0;
    bool localOnly = false; // imported here by a role that may not publish: stays on this laptop (仅本机)
    // Derived when read: a newer version exists / validity has ended.
    bool superseded = false;
};

// The encrypted materials library. Bytes are stored once per SHA-256 inside the SQLCipher database (never as a
// plaintext file); importing the same file again returns the existing record.
class MaterialRepository
{
    Q_DECLARE_TR_FUNCTIONS(MaterialRepository)

public:
    static constexpr qint64 kMaxBytes = 100ll * 1024 * 1024;

    explicit MaterialRepository(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    static QStringList kinds();
    static QString kindName(const QString& code);
    static QString sha256Hex(const QByteArray& bytes);

    // Where a material's file is. Synced rows arrive before their files (sync/client/BlobTransfer downloads them).
    struct FileState
    {
        enum Kind
        {
            Here,        // 已下载 (or imported here)
            LocalOnly,   // 仅本机
            Waiting,     // 等待下载
            Downloading, // 下载中 percent%
            Failed,      // 下载失败：error (retried)
        };
        Kind kind = Here;
        int percent = 0;
        QString error;
        static FileState parse(const QString& code);
        QString text() const; // the Chinese label
    };
    // SQL over `material m` giving the state code FileState::parse() reads (list column and fileState()).
    static const char* fileStateSql();
    Result<FileState> fileState(const QString& id);
    // Someone wants to open a material whose file is not here: it goes to the front of the download queue (with its
    // failures forgotten). Returns the state after that.
    Result<FileState> requestFile(const QString& id);

    // Stores bytes and metadata (mime, pages and size set by the caller's inspection). Returns the id; when the
    // same bytes are already in the library, the existing id and `*existed` = true.
    Result<QString> add(Material& material, const QByteArray& bytes, bool* existed = nullptr);
    Result<void> update(Material& material);
    Result<Material> get(const QString& id);
    Result<QByteArray> bytes(const QString& id);
    // Records that a material was handed out at a visit or an event (and so to that company).
    Result<void> recordHandout(const QString& materialId, const QString& visitId, const QString& eventId,
                               const QString& companyId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
