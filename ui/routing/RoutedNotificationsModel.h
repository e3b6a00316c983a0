#pragma once

#include <deque>

#include <QAbstractTableModel>

#include "rules/NotificationRequest.h"

namespace alertdesk::ui {

// The notifications the router emitted, newest first, the last `capacity` of them: what would be sent (and
// what was held back, and why) until delivery sends them.
class RoutedNotificationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutedNotificationsModel)

public:
    enum Column { Time, Rule, Target, Group, Reason, Alerts, Outcome, ColumnCount };

    explicit RoutedNotificationsModel(int capacity = 2000, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void add(const QList<alertdesk::rules::NotificationRequest>& requests);
    const rules::NotificationRequest& request(int row) const { return m_rows[std::size_t(row)]; }
    qint64 sentCount() const { return m_sent; }
    qint64 heldCount() const { return m_held; }

signals:
    void countsChanged(qint64 sent, qint64 held);

private:
    QString display(const rules::NotificationRequest& request, int column) const;
    QString alertsToolTip(const rules::NotificationRequest& request) const;

    const int m_capacity;
    std::deque<rules::NotificationRequest> m_rows;   // newest first
    qint64 m_sent = 0;
    qint64 m_held = 0;
};

// Translated words for the router's reasons (the CLI keeps the untranslated ones).
QString reasonText(rules::NotificationReason reason);
QString holdText(rules::HoldReason hold);

} // namespace alertdesk::ui
