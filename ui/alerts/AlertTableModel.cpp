#include "ui/alerts/AlertTableModel.h"

#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include "common/Clock.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/acks/AttentionBadge.h"
#include "ui/alerts/SeverityStyle.h"
#include "ui/alerts/TimeText.h"

namespace alertdesk::ui {

AlertTableModel::AlertTableModel(AlertStore& store, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock), m_view(store.table())
{
    connect(&m_store, &AlertStore::opened, this, &AlertTableModel::reload);
    connect(&m_store, &AlertStore::changed, this, &AlertTableModel::applyStoreChange);
    connect(&m_store, &AlertStore::dataValuesLoaded, this,
            [this](const QStringList& paths, const FilterDataValues& values) {
                if (paths != m_view.filter().dataPaths())
                    return;
                relayout([&] { m_view.setDataValues(values, m_clock.nowMs()); });
            });
    // Ages tick: one repaint of one column a second (the view repaints only what is on screen). Filters on
    // @age are re-evaluated at the same pace.
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &AlertTableModel::tickAges);
    m_ageTimer.start();
    reload();
}

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : alertColumnCount;
}

void AlertTableModel::reload()
{
    relayout([this] { m_view.reset(m_store.table(), m_clock.nowMs()); });
}

void AlertTableModel::applyStoreChange(const StoreChange& change)
{
    relayout([&] { m_view.apply(change, m_clock.nowMs()); });
}

void AlertTableModel::setFilter(AlertFilter filter)
{
    m_store.watchDataPaths(filter.dataPaths());
    relayout([&] { m_view.setFilter(std::move(filter), m_clock.nowMs()); });
}

void AlertTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= alertColumnCount)
        return;
    relayout([&] { m_view.setSort(sortKeyOf(AlertColumn(column)), order, m_clock.nowMs()); });
}

template <typename Change>
void AlertTableModel::relayout(Change&& change)
{
    // Views read the old rows here (AlertTableView notes the alert in its first visible row), so the change
    // happens after this signal, and the persistent indexes are read after it too (views create some here).
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<quint32> persistentRows;
    persistentRows.reserve(std::size_t(persistent.size()));
    for (const QModelIndex& index : persistent)
        persistentRows.push_back(index.row() < int(m_view.rows().size()) ? tableRow(index.row()) : UINT32_MAX);

    change();
    const int newCount = int(m_view.rows().size());
    // A layout change may change the row count: views and headers re-initialise their sections on layoutChanged.
    m_rowCount = newCount;
    if (!persistent.isEmpty()) {
        const auto& table = m_store.table();
        m_wanted.assign(table.size(), false);
        for (const quint32 row : persistentRows) {
            if (row < table.size())
                m_wanted[row] = true;
        }
        QHash<quint32, int> newPosition;
        const auto& rows = m_view.rows();
        for (std::size_t i = 0; i < rows.size() && newPosition.size() < qsizetype(persistent.size()); ++i) {
            if (m_wanted[rows[i]])
                newPosition.insert(rows[i], int(i));
        }
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const auto found = newPosition.constFind(persistentRows[std::size_t(i)]);
            moved.append(found == newPosition.cend() ? QModelIndex()
                                                     : index(*found, persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit countsChanged(newCount, int(m_view.liveCount()));
}

int AlertTableModel::rowOfAlert(qint64 alertId) const
{
    const auto index = m_store.table().findAlertId(alertId);
    if (!index)
        return -1;
    const auto& rows = m_view.rows();
    const auto it = std::find(rows.begin(), rows.end(), *index);
    return it == rows.end() ? -1 : int(it - rows.begin());
}

void AlertTableModel::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, 0), {Qt::DecorationRole});
}

void AlertTableModel::tickAges()
{
    if (m_view.filter().usesAge())
        relayout([this] { m_view.refilter(m_clock.nowMs()); });
    if (m_rowCount > 0) {
        const int age = int(AlertColumn::Age);
        emit dataChanged(index(0, age), index(m_rowCount - 1, age), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_view.rows().size()))
        return {};
    const quint32 tableIndex = tableRow(index.row());
    const AlertRow& row = m_store.table().row(tableIndex);
    const auto column = AlertColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::DecorationRole:
        if (column == AlertColumn::Status)   // acknowledged: a check badge; silenced: a bell-off badge (UX.md)
            return row.flags & (AlertRow::Acknowledged | AlertRow::Silenced)
                       ? QVariant(attentionBadge(row.flags, m_dark))
                       : QVariant();
        return column == AlertColumn::Severity ? QVariant(severityIcon(row.severity, m_dark)) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::TextAlignmentRole:
        return column == AlertColumn::Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // Resolved alerts are dimmed, not coloured (UX.md).
        return row.status == Status::Resolved ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                                              : QVariant();
    case AlertIdRole:
        return row.alertId;
    case TableRowRole:
        return tableIndex;
    case SeverityRole:
        return int(row.severity);
    default:
        return {};
    }
}

QVariant AlertTableModel::display(const AlertRow& row, AlertColumn column) const
{
    const StringPool& pool = m_store.table().pool();
    switch (column) {
    case AlertColumn::Severity: return severityText(row.severity);
    case AlertColumn::Status: return statusText(row.status);
    case AlertColumn::Age: return relativeAge(m_clock.nowMs() - row.firstSeenMs);
    case AlertColumn::Count: return QLocale().toString(row.count);
    case AlertColumn::Source: return pool.text(row.source);
    case AlertColumn::Type: return pool.text(row.type);
    case AlertColumn::Subject: return row.fieldText(RowField::Subject);
    case AlertColumn::Region: return row.region == 0 ? QStringLiteral("—") : pool.text(row.region);
    case AlertColumn::Title: return row.fieldText(RowField::Title);
    case AlertColumn::Summary: return row.fieldText(RowField::Summary);
    case AlertColumn::LastSeen: return relativeAge(m_clock.nowMs() - row.lastSeenMs);
    case AlertColumn::Origin: return pool.text(row.origin);
    case AlertColumn::Fingerprint: return row.fieldText(RowField::Fingerprint);
    }
    return {};
}

QVariant AlertTableModel::toolTip(const AlertRow& row, AlertColumn column) const
{
    switch (column) {
    case AlertColumn::Age:
    case AlertColumn::LastSeen:
        return tr("First seen %1\nLast seen %2").arg(localTime(row.firstSeenMs), localTime(row.lastSeenMs));
    case AlertColumn::Title:
    case AlertColumn::Summary:
        return row.fieldText(RowField::Summary);
    case AlertColumn::Count:
        return tr("%Ln event(s)", nullptr, int(row.count));
    case AlertColumn::Status:
        return row.flags & (AlertRow::Acknowledged | AlertRow::Silenced) ? QVariant(attentionText(m_acks, row))
                                                                          : QVariant();
    default:
        return {};
    }
}

QString AlertTableModel::accessibleText(const AlertRow& row, AlertColumn column) const
{
    // Severity is announced, not only painted (BRIEF.md, Quality bars).
    if (column == AlertColumn::Severity)
        return tr("Severity: %1").arg(severityText(row.severity));
    if (column == AlertColumn::Status && (row.flags & (AlertRow::Acknowledged | AlertRow::Silenced)))
        return columnTitle(column) + QStringLiteral(": ") + display(row, column).toString() + QStringLiteral("; ") +
               attentionText(m_acks, row);
    return columnTitle(column) + QStringLiteral(": ") + display(row, column).toString();
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= alertColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(AlertColumn(section));
    return {};
}

} // namespace alertdesk::ui
