#include "store/Silence.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alertdesk {

Silence::State Silence::state(qint64 nowMs) const
{
    if (nowMs < startsMs)
        return State::Pending;
    return nowMs < endsMs ? State::Active : State::Expired;
}

std::expected<AlertFilter, FilterError> compileSilenceMatchers(QStringView matchers)
{
    auto filter = AlertFilter::compile(matchers);
    if (!filter)
        return filter;
    if (filter->isEmpty()) {
        return std::unexpected(FilterError{
            0, int(matchers.size()),
            QCoreApplication::translate("AlertFilter",
                                        "A silence needs at least one matcher; an empty one would silence every "
                                        "alert.")});
    }
    static const QRegularExpression silencedTerm(QStringLiteral("(?:^|\\s)-?(@silenced)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (const auto found = silencedTerm.match(matchers); found.hasMatch()) {
        return std::unexpected(FilterError{
            int(found.capturedStart(1)), int(found.capturedLength(1)),
            QCoreApplication::translate("AlertFilter", "A silence cannot match on @silenced; use other fields.")});
    }
    return filter;
}

} // namespace alertdesk
