#include "Router.h"

#include <array>
#include <deque>
#include <limits>
#include <map>
#include <set>

#include "rules/GroupKey.h"
#include "rules/TimeWindows.h"

namespace alertdesk::rules {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::min();
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct RouteRule
{
    bool enabled = true;
    QString id;
    QString name;
    QList<RuleTarget> targets;
    DeliveryPolicy policy;
    TimeWindows windows;
    qint64 groupWait = 0;
    qint64 groupInterval = 1;
    qint64 repeatInterval = 1;
    qint64 throttleWindow = 1;
};

struct AlertEntry
{
    Event latest;
    bool silenceReported = false; // a held-back "silenced" report was emitted for it already
};

struct Group
{
    size_t rule = 0;
    QString ruleId;
    quint64 seq = 0;
    QString key;
    QList<std::pair<QString, QString>> values;
    std::map<QString, AlertEntry> alerts; // by fingerprint: lists come out in a stable order
    std::set<QString> sentFiring;         // the firing alerts the last sent notification carried
    std::optional<qint64> lastSentMs;
    qint64 createdMs = 0;
    qint64 repeatBaseMs = 0;       // last repeat sent or suppressed
    qint64 lastAttemptMs = kNever; // last flush
    qint64 holdUntilMs = kNever;   // held back (mute, throttle) until then
    int heldSinceSent = 0;
    std::optional<qint64> dueMs;
    // Kept up to date on every event so that scheduling does not walk the alerts: alerts that are news (firing
    // and not yet told, or told and now resolved) and alerts a repeat would carry.
    int news = 0;
    int repeatable = 0;
};

struct Throttle
{
    std::deque<qint64> sent;
    qint64 windowMs = 1;
};

bool isFiring(const Event& event)
{
    return event.status != Status::Resolved;
}

enum class Category : unsigned char { None, News, Repeatable };

Category category(const Event& latest, bool told)
{
    if (latest.status == Status::Resolved)
        return told ? Category::News : Category::None;
    if (!told)
        return Category::News;
    return latest.status == Status::Firing ? Category::Repeatable : Category::None;
}

void count(Group& group, Category c, int delta)
{
    if (c == Category::News)
        group.news += delta;
    else if (c == Category::Repeatable)
        group.repeatable += delta;
}

// After a flush changed what was told: count afresh.
void recount(Group& group)
{
    group.news = 0;
    group.repeatable = 0;
    for (const auto& [fingerprint, entry] : group.alerts)
        count(group, category(entry.latest, group.sentFiring.contains(fingerprint)), 1);
}

NotifiedAlert notified(const QString& fingerprint, const AlertEntry& entry)
{
    return NotifiedAlert{fingerprint, entry.latest.title, entry.latest};
}

} // namespace

struct Router::Private
{
    const NotificationSuppression* suppression = nullptr;
    std::vector<RouteRule> rules;
    std::map<QString, Group> groups;                       // by grouping key
    std::map<std::pair<qint64, quint64>, Group*> dueIndex; // (due, seq) → group
    std::map<QString, Throttle> throttles;                 // by grouping key; outlives its group
    quint64 nextSeq = 0;
    quint64 sent = 0;
    std::array<quint64, 6> held{};

    bool silenced(const AlertEntry& entry, qint64 now) const
    {
        return suppression != nullptr && suppression->isSilenced(entry.latest, now);
    }
    bool acknowledged(const AlertEntry& entry, qint64 now) const
    {
        return suppression != nullptr && suppression->isAcknowledged(entry.latest, now);
    }

    void unschedule(Group& group)
    {
        if (group.dueMs)
            dueIndex.erase({*group.dueMs, group.seq});
        group.dueMs.reset();
    }

    void drop(Group& group)
    {
        const QString key = group.key; // the group, and its key with it, dies in erase()
        groups.erase(key);
    }

