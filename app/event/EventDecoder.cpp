#include "EventDecoder.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include <QJsonDocument>
#include <QJsonParseError>

#include "event/EventJson.h"
#include "event/EventTime.h"
#include "event/Fingerprint.h"
#include "event/JsonSlice.h"
#include "event/SourceRules.h"
#include "event/StringInterner.h"
#include "event/Utf8.h"

namespace alertdesk {

namespace dom = simdjson::dom;

namespace {

QString str(std::string_view v)
{
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), static_cast<qsizetype>(v.size()));
}

QString kindOf(dom::element value)
{
    switch (value.type()) {
    case dom::element_type::OBJECT: return QStringLiteral("an object");
    case dom::element_type::ARRAY: return QStringLiteral("an array");
    case dom::element_type::STRING: return QStringLiteral("a string");
    case dom::element_type::BOOL: return QStringLiteral("a boolean");
    case dom::element_type::NULL_VALUE: return QStringLiteral("null");
    default: return QStringLiteral("a number");
    }
}

std::string_view stringOr(dom::element value, std::string_view fallback = {})
{
    std::string_view out;
    return value.get_string().get(out) == simdjson::SUCCESS ? out : fallback;
}

// Label values are strings; anything else keeps its JSON spelling.
QString labelValue(dom::element value)
{
    if (value.is_string())
        return str(stringOr(value));
    return QString::fromStdString(simdjson::minify(value));
}

QString lineColumn(QByteArrayView text, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(text.sliced(lineStart, qMin(offset, text.size()) - lineStart)).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

std::string_view severityOfLabels(dom::object alert)
{
    dom::element severity;
    return alert.at_pointer("/labels/severity").get(severity) == simdjson::SUCCESS ? stringOr(severity) : std::string_view();
}

// Alertmanager's human text: annotations.summary, else annotations.description.
QString alertSummary(dom::object alert)
{
    dom::object annotations;
    if (alert["annotations"].get(annotations) != simdjson::SUCCESS)
        return {};
    std::string_view summary, description;
    for (dom::key_value_pair field : annotations) {
        if (field.key == "summary")
            summary = stringOr(field.value);
        else if (field.key == "description")
            description = stringOr(field.value);
    }
    return str(!summary.empty() ? summary : description);
}


// The CloudEvent members the decoder reads. Classified by length first: a chain of string comparisons per key
// was a tenth of decoding time.
enum class Member : quint8 {
    Other, Id, Source, Type, Subject, Region, Time, Data, DataBase64, Tags, Severity, Status, Fingerprint, Title,
    Summary, Reserved, Specversion, EventList, Alerts, Labels, StartsAt,
};

Member memberOf(std::string_view key)
{
    switch (key.size()) {
    case 2: return key == "id" ? Member::Id : Member::Other;
    case 3: return key == "seq" ? Member::Reserved : Member::Other;
    case 4:
        if (key == "type") return Member::Type;
        if (key == "time") return Member::Time;
        if (key == "data") return Member::Data;
        if (key == "tags") return Member::Tags;
        return Member::Other;
    case 5: return key == "title" ? Member::Title : Member::Other;
    case 6:
        if (key == "source") return Member::Source;
        if (key == "region") return Member::Region;
        if (key == "status") return Member::Status;
        if (key == "alerts") return Member::Alerts;
        if (key == "labels") return Member::Labels;
        return Member::Other;
    case 7:
        if (key == "subject") return Member::Subject;
        if (key == "summary") return Member::Summary;
        return Member::Other;
    case 8:
        if (key == "subjuect") return Member::Subject;   // Tencent documents the misspelling
        if (key == "severity") return Member::Severity;
        if (key == "startsAt") return Member::StartsAt;
        return Member::Other;
    case 9:
        if (key == "alertdesk") return Member::Reserved;   // our derived fields are never the input's
        if (key == "EventList") return Member::EventList;
        return Member::Other;
    case 11:
        if (key == "fingerprint") return Member::Fingerprint;
        if (key == "data_base64") return Member::DataBase64;
        if (key == "specversion") return Member::Specversion;
        return Member::Other;
    default: return Member::Other;
    }
}

// A JSON path built only when a rejection needs it: batches of thousands of good events never format one.
struct JsonPath
{
    const JsonPath* parent = nullptr;
    std::string_view key;     // member name, or empty for an array element / the root
    qsizetype index = -1;     // array index, or -1

    QString toString() const
    {
        if (!parent)
            return QStringLiteral("$");
        if (index >= 0)
            return parent->toString() + u'[' + QString::number(index) + u']';
        return parent->toString() + u'.' + str(key);
    }
    QString member(std::string_view name) const { return JsonPath{this, name}.toString(); }
};

// Reading past an allocation's end within its page is safe on every platform we build for, but sanitizers and
// valgrind rightly object to it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPaddingInPlace = false;
#else
constexpr bool kPaddingInPlace = true;
#endif
constexpr uintptr_t kPageSize = 4096;

// Epoch numbers below this are seconds, not milliseconds (1973-03-03 in ms).
constexpr double kSecondsThreshold = 1e11;

} // namespace

