#include "ViewModel.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

#include "event/EventTime.h"
#include "templates/AlertFields_p.h"
#include "templates/ViewModel_p.h"
#include "templates/ViewText.h"

namespace alertdesk {

using namespace mustache_detail;

namespace {

// The alert a digest takes its colours from: the worst firing one, else the worst of all.
qsizetype leaderIndex(const QList<DigestEntry>& alerts)
{
    qsizetype best = 0;
    const auto rank = [&](qsizetype i) {
        return std::pair(alerts[i].event.status == Status::Firing, static_cast<int>(alerts[i].event.severity));
    };
    for (qsizetype i = 1; i < alerts.size(); ++i) {
        if (rank(i) > rank(best))
            best = i;
    }
    return best;
}

QJsonArray severityGroups(const QList<QJsonObject>& entries, const QList<DigestEntry>& alerts, bool zh)
{
    QJsonArray groups;
    for (int rank = static_cast<int>(Severity::Critical); rank >= static_cast<int>(Severity::Unknown); --rank) {
        const auto severity = static_cast<Severity>(rank);
        QJsonArray members;
        for (qsizetype i = 0; i < alerts.size(); ++i) {
            if (alerts[i].event.severity == severity)
                members.append(entries[i]);
        }
        if (members.isEmpty())
            continue;
        groups.append(QJsonObject{{QStringLiteral("severity"), severityName(severity)},
                                  {QStringLiteral("severityText"), severityText(severity, zh)},
                                  {QStringLiteral("severityEmoji"), severityEmoji(severity)},
                                  {QStringLiteral("count"), QString::number(members.size())},
                                  {QStringLiteral("alerts"), members}});
    }
    return groups;
}

QJsonObject digestJson(const QList<DigestEntry>& alerts, const ViewSettings& settings, qint64 nowMs)
{
    const bool zh = isChinese(settings.language);
    QList<QJsonObject> entries;
    QJsonArray all, firing, resolved, stateless;
    qint64 latestMs = 0;
    QString ruleName = alerts.isEmpty() ? QString() : alerts.first().context.ruleName;
    for (const DigestEntry& entry : alerts) {
        entries.append(alertJson(AlertSource{entry.event, entry.context, settings, nowMs}));
        all.append(entries.last());
        (entry.event.status == Status::Firing         ? firing
             : entry.event.status == Status::Resolved ? resolved
                                                      : stateless)
            .append(entries.last());
        latestMs = std::max(latestMs, entry.event.timeMs);
        if (entry.context.ruleName != ruleName)
            ruleName.clear();
    }
    const Status status = !firing.isEmpty()            ? Status::Firing
        : (!resolved.isEmpty() && stateless.isEmpty()) ? Status::Resolved
                                                       : Status::Stateless;
    QJsonObject digest;
    if (!entries.isEmpty()) {
        const QJsonObject& leader = entries[leaderIndex(alerts)];
        for (const char* key :
             {"severity", "severityText", "severityEmoji", "isCritical", "isMajor", "isWarning", "isInfo",
              "isMajorOrWorse", "wecomColor", "feishuTemplate", "colorHex", "discordColor", "teamsColor"})
            digest.insert(QLatin1String(key), leader.value(QLatin1String(key)));
    }
    const auto count = [](const QJsonArray& a) { return QString::number(a.size()); };
    digest.insert(QStringLiteral("isDigest"), true);
    digest.insert(QStringLiteral("count"), count(all));
    digest.insert(QStringLiteral("firingCount"), count(firing));
    digest.insert(QStringLiteral("resolvedCount"), count(resolved));
    digest.insert(QStringLiteral("statelessCount"), count(stateless));
    digest.insert(QStringLiteral("hasFiring"), !firing.isEmpty());
    digest.insert(QStringLiteral("hasResolved"), !resolved.isEmpty());
    digest.insert(QStringLiteral("hasStateless"), !stateless.isEmpty());
    digest.insert(QStringLiteral("alerts"), all);
    digest.insert(QStringLiteral("firing"), firing);
    digest.insert(QStringLiteral("resolved"), resolved);
    digest.insert(QStringLiteral("stateless"), stateless);
    digest.insert(QStringLiteral("groups"), severityGroups(entries, alerts, zh));
    digest.insert(QStringLiteral("status"), statusName(status));
    digest.insert(QStringLiteral("statusText"), statusText(status, zh));
    digest.insert(QStringLiteral("statusEmoji"), statusEmoji(status));
    digest.insert(QStringLiteral("isFiring"), status == Status::Firing);
    digest.insert(QStringLiteral("isResolved"), status == Status::Resolved);
    digest.insert(QStringLiteral("time"), QString::fromLatin1(formatRfc3339Ms(latestMs)));
    digest.insert(QStringLiteral("timeIso"), QString::fromLatin1(formatRfc3339Ms(latestMs)));
    digest.insert(QStringLiteral("timeLocal"), localTimeText(latestMs));
    digest.insert(QStringLiteral("timeUtc"), utcTimeText(latestMs));
    digest.insert(QStringLiteral("ruleName"), ruleName);
    digest.insert(QStringLiteral("hasRuleName"), !ruleName.isEmpty());
    digest.insert(QStringLiteral("consoleUrl"), settings.consoleBaseUrl);
    digest.insert(QStringLiteral("url"), settings.consoleBaseUrl);
    digest.insert(QStringLiteral("hasUrl"), !settings.consoleBaseUrl.isEmpty());
    digest.insert(QStringLiteral("showLink"), !settings.messageHasButton && !settings.consoleBaseUrl.isEmpty());
    digest.insert(QStringLiteral("lang"), zh ? QStringLiteral("zh") : QStringLiteral("en"));
    digest.insert(QStringLiteral("isZh"), zh);
    return digest;
}

} // namespace

ViewModel::ViewModel(std::unique_ptr<Private> data) : d(std::move(data)) {}
ViewModel::ViewModel(ViewModel&& other) noexcept = default;
ViewModel& ViewModel::operator=(ViewModel&& other) noexcept = default;
ViewModel::~ViewModel() = default;

ViewModel ViewModel::forAlert(const Event& event, const AlertContext& context, const ViewSettings& settings,
                              qint64 nowMs)
{
    auto d = std::make_unique<Private>();
    d->context = std::make_unique<AlertViewContext>(event, context, settings, nowMs);
    return ViewModel(std::move(d));
}

ViewModel ViewModel::forDigest(const QList<DigestEntry>& alerts, const ViewSettings& settings, qint64 nowMs)
{
    const QJsonObject json = digestJson(alerts, settings, nowMs);
    return fromJson(json);
}

ViewModel ViewModel::fromJson(const QJsonValue& data)
{
    auto d = std::make_unique<Private>();
    d->context = std::make_unique<DataContext>(dataFromJson(data), data);
    return ViewModel(std::move(d));
}

QJsonValue ViewModel::toJson() const
{
    return d->context->toJson();
}

QList<ViewField> ViewModel::alertFields()
{
    QList<ViewField> fields;
    for (const AlertFieldDef& field : alertFieldDefs())
        fields.append({QLatin1String(field.name), QString::fromUtf8(field.description)});
    return fields;
}

QList<ViewField> ViewModel::digestFields()
{
    static const std::pair<const char*, const char*> kDigest[] = {
        {"isDigest", "true in a digest"},
        {"count", "alerts in the digest"},
        {"firingCount", "firing alerts"},
        {"resolvedCount", "resolved alerts"},
        {"statelessCount", "one-off events"},
        {"hasFiring", "at least one alert fires"},
        {"hasResolved", "at least one alert resolved"},
        {"alerts", "every alert, each with all alert fields"},
        {"firing", "the firing alerts"},
        {"resolved", "the resolved alerts"},
        {"stateless", "the one-off events"},
        {"groups", "alerts by severity, worst first: {severity, severityText, severityEmoji, count, alerts}"},
        {"status", "firing if any alert fires, resolved if all resolved, else stateless"},
        {"severity", "the worst firing alert's severity (and its colours: wecomColor, feishuTemplate, …)"},
        {"timeLocal", "the newest event's time (also timeUtc, timeIso)"},
        {"ruleName", "the rule, when all alerts share one"},
        {"url", "the console base URL"},
    };
    QList<ViewField> fields;
    for (const auto& [name, description] : kDigest)
        fields.append({QLatin1String(name), QString::fromUtf8(description)});
    return fields;
}

} // namespace alertdesk