    void reschedule(Group& group);
    void flush(Group& group, qint64 now, std::vector<NotificationRequest>& out);
    void publish(const Group& group, NotificationRequest request, std::vector<NotificationRequest>& out);
    bool throttled(Group& group, qint64 now);
    void markSent(Group& group, qint64 now);
    void sweepThrottles(qint64 now);
};

Router::Router(const NotificationSuppression* suppression) : d(std::make_unique<Private>())
{
    d->suppression = suppression;
}

Router::~Router() = default;

void Router::setRules(const RuleSet& set)
{
    d->rules.clear();
    std::map<QString, size_t> byId;
    for (size_t i = 0; i < set.rules.size(); ++i) {
        const RuleSet::Rule& rule = set.rules[i];
        const DeliveryPolicy& p = rule.policy;
        d->rules.push_back(
            RouteRule{rule.enabled, rule.id, rule.name, rule.targets, p, TimeWindows(p),
                      std::max<qint64>(0, p.groupWait.count()), std::max<qint64>(1, p.groupInterval.count()),
                      std::max<qint64>(1, p.repeatInterval.count()), std::max<qint64>(1, p.throttleWindow.count())});
        if (rule.enabled)
            byId.emplace(rule.id, i);
    }
    for (auto it = d->groups.begin(); it != d->groups.end();) {
        Group& group = it->second;
        const auto found = byId.find(group.ruleId);
        if (found == byId.end()) {
            d->unschedule(group);
            it = d->groups.erase(it);
            continue;
        }
        group.rule = found->second;
        ++it;
    }
}

void Router::offer(const Event& event, std::span<const size_t> matchedRules, qint64 nowMs)
{
    const QString fingerprint = event.fingerprint.isEmpty() ? event.dedupKey() : event.fingerprint;
    for (const size_t r : matchedRules) {
        if (r >= d->rules.size() || !d->rules[r].enabled)
            continue;
        const RouteRule& rule = d->rules[r];
        GroupKey key = groupKeyFor(rule.id, rule.policy.groupBy, event);
        auto [it, inserted] = d->groups.try_emplace(key.text);
        Group& group = it->second;
        if (inserted) {
            group.rule = r;
            group.ruleId = rule.id;
            group.seq = d->nextSeq++;
            group.key = std::move(key.text);
            group.values = std::move(key.values);
            group.createdMs = nowMs;
        }
        const bool told = group.sentFiring.contains(fingerprint);
        auto [alert, added] = group.alerts.try_emplace(fingerprint);
        if (!added)
            count(group, category(alert->second.latest, told), -1);
        if (event.status == Status::Resolved && !told && group.lastSentMs) {
            // Resolved before anyone was told it fired: nothing to say about it.
            group.alerts.erase(alert);
        } else {
            alert->second.latest = event;
            count(group, category(event, told), 1);
        }
        d->reschedule(group);
    }
}

std::vector<NotificationRequest> Router::due(qint64 nowMs)
{
    std::vector<NotificationRequest> out;
    while (!d->dueIndex.empty() && d->dueIndex.begin()->first.first <= nowMs) {
        Group& group = *d->dueIndex.begin()->second;
        d->unschedule(group);
        d->flush(group, nowMs, out);
        recount(group);
        d->reschedule(group);
    }
    d->sweepThrottles(nowMs);
    return out;
}

std::optional<qint64> Router::nextWakeMs() const
{
    if (d->dueIndex.empty())
        return std::nullopt;
    return d->dueIndex.begin()->first.first;
}

size_t Router::groupCount() const
{
    return d->groups.size();
}

quint64 Router::sentCount() const
{
    return d->sent;
}

quint64 Router::heldCount(HoldReason reason) const
{
    return d->held[static_cast<size_t>(reason)];
}

