#include "store/FilterDataValues.h"

#include <string>

#include <simdjson.h>

namespace alertdesk {

namespace {

namespace ondemand = simdjson::ondemand;

// "a.b.0" → "/a/b/0" with RFC 6901 escapes, which is what simdjson's at_pointer walks (keys and indexes).
std::string pointerOf(const QString& path)
{
    std::string pointer;
    if (path.isEmpty())
        return pointer;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        pointer += '/';
        for (const char c : part.toStdString()) {
            if (c == '~')
                pointer += "~0";
            else if (c == '/')
                pointer += "~1";
            else
                pointer += c;
        }
    }
    return pointer;
}

std::optional<QByteArray> compactJson(std::string_view raw)
{
    std::string out(raw.size(), '\0');
    size_t length = 0;
    if (simdjson::minify(raw.data(), raw.size(), out.data(), length) != simdjson::SUCCESS)
        return std::nullopt;
    return QByteArray(out.data(), qsizetype(length));
}

std::optional<QByteArray> textOf(ondemand::value value)
{
    ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return std::nullopt;
    if (type == ondemand::json_type::string) {
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS)
            return std::nullopt;
        return QByteArray(text.data(), qsizetype(text.size()));
    }
    if (type == ondemand::json_type::object || type == ondemand::json_type::array) {
        std::string_view raw;
        if (simdjson::to_json_string(value).get(raw) != simdjson::SUCCESS)
            return std::nullopt;
        return compactJson(raw);
    }
    std::string_view token = value.raw_json_token(); // numbers as written, true/false/null
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return QByteArray(token.data(), qsizetype(token.size()));
}

// The whole data value: a string unquoted, anything else as compact JSON (a scalar document has no value to
// point into, so it is read directly).
std::optional<QByteArray> wholeText(ondemand::parser& parser, const simdjson::padded_string& json)
{
    ondemand::document document;
    std::string_view text;
    if (parser.iterate(json).get(document) == simdjson::SUCCESS && document.get_string().get(text) == simdjson::SUCCESS)
        return QByteArray(text.data(), qsizetype(text.size()));
    std::string_view raw;
    if (parser.iterate(json).get(document) != simdjson::SUCCESS ||
        simdjson::to_json_string(document).get(raw) != simdjson::SUCCESS)
        return std::nullopt;
    return compactJson(raw);
}

} // namespace

const std::optional<QByteArray>* FilterDataValues::value(quint32 row, int pathIndex) const
{
    const auto found = rows.constFind(row);
    if (found == rows.cend() || pathIndex >= found->size())
        return nullptr;
    const std::optional<QByteArray>& entry = found->at(pathIndex);
    return entry ? &entry : nullptr;
}

QList<std::optional<QByteArray>> extractDataValues(QByteArrayView dataJson, const QStringList& paths)
{
    QList<std::optional<QByteArray>> values(paths.size());
    // One parser per thread: its buffers are reused for every event instead of allocated per call.
    thread_local ondemand::parser parser;
    const simdjson::padded_string padded(dataJson.data(), size_t(dataJson.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        // A fresh iteration per path instead of rewind(): after an error (a missing key, broken JSON) the
        // on-demand document is not safe to rewind. Data values are small; the second pass costs little.
        if (paths.at(i).isEmpty()) {
            values[i] = wholeText(parser, padded);
            continue;
        }
        ondemand::document document;
        if (parser.iterate(padded).get(document) != simdjson::SUCCESS)
            return values;
        ondemand::value value;
        if (document.at_pointer(pointerOf(paths.at(i))).get(value) == simdjson::SUCCESS)
            values[i] = textOf(value);
    }
    return values;
}

} // namespace alertdesk
