// libFuzzer target: the pattern compiler and both matchers. Input: a pattern, a newline, an event. Any pattern
// must compile or be rejected with a JSON path or line/column; any event must be matched or rejected; the
// single-pattern matcher, the compiled index and the explanation must agree.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rules/Explain.h"
#include "rules/PatternMatcher.h"
#include "rules/PatternParser.h"
#include "rules/RuleMatcher.h"

using namespace alertdesk;
using namespace alertdesk::rules;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const size_t split = input.find('\n');
    const std::string_view patternText = input.substr(0, split);
    const std::string_view eventText = split == std::string_view::npos ? std::string_view() : input.substr(split + 1);

    Expected<Pattern> pattern = PatternParser::parse(patternText);
    if (!pattern) {
        const QString& where = pattern.error().where;
        if (!where.startsWith(u'$') && !where.startsWith(QLatin1String("line ")))
            std::abort(); // every rejection says where
        return 0;
    }
    RuleMatcher index;
    index.add(*pattern);
    index.add(*pattern); // the same rule twice: both must answer alike
    PatternMatcher single(std::move(*pattern));
    const Expected<bool> matched = single.matches(eventText);
    std::vector<uint32_t> rules;
    const Expected<void> indexed = index.match(eventText, rules);
    if (matched.has_value() != indexed.has_value())
        std::abort();
    if (!matched)
        return 0;
    if (*matched != !rules.empty() || (*matched && rules.size() != 2))
        std::abort();
    std::vector<uint32_t> looped;
    index.matchEachRule(index.lastEvent(), looped);
    if (looped != rules)
        std::abort();
    const QString why = explainMismatch(single.pattern(), single.lastEvent(), single.pathIds());
    if (why.isEmpty() != *matched)
        std::abort();
    return 0;
}
