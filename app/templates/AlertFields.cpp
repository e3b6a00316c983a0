// The alert half of the view model: one table of documented fields, each computed on its own.
#include "AlertFields_p.h"

#include <unordered_map>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "event/EventTime.h"
#include "event/JsonSlice.h"
#include "templates/ViewText.h"

namespace alertdesk::mustache_detail {

Data textData(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return Data(std::string(utf8.constData(), static_cast<size_t>(utf8.size())));
}

Data dataFromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        Data object(Data::type::object);
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            object[std::string(key.constData(), static_cast<size_t>(key.size()))] = dataFromJson(it.value());
        }
        return object;
    }
    case QJsonValue::Array: {
        Data list(Data::type::list);
        for (const QJsonValue& element : value.toArray())
            list.push_back(dataFromJson(element));
        return list;
    }
    case QJsonValue::String:
        return textData(value.toString());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 whole = static_cast<qint64>(d);
        return textData(static_cast<double>(whole) == d && qAbs(d) < 9.0e15
                            ? QString::number(whole)
                            : QString::number(d, 'g', QLocale::FloatingPointShortest));
    }
    case QJsonValue::Bool:
        return Data(value.toBool());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Data(false); // null: empty when interpolated, false for sections (spec "Null Interpolation")
}

QJsonValue jsonFromData(const Data& data)
{
    if (data.is_string())
        return QString::fromStdString(data.string_value());
    if (data.is_bool())
        return data.is_true();
    if (data.is_list()) {
        QJsonArray array;
        for (const Data& element : data.list_value())
            array.append(jsonFromData(element));
        return array;
    }
    if (data.is_object()) {
        // The library's objects cannot be iterated: the lists of the view model hold {name, value} pairs.
        QJsonObject object;
        for (const char* key : {"name", "value"}) {
            if (const Data* member = data.get(key))
                object.insert(QLatin1String(key), jsonFromData(*member));
        }
        return object;
    }
    return QJsonValue(QJsonValue::Undefined);
}

namespace {

bool zh(const AlertSource& s)
{
    return isChinese(s.settings.language);
}

bool isTencent(const Event& e)
{
    return e.source.endsWith(QLatin1String(".cloud.tencent"));
}

bool isAlertmanager(const Event& e)
{
    return e.payloadKind == Event::Payload::AlertmanagerAlert || e.type == QLatin1String("alertmanager.alert");
}

std::string_view dataMember(const Event& e, std::string_view key)
{
    const QByteArrayView data = e.data();
    if (data.isEmpty() || data.front() != '{')
        return {};
    return json::memberValue(std::string_view(data.data(), static_cast<size_t>(data.size())), key);
}

QString jsonStringValue(std::string_view raw)
{
    if (raw.size() < 2 || raw.front() != '"')
        return {};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + QByteArray(raw.data(), static_cast<qsizetype>(raw.size())) + ']');
    return doc.array().at(0).toString();
}

qint64 firstSeenMs(const AlertSource& s)
{
    if (s.context.firstSeenMs > 0)
        return s.context.firstSeenMs;
    if (isAlertmanager(s.event)) {
        const std::string_view startsAt = dataMember(s.event, "startsAt");
        if (startsAt.size() > 2) {
            if (const auto ms = parseEventTime(startsAt.substr(1, startsAt.size() - 2)); ms && *ms > 0)
                return *ms;
        }
    }
    return s.event.timeMs;
}

// How long the alert lasted (resolved) or has lasted so far.
qint64 durationMs(const AlertSource& s)
{
    const qint64 end = s.event.status == Status::Resolved ? s.event.timeMs : s.nowMs;
    return qMax<qint64>(0, end - firstSeenMs(s));
}

QString alertUrl(const AlertSource& s)
{
    if (!s.settings.consoleBaseUrl.isEmpty()) {
        QString base = s.settings.consoleBaseUrl;
        while (base.endsWith(u'/'))
            base.chop(1);
        return base + QStringLiteral("/alerts/") + QString::fromLatin1(QUrl::toPercentEncoding(s.event.fingerprint));
    }
    if (isAlertmanager(s.event))
        return jsonStringValue(dataMember(s.event, "generatorURL"));
    if (isTencent(s.event)) // the product's console: "cvm.cloud.tencent" → console.cloud.tencent.com/cvm
        return QStringLiteral("https://console.cloud.tencent.com/") + s.event.source.section(u'.', 0, 0);
    return {};
}

