#pragma once

#include <QList>

#include "event/Event.h"

namespace alertdesk::test {

// `count` realistic events (Tencent Cloud and Alertmanager) as the demo feed delivers them, decoded, a quarter second
// apart from `startMs` on: deterministic for a given start.
QList<Event> demoEvents(int count, qint64 startMs);

} // namespace alertdesk::test
