#pragma once

#include <string_view>

namespace alertdesk::rules {

// A JSON number's value and whether the double holds it exactly in event-ruler's sense: the written decimal
// equals the shortest decimal that reads back as the same double. 300, 300.0 and 3.0e2 are exact (and equal);
// 0.30000000000000001, 123456789012345678901, 1e309 and 1E-325 are not, and match only by their spelling.
struct NumberValue
{
    double value = 0;
    bool exact = false;
};

// `lexeme` must be a valid JSON number.
NumberValue readJsonNumber(std::string_view lexeme);

} // namespace alertdesk::rules