// When the group next needs a look, from its counts alone (suppression is asked at the flush). A group with
// nothing left to say is dropped.
void Router::Private::reschedule(Group& group)
{
    unschedule(group);
    const RouteRule& rule = rules[group.rule];
    if (group.alerts.empty()) {
        drop(group);
        return;
    }
    qint64 dueMs = 0;
    if (group.news > 0)
        dueMs = group.lastSentMs ? *group.lastSentMs + rule.groupInterval : group.createdMs + rule.groupWait;
    else if (group.repeatable > 0)
        dueMs = group.repeatBaseMs + rule.repeatInterval;
    else if (!group.lastSentMs && group.lastAttemptMs == kNever)
        dueMs = group.createdMs + rule.groupWait; // only resolved alerts: the first flush lets them go
    else {
        drop(group);
        return;
    }
    // A flush that could not say it (silenced) looks again a group_interval later, never in a loop.
    if (group.lastAttemptMs != kNever && dueMs <= group.lastAttemptMs)
        dueMs = group.lastAttemptMs + rule.groupInterval;
    dueMs = std::max(dueMs, group.holdUntilMs);
    group.dueMs = dueMs;
    dueIndex.emplace(std::make_pair(dueMs, group.seq), &group);
}

void Router::Private::flush(Group& group, qint64 now, std::vector<NotificationRequest>& out)
{
    const RouteRule& rule = rules[group.rule];
    group.lastAttemptMs = now;
    QList<NotifiedAlert> firing;
    QList<NotifiedAlert> resolved;
    QList<NotifiedAlert> silencedNews;
    bool newFiring = false;
    for (auto it = group.alerts.begin(); it != group.alerts.end();) {
        const bool wasSent = group.sentFiring.contains(it->first);
        const bool isSilenced = silenced(it->second, now);
        if (isFiring(it->second.latest)) {
            if (!isSilenced) {
                firing.append(notified(it->first, it->second));
                newFiring = newFiring || !wasSent;
            } else if (!wasSent && !it->second.silenceReported) {
                silencedNews.append(notified(it->first, it->second));
                it->second.silenceReported = true;
            }
        } else if (wasSent && !isSilenced) {
            if (!rule.policy.sendResolved) {
                // The receiver is never told about resolutions: forget it quietly.
                group.sentFiring.erase(it->first);
                it = group.alerts.erase(it);
                continue;
            }
            resolved.append(notified(it->first, it->second));
        }
        ++it;
    }

    NotificationRequest request;
    request.atMs = now;
    if (newFiring || !resolved.isEmpty()) {
        request.reason = !group.lastSentMs ? NotificationReason::First
            : firing.isEmpty()             ? NotificationReason::Resolved
                                           : NotificationReason::Update;
        request.firing = std::move(firing);
        request.resolved = std::move(resolved);
    } else if (group.lastSentMs && now >= group.repeatBaseMs + rule.repeatInterval) {
        // Repeat what still fires, leaving out acknowledged and silenced alerts.
        QList<NotifiedAlert> repeat;
        bool anyAcked = false;
        bool anySilenced = false;
        for (const QString& fingerprint : group.sentFiring) {
            const auto it = group.alerts.find(fingerprint);
            if (it == group.alerts.end() || !isFiring(it->second.latest))
                continue;
            if (silenced(it->second, now))
                anySilenced = true;
            else if (acknowledged(it->second, now))
                anyAcked = true;
            else
                repeat.append(notified(it->first, it->second));
        }
        if (repeat.isEmpty() && !anyAcked && !anySilenced)
            return;
        request.reason = NotificationReason::Repeat;
        if (repeat.isEmpty()) {
            group.repeatBaseMs = now;
            request.held = anyAcked ? HoldReason::Acknowledged : HoldReason::Silenced;
            for (const QString& fingerprint : group.sentFiring) {
                const auto it = group.alerts.find(fingerprint);
                if (it != group.alerts.end() && isFiring(it->second.latest))
                    request.firing.append(notified(it->first, it->second));
            }
            publish(group, std::move(request), out);
            return;
        }
        request.firing = std::move(repeat);
    } else {
        if (!silencedNews.isEmpty()) {
            request.reason = group.lastSentMs ? NotificationReason::Update : NotificationReason::First;
            request.held = HoldReason::Silenced;
            request.firing = std::move(silencedNews);
            publish(group, std::move(request), out);
        }
        return;
    }

    const TimeWindows::Verdict verdict = rule.windows.verdictAt(now);
    if (verdict != TimeWindows::Verdict::Open) {
        request.held = verdict == TimeWindows::Verdict::Muted ? HoldReason::Muted : HoldReason::OutsideActiveTimes;
        group.holdUntilMs = rule.windows.nextOpenAfter(now).value_or(now + kDayMs);
        ++group.heldSinceSent;
        publish(group, std::move(request), out);
        return;
    }
    if (throttled(group, now)) {
        request.held = HoldReason::Throttled;
        ++group.heldSinceSent;
        publish(group, std::move(request), out);
        return;
    }
    request.heldBefore = group.heldSinceSent;
    publish(group, std::move(request), out);
    markSent(group, now);
}

