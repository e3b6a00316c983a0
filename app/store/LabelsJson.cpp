#include "store/LabelsJson.h"

#include <simdjson.h>

#include "event/EventJson.h"

namespace alertdesk {

QByteArray labelsToJson(const Labels& labels)
{
    QByteArray out;
    out += '{';
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, QStringView(labels.at(i).first));
        out += ':';
        appendJsonString(out, QStringView(labels.at(i).second));
    }
    out += '}';
    return out;
}

Labels labelsFromJson(QByteArrayView json)
{
    thread_local simdjson::dom::parser parser;
    Labels labels;
    simdjson::dom::object object;
    if (parser.parse(json.data(), std::size_t(json.size())).get(object) != simdjson::SUCCESS)
        return labels;
    for (const auto field : object) {
        std::string_view value;
        if (field.value.get(value) != simdjson::SUCCESS)
            continue;
        labels.append({QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
                       QString::fromUtf8(value.data(), qsizetype(value.size()))});
    }
    return labels;
}

} // namespace alertdesk
