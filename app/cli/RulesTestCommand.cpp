// alertdesk-cli rules test --rules FILE --events FILE [--explain] (BRIEF.md, "The command line"): which rules
// each event matches, with --explain why each other rule does not, and the notifications the router would emit.
#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <queue>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "CliCommand.h"
#include "common/Clock.h"
#include "event/EventDecoder.h"
#include "event/EventJson.h"
#include "event/EventTime.h"
#include "rules/Explain.h"
#include "rules/GroupKey.h"
#include "rules/Router.h"
#include "rules/RuleMatcher.h"
#include "rules/RuleSet.h"

namespace alertdesk::cli {

namespace {

Expected<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("cannot open the file: %1").arg(file.errorString()), path);
    return file.readAll();
}

// Router replay (README, `rules test`): events are offered with their own time as the clock, and each line lists
// the notifications of its alert's group that carry the alert, from the event until its group's news would have
// gone out (group_wait + group_interval), and past that while they are held back, up to the one sent.
class NotificationReplay final
{
public:
    explicit NotificationReplay(const rules::RuleSet& set) : m_set(set) { m_router.setRules(set); }

    void offer(size_t line, const Event& event, const std::vector<size_t>& rules)
    {
        const qint64 now = m_now == kNever ? event.timeMs : std::max(m_now, event.timeMs);
        runUntil(now);
        m_now = now;
        m_router.offer(event, rules, now);
        for (const size_t r : rules) {
            const rules::DeliveryPolicy& policy = m_set.rules[r].policy;
            const QString key = rules::groupKeyFor(m_set.rules[r].id, policy.groupBy, event).text;
            const qint64 windowEnd = now + policy.groupWait.count() + policy.groupInterval.count();
            m_byKey[key].push_back(m_pending.size());
            m_closing.emplace(windowEnd, m_pending.size());
            m_pending.push_back(Pending{line, event.fingerprint, windowEnd});
            ++m_open;
        }
        collect(m_router.due(now));
    }

    // Lets the router run on after the last event until every line has its answer.
    void finish()
    {
        const qint64 limit = m_now + kReplayHorizonMs;
        for (int step = 0; step < kMaxSteps; ++step) {
            const std::optional<qint64> wake = m_router.nextWakeMs();
            if (!wake || *wake > limit || !closeBefore(*wake))
                break;
            collect(m_router.due(*wake));
        }
    }

    const std::vector<rules::NotificationRequest>& notifications(size_t line) const
    {
        static const std::vector<rules::NotificationRequest> none;
        const auto it = m_byLine.find(line);
        return it == m_byLine.end() ? none : it->second;
    }

private:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::min();
    static constexpr qint64 kReplayHorizonMs = 8LL * 24 * 3600 * 1000; // a week of windows, and a day
    static constexpr int kMaxSteps = 1000000;

    struct Pending
    {
        size_t line;
        QString fingerprint;
        qint64 windowEndMs;
        bool heldSeen = false;
        bool done = false;
    };

    void runUntil(qint64 now)
    {
        for (int step = 0; step < kMaxSteps; ++step) {
            const std::optional<qint64> wake = m_router.nextWakeMs();
            if (!wake || *wake > now)
                return;
            closeBefore(*wake);
            collect(m_router.due(*wake));
        }
    }

    void close(Pending& p)
    {
        if (!p.done) {
            p.done = true;
            --m_open;
        }
    }

    // Closes the lines whose answer is complete by `at` (nothing held back is waiting); false when none is open.
    bool closeBefore(qint64 at)
    {
        while (!m_closing.empty() && m_closing.top().first < at) {
            Pending& p = m_pending[m_closing.top().second];
            m_closing.pop();
            if (!p.heldSeen)
                close(p);
        }
        return m_open > 0;
    }

    void collect(const std::vector<rules::NotificationRequest>& requests)
    {
        std::vector<size_t> sent;
        for (const rules::NotificationRequest& request : requests) {
            const auto found = m_byKey.find(request.groupKey);
            if (found == m_byKey.end())
                continue;
            std::vector<size_t>& waiting = found->second;
            std::erase_if(waiting, [&](size_t index) { return m_pending[index].done; });
            QSet<QString> carried;
            for (const QList<rules::NotifiedAlert>* alerts : {&request.firing, &request.resolved}) {
                for (const rules::NotifiedAlert& alert : *alerts)
                    carried.insert(alert.fingerprint);
            }
            for (const size_t index : waiting) {
                Pending& p = m_pending[index];
                if (!carried.contains(p.fingerprint))
                    continue;
                if (request.atMs > p.windowEndMs && !p.heldSeen) {
                    close(p);
                    continue;
                }
                m_byLine[p.line].push_back(request);
                if (request.isHeld())
                    p.heldSeen = true;
                else
                    sent.push_back(index);
            }
        }
        // Every target of the flush that sent it is listed; then the line is complete.
        for (const size_t index : sent)
            close(m_pending[index]);
    }

