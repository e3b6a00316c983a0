#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "event/Event.h"

namespace alertdesk {

// Labels as the alerts table stores them: one JSON object, names in order, readable with any SQLite tool.
QByteArray labelsToJson(const Labels& labels);
// The reverse; a value that is not an object of strings gives no labels (the row stays usable).
Labels labelsFromJson(QByteArrayView json);

} // namespace alertdesk
