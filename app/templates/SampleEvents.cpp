#include "SampleEvents.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include "event/EventDecoder.h"
#include "templates/TemplatesLogging.h"

namespace alertdesk::sampleEvents {

QList<SampleAlert> load(const Clock& clock)
{
    EventDecoder decoder(clock);
    QList<SampleAlert> samples;
    QHash<QString, std::pair<qint64, int>> seen; // fingerprint → first time, events so far
    const QDir dir(QStringLiteral(":/samples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const DecodeResult result = decoder.decode(file.readAll(), QStringLiteral("sample:") + name);
        for (const Error& rejection : result.rejections)
            qCWarning(lcTemplates) << "sample" << name << "rejected:" << rejection.toString();
        for (const Event& event : result.events) {
            auto& [firstMs, count] = seen[event.fingerprint];
            firstMs = firstMs == 0 ? event.timeMs : std::min(firstMs, event.timeMs);
            ++count;
            AlertContext context;
            // Alertmanager's startsAt already says when the alert began; Tencent events only have their time.
            context.firstSeenMs = event.payloadKind == Event::Payload::AlertmanagerAlert ? 0 : firstMs;
            context.count = count;
            samples.append(SampleAlert{name, event, context});
        }
    }
    return samples;
}

} // namespace alertdesk::sampleEvents