QString description(const AlertSource& s)
{
    const std::string_view annotations = dataMember(s.event, "annotations");
    if (annotations.empty() || annotations.front() != '{')
        return {};
    return jsonStringValue(json::memberValue(annotations, "description"));
}

Data boolData(bool b)
{
    return Data(b);
}

Data nameValue(const QString& name, const QString& value)
{
    Data pair;
    pair["name"] = textData(name);
    pair["value"] = textData(value);
    return pair;
}

Data facts(const AlertSource& s)
{
    const bool z = zh(s);
    Data list(Data::type::list);
    const auto add = [&](const char16_t* en, const char16_t* cn, const QString& value) {
        if (!value.isEmpty())
            list.push_back(nameValue(QString::fromUtf16(z ? cn : en), value));
    };
    add(u"Resource", u"对象", s.event.subject);
    add(u"Region", u"地域", s.event.region);
    add(u"Event type", u"事件类型", isAlertmanager(s.event) ? QString() : s.event.type);
    add(u"Time", u"时间", localTimeText(s.event.timeMs));
    if (s.event.status == Status::Resolved && durationMs(s) > 0)
        add(u"Duration", u"持续时间", durationText(durationMs(s), z));
    if (s.context.count > 1)
        add(u"Occurrences", u"次数", QString::number(s.context.count));
    add(u"Rule", u"规则", s.context.ruleName);
    return list;
}

Data labelsObject(const Event& e)
{
    Data object(Data::type::object);
    for (const auto& [name, value] : e.labels)
        object[name.toStdString()] = textData(value);
    return object;
}

Data labelList(const Event& e)
{
    Data list(Data::type::list);
    for (const auto& [name, value] : e.labels)
        list.push_back(nameValue(name, value));
    return list;
}

Data nestedData(const Event& e)
{
    const QByteArrayView raw = e.data();
    if (raw.isEmpty() || raw == "null")
        return Data(false);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(raw.data(), raw.size()));
    if (doc.isObject())
        return dataFromJson(doc.object());
    if (doc.isArray())
        return dataFromJson(doc.array());
    // A scalar document: QJsonDocument takes only objects and arrays, so wrap it.
    return dataFromJson(QJsonDocument::fromJson("[" + QByteArray(raw.data(), raw.size()) + "]").array().at(0));
}

using S = const AlertSource&;

