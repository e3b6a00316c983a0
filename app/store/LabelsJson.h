#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "event/Event.h"

namespace alertdesk {

// Labels as the alerts table stores them: one JSON object, names in order, readable with any SQLite tool.
QByteArray labelsToJson(const Labels& labels);
// The same from the row text's label list ("name\x1evalue\x1d…", AlertRow.h).
QByteArray labelsToJson(QByteArrayView rowLabels);
// The reverse; a value that is not an object of strings gives no labels (the row stays usable).
Labels labelsFromJson(QByteArrayView json);

} // namespace alertdesk