// A CloudEvent time: epoch milliseconds as a number (Tencent), or a string of them or RFC 3339.
std::optional<qint64> eventTime(dom::element value)
{
    if (value.is_string())
        return parseEventTime(stringOr(value));
    if (!value.is_number())
        return std::nullopt;
    double number = 0;
    if (value.is_int64())
        number = static_cast<double>(value.get_int64().value_unsafe());
    else if (value.is_uint64())
        number = static_cast<double>(value.get_uint64().value_unsafe());
    else
        number = value.get_double().value_unsafe();
    return static_cast<qint64>(number < kSecondsThreshold ? number * 1000 : number);
}

// What a CloudEvent's members said beyond the fields stored directly in the Event.
struct CloudEventMembers
{
    std::optional<qint64> time;
    dom::element data;
    std::string_view dataText, sourceText, typeText, subjectText, severityText, statusText;
    std::string statusNumber;   // a status given as a number, spelt out
    QString titleText, summaryText;
    bool hasData = false, hasSeverity = false, hasStatus = false, hasReserved = false;
};

struct EventDecoder::Private
{
    Private(const Clock& c, DecodeLimits l) : clock(c), limits(l)
    {
        if (parser.allocate(static_cast<size_t>(limits.maxDocumentBytes), static_cast<size_t>(limits.maxDepth)))
            qFatal("EventDecoder: cannot allocate the JSON parser");
    }

    const Clock& clock;
    DecodeLimits limits;
    dom::parser parser;
    std::vector<char> buffer;
    QString origin;
    DecodeResult* out = nullptr;
    json::StructuralIndex structure;               // of the document being decoded
    json::StructuralIndex* index = &structure;
    std::vector<json::StructuralIndex::Entry> memberScratch;
    StringInterner strings;

    void decodeDocument(QByteArrayView document);
    void decodeTopLevel(dom::element root, uint32_t token);
    void decodeBatch(dom::array array, uint32_t token, const JsonPath& path, bool alertmanagerOnly,
                     const QString& amSource);
    void decodeObject(dom::object object, uint32_t token, const JsonPath& path);
    void decodeCloudEvent(dom::object object, uint32_t token, const JsonPath& path);
    bool readCloudEventMembers(dom::object object, uint32_t token, const JsonPath& path, Event& event,
                               CloudEventMembers& members);
    void deriveFields(Event& event, CloudEventMembers& members);
    void keepPayload(Event& event, std::string_view text, const CloudEventMembers& members);
    void decodeAlertmanagerWebhook(dom::object object, uint32_t token, const JsonPath& path);
    void decodeAlertmanagerAlert(dom::object alert, uint32_t token, const QString& source, const JsonPath& path);
    bool tooManyElements(dom::array array, const JsonPath& path);
    QString syntaxError(QByteArrayView document, simdjson::error_code code) const;

