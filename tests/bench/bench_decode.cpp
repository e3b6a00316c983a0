// bench_decode: decode generated events (a mix of Tencent Cloud and Alertmanager shapes, ~700 bytes) into the
// event model on one core, beside the baseline of QJsonDocument::fromJson plus reading the same fields.
//   bench_decode [--events N]   (default 1,000,000)
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "common/Clock.h"
#include "event/DemoGenerator.h"
#include "event/EventDecoder.h"

using namespace alertdesk;

namespace {

struct BaselineEvent
{
    QString id, source, type, subject, region, time, status, severity, title, summary;
    QJsonObject labels;
    QJsonValue data;
};

// What a straightforward Qt decoder does: parse the whole document, then read the fields the model needs.
[[gnu::noinline]] qsizetype baselineDecode(const QByteArray& payload, QList<BaselineEvent>& out)
{
    const QJsonObject root = QJsonDocument::fromJson(payload).object();
    const QJsonArray alerts = root.value(QLatin1String("alerts")).toArray();
    if (alerts.isEmpty()) {
        BaselineEvent e;
        e.id = root.value(QLatin1String("id")).toString();
        e.source = root.value(QLatin1String("source")).toString();
        e.type = root.value(QLatin1String("type")).toString();
        e.subject = root.value(QLatin1String("subject")).toString();
        e.region = root.value(QLatin1String("region")).toString();
        e.time = QString::number(root.value(QLatin1String("time")).toInteger());
        e.status = root.value(QLatin1String("status")).toString();
        e.labels = root.value(QLatin1String("tags")).toObject();
        e.data = root.value(QLatin1String("data"));
        out.append(std::move(e));
        return 1;
    }
    for (const QJsonValue& value : alerts) {
        const QJsonObject alert = value.toObject();
        BaselineEvent e;
        e.labels = alert.value(QLatin1String("labels")).toObject();
        e.id = alert.value(QLatin1String("fingerprint")).toString();
        e.source = root.value(QLatin1String("externalURL")).toString();
        e.subject = e.labels.value(QLatin1String("instance")).toString();
        e.severity = e.labels.value(QLatin1String("severity")).toString();
        e.title = e.labels.value(QLatin1String("alertname")).toString();
        e.summary = alert.value(QLatin1String("annotations")).toObject().value(QLatin1String("summary")).toString();
        e.time = alert.value(QLatin1String("startsAt")).toString();
        e.status = alert.value(QLatin1String("status")).toString();
        e.data = alert;
        out.append(std::move(e));
    }
    return alerts.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qsizetype count = 1000000;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--events"));
    if (at >= 0 && at + 1 < args.size())
        count = args.at(at + 1).toLongLong();

    SystemClock clock;
    DemoGenerator generator(clock, 20240611);
    QList<QByteArray> payloads;
    payloads.reserve(count);
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < count; ++i) {
        payloads.append(generator.next());
        bytes += payloads.last().size();
    }
    std::printf("bench_decode: %lld generated events, %.0f bytes on average\n", static_cast<long long>(count),
                static_cast<double>(bytes) / static_cast<double>(count));

    // Ours: EventDecoder (simdjson DOM, validating) into the full event model, CloudEvent form included.
    // Both sides run three times, alternating, and each keeps its best pass, so neither pays for warming up.
    EventDecoder decoder(clock);
    qsizetype decoded = 0, baselineDecoded = 0;
    double oursSeconds = 1e9, baselineSeconds = 1e9;
    QList<BaselineEvent> sink;
    for (int pass = 0; pass < 3; ++pass) {
        QElapsedTimer timer;
        timer.start();
        decoded = 0;
        for (const QByteArray& payload : payloads)
            decoded += decoder.decode(payload, QStringLiteral("demo")).events.size();
        oursSeconds = std::min(oursSeconds, static_cast<double>(timer.nsecsElapsed()) / 1e9);

        timer.restart();
        baselineDecoded = 0;
        for (const QByteArray& payload : payloads) {
            baselineDecoded += baselineDecode(payload, sink);
            sink.clear();
        }
        baselineSeconds = std::min(baselineSeconds, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }

    const double ours = static_cast<double>(decoded) / oursSeconds;
    const double baseline = static_cast<double>(baselineDecoded) / baselineSeconds;
    std::printf("%-44s %12s %10s %12s\n", "decoder", "events", "seconds", "events/s");
    std::printf("%-44s %12lld %10.2f %12.0f\n", "AlertDesk EventDecoder (simdjson)", static_cast<long long>(decoded), oursSeconds, ours);
    std::printf("%-44s %12lld %10.2f %12.0f\n", "baseline QJsonDocument::fromJson + fields", static_cast<long long>(baselineDecoded),
                baselineSeconds, baseline);
    std::printf("speed-up: %.2fx (target >= 3x)\n", ours / baseline);
    std::printf("{\"bench\":\"decode\",\"events\":%lld,\"events_per_s\":%.0f,\"baseline_events_per_s\":%.0f}\n",
                static_cast<long long>(decoded), ours, baseline);
    return decoded == count ? 0 : 1;
}
