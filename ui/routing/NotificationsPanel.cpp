#include "ui/routing/NotificationsPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "routing/RoutingService.h"
#include "ui/routing/RoutedNotificationsModel.h"

namespace alertdesk::ui {

NotificationsPanel::NotificationsPanel(RoutingService& routing, QWidget* parent)
    : QWidget(parent), m_model(new RoutedNotificationsModel(2000, this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("notificationsPanel"));
    m_summary->setObjectName(QStringLiteral("notificationsSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("notificationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Rule, channel, why, alerts and outcome are short and must read whole; the group key takes the rest.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoutedNotificationsModel::Group, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Routed notifications"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(&routing, &RoutingService::routed, m_model, &RoutedNotificationsModel::add);
    connect(m_model, &RoutedNotificationsModel::countsChanged, this, &NotificationsPanel::showCounts);
    showCounts(0, 0);
}

void NotificationsPanel::showCounts(qint64 sent, qint64 held)
{
    if (sent == 0 && held == 0) {
        m_summary->setText(tr("Nothing routed yet. Notifications appear here when events match an enabled rule "
                              "(Rules panel, Ctrl+4); channels that send them come in a later version."));
        return;
    }
    m_summary->setText(tr("%1 to send · %2 held back (throttle, mute time, silence or acknowledgement)")
                           .arg(QLocale().toString(sent), QLocale().toString(held)));
}

} // namespace alertdesk::ui
