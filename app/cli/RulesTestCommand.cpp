// alertdesk-cli rules test --rules FILE --events FILE [--explain] (BRIEF.md, "The command line"): which rules
// each event matches, and with --explain why each other rule does not.
#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include "CliCommand.h"
#include "common/Clock.h"
#include "event/EventDecoder.h"
#include "event/EventJson.h"
#include "rules/Explain.h"
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

class RulesTest final
{
public:
    RulesTest(const rules::RuleSet& set, bool explain) : m_set(set), m_explain(explain)
    {
        for (size_t r = 0; r < set.rules.size(); ++r) {
            if (!set.rules[r].enabled)
                continue;
            m_matcher.add(set.rules[r].pattern);
            m_ruleOf.push_back(r);
        }
    }

    // One output line for the event; false when the event could not be matched.
    bool print(const Event& event)
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
        for (size_t i = 0; i < matched.size(); ++i) {
            if (i > 0)
                line += ',';
            appendJsonString(line, m_set.rules[m_ruleOf[matched[i]]].name);
        }
        line += ']';
        if (m_explain)
            appendWhyNot(line, matched);
        line += '}';
        printLine(line);
        return true;
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
            clean = test.print(event) && clean;
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
        "matches; with --explain also, for each other rule, the first field that failed and why."));
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
    return testEvents(test, *events, eventsFile) ? ExitOk : ExitUsage;
}

} // namespace alertdesk::cli
