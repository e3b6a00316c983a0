#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "rules/RecentEvents.h"

namespace alertdesk::ui {

// The live test's events (newest first) with whether the pattern matches each, showing the matching ones, the
// others, or all.
class RecentEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentEventsModel)

public:
    enum Column {
        MatchColumn,
        TimeColumn,
        SeverityColumn,
        SourceColumn,
        TypeColumn,
        SubjectColumn,
        TitleColumn,
        ColumnCount
    };
    enum class Show { Matching, NotMatching, All };
    enum Role { SequenceRole = Qt::UserRole, MatchedRole };

    explicit RecentEventsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `matched` has one flag per event (empty: no valid pattern, nothing matches).
    void setResults(std::vector<rules::RecentEvent> events, std::vector<char> matched);
    void setShow(Show show);
    void setDark(bool dark);
    Show show() const { return m_show; }
    const rules::RecentEvent& event(int row) const { return m_events[size_t(m_rows[size_t(row)])]; }
    bool matched(int row) const;
    int rowOf(quint64 sequence) const;
    int matchCount() const { return m_matchCount; }
    int eventCount() const { return int(m_events.size()); }

private:
    void rebuildRows();

    std::vector<rules::RecentEvent> m_events; // oldest first
    std::vector<char> m_matched;
    std::vector<int> m_rows; // shown rows: indices into m_events, newest first
    Show m_show = Show::Matching;
    int m_matchCount = 0;
    bool m_dark = false;
};

} // namespace alertdesk::ui
