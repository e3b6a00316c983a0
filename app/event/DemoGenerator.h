#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include "common/Clock.h"

namespace alertdesk {

// Realistic demo traffic: Tencent Cloud EventBridge events (CVM, CDB, CLB, COS, …; several regions and
// severities) and Alertmanager webhook payloads (version 4), with firing→resolved pairs and occasional bursts.
// Deterministic for a given seed and clock, so tests and benchmarks can rely on it.
class DemoGenerator final
{
public:
    explicit DemoGenerator(const Clock& clock, quint32 seed = 20261127);

    // The next raw payload, as a source would send it (one JSON document, compact, ~700 bytes on average).
    QByteArray next();
    // `count` payloads at once; a burst is several related events in a short time.
    QList<QByteArray> take(int count);

private:
    QByteArray nextTencent(bool resolveEarlier);
    QByteArray nextAlertmanager(bool resolveEarlier);

    struct OpenIncident
    {
        bool alertmanager;
        QByteArray key;        // what makes the resolving event match the firing one
        int kind;              // index into the generator's catalogue
        qint64 startedMs;
    };

    const Clock& m_clock;
    QRandomGenerator m_random;
    QList<OpenIncident> m_open;
    quint64 m_counter = 0;
};

} // namespace alertdesk
