#include "GroupKey.h"

#include <array>
#include <string>

#include "event/EventTime.h"
#include "event/JsonSlice.h"
#include "rules/PatternJson.h"

namespace alertdesk::rules {

namespace {

constexpr std::array<QLatin1StringView, 12> kModelFields{
    QLatin1StringView("id"),       QLatin1StringView("source"),      QLatin1StringView("type"),
    QLatin1StringView("subject"),  QLatin1StringView("region"),      QLatin1StringView("time"),
    QLatin1StringView("severity"), QLatin1StringView("status"),      QLatin1StringView("title"),
    QLatin1StringView("summary"),  QLatin1StringView("fingerprint"), QLatin1StringView("origin")};

constexpr QLatin1StringView kLabels("labels.");
constexpr QLatin1StringView kData("data.");

// The value at a dotted path in the data object: strings unescaped, other values as written.
QString dataValue(const Event& event, QStringView path)
{
    const QByteArrayView data = event.data();
    std::string_view value(data.data(), static_cast<size_t>(data.size()));
    const QByteArray keys = path.toUtf8();
    for (const QByteArray& key : keys.split('.')) {
        if (value.empty() || value.front() != '{')
            return {};
        value = json::memberValue(value, std::string_view(key.constData(), static_cast<size_t>(key.size())));
    }
    if (value.size() >= 2 && value.front() == '"') {
        std::string text;
        if (!unescapeJsonString(value.substr(1, value.size() - 2), text))
            return {};
        return QString::fromStdString(text);
    }
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

void appendQuoted(QString& out, const QString& value)
{
    out += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
}

} // namespace

bool isGroupByField(QStringView field)
{
    if ((field.startsWith(kLabels) && field.size() > kLabels.size()) ||
        (field.startsWith(kData) && field.size() > kData.size() && !field.endsWith(u'.') &&
         !field.contains(QLatin1StringView(".."))))
        return true;
    for (const QLatin1StringView name : kModelFields) {
        if (field == name)
            return true;
    }
    return false;
}

QString groupFieldValue(const Event& event, QStringView field)
{
    if (field.startsWith(kLabels))
        return event.label(field.sliced(kLabels.size()));
    if (field.startsWith(kData))
        return dataValue(event, field.sliced(kData.size()));
    if (field == u"id")
        return event.id;
    if (field == u"source")
        return event.source;
    if (field == u"type")
        return event.type;
    if (field == u"subject")
        return event.subject;
    if (field == u"region")
        return event.region;
    if (field == u"time")
        return QString::fromLatin1(formatRfc3339Ms(event.timeMs));
    if (field == u"severity")
        return severityName(event.severity);
    if (field == u"status")
        return statusName(event.status);
    if (field == u"title")
        return event.title;
    if (field == u"summary")
        return event.summary;
    if (field == u"fingerprint")
        return event.fingerprint;
    if (field == u"origin")
        return event.origin;
    return {};
}

GroupKey groupKeyFor(const QString& ruleId, const QStringList& groupBy, const Event& event)
{
    GroupKey key;
    key.text = ruleId + u'{';
    if (groupBy.isEmpty()) {
        key.text += QStringLiteral("fingerprint=");
        appendQuoted(key.text, event.fingerprint);
    }
    for (qsizetype i = 0; i < groupBy.size(); ++i) {
        QString value = groupFieldValue(event, groupBy[i]);
        if (i > 0)
            key.text += u',';
        key.text += groupBy[i] + u'=';
        appendQuoted(key.text, value);
        key.values.append({groupBy[i], std::move(value)});
    }
    key.text += u'}';
    return key;
}

} // namespace alertdesk::rules
