#include "ReplayBuffer.h"

#include <QtGlobal>

namespace alertdesk {

ReplayBuffer::ReplayBuffer(qsizetype maxFrames, qsizetype maxBytes)
    : m_maxFrames(qMax<qsizetype>(0, maxFrames))
    , m_maxBytes(qMax<qsizetype>(0, maxBytes))
{
}

void ReplayBuffer::append(qint64 seq, const QString& frame)
{
    Q_ASSERT(seq == m_newestSeq + 1);
    m_newestSeq = seq;
    if (m_maxFrames == 0)
        return;
    m_frames.push_back(frame);
    m_bytes += costOf(frame);
    // Keep at least the newest frame even when it alone is over the byte budget: a subscriber that is
    // catching up must still be able to read it.
    while (m_frames.size() > 1 && (qsizetype(m_frames.size()) > m_maxFrames || m_bytes > m_maxBytes)) {
        m_bytes -= costOf(m_frames.front());
        m_frames.pop_front();
    }
}

const QString* ReplayBuffer::frame(qint64 seq) const
{
    const qint64 index = seq - oldestSeq();
    if (index < 0 || index >= qint64(m_frames.size()))
        return nullptr;
    return &m_frames[size_t(index)];
}

ReplayBuffer::Resume ReplayBuffer::resumeFrom(qint64 since) const
{
    Resume resume;
    if (since > m_newestSeq) {
        resume.kind = Resume::Kind::UnknownPosition;
        resume.firstSeq = oldestSeq();
        return resume;
    }
    const qint64 wanted = qMax<qint64>(since, 0) + 1;
    if (wanted < oldestSeq()) {
        resume.kind = Resume::Kind::Gap;
        resume.firstSeq = oldestSeq();
        resume.lost = oldestSeq() - wanted;
        return resume;
    }
    resume.firstSeq = wanted;
    return resume;
}

} // namespace alertdesk
