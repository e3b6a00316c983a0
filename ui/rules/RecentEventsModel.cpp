#include "RecentEventsModel.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>

#include "ui/alerts/SeverityStyle.h"

namespace alertdesk::ui {

RecentEventsModel::RecentEventsModel(QObject* parent) : QAbstractTableModel(parent) {}

int RecentEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RecentEventsModel::matched(int row) const
{
    const size_t i = size_t(m_rows[size_t(row)]);
    return i < m_matched.size() && m_matched[i] != 0;
}

QVariant RecentEventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const rules::RecentEvent& e = event(index.row());
    if (role == SequenceRole)
        return e.sequence;
    if (role == MatchedRole)
        return matched(index.row());
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return severityIcon(e.severity, m_dark);
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case MatchColumn:
        // Words and a sign, not a colour: "✓ match" / "✗ no match".
        return matched(index.row()) ? tr("✓ match") : tr("✗ no match");
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs).time(), QStringLiteral("HH:mm:ss"));
    case SeverityColumn:
        return severityText(e.severity);
    case SourceColumn:
        return e.source;
    case TypeColumn:
        return e.type;
    case SubjectColumn:
        return e.subject;
    case TitleColumn:
        return e.title;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecentEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case MatchColumn:
        return tr("Pattern");
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Type");
    case SubjectColumn:
        return tr("Subject");
    case TitleColumn:
        return tr("Title");
    case ColumnCount:
        break;
    }
    return {};
}

void RecentEventsModel::setResults(std::vector<rules::RecentEvent> events, std::vector<char> matched)
{
    beginResetModel();
    m_events = std::move(events);
    m_matched = std::move(matched);
    m_matchCount = int(std::count(m_matched.begin(), m_matched.end(), char(1)));
    rebuildRows();
    endResetModel();
}

void RecentEventsModel::setDark(bool dark)
{
    m_dark = dark;
    if (!m_rows.empty())
        emit dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn), {Qt::DecorationRole});
}

void RecentEventsModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    rebuildRows();
    endResetModel();
}

int RecentEventsModel::rowOf(quint64 sequence) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_events[size_t(m_rows[row])].sequence == sequence)
            return int(row);
    }
    return -1;
}

void RecentEventsModel::rebuildRows()
{
    m_rows.clear();
    for (int i = int(m_events.size()) - 1; i >= 0; --i) {
        const bool hit = size_t(i) < m_matched.size() && m_matched[size_t(i)] != 0;
        if (m_show == Show::All || (m_show == Show::Matching) == hit)
            m_rows.push_back(i);
    }
}

} // namespace alertdesk::ui
