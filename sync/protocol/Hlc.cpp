#include "sync/protocol/Hlc.h"

namespace zs::sync {

Hlc HlcClock::now()
{
    const qint64 wall = m_wall.wallMs();
    if (wall > m_last.ms())
        m_last = Hlc::fromParts(wall, 0);
    else if (m_last.counter() < 0xFFFF)
        m_last = Hlc::fromParts(m_last.ms(), quint16(m_last.counter() + 1));
    else
        m_last = Hlc::fromParts(m_last.ms() + 1, 0); // counter exhausted: borrow a millisecond
    return m_last;
}

bool HlcClock::observe(Hlc remote)
{
    if (remote.ms() > m_wall.wallMs() + kMaxDriftMs)
        return false;
    if (m_last < remote)
        m_last = remote;
    return true;
}

} // namespace zs::sync
