#include "FrameScan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace alertdesk {

namespace {

constexpr QByteArrayView kGapType = "alertdesk.feed.gap";

qsizetype skipSpace(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i;
}

} // namespace

std::optional<qint64> leadingSeq(QByteArrayView frame)
{
    qsizetype i = skipSpace(frame, 0);
    if (i >= frame.size() || frame[i] != '{')
        return std::nullopt;
    i = skipSpace(frame, i + 1);
    constexpr QByteArrayView key = "\"seq\"";
    if (!frame.sliced(i).startsWith(key))
        return std::nullopt;
    i = skipSpace(frame, i + key.size());
    if (i >= frame.size() || frame[i] != ':')
        return std::nullopt;
    i = skipSpace(frame, i + 1);
    qint64 value = 0;
    int digits = 0;
    for (; i < frame.size() && frame[i] >= '0' && frame[i] <= '9'; ++i, ++digits) {
        if (digits >= 18) // beyond any real sequence number: not ours
            return std::nullopt;
        value = value * 10 + (frame[i] - '0');
    }
    i = skipSpace(frame, i);
    if (digits == 0 || i >= frame.size() || (frame[i] != ',' && frame[i] != '}'))
        return std::nullopt;
    return value;
}

std::optional<qint64> gapLostEvents(QByteArrayView frame)
{
    if (!frame.contains(kGapType))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray());
    const QJsonObject event = doc.object();
    if (event.value(QLatin1String("type")).toString() != QLatin1String(kGapType.data(), kGapType.size()))
        return std::nullopt;
    const QJsonValue lost = event.value(QLatin1String("data")).toObject().value(QLatin1String("lost"));
    if (lost.isNull() || lost.isUndefined())
        return -1;   // the hub restarted or no longer knows the position: an unknown number was lost
    if (lost.isString())
        return lost.toString().toLongLong();
    return lost.toInteger();
}

} // namespace alertdesk