    // Labels as the model keeps them: sorted by name; names and short values shared through the interner.
    Labels labelsFrom(dom::object object)
    {
        Labels labels;
        labels.reserve(static_cast<qsizetype>(object.size()));
        for (dom::key_value_pair field : object) {
            std::string_view text;
            QString value = field.value.get_string().get(text) == simdjson::SUCCESS
                ? (text.size() <= 64 ? strings.intern(text) : str(text))
                : labelValue(field.value);
            labels.append({strings.intern(field.key), std::move(value)});
        }
        const auto byName = [](const auto& a, const auto& b) { return a.first < b.first; };
        if (!std::is_sorted(labels.begin(), labels.end(), byName))   // Alertmanager sends them sorted already
            std::sort(labels.begin(), labels.end(), byName);
        return labels;
    }

    void reject(const QString& where, const QString& message, Error::Code code = Error::Code::BadInput)
    {
        out->rejections.append(Error{code, message, where});
    }
};

EventDecoder::EventDecoder(const Clock& clock, DecodeLimits limits)
    : d(std::make_unique<Private>(clock, limits))
{
}

EventDecoder::~EventDecoder() = default;

const DecodeLimits& EventDecoder::limits() const
{
    return d->limits;
}

DecodeResult EventDecoder::decode(QByteArrayView document, const QString& origin)
{
    DecodeResult result;
    d->out = &result;
    d->origin = origin;
    d->decodeDocument(document);
    d->out = nullptr;
    return result;
}

void EventDecoder::Private::decodeDocument(QByteArrayView document)
{
    if (document.size() > limits.maxDocumentBytes) {
        reject(QStringLiteral("$"),
               QStringLiteral("the document is %1 bytes, over the limit of %2 bytes").arg(document.size()).arg(limits.maxDocumentBytes),
               Error::Code::TooLarge);
        return;
    }
    // simdjson may read up to SIMDJSON_PADDING bytes past the end (their values do not matter). When those bytes
    // lie in the same memory page as the input's last byte they are readable and the input is parsed in place;
    // otherwise, and always under AddressSanitizer, it is copied to our padded buffer first.
    const auto size = static_cast<size_t>(document.size());
    const char* input = document.data();
    if (!kPaddingInPlace || (reinterpret_cast<uintptr_t>(input + size) % kPageSize) + simdjson::SIMDJSON_PADDING > kPageSize) {
        if (buffer.size() < size + simdjson::SIMDJSON_PADDING)
            buffer.resize(size + simdjson::SIMDJSON_PADDING);
        std::memcpy(buffer.data(), document.data(), size);
        std::memset(buffer.data() + size, 0, simdjson::SIMDJSON_PADDING);
        input = buffer.data();
    }

    dom::element root;
    const simdjson::error_code error = parser.parse(input, size, false).get(root);
    if (error == simdjson::EMPTY) {
        reject(QStringLiteral("$"), QStringLiteral("the input is empty; expected a JSON event or batch"));
        return;
    }
    if (error) {
        reject(QString(), syntaxError(document, error), error == simdjson::DEPTH_ERROR ? Error::Code::TooLarge : Error::Code::BadInput);
        return;
    }
    out->wellFormed = true;
    structure.reset(std::string_view(input, size), parser.implementation->structural_indexes.get(),
                    parser.implementation->n_structural_indexes);
    decodeTopLevel(root, 0);
}

