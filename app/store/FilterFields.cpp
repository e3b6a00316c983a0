#include "store/FilterFields.h"

#include <array>
#include <utility>

namespace alertdesk::filterfields {

namespace {

using Named = std::pair<QLatin1StringView, FilterField>;

constexpr std::array fixedFields{
    Named{QLatin1StringView("id"), FilterField::Id},
    Named{QLatin1StringView("source"), FilterField::Source},
    Named{QLatin1StringView("type"), FilterField::Type},
    Named{QLatin1StringView("subject"), FilterField::Subject},
    Named{QLatin1StringView("region"), FilterField::Region},
    Named{QLatin1StringView("time"), FilterField::Time},
    Named{QLatin1StringView("severity"), FilterField::Severity},
    Named{QLatin1StringView("status"), FilterField::Status},
    Named{QLatin1StringView("title"), FilterField::Title},
    Named{QLatin1StringView("summary"), FilterField::Summary},
    Named{QLatin1StringView("labels"), FilterField::AllLabels},
    Named{QLatin1StringView("data"), FilterField::DataPath},
    Named{QLatin1StringView("fingerprint"), FilterField::Fingerprint},
    Named{QLatin1StringView("origin"), FilterField::Origin},
    Named{QLatin1StringView("@age"), FilterField::Age},
    Named{QLatin1StringView("@acked"), FilterField::Acked},
    Named{QLatin1StringView("@silenced"), FilterField::Silenced},
};

bool isRegex(FilterOp op)
{
    return op == FilterOp::Regex || op == FilterOp::NotRegex;
}

} // namespace

std::optional<FilterField> byName(QStringView text, QString* name)
{
    name->clear();
    if (text.startsWith(labelPrefix, Qt::CaseInsensitive) && text.size() > labelPrefix.size()) {
        *name = text.sliced(labelPrefix.size()).toString();
        return FilterField::Label;
    }
    if (text.startsWith(dataPrefix, Qt::CaseInsensitive) && text.size() > dataPrefix.size()) {
        *name = text.sliced(dataPrefix.size()).toString();
        return FilterField::DataPath;
    }
    for (const auto& [fieldName, field] : fixedFields) {
        if (text.compare(fieldName, Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QStringList names()
{
    QStringList out;
    for (const auto& named : fixedFields)
        out.append(named.first);
    return out;
}

bool allows(FilterField field, FilterOp op)
{
    switch (field) {
    case FilterField::Severity:
    case FilterField::Time:
        return !isRegex(op);
    case FilterField::Status:
    case FilterField::Acked:
    case FilterField::Silenced:
        return op == FilterOp::Contains || op == FilterOp::Equal || op == FilterOp::NotEqual;
    case FilterField::Age:
        // "contains" means nothing for a duration; the rest compare the age with it.
        return op != FilterOp::Contains && !isRegex(op);
    default:
        return true;
    }
}

QString opText(FilterOp op)
{
    switch (op) {
    case FilterOp::Contains:
        return QStringLiteral(":");
    case FilterOp::Equal:
        return QStringLiteral("=");
    case FilterOp::NotEqual:
        return QStringLiteral("!=");
    case FilterOp::Regex:
        return QStringLiteral("~");
    case FilterOp::NotRegex:
        return QStringLiteral("!~");
    case FilterOp::Greater:
        return QStringLiteral(">");
    case FilterOp::GreaterEqual:
        return QStringLiteral(">=");
    case FilterOp::Less:
        return QStringLiteral("<");
    case FilterOp::LessEqual:
        return QStringLiteral("<=");
    }
    return {};
}

bool isPooled(FilterField field)
{
    return field == FilterField::Source || field == FilterField::Type || field == FilterField::Region ||
        field == FilterField::Origin;
}

} // namespace alertdesk::filterfields
