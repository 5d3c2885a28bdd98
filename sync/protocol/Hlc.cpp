#include "sync/protocol/Hlc.h"

namespace zs::sync {

Hlc HlcClock::now()
{
    const qint64 wall = m_wall.wallMs();
    if (wall > m_last.ms())
        m_last = Hlc::fromParts(wall, 0);
    else
        m_last = after(m_last); // the wall clock stands or went back: count on
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

Hlc HlcClock::edit(qint64 editMs, Hlc replaced, qint64 ceilingMs)
{
    Hlc h = Hlc::fromParts(qMin(editMs, ceilingMs), 0);
    const Hlc floor = replaced < m_last ? m_last : replaced;
    if (!(floor < h))
        h = after(floor);
    m_last = h;
    return h;
}

} // namespace zs::sync