QString EventDecoder::Private::syntaxError(QByteArrayView document, simdjson::error_code code) const
{
    if (code == simdjson::UTF8_ERROR) {
        const qsizetype at = firstInvalidUtf8(document);
        return QStringLiteral("%1: invalid UTF-8 (byte 0x%2); the input must be UTF-8 text")
            .arg(lineColumn(document, qMax<qsizetype>(at, 0)))
            .arg(at >= 0 ? static_cast<unsigned char>(document.at(at)) : 0, 2, 16, QLatin1Char('0'));
    }
    if (code == simdjson::DEPTH_ERROR)
        return QStringLiteral("$: nesting deeper than %1 levels; flatten the event").arg(limits.maxDepth);
    // simdjson says what, not where: ask Qt's parser for the position of the fault.
    QJsonParseError qtError;
    QJsonDocument::fromJson(document.toByteArray(), &qtError);
    if (qtError.error != QJsonParseError::NoError)
        return QStringLiteral("%1: not valid JSON (%2)").arg(lineColumn(document, qtError.offset), qtError.errorString());
    return QStringLiteral("$: not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
}

void EventDecoder::Private::decodeTopLevel(dom::element root, uint32_t token)
{
    const JsonPath path;
    if (root.is_array()) {
        decodeBatch(root.get_array().value_unsafe(), token, path, false, QString());
        return;
    }
    if (!root.is_object()) {
        reject(path.toString(), QStringLiteral("expected an event object or a batch array, found %1").arg(kindOf(root)));
        return;
    }
    decodeObject(root.get_object().value_unsafe(), token, path);
}

bool EventDecoder::Private::tooManyElements(dom::array array, const JsonPath& path)
{
    if (static_cast<qsizetype>(array.size()) <= limits.maxBatchEvents)
        return false;
    reject(path.toString(), QStringLiteral("the batch holds %1 events, over the limit of %2; send smaller batches")
                     .arg(array.size()).arg(limits.maxBatchEvents), Error::Code::TooLarge);
    return true;
}

void EventDecoder::Private::decodeBatch(dom::array array, uint32_t token, const JsonPath& path,
                                        bool alertmanagerOnly, const QString& amSource)
{
    if (tooManyElements(array, path))
        return;
    const std::vector<json::StructuralIndex::Entry> elements = index->elements(token);
    size_t position = 0;
    for (dom::element element : array) {
        const JsonPath elementPath{&path, {}, static_cast<qsizetype>(position)};
        const uint32_t elementToken = position < elements.size() ? elements[position].token : 0;
        ++position;
        if (!element.is_object()) {
            reject(elementPath.toString(), QStringLiteral("expected an event object, found %1").arg(kindOf(element)));
            continue;
        }
        const dom::object object = element.get_object().value_unsafe();
        if (alertmanagerOnly)
            decodeAlertmanagerAlert(object, elementToken, amSource, elementPath);
        else
            decodeObject(object, elementToken, elementPath);
    }
}

void EventDecoder::Private::decodeObject(dom::object object, uint32_t token, const JsonPath& path)
{
    // CloudEvents (Tencent's included) nearly always begin with specversion: no need to look further.
    if (object.begin() != object.end() && (*object.begin()).key == "specversion") {
        decodeCloudEvent(object, token, path);
        return;
    }
    // Otherwise one pass over the keys tells the shape.
    bool hasEventList = false, hasAlerts = false, hasLabels = false, hasStartsAt = false, hasSpecversion = false, hasId = false;
    dom::element eventList;
    for (dom::key_value_pair field : object) {
        switch (memberOf(field.key)) {
        case Member::EventList:
            hasEventList = true;
            eventList = field.value;
            break;
        case Member::Alerts: hasAlerts = true; break;
        case Member::Labels: hasLabels = true; break;
        case Member::StartsAt: hasStartsAt = true; break;
        case Member::Specversion: hasSpecversion = true; break;
        case Member::Id: hasId = true; break;
        default: break;
        }
    }
    if (hasEventList) {
        if (!eventList.is_array()) {
            reject(path.member("EventList"), QStringLiteral("expected an array of events, found %1").arg(kindOf(eventList)));
            return;
        }
        const JsonPath listPath{&path, "EventList"};
        decodeBatch(eventList.get_array().value_unsafe(), index->member(token, "EventList"), listPath, false, QString());
    } else if (hasAlerts && !hasSpecversion) {
        decodeAlertmanagerWebhook(object, token, path);
    } else if (hasLabels && hasStartsAt && !hasSpecversion) {
        decodeAlertmanagerAlert(object, token, QStringLiteral("alertmanager"), path);
    } else if (!hasSpecversion && !hasId) {
        reject(path.toString(), QStringLiteral("not an event: expected a CloudEvent (specversion, id, source, type), a Tencent "
                                               "{\"EventList\":[…]} batch, or an Alertmanager payload (alerts or labels + startsAt)"));
    } else {
        decodeCloudEvent(object, token, path);
    }
}

void EventDecoder::Private::decodeCloudEvent(dom::object object, uint32_t token, const JsonPath& path)
{
    // Built in place in the result: an event is as big as its dozen strings, so moving it costs.
    Event& event = out->events.emplaceBack();
    event.origin = origin;
    CloudEventMembers members;
    if (!readCloudEventMembers(object, token, path, event, members)) {
        out->events.removeLast();
        return;
    }
    event.timeMs = members.time ? *members.time : clock.nowMs();
    deriveFields(event, members);
    keepPayload(event, index->text(token), members);
}

bool EventDecoder::Private::readCloudEventMembers(dom::object object, uint32_t token, const JsonPath& path,
                                                  Event& event, CloudEventMembers& m)
{
    // The DOM gives values, the structural index their text as written; both walk the members in document order.
    std::vector<json::StructuralIndex::Entry>& rawMembers = memberScratch;
    index->members(token, rawMembers);
    size_t memberIndex = 0;
    for (dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        const dom::element value = field.value;
        const uint32_t rawToken = memberIndex < rawMembers.size() ? rawMembers[memberIndex].token : 0;
        ++memberIndex;
        // Source, type and region repeat from event to event: those go through the interner.
        const auto requireString = [&](QString& target, std::string_view* utf8 = nullptr, bool shared = false) {
            if (!value.is_string()) {
                reject(path.member(key), QStringLiteral("must be a string, found %1").arg(kindOf(value)));
                return false;
            }
            const std::string_view text8 = stringOr(value);
            target = shared ? strings.intern(text8) : str(text8);
            if (utf8)
                *utf8 = text8;
            return true;
        };
        switch (memberOf(key)) {
        case Member::Id:
            if (!requireString(event.id))
                return false;
            break;
        case Member::Source:
            if (!requireString(event.source, &m.sourceText, true))
                return false;
            break;
        case Member::Type:
            if (!requireString(event.type, &m.typeText, true))
                return false;
            break;
        case Member::Subject:
            if (!value.is_null() && !requireString(event.subject, &m.subjectText))
                return false;
            break;
        case Member::Region:
            if (!value.is_null() && !requireString(event.region, nullptr, true))
                return false;
            break;
        case Member::Time:
            if (value.is_null())
                break;
            m.time = eventTime(value);
            if (!m.time) {
                reject(path.member("time"), QStringLiteral("not an RFC 3339 timestamp or epoch milliseconds: %1")
                                                .arg(QString::fromStdString(simdjson::minify(value))));
                return false;
            }
            break;
        case Member::Data:
        case Member::DataBase64:
            if (!m.hasData || memberOf(key) == Member::Data) {
                m.data = value;
                m.dataText = index->text(rawToken);
                m.hasData = true;
            }
            break;
        case Member::Tags:
            if (value.is_object())
                event.labels = labelsFrom(value.get_object().value_unsafe());
            break;
        case Member::Severity:
            m.hasSeverity = value.is_string();
            m.severityText = stringOr(value);
            break;
        case Member::Status:
            m.hasStatus = !value.is_null();
            m.statusNumber = value.is_string() ? std::string() : simdjson::minify(value);
            m.statusText = value.is_string() ? stringOr(value) : std::string_view(m.statusNumber);
            break;
        case Member::Fingerprint: event.fingerprint = str(stringOr(value)); break;
        case Member::Title: m.titleText = str(stringOr(value)); break;
        case Member::Summary: m.summaryText = str(stringOr(value)); break;
        case Member::Reserved: m.hasReserved = true; break;   // the hub's seq, our own derived fields
        default: break;
        }
    }
    for (const auto& [attribute, value] : {std::pair{"id", &event.id}, {"source", &event.source}, {"type", &event.type}}) {
        if (value->isEmpty()) {
            reject(path.toString(), QStringLiteral("missing the required CloudEvents attribute \"%1\"").arg(QLatin1String(attribute)));
            return false;
        }
    }
    return true;
}

void EventDecoder::Private::deriveFields(Event& event, CloudEventMembers& m)
{
    const bool tencent = isTencentSource(event.source);
    dom::object alert;
    const bool alertmanagerForm = event.type == u"alertmanager.alert" && m.hasData && m.data.get_object().get(alert) == simdjson::SUCCESS;
    if (alertmanagerForm) {
        // The hub's CloudEvent form of an Alertmanager alert: labels, title and summary come from the alert.
        dom::object amLabels;
        if (alert["labels"].get(amLabels) == simdjson::SUCCESS)
            event.labels = labelsFrom(amLabels);
        event.title = event.label(u"alertname");
        event.summary = alertSummary(alert);
        if (!m.hasSeverity)
            m.severityText = severityOfLabels(alert);
        m.hasSeverity = true;
    } else {
        const QString name = strings.intern(typeDisplayName(m.typeText));   // types repeat: share the name
        event.title = !m.titleText.isEmpty() ? m.titleText : event.subject.isEmpty() ? name : name + u' ' + event.subject;
        if (!m.summaryText.isEmpty()) {
            event.summary = m.summaryText;
        } else if (tencent) {
            event.summary = event.region.isEmpty() ? QString(event.type + u" on " + event.subject)
                                                   : QString(event.type + u" on " + event.subject + u" in " + event.region);
        }
    }
    event.severity = m.hasSeverity ? severityFromText(m.severityText)
                                   : tencent ? tencentSeverity(event.type) : Severity::Unknown;
    event.status = m.hasStatus ? statusFromText(m.statusText) : Status::Stateless;
    if (event.fingerprint.isEmpty())
        event.fingerprint = eventFingerprint(m.sourceText, m.typeText, m.subjectText);
}

void EventDecoder::Private::keepPayload(Event& event, std::string_view text, const CloudEventMembers& m)
{
    event.payloadKind = Event::Payload::CloudEvent;
    if (!m.hasReserved) {
        event.payload = bytes(text);
        if (m.hasData) {
            event.dataOffset = m.dataText.data() - text.data();
            event.dataLength = static_cast<qsizetype>(m.dataText.size());
        }
        return;
    }
    // Rare: strip the hub's seq / an input's own "alertdesk", then find the data again in what is left.
    const std::string stripped = json::withoutMembers(text, {"seq", "alertdesk"});
    event.payload = QByteArray::fromStdString(stripped);
    std::string_view strippedData = json::memberValue(stripped, "data");
    if (strippedData.empty())
        strippedData = json::memberValue(stripped, "data_base64");
    event.dataOffset = strippedData.empty() ? 0 : strippedData.data() - stripped.data();
    event.dataLength = static_cast<qsizetype>(strippedData.size());
}

void EventDecoder::Private::decodeAlertmanagerWebhook(dom::object object, uint32_t token, const JsonPath& path)
{
    // One pass over the members (keyed look-ups each walk them again).
    dom::element alerts, version, externalUrl;
    bool hasVersion = false, hasExternalUrl = false;   // a default dom::element must never be read
    for (dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        if (key == "alerts") {
            alerts = field.value;
        } else if (key == "version") {
            version = field.value;
            hasVersion = true;
        } else if (key == "externalURL") {
            externalUrl = field.value;
            hasExternalUrl = true;
        }
    }
    if (!alerts.is_array()) {
        reject(path.member("alerts"), QStringLiteral("expected an array of alerts, found %1").arg(kindOf(alerts)));
        return;
    }
    if (hasVersion && stringOr(version) != "4") {
        reject(path.member("version"),
               QStringLiteral("Alertmanager webhook payload version %1 is not supported; version 4 is")
                   .arg(QString::fromStdString(simdjson::minify(version))));
        return;
    }
    QString source = hasExternalUrl ? strings.intern(stringOr(externalUrl)) : QString();
    if (source.isEmpty())
        source = QStringLiteral("alertmanager");
    const JsonPath alertsPath{&path, "alerts"};
    decodeBatch(alerts.get_array().value_unsafe(), index->member(token, "alerts"), alertsPath, true, source);
}

void EventDecoder::Private::decodeAlertmanagerAlert(dom::object alert, uint32_t token, const QString& source,
                                                    const JsonPath& path)
{
    // One pass over the alert's members.
    dom::element labelsValue, annotations;
    std::string_view statusText, startsText8, endsText, fingerprintText;
    bool hasLabels = false, hasStatusString = false;
    for (dom::key_value_pair field : alert) {
        const std::string_view key = field.key;
        if (key == "labels") {
            labelsValue = field.value;
            hasLabels = labelsValue.is_object();
        } else if (key == "status") {
            hasStatusString = field.value.is_string();
            statusText = stringOr(field.value);
        } else if (key == "startsAt") {
            startsText8 = stringOr(field.value);
        } else if (key == "endsAt") {
            endsText = stringOr(field.value);
        } else if (key == "fingerprint") {
            fingerprintText = stringOr(field.value);
        }
    }
    if (!hasLabels) {
        reject(path.member("labels"), QStringLiteral("missing: an Alertmanager alert needs its labels object"));
        return;
    }
    const dom::object labelsObject = labelsValue.get_object().value_unsafe();
    const QByteArray startsText = !startsText8.empty() ? bytes(startsText8) : formatRfc3339Ms(clock.nowMs());
    const std::optional<qint64> starts = parseEventTime(std::string_view(startsText.constData(), static_cast<size_t>(startsText.size())));
    if (!starts) {
        reject(path.member("startsAt"), QStringLiteral("not an RFC 3339 timestamp: %1").arg(QString::fromUtf8(startsText)));
        return;
    }

    // Built in place in the result: an event is as big as its dozen strings, so moving it costs.
    Event& event = out->events.emplaceBack();
    event.origin = origin;
    event.source = source;
    event.type = QStringLiteral("alertmanager.alert");
    event.labels = labelsFrom(labelsObject);
    std::optional<qint64> ends;
    if (!endsText.empty() && !endsText.starts_with("0001-"))   // Go's zero time: not set
        ends = parseEventTime(endsText);

    // Webhook alerts say firing/resolved; API v2 alerts carry {"state":…} and are resolved once endsAt passed.
    if (hasStatusString)
        event.status = statusText == "resolved" ? Status::Resolved : Status::Firing;
    else
        event.status = ends && *ends <= clock.nowMs() ? Status::Resolved : Status::Firing;
    event.timeMs = event.status == Status::Resolved && ends ? *ends : *starts;

    event.fingerprint = !fingerprintText.empty() ? str(fingerprintText) : alertmanagerFingerprint(event.labels);
    event.id = event.fingerprint + u':' + (event.status == Status::Resolved ? u"resolved" : u"firing") + u':'
        + QString::fromUtf8(startsText);
    // Shared copies of the label strings, not new conversions.
    event.title = event.label(u"alertname");
    const QString instance = event.label(u"instance");
    event.subject = instance.isEmpty() ? event.title : instance;
    event.region = event.label(u"region");
    event.summary = alertSummary(alert);
    event.severity = severityFromText(event.label(u"severity"));
    // The alert object is the payload and the data; its CloudEvent form is derived when asked for.
    event.payloadKind = Event::Payload::AlertmanagerAlert;
    event.payload = bytes(index->text(token));
    event.dataLength = event.payload.size();
}

bool EventDecoder::isBinaryMode(const HttpHeaders& headers)
{
    return isBinaryModeRequest(headers);
}

DecodeResult EventDecoder::decodeBinaryMode(const HttpHeaders& headers, QByteArrayView body, const QString& origin)
{
    DecodeResult result;
    if (body.size() > d->limits.maxDocumentBytes) {
        result.rejections.append(Error{Error::Code::TooLarge,
                                       QStringLiteral("the body is %1 bytes, over the limit of %2 bytes")
                                           .arg(body.size()).arg(d->limits.maxDocumentBytes),
                                       QStringLiteral("body")});
        return result;
    }
    const Expected<QByteArray> document = structuredFromBinaryMode(headers, body);
    if (!document) {
        result.rejections.append(document.error());
        return result;
    }
    result = decode(*document, origin);
    for (Error& rejection : result.rejections) {
        if (rejection.where.isEmpty())   // a syntax error: it can only be in the body
            rejection.where = QStringLiteral("body");
    }
    return result;
}

} // namespace alertdesk
