#pragma once

#include <QList>
#include <QString>

#include "common/Clock.h"
#include "event/Event.h"
#include "templates/AlertContext.h"

namespace alertdesk {

// One shipped sample alert (resources/samples, compiled in as :/samples/): what the template editor previews
// against without a live feed.
struct SampleAlert
{
    QString file;     // the sample's file name, e.g. "alertmanager-diskfull-firing.json"
    Event event;
    AlertContext context; // a resolved sample's first-seen time is the firing sample's of the same alert
};

namespace sampleEvents {

// Every event of every sample file, in file-name order (Alertmanager before Tencent). Decoded with the
// project's decoder, so a sample is exactly what a feed delivering the same JSON would give.
QList<SampleAlert> load(const Clock& clock);

} // namespace sampleEvents

} // namespace alertdesk
