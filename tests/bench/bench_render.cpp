// bench_render: renders per second of a fixed, typical DingTalk markdown template for a Tencent event, building
// the view model and the JSON body inside the loop, on one core; beside the same output built by plain
// QString::arg concatenation (same JSON layer). The keystroke-to-preview latency needs the template editor,
// which does not exist yet: preview_p95_ms is null until it does.
//   bench_render [--renders N]   (default 200,000)
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "common/Clock.h"
#include "event/EventDecoder.h"
#include "notify/MessageComposer.h"
#include "templates/ViewText.h"

using namespace alertdesk;

namespace {

const char kEvent[] = R"({"specversion":"1.0","id":"13a3f42d-7258-4ada-da6d-023a333b4662","source":"cvm.cloud.tencent",
"type":"cvm:ErrorEvent:ping_unreachable","subject":"ins-sjdksjk","time":1615430559146,"region":"ap-guangzhou",
"datacontenttype":"application/json;charset=utf-8","tags":{"key1":"value1","key2":"value2"},"status":"1",
"data":{"appId":"1250000011","instanceId":"ins-sjdksjk","projectId":"11","dimensions":{"ip":"127.0.0.1"},
"additionalMsg":{"IP":"something unnormal"}}})";

const char kTemplate[] = R"(---
title: {{statusEmoji}} [{{statusText}}] {{title}}
---
### {{statusEmoji}} {{title}}

**{{severityEmoji}} {{severityText}}** · {{statusText}}

> {{summary}}

- **Resource**: {{subject}}
- **Region**: {{region}}
- **Event type**: {{type}}
- **Time**: {{timeLocal}}
{{#labelList}}
- **{{name}}**: {{value}}
{{/labelList}}

[View details]({{{url}}})
)";

// The same message written by hand with QString::arg, into the same JSON body.
[[gnu::noinline]] QByteArray baselineRender(const Event& event)
{
    const bool zh = false;
    QString labels;
    for (const auto& [name, value] : event.labels)
        labels += QStringLiteral("- **%1**: %2\n").arg(name, value);
    const QString url = QStringLiteral("https://console.cloud.tencent.com/") + event.source.section(u'.', 0, 0);
    const QString text = QStringLiteral("### %1 %2\n\n**%3 %4** · %5\n\n> %6\n\n- **Resource**: %7\n- **Region**: %8\n"
                                        "- **Event type**: %9\n- **Time**: %10\n%11\n[View details](%12)")
                             .arg(statusEmoji(event.status), event.title, severityEmoji(event.severity),
                                  severityText(event.severity, zh), statusText(event.status, zh), event.summary,
                                  event.subject, event.region, event.type)
                             .arg(localTimeText(event.timeMs), labels, url);
    const QString title =
        QStringLiteral("%1 [%2] %3").arg(statusEmoji(event.status), statusText(event.status, zh), event.title);
    const QJsonObject body{
        {QStringLiteral("msgtype"), QStringLiteral("markdown")},
        {QStringLiteral("markdown"), QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("text"), text}}},
        {QStringLiteral("at"), QJsonObject{{QStringLiteral("isAtAll"), false}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

qint64 rendersFromArgs(const QStringList& args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--renders"));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : 200000;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 renders = qMax<qint64>(1000, rendersFromArgs(QCoreApplication::arguments()));
    ManualClock clock(1615430559146 + 60000);
    EventDecoder decoder(clock);
    const QList<Event> events = decoder.decode(QByteArray(kEvent), QStringLiteral("bench")).events;
    if (events.size() != 1) {
        std::fprintf(stderr, "bench_render: the sample event did not decode\n");
        return 1;
    }
    const Event& event = events.first();
    ComposeOptions options;
    options.channel = ChannelType::DingTalk;
    options.type = MessageType::Markdown;
    auto composer = MessageComposer::create(options, QString::fromUtf8(kTemplate));
    if (!composer) {
        std::fprintf(stderr, "bench_render: %s\n", qPrintable(composer.error().message));
        return 1;
    }
    const QByteArray ours = composer->composeAlert(event, {}, clock.nowMs()).value().first().json;
    const QByteArray baseline = baselineRender(event);
    const bool same = ours == baseline;

    QElapsedTimer timer;
    qsizetype bytes = 0;
    timer.start();
    for (qint64 i = 0; i < renders; ++i)
        bytes += composer->composeAlert(event, {}, clock.nowMs())->first().json.size();
    const double oursSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    for (qint64 i = 0; i < renders; ++i)
        bytes += baselineRender(event).size();
    const double baselineSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    // For reference: the shipped DingTalk template, which includes a partial (parsed again on every render).
    auto shipped = MessageComposer::create(options);
    timer.restart();
    for (qint64 i = 0; i < renders / 4; ++i)
        bytes += shipped->composeAlert(event, {}, clock.nowMs())->first().json.size();
    const double shippedRate = static_cast<double>(renders / 4) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);

    const double oursRate = static_cast<double>(renders) / oursSeconds;
    const double baselineRate = static_cast<double>(renders) / baselineSeconds;
    std::printf("bench_render: %lld renders of a %d-byte DingTalk markdown body (Tencent event), one core\n",
                static_cast<long long>(renders), static_cast<int>(ours.size()));
    std::printf("same output as the baseline: %s\n", same ? "yes" : "NO");
    if (!same)
        std::printf("  ours:     %s\n  baseline: %s\n", ours.constData(), baseline.constData());
    std::printf("%-52s %10s %12s\n", "renderer", "seconds", "renders/s");
    std::printf("%-52s %10.2f %12.0f\n", "Mustache template + lazy view model + JSON body", oursSeconds, oursRate);
    std::printf("%-52s %10.2f %12.0f\n", "baseline QString::arg + JSON body", baselineSeconds, baselineRate);
    std::printf("%-52s %10s %12.0f\n", "(shipped default template, with a partial)", "", shippedRate);
    std::printf("target >= 50000 renders/s: %s (checksum %lld)\n", oursRate >= 50000 ? "met" : "MISSED",
                static_cast<long long>(bytes));
    std::printf(
        "{\"bench\":\"render\",\"renders_per_s\":%.0f,\"baseline_renders_per_s\":%.0f,\"preview_p95_ms\":null}\n",
        oursRate, baselineRate);
    return same ? 0 : 1;
}
