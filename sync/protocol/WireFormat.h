#pragma once
// What the parts of the wire codec share: WireCodec.cpp (the API, encoders and writers), WireStrictDecoder.cpp (the
// decoder that checks every rule on a QCborValue tree and says why a body is refused) and WireFastDecoder.cpp (the
// streaming decoder the hot paths use). Private to sync/protocol; tests/sync/tst_wirecodec feeds both decoders the
// same bodies through it.

#include "sync/protocol/WireCodec.h"

#include <QCborValue>

#include <optional>

namespace zs::sync::wire {

enum Field : int
{
    Version = 0,
    // push request
    Device = 1,
    Schema = 2,
    Transactions = 3,
    // push response
    Results = 1,
    PushTime = 2,
    // pull response
    Rows = 1,
    NextCursor = 2,
    HasMore = 3,
    ServerTime = 4,
};

constexpr int kRowFields = 8;
// The first item of a version 2 cells array; version 1's cells are arrays.
inline constexpr qint64 kCellsForm2 = 2;

inline bool supported(qint64 version)
{
    return version >= WireCodec::kOldestVersion && version <= WireCodec::kVersion;
}

// What a cell may hold: null, integer, double, text or bytes (bounded).
inline bool isCellValue(const QCborValue& value)
{
    return value.isNull() || value.isInteger() || value.isDouble() ||
           (value.isString() && value.toString().size() <= WireCodec::kMaxText) ||
           (value.isByteArray() && value.toByteArray().size() <= WireCodec::kMaxText);
}

// "同步数据格式错误：<what>" (ErrorCode::Invalid): every refusal of a decoder.
Error malformed(const QString& what);

// The strict decoders: what the wire accepts, and why not.
Result<QList<Cell>> strictCells(const QByteArray& encoded);
Result<PushRequest> strictPush(const QByteArray& body);
Result<PullResponse> strictPull(const QByteArray& body);

// The streaming decoders: nullopt when the input is not exactly what the strict decoder accepts (the caller then
// asks the strict decoder, which says why). Whatever they return, the strict decoder returns too.
struct Interner;
std::optional<QList<Cell>> fastCells(const QByteArray& encoded, Interner* interner);
std::optional<PushRequest> fastPush(const QByteArray& body);
std::optional<PullResponse> fastPull(const QByteArray& body);

} // namespace zs::sync::wire
