#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace alertdesk {
class RoutingService;
}

namespace alertdesk::ui {

class RoutedNotificationsModel;

// The Notifications panel: what the rules routed, newest first — rule, channel, group, why (first, update,
// repeat, resolved), the alerts it carries, and whether it is to be sent or was held back (throttle, mute
// time, silence, acknowledgement). Delivery will send what this lists.
class NotificationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPanel)

public:
    explicit NotificationsPanel(RoutingService& routing, QWidget* parent = nullptr);

    RoutedNotificationsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    void showCounts(qint64 sent, qint64 held);

    RoutedNotificationsModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
};

} // namespace alertdesk::ui
