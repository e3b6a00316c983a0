#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QTimer>

#include "store/AlertRow.h"
#include "store/AlertView.h"
#include "ui/alerts/AlertColumns.h"

namespace alertdesk {
class AlertStore;
class AckStore;
class Clock;
} // namespace alertdesk

namespace alertdesk::ui {

// The alert table's model: AlertView's filtered, sorted rows over the store's compact rows. Each store batch
// (at most ~10 a second) becomes one layout change (plus one insert or remove at the end when the count
// changes), never a signal per row, and persistent indexes follow their alerts, so the selection stays on the
// alert the operator picked.
class AlertTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTableModel)

public:
    enum Role { AlertIdRole = Qt::UserRole + 1, TableRowRole, SeverityRole };

    AlertTableModel(AlertStore& store, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(AlertFilter filter);
    const AlertView& view() const { return m_view; }
    AlertStore& store() const { return m_store; }
    // The table row (store index) shown at `row`, and the reverse (-1 when filtered out).
    quint32 tableRow(int row) const { return m_view.rows()[std::size_t(row)]; }
    int rowOfAlert(qint64 alertId) const;
    // Severity colours follow the palette: call when it changes between light and dark.
    void setDark(bool dark);
    // Who acknowledged or silenced an alert, for the status column's tooltip and accessible text (optional).
    void setAckStore(const AckStore* acks) { m_acks = acks; }

signals:
    // After every change of what is shown: the rows shown, and all live alerts.
    void countsChanged(int shown, int total);

private:
    void applyStoreChange(const StoreChange& change);
    void reload();
    // Runs `change` (which rewrites m_view) as one layout change that keeps persistent indexes on their alerts.
    template <typename Change>
    void relayout(Change&& change);
    QVariant display(const AlertRow& row, AlertColumn column) const;
    QVariant toolTip(const AlertRow& row, AlertColumn column) const;
    QString accessibleText(const AlertRow& row, AlertColumn column) const;
    void tickAges();

    AlertStore& m_store;
    const Clock& m_clock;
    AlertView m_view;
    int m_rowCount = 0;     // what the views were last told
    bool m_dark = false;
    const AckStore* m_acks = nullptr;
    QTimer m_ageTimer;
    std::vector<bool> m_wanted;   // scratch for relayout()
};

} // namespace alertdesk::ui
