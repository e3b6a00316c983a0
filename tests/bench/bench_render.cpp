// bench_render: renders per second of a fixed, typical DingTalk markdown template for a Tencent event, building
// the view model and the JSON body inside the loop, on one core; beside the same output built by plain
// QString::arg concatenation (same JSON layer); and the keystroke-to-preview latency of the Templates panel:
// characters typed into the editor widget with QTest::keyClick (offscreen), each timed until the preview has
// re-rendered the JSON body and the IM view, for a template just under 4 KiB.
//   bench_render [--renders N] [--keystrokes N]   (default 200,000 and 300)
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "common/Clock.h"
#include "config/Settings.h"
#include "event/EventDecoder.h"
#include "notify/MessageComposer.h"
#include "store/AlertStore.h"
#include "templates/DefaultTemplates.h"
#include "templates/ViewText.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/templates/TemplateEditor.h"
#include "ui/templates/TemplatePreview.h"
#include "ui/templates/TemplatesPanel.h"

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

qint64 numberArg(const QStringList& args, const char* name, qint64 fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

struct PreviewLatency
{
    std::vector<double> ms;   // keystroke to JSON body and checks shown, one per keystroke, sorted
    std::vector<double> full; // the same with the IM view laid out at once (as after a pause), sorted
    qsizetype templateBytes = 0;
    static double at(const std::vector<double>& sorted, double quantile)
    {
        return sorted.empty() ? 0
                              : sorted[std::min(sorted.size() - 1,
                                                static_cast<size_t>(quantile * static_cast<double>(sorted.size())))];
    }
    double at(double quantile) const { return at(ms, quantile); }
};

// The Templates panel on a scratch profile, a template of the operator's own just under 4 KiB (the shipped
// Chinese DingTalk template, its body repeated), previewed against a sample alert as DingTalk markdown; each
// keystroke typed into the editor is timed until the preview has rendered (JSON body and IM view shown).
PreviewLatency measurePreview(int keystrokes)
{
    PreviewLatency latency;
    QTemporaryDir profile;
    Settings settings(profile.path() + QStringLiteral("/settings.ini"));
    AlertStore store(profile.path() + QStringLiteral("/alertdesk.sqlite"), RetentionLimits{});
    SystemClock clock;
    QWidget window;
    ui::AlertDesk desk(store, clock, settings, &window);
    ui::TemplatesPanel panel(store, clock, settings, desk);
    panel.resize(1400, 700);
    panel.show();
    ui::TemplatePreview* preview = panel.preview();
    preview->setLanguage(QStringLiteral("zh"));
    preview->setChannel(ChannelType::DingTalk, MessageType::Markdown);
    preview->showSample(0);
    QString text = defaultTemplates::text(QStringLiteral("dingtalk"), false, QStringLiteral("zh"));
    const QString body = text.section(QStringLiteral("---\n"), 2);
    while ((text + body).toUtf8().size() < 4096 - keystrokes)
        text += body;
    latency.templateBytes = text.toUtf8().size() + keystrokes;
    panel.newTemplate();
    ui::TemplateEditor* editor = panel.editor();
    editor->setPlainText(text);
    editor->moveCursor(QTextCursor::End);
    editor->setFocus();
    preview->renderNow();
    const QString typed = QStringLiteral("The disk fills up; check the volume and the logs. ");
    QElapsedTimer timer;
    for (int i = 0; i < keystrokes; ++i) {
        const int before = preview->renderCount();
        const QChar c = typed.at(i % typed.size());
        timer.start();
        QTest::keyClick(editor, c.toLatin1());
        while (preview->renderCount() == before)
            QCoreApplication::processEvents();
        latency.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latency.ms.begin(), latency.ms.end());
    // The IM view is laid out after a pause in typing; here each keystroke also lays it out at once.
    for (int i = 0; i < keystrokes; ++i) {
        timer.start();
        QTest::keyClick(editor, typed.at(i % typed.size()).toLatin1());
        preview->renderNow();
        latency.full.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latency.full.begin(), latency.full.end());
    return latency;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 renders = qMax<qint64>(1000, numberArg(args, "--renders", 200000));
    const int keystrokes = static_cast<int>(std::clamp<qint64>(numberArg(args, "--keystrokes", 300), 200, 2000));
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

    const PreviewLatency preview = measurePreview(keystrokes);
    const double fullP95 = PreviewLatency::at(preview.full, 0.95);
    std::printf("keystroke to preview, %d keystrokes each way into a %d-byte template (DingTalk markdown, offscreen):\n",
                keystrokes, static_cast<int>(preview.templateBytes));
    std::printf("%-60s %7s %7s %7s %7s\n", "", "p50", "p95", "p99", "max ms");
    std::printf("%-60s %7.2f %7.2f %7.2f %7.2f\n", "JSON body + checks + IM view laid out at once (reported)",
                PreviewLatency::at(preview.full, 0.5), fullP95, PreviewLatency::at(preview.full, 0.99),
                preview.full.empty() ? 0.0 : preview.full.back());
    std::printf("%-60s %7.2f %7.2f %7.2f %7.2f\n", "as shipped: JSON body + checks (IM view after a 120 ms pause)",
                preview.at(0.5), preview.at(0.95), preview.at(0.99), preview.ms.empty() ? 0.0 : preview.ms.back());
    std::printf("target p95 <= 30 ms: %s\n", fullP95 <= 30 ? "met" : "MISSED");
    std::printf(
        "{\"bench\":\"render\",\"renders_per_s\":%.0f,\"baseline_renders_per_s\":%.0f,\"preview_p95_ms\":%.2f}\n",
        oursRate, baselineRate, fullP95);
    return same ? 0 : 1;
}