const AlertFieldDef kFields[] = {
    {"id", [](S s) { return textData(s.event.id); }, "the event's id"},
    {"source", [](S s) { return textData(s.event.source); },
     "the event's source (\"cvm.cloud.tencent\", the Alertmanager URL)"},
    {"type", [](S s) { return textData(s.event.type); },
     "the event type (\"cvm:ErrorEvent:DiskReadonly\", \"alertmanager.alert\")"},
    {"subject", [](S s) { return textData(s.event.subject); }, "the resource the event is about"},
    {"region", [](S s) { return textData(s.event.region); }, "the region, empty when unknown"},
    {"time", [](S s) { return textData(QString::fromLatin1(formatRfc3339Ms(s.event.timeMs))); },
     "event time, RFC 3339 UTC with milliseconds"},
    {"timeMs", [](S s) { return textData(QString::number(s.event.timeMs)); }, "event time in epoch milliseconds"},
    {"severity", [](S s) { return textData(severityName(s.event.severity)); },
     "critical, major, warning, info or unknown"},
    {"status", [](S s) { return textData(statusName(s.event.status)); }, "firing, resolved or stateless"},
    {"title", [](S s) { return textData(s.event.title); }, "the alert's title"},
    {"summary", [](S s) { return textData(s.event.summary); }, "one-line summary"},
    {"description", [](S s) { return textData(description(s)); }, "Alertmanager annotations.description, else empty"},
    {"hasDescription", [](S s) { return boolData(!description(s).isEmpty()); }, "description is not empty"},
    {"hasSummary", [](S s) { return boolData(!s.event.summary.isEmpty()); }, "summary is not empty"},
    {"hasRegion", [](S s) { return boolData(!s.event.region.isEmpty()); }, "region is not empty"},
    {"fingerprint", [](S s) { return textData(s.event.fingerprint); }, "the alert's lifecycle key"},
    {"origin", [](S s) { return textData(s.event.origin); }, "where the event came from (file:…, a feed URL, demo)"},
    {"data", [](S s) { return nestedData(s.event); }, "the event's data as nested values (data.annotations.summary …)"},
    {"dataJson", [](S s) { return textData(QString::fromUtf8(s.event.data())); }, "the event's data as JSON text"},
    {"labels", [](S s) { return labelsObject(s.event); }, "labels by name (labels.instance)"},
    {"labelList", [](S s) { return labelList(s.event); }, "labels as a list of {name, value}, sorted by name"},
    {"hasLabels", [](S s) { return boolData(!s.event.labels.isEmpty()); }, "true when there are labels"},
    {"isFiring", [](S s) { return boolData(s.event.status == Status::Firing); }, "status is firing"},
    {"isResolved", [](S s) { return boolData(s.event.status == Status::Resolved); }, "status is resolved"},
    {"isStateless", [](S s) { return boolData(s.event.status == Status::Stateless); },
     "a one-off event without a lifecycle"},
    {"isCritical", [](S s) { return boolData(s.event.severity == Severity::Critical); }, "severity is critical"},
    {"isMajor", [](S s) { return boolData(s.event.severity == Severity::Major); }, "severity is major"},
    {"isWarning", [](S s) { return boolData(s.event.severity == Severity::Warning); }, "severity is warning"},
    {"isInfo", [](S s) { return boolData(s.event.severity == Severity::Info); }, "severity is info"},
    {"isMajorOrWorse", [](S s) { return boolData(s.event.severity >= Severity::Major); },
     "severity is major or critical"},
    {"isTencent", [](S s) { return boolData(isTencent(s.event)); }, "a Tencent Cloud event"},
    {"isAlertmanager", [](S s) { return boolData(isAlertmanager(s.event)); }, "a Prometheus Alertmanager alert"},
    {"severityText", [](S s) { return textData(severityText(s.event.severity, zh(s))); },
     "the severity in words (Critical / 严重)"},
    {"statusText", [](S s) { return textData(statusText(s.event.status, zh(s))); },
     "the status in words (Firing / 告警中)"},
    {"severityEmoji", [](S s) { return textData(severityEmoji(s.event.severity)); },
     "🔴 🟠 🟡 🔵 ⚪ by severity"},
    {"statusEmoji", [](S s) { return textData(statusEmoji(s.event.status)); }, "🔥 firing, ✅ resolved, 🔔 event"},
    {"wecomColor", [](S s) { return textData(wecomColorName(s.event.severity, s.event.status)); },
     "WeCom markdown <font color>: warning, info (resolved) or comment"},
    {"feishuTemplate", [](S s) { return textData(feishuTemplateName(s.event.severity, s.event.status)); },
     "Feishu/Lark card header template: red orange yellow blue grey green"},
    {"colorHex", [](S s) { return textData(colorHex(s.event.severity, s.event.status)); },
     "a colour for the severity (\"#E01E5A\"), green when resolved"},
    {"discordColor",
     [](S s) {
         return textData(QString::number(colorHex(s.event.severity, s.event.status).mid(1).toInt(nullptr, 16)));
     },
     "the same colour as a decimal (Discord embeds)"},
    {"teamsColor", [](S s) { return textData(teamsColorName(s.event.severity, s.event.status)); },
     "Adaptive Card text colour: attention, warning, accent, good"},
    {"timeLocal", [](S s) { return textData(localTimeText(s.event.timeMs)); },
     "event time, local: 2026-11-27 08:43:52 +08:00"},
    {"timeUtc", [](S s) { return textData(utcTimeText(s.event.timeMs)); }, "event time, UTC: 2026-11-27 00:43:52 UTC"},
    {"timeIso", [](S s) { return textData(QString::fromLatin1(formatRfc3339Ms(s.event.timeMs))); },
     "event time, ISO 8601"},
    {"firstSeenLocal", [](S s) { return textData(localTimeText(firstSeenMs(s))); }, "when the alert began, local"},
    {"firstSeenUtc", [](S s) { return textData(utcTimeText(firstSeenMs(s))); }, "when the alert began, UTC"},
    {"firstSeenIso", [](S s) { return textData(QString::fromLatin1(formatRfc3339Ms(firstSeenMs(s)))); },
     "when the alert began, ISO 8601"},
    {"age", [](S s) { return textData(ageText(s.nowMs - s.event.timeMs, zh(s))); },
     "how long ago the event happened (3m ago / 3分钟前)"},
    {"ageSeconds", [](S s) { return textData(QString::number(qMax<qint64>(0, s.nowMs - s.event.timeMs) / 1000)); },
     "the same in seconds"},
    {"duration", [](S s) { return textData(durationText(durationMs(s), zh(s))); },
     "how long the alert lasted (resolved) or has lasted (1h 5m / 1小时5分钟)"},
    {"durationSeconds", [](S s) { return textData(QString::number(durationMs(s) / 1000)); }, "the same in seconds"},
    {"hasDuration", [](S s) { return boolData(durationMs(s) >= 1000); }, "the duration is at least a second"},
    {"count", [](S s) { return textData(QString::number(qMax(1, s.context.count))); }, "events seen for this alert"},
    {"isRepeated", [](S s) { return boolData(s.context.count > 1); }, "more than one event seen"},
    {"ruleName", [](S s) { return textData(s.context.ruleName); }, "the routing rule that matched"},
    {"hasRuleName", [](S s) { return boolData(!s.context.ruleName.isEmpty()); }, "a rule name is known"},
    {"consoleUrl", [](S s) { return textData(s.settings.consoleBaseUrl); }, "the profile's console base URL"},
    {"url", [](S s) { return textData(alertUrl(s)); },
     "a link for the alert: the console, else Alertmanager's generatorURL, else the Tencent product console"},
    {"hasUrl", [](S s) { return boolData(!alertUrl(s).isEmpty()); }, "url is not empty"},
    {"showLink", [](S s) { return boolData(!s.settings.messageHasButton && !alertUrl(s).isEmpty()); },
     "a url exists and the message type has no button of its own: put the link in the text"},
    {"lang", [](S s) { return textData(zh(s) ? QStringLiteral("zh") : QStringLiteral("en")); }, "en or zh"},
    {"isZh", [](S s) { return boolData(zh(s)); }, "the words are Chinese"},
    {"facts", [](S s) { return facts(s); },
     "ready-made {name, value} lines: resource, region, type, time, duration, count, rule"},
    {"isDigest", [](S) { return boolData(false); }, "false for one alert, true for a digest"},
};

