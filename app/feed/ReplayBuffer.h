#pragma once

#include <deque>

#include <QString>

namespace alertdesk {

// The feed hub's memory of its last frames, by sequence number, so that a subscriber can resume with
// /feed?since=S (BRIEF.md, "The feed hub and the wire"). Bounded by a frame count and a byte budget; the oldest
// frames leave first. Frames are kept as QString because that is what QWebSocket sends: converting each frame
// once here lets every subscriber share the same (implicitly shared) text.
class ReplayBuffer final
{
public:
    ReplayBuffer(qsizetype maxFrames, qsizetype maxBytes);

    // `seq` must be newestSeq() + 1. With maxFrames 0 nothing is kept, but the sequence still advances.
    void append(qint64 seq, const QString& frame);

    qint64 newestSeq() const { return m_newestSeq; }                          // 0 before the first frame
    qint64 oldestSeq() const { return m_newestSeq - qint64(m_frames.size()) + 1; }   // newestSeq()+1 when empty
    qsizetype size() const { return qsizetype(m_frames.size()); }
    qsizetype bytes() const { return m_bytes; }
    // The frame with this sequence number, or nullptr when it is not (or no longer) held.
    const QString* frame(qint64 seq) const;

    // How a resume from `since` (the last seq the subscriber saw) goes.
    struct Resume
    {
        enum class Kind {
            Complete,          // every frame after `since` is held: send them, no gap
            Gap,               // frames since+1 … firstSeq-1 have left the buffer: report `lost` of them
            UnknownPosition,   // `since` is beyond the newest seq (the hub restarted): report, replay all held
        };
        Kind kind = Kind::Complete;
        qint64 firstSeq = 1;   // the first held frame to send (may be newestSeq()+1: nothing to send)
        qint64 lost = 0;       // Gap only
    };
    Resume resumeFrom(qint64 since) const;

private:
    static qsizetype costOf(const QString& frame) { return frame.size() * qsizetype(sizeof(QChar)); }

    qsizetype m_maxFrames;
    qsizetype m_maxBytes;
    std::deque<QString> m_frames;
    qint64 m_newestSeq = 0;
    qsizetype m_bytes = 0;
};

} // namespace alertdesk
