#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace alertdesk {

class AlertTable;

// What the filter bar offers while the user types (UX.md: completion of field names and of values seen in the
// data). No widgets: the bar asks with its text and cursor and replaces [replaceStart, +replaceLength) with
// the chosen candidate. Label names and values come from the newest rows (up to scanLimit), source/type/region/
// origin values from the table's string pool.
class FilterCompletion final
{
public:
    enum class Kind { None, Field, Value };

    struct Completion
    {
        Kind kind = Kind::None;
        QString field;        // Value: the field whose value is being typed, as written
        int replaceStart = 0; // UTF-16 offsets into the text
        int replaceLength = 0;
        QStringList candidates; // ready to insert: values that need it come quoted
    };

    Completion complete(QStringView text, int cursor, const AlertTable& table) const;

    void setMaxCandidates(int count) { m_maxCandidates = count; }
    void setScanLimit(quint32 rows) { m_scanLimit = rows; }

private:
    QStringList fieldCandidates(QStringView prefix, const AlertTable& table) const;
    QStringList valueCandidates(QStringView field, QStringView prefix, const AlertTable& table) const;
    QStringList labelNames(const AlertTable& table) const;
    QStringList labelValues(const QString& name, const AlertTable& table) const;

    int m_maxCandidates = 50;
    quint32 m_scanLimit = 100'000;
};

} // namespace alertdesk