    using Closing = std::pair<qint64, size_t>; // window end, pending index

    const rules::RuleSet& m_set;
    rules::Router m_router;
    qint64 m_now = kNever;
    std::vector<Pending> m_pending;
    size_t m_open = 0;
    std::priority_queue<Closing, std::vector<Closing>, std::greater<>> m_closing;
    std::map<QString, std::vector<size_t>> m_byKey;
    std::map<size_t, std::vector<rules::NotificationRequest>> m_byLine;
};

// At most this many alerts per list on a line (a group can hold thousands); the counts say how many there are,
// as Alertmanager's webhook does with max_alerts.
constexpr qsizetype kListedAlerts = 10;

void appendAlerts(QByteArray& line, const QList<rules::NotifiedAlert>& alerts)
{
    line += '[';
    for (qsizetype i = 0; i < std::min(alerts.size(), kListedAlerts); ++i) {
        if (i > 0)
            line += ',';
        line += "{\"fingerprint\":";
        appendJsonString(line, alerts[i].fingerprint);
        line += ",\"title\":";
        appendJsonString(line, alerts[i].title);
        line += '}';
    }
    line += ']';
}

void appendNotification(QByteArray& line, const rules::NotificationRequest& request)
{
    line += "{\"at\":\"" + formatRfc3339Ms(request.atMs) + "\",\"rule\":";
    appendJsonString(line, request.ruleName);
    line += ",\"group\":";
    appendJsonString(line, request.groupKey);
    line += ",\"target\":{\"channel\":";
    appendJsonString(line, request.target.channelId);
    line += ",\"template\":";
    appendJsonString(line, request.target.templateId);
    line += ",\"message_type\":";
    appendJsonString(line, request.target.messageType);
    line += "},\"reason\":\"" + rules::reasonName(request.reason).toLatin1() + "\",\"held\":";
    if (request.isHeld())
        line += '"' + rules::holdName(request.held).toLatin1() + '"';
    else
        line += "null";
    line += ",\"firing\":";
    appendAlerts(line, request.firing);
    line += ",\"resolved\":";
    appendAlerts(line, request.resolved);
    line += ",\"firing_count\":" + QByteArray::number(request.firing.size()) +
        ",\"resolved_count\":" + QByteArray::number(request.resolved.size()) + '}';
}

class RulesTest final
{
public:
    RulesTest(const rules::RuleSet& set, bool explain) : m_set(set), m_explain(explain), m_replay(set)
    {
        for (size_t r = 0; r < set.rules.size(); ++r) {
            if (!set.rules[r].enabled)
                continue;
            m_matcher.add(set.rules[r].pattern);
            m_ruleOf.push_back(r);
        }
    }

    // Matches the event and offers it to the router; its line is printed by finish(). False when the event
    // could not be matched.
    bool add(const Event& event)
    {
        const QByteArray json = cloudEventWithAlertdesk(event);
        std::vector<uint32_t> matched;
        if (!m_matcher.match(std::string_view(json.constData(), static_cast<size_t>(json.size())), matched)) {
            printError(QStringLiteral("event %1: its CloudEvent JSON could not be read for matching.").arg(event.id));
            return false;
        }
        QByteArray line = QByteArrayLiteral("{\"id\":");
        appendJsonString(line, event.id);
        line += ",\"matched\":[";
        std::vector<size_t> rules;
        for (size_t i = 0; i < matched.size(); ++i) {
            if (i > 0)
                line += ',';
            rules.push_back(m_ruleOf[matched[i]]);
            appendJsonString(line, m_set.rules[rules.back()].name);
        }
        line += ']';
        if (m_explain)
            appendWhyNot(line, matched);
        m_replay.offer(m_lines.size(), event, rules);
        m_lines.push_back(std::move(line));
        return true;
    }

