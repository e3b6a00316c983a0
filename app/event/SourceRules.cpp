#include "SourceRules.h"

namespace alertdesk {

bool isTencentSource(QStringView source)
{
    return source.endsWith(u".cloud.tencent");
}

Severity tencentSeverity(QStringView type)
{
    const qsizetype first = type.indexOf(u':');
    const qsizetype last = type.lastIndexOf(u':');
    if (first < 0 || first == last)
        return Severity::Info;
    const QStringView category = type.sliced(first + 1, last - first - 1);
    const QStringView name = type.sliced(last + 1);
    if (category != u"ErrorEvent")
        return Severity::Info;
    static const char16_t* const kCritical[] = {
        u"GuestCoreError", u"GuestOom", u"PingUnreachable", u"ping_unreachable", u"DiskReadonly", u"NvmeError",
        u"MasterNotAvailable", u"BreakDown", u"Outofmemory", u"Outofstorage", u"ClbVipBlock",
    };
    for (const char16_t* critical : kCritical) {
        if (name == QStringView(critical))   // as Tencent's catalogue spells them
            return Severity::Critical;
    }
    return Severity::Major;
}

Status statusFromText(QStringView text)
{
    if (text == u"1" || text == u"firing")
        return Status::Firing;
    if (text == u"0" || text == u"resolved")
        return Status::Resolved;
    if (text.compare(u"firing", Qt::CaseInsensitive) == 0
        || text.compare(u"active", Qt::CaseInsensitive) == 0)
        return Status::Firing;
    if (text == u"0" || text.compare(u"resolved", Qt::CaseInsensitive) == 0
        || text.compare(u"ok", Qt::CaseInsensitive) == 0)
        return Status::Resolved;
    return Status::Stateless;
}

Status statusFromText(std::string_view utf8)
{
    if (utf8 == "1" || utf8 == "firing")
        return Status::Firing;
    if (utf8 == "0" || utf8 == "resolved")
        return Status::Resolved;
    if (utf8 == "-" || utf8 == "stateless")
        return Status::Stateless;
    return statusFromText(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

std::string_view typeDisplayName(std::string_view type)
{
    const size_t colon = type.rfind(':');
    if (colon != std::string_view::npos)
        return type.substr(colon + 1);
    const size_t lastDot = type.rfind('.');
    if (lastDot == std::string_view::npos || lastDot == 0)
        return type;
    const size_t previousDot = type.rfind('.', lastDot - 1);
    return previousDot == std::string_view::npos ? type : type.substr(previousDot + 1);
}

} // namespace alertdesk
