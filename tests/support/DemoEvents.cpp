#include "DemoEvents.h"

#include "common/Clock.h"
#include "event/DemoGenerator.h"
#include "event/EventDecoder.h"

namespace alertdesk::test {

QList<Event> demoEvents(int count, qint64 startMs)
{
    ManualClock clock(startMs);
    DemoGenerator generator(clock);
    EventDecoder decoder(clock);
    const QString origin = QStringLiteral("demo");
    QList<Event> events;
    while (events.size() < count) {
        clock.advanceMs(250);
        events += decoder.decode(generator.next(), origin).events;
    }
    events.resize(count);
    return events;
}

} // namespace alertdesk::test