    void finish()
    {
        m_replay.finish();
        for (size_t i = 0; i < m_lines.size(); ++i) {
            QByteArray& line = m_lines[i];
            line += ",\"notifications\":[";
            const std::vector<rules::NotificationRequest>& notifications = m_replay.notifications(i);
            for (size_t n = 0; n < notifications.size(); ++n) {
                if (n > 0)
                    line += ',';
                appendNotification(line, notifications[n]);
            }
            line += "]}";
            printLine(line);
        }
    }

private:
    void appendWhyNot(QByteArray& line, const std::vector<uint32_t>& matched)
    {
        line += ",\"why_not\":{";
        bool first = true;
        size_t next = 0;
        for (uint32_t r = 0; r < m_ruleOf.size(); ++r) {
            if (next < matched.size() && matched[next] == r) {
                ++next;
                continue;
            }
            if (!first)
                line += ',';
            first = false;
            appendJsonString(line, m_set.rules[m_ruleOf[r]].name);
            line += ':';
            appendJsonString(line,
                             rules::explainMismatch(m_matcher.pattern(r), m_matcher.lastEvent(), m_matcher.pathIds(r)));
        }
        line += '}';
    }

    const rules::RuleSet& m_set;
    bool m_explain;
    rules::RuleMatcher m_matcher;
    std::vector<size_t> m_ruleOf; // matcher rule → rule set index (disabled rules are left out)
    NotificationReplay m_replay;
    std::vector<QByteArray> m_lines;
};

// Events as `decode` reads them: one document, or JSON Lines when the whole input is not one.
bool testEvents(RulesTest& test, const QByteArray& input, const QString& name)
{
    SystemClock clock;
    EventDecoder decoder(clock);
    const QString origin = QStringLiteral("file:") + QFileInfo(name).fileName();
    auto report = [&](const DecodeResult& result, qsizetype lineNumber) {
        bool clean = true;
        for (const Event& event : result.events)
            clean = test.add(event) && clean;
        for (const Error& rejection : result.rejections) {
            const QString place = lineNumber > 0 ? QStringLiteral("%1:%2").arg(name).arg(lineNumber) : name;
            printError(place + QStringLiteral(": ") + rejection.toString());
            clean = false;
        }
        return clean;
    };
    const DecodeResult whole = decoder.decode(input, origin);
    if (whole.wellFormed)
        return report(whole, 0);
    bool clean = true;
    qsizetype lineNumber = 0;
    for (qsizetype start = 0; start < input.size();) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        ++lineNumber;
        const QByteArrayView line = QByteArrayView(input).sliced(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty())
            clean = report(decoder.decode(line, origin), lineNumber) && clean;
    }
    return clean;
}

} // namespace

int runRules(const QStringList& args, const GlobalOptions&)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "test --rules FILE --events FILE [--explain]: print one JSON line per event with the names of the rules it "
        "matches; with --explain also, for each other rule, the first field that failed and why; and under "
        "\"notifications\" what the router would emit for it when the events are replayed at their own times."));
    parser.addHelpOption();
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"), QStringLiteral("rule set: {\"version\":1,\"rules\":[…]}"), QStringLiteral("FILE"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("events, as decode reads them"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption explainOption(QStringLiteral("explain"),
                                           QStringLiteral("say why each other rule did not match"));
    parser.addOptions({rulesOption, eventsOption, explainOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("test"), QStringLiteral("test"));
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("test")} || !parser.isSet(rulesOption) ||
        !parser.isSet(eventsOption)) {
        printError(QStringLiteral("usage: alertdesk-cli rules test --rules FILE --events FILE [--explain]."));
        return ExitUsage;
    }
    const QString rulesFile = parser.value(rulesOption);
    const Expected<QByteArray> rulesText = readFile(rulesFile);
    if (!rulesText) {
        printError(rulesText.error().toString());
        return ExitUsage;
    }
    const Expected<rules::RuleSet> set =
        rules::RuleSet::fromJson(std::string_view(rulesText->constData(), static_cast<size_t>(rulesText->size())));
    if (!set) {
        printError(rulesFile + QStringLiteral(": ") + set.error().toString());
        return ExitUsage;
    }
    const QString eventsFile = parser.value(eventsOption);
    const Expected<QByteArray> events = readFile(eventsFile);
    if (!events) {
        printError(events.error().toString());
        return ExitUsage;
    }
    RulesTest test(*set, parser.isSet(explainOption));
    const bool clean = testEvents(test, *events, eventsFile);
    test.finish();
    return clean ? ExitOk : ExitUsage;
}

} // namespace alertdesk::cli
