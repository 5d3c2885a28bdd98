#pragma once

#include "sync/protocol/Change.h"
#include "sync/store/Error.h"

#include <QByteArray>

namespace zs::sync {

// The wire format: CBOR (Qt Core), versioned, decoded strictly — an unknown version, a wrong type, an oversize field
// or batch, a truncated body or trailing bytes is a clean error, never a crash or a partial result.
class WireCodec
{
    Q_DECLARE_TR_FUNCTIONS(WireCodec)

public:
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxBody = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxChanges = 5000;
    static constexpr qsizetype kMaxText = 256 * 1024;

    static QByteArray encode(const PushRequest& request);
    static QByteArray encode(const PullResponse& response);
    static Result<PushRequest> decodePush(const QByteArray& body);
    static Result<PullResponse> decodePull(const QByteArray& body);
};

} // namespace zs::sync
