#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "common/Error.h"
#include "rules/Pattern.h"

namespace alertdesk::rules {

// Where a matching rule sends: a channel (channels.json id), a template (templates/ id; empty = the channel
// type's default) and the IM's own message type name (empty = the channel type's default).
struct RuleTarget
{
    QString channelId;
    QString templateId;
    QString messageType;

    bool operator==(const RuleTarget&) const = default;
};

// A weekly time range in the policy's time zone: days 1 (Monday) … 7 (Sunday), minutes since midnight;
// `endMinute` ≤ `startMinute` wraps past midnight ("22:00-06:00").
struct TimeWindow
{
    QList<int> weekdays;
    int startMinute = 0;
    int endMinute = 24 * 60;

    bool operator==(const TimeWindow&) const = default;
};

// How a rule's notifications are grouped and paced, as in Alertmanager, plus a throttle and time windows.
struct DeliveryPolicy
{
    using Ms = std::chrono::milliseconds;

    bool sendResolved = true;
    // Field paths (event-model fields, "labels.<name>", "data.<path>") whose values form the grouping key;
    // empty = one group per alert (its fingerprint).
    QStringList groupBy;
    Ms groupWait = std::chrono::seconds(30);
    Ms groupInterval = std::chrono::minutes(5);
    Ms repeatInterval = std::chrono::hours(4);
    // At most `throttleCount` notifications per `throttleWindow` per grouping key; 0 = no throttle.
    int throttleCount = 0;
    Ms throttleWindow = std::chrono::minutes(1);
    // IANA name ("Asia/Shanghai"); empty = the machine's local zone.
    QString timeZone;
    // Nothing is sent inside a mute window; when active windows are given, only inside one of them.
    QList<TimeWindow> muteTimes;
    QList<TimeWindow> activeTimes;

    bool operator==(const DeliveryPolicy&) const = default;
};

// A set of named routing rules: rules.json, {"version":1,"rules":[{"id":…,"name":…,"enabled":true,
// "description":…,"pattern":{…},"targets":[…],"policy":{…}},…]}. `rules test` reads the same file.
struct RuleSet
{
    struct Rule
    {
        QString id;
        QString name;
        bool enabled = true;
        QString description;
        Pattern pattern;
        // The pattern as written (compact JSON text of the file's value), so saving writes it back unchanged.
        std::string patternJson;
        QList<RuleTarget> targets;
        DeliveryPolicy policy;

        // Compiles `json` into `pattern` and keeps it (compact) in `patternJson`; the error names the path in
        // the pattern ("$.source[0]") or the line and column of a syntax error.
        Expected<void> setPatternJson(std::string_view json);
    };

    std::vector<Rule> rules;

    // Every rejection names the place: a JSON path into the file ("$.rules[2].pattern.source[0]") followed in the
    // message by the line and column of the offending value, or, for a syntax error, the line and column.
    // The whole schema is in docs/rules-json.md; readRuleSet/writeRuleSet (RuleSetJson.h) do the work.
    static Expected<RuleSet> fromJson(std::string_view text);
    // rules.json text, as writeRuleSet() lays it out.
    Expected<QByteArray> toJson() const;

    const Rule* findRule(const QString& id) const;
};

} // namespace alertdesk::rules