// At most throttleCount sent per throttleWindow per grouping key; when used up, retry when the oldest leaves it.
bool Router::Private::throttled(Group& group, qint64 now)
{
    const RouteRule& rule = rules[group.rule];
    if (rule.policy.throttleCount <= 0)
        return false;
    Throttle& throttle = throttles[group.key];
    throttle.windowMs = rule.throttleWindow;
    while (!throttle.sent.empty() && throttle.sent.front() + throttle.windowMs <= now)
        throttle.sent.pop_front();
    if (throttle.sent.size() < static_cast<size_t>(rule.policy.throttleCount))
        return false;
    group.holdUntilMs = throttle.sent.front() + throttle.windowMs;
    return true;
}

void Router::Private::markSent(Group& group, qint64 now)
{
    const RouteRule& rule = rules[group.rule];
    if (rule.policy.throttleCount > 0)
        throttles[group.key].sent.push_back(now);
    group.lastSentMs = now;
    group.repeatBaseMs = now;
    group.holdUntilMs = kNever;
    group.heldSinceSent = 0;
    group.sentFiring.clear();
    for (auto it = group.alerts.begin(); it != group.alerts.end();) {
        const Event& latest = it->second.latest;
        const bool sentNow = isFiring(latest) && !silenced(it->second, now);
        // Resolved alerts leave the group once told; a stateless event is told once and never repeated.
        if (!isFiring(latest) || (sentNow && latest.status == Status::Stateless)) {
            it = group.alerts.erase(it);
            continue;
        }
        if (sentNow)
            group.sentFiring.insert(it->first);
        ++it;
    }
}

void Router::Private::publish(const Group& group, NotificationRequest request, std::vector<NotificationRequest>& out)
{
    const RouteRule& rule = rules[group.rule];
    request.ruleId = rule.id;
    request.ruleName = rule.name;
    request.groupKey = group.key;
    request.groupValues = group.values;
    const qsizetype targets = std::max<qsizetype>(1, rule.targets.size());
    if (request.isHeld())
        held[static_cast<size_t>(request.held)] += static_cast<quint64>(targets);
    else
        sent += static_cast<quint64>(targets);
    for (qsizetype i = 0; i + 1 < rule.targets.size(); ++i) {
        out.push_back(request);
        out.back().target = rule.targets[i];
    }
    if (!rule.targets.isEmpty())
        request.target = rule.targets.back();
    out.push_back(std::move(request));
}

// Throttle history outlives groups (a group that resolves and comes back is still throttled), so old entries
// are swept once they outnumber the groups.
void Router::Private::sweepThrottles(qint64 now)
{
    if (throttles.size() <= groups.size() + 256)
        return;
    for (auto it = throttles.begin(); it != throttles.end();) {
        const Throttle& throttle = it->second;
        if (throttle.sent.empty() || throttle.sent.back() + throttle.windowMs <= now)
            it = throttles.erase(it);
        else
            ++it;
    }
}

} // namespace alertdesk::rules
