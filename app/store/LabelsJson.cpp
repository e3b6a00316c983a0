#include "store/LabelsJson.h"

#include <simdjson.h>

#include "event/EventJson.h"
#include "store/AlertRow.h"

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

QByteArray labelsToJson(QByteArrayView rowLabels)
{
    QByteArray out;
    out.reserve(rowLabels.size() + 32);
    out += '{';
    qsizetype start = 0;
    bool first = true;
    while (start < rowLabels.size()) {
        qsizetype end = rowLabels.indexOf(labelSeparator, start);
        if (end < 0)
            end = rowLabels.size();
        const QByteArrayView entry = rowLabels.sliced(start, end - start);
        const qsizetype split = entry.indexOf(labelValueSeparator);
        if (split >= 0) {
            if (!first)
                out += ',';
            first = false;
            appendJsonString(out, std::string_view(entry.data(), std::size_t(split)));
            out += ':';
            appendJsonString(out, std::string_view(entry.data() + split + 1, std::size_t(entry.size() - split - 1)));
        }
        start = end + 1;
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
