#pragma once

#include <QByteArray>
#include <QList>

namespace alertdesk::bench {

// `count` Tencent Cloud style CloudEvents (~700 bytes each), every one with its own subject, so each is a new
// alert: three regions (a third each), a dozen event types, severities from the type, tags and a data object
// shaped like Tencent's. Deterministic.
QList<QByteArray> distinctTencentEvents(int count, qint64 startMs, int firstSerial = 0);

// The process's resident set in bytes (/proc/self/statm).
qint64 residentBytes();
// CPU seconds used so far by each of the process's threads, by thread name ("main: 1.2 s, alertdesk-store: …").
QByteArray threadCpuTimes();

} // namespace alertdesk::bench