QJsonValue rawJson(QByteArrayView raw)
{
    if (raw.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + QByteArray(raw.data(), raw.size()) + "]");
    return doc.array().at(0);
}

} // namespace

QJsonObject alertJson(const AlertSource& source)
{
    QJsonObject object;
    for (const AlertFieldDef& field : alertFieldDefs()) {
        const QString name = QLatin1String(field.name);
        if (name == QLatin1String("data")) {
            object.insert(name, rawJson(source.event.data()));
        } else if (name == QLatin1String("labels")) {
            QJsonObject labels;
            for (const auto& [key, value] : source.event.labels)
                labels.insert(key, value);
            object.insert(name, labels);
        } else {
            object.insert(name, jsonFromData(field.compute(source)));
        }
    }
    return object;
}

std::span<const AlertFieldDef> alertFieldDefs()
{
    return kFields;
}

int alertFieldIndex(const std::string& name)
{
    static const std::unordered_map<std::string, int> index = [] {
        std::unordered_map<std::string, int> map;
        for (size_t i = 0; i < std::size(kFields); ++i)
            map.emplace(kFields[i].name, static_cast<int>(i));
        return map;
    }();
    const auto it = index.find(name);
    return it == index.end() ? -1 : it->second;
}

Data alertObject(const AlertSource& source)
{
    Data object(Data::type::object);
    for (const AlertFieldDef& field : kFields)
        object[field.name] = field.compute(source);
    return object;
}

AlertViewContext::AlertViewContext(const Event& event, const AlertContext& context, const ViewSettings& settings,
                                   qint64 nowMs)
    : m_event(event),
      m_context(context),
      m_settings(settings),
      m_nowMs(nowMs),
      m_fields(std::size(kFields))
{}

QJsonValue AlertViewContext::toJson() const
{
    return alertJson(source());
}

const Data* AlertViewContext::rootSelf() const
{
    if (!m_whole)
        m_whole.emplace(alertObject(source()));
    return &*m_whole;
}

const Data* AlertViewContext::rootMember(const std::string& name) const
{
    const int index = alertFieldIndex(name);
    if (index < 0)
        return nullptr;
    std::optional<Data>& slot = m_fields[static_cast<size_t>(index)];
    if (!slot)
        slot.emplace(kFields[index].compute(source()));
    return &*slot;
}

} // namespace alertdesk::mustache_detail
