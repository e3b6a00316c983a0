#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <QString>

#include "common/Error.h"

namespace alertdesk::rules {

struct JsonMember;

// A JSON value exactly as written: numbers keep their lexeme, objects keep every member in order (duplicates
// included), and every node knows its byte range, so the pattern compiler can follow event-ruler's rules
// (last duplicate wins, number spellings matter) and point at the fault.
struct JsonNode
{
    enum class Type : unsigned char { Null, False, True, Number, String, Array, Object };

    Type type = Type::Null;
    std::string text;                // String: the unescaped UTF-8 text; Number: the lexeme
    std::vector<JsonNode> elements;  // Array
    std::vector<JsonMember> members; // Object, in document order
    size_t begin = 0;                // byte range in the parsed text
    size_t end = 0;

    bool isScalar() const { return type != Type::Array && type != Type::Object; }
};

struct JsonMember
{
    std::string key;
    JsonNode value;
};

// Parses one JSON document (RFC 8259, UTF-8 checked, nesting limited to `maxDepth`). A syntax error says where:
// Error::where is "line L, column C" (columns count bytes from 1).
Expected<JsonNode> parseJsonDocument(std::string_view text, int maxDepth = 64);

// Decodes the inside of a JSON string literal (between the quotes). False on a bad escape.
bool unescapeJsonString(std::string_view raw, std::string& out);

// The JSON text of a node, compact, numbers and strings as written.
std::string toJsonText(const JsonNode& node);

// For messages that name a fault: what a node is ("a string", "an array", "null", …), a JSON path one array
// element deeper ("$.rules[2]"), and a node's UTF-8 text as a QString.
QString jsonTypeName(const JsonNode& node);
QString jsonIndexPath(const QString& path, size_t index);
QString utf8Text(std::string_view text);

} // namespace alertdesk::rules
