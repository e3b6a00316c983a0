#pragma once

#include <QString>

namespace alertdesk {

// Why a filter text does not compile, and where: the filter bar underlines [position, position + length) of the
// text (UTF-16 offsets, as QLineEdit counts) and shows the one-sentence message.
struct FilterError
{
    int position = 0;
    int length = 0;
    QString message;
};

} // namespace alertdesk
