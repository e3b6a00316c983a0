#include "ui/routing/RoutedNotificationsModel.h"

#include <QDateTime>
#include <QLocale>

namespace alertdesk::ui {

using rules::HoldReason;
using rules::NotificationReason;
using rules::NotificationRequest;

QString reasonText(NotificationReason reason)
{
    switch (reason) {
    case NotificationReason::First:
        return RoutedNotificationsModel::tr("first");
    case NotificationReason::Update:
        return RoutedNotificationsModel::tr("update");
    case NotificationReason::Repeat:
        return RoutedNotificationsModel::tr("repeat");
    case NotificationReason::Resolved:
        return RoutedNotificationsModel::tr("resolved");
    }
    return {};
}

QString holdText(HoldReason hold)
{
    switch (hold) {
    case HoldReason::None:
        return RoutedNotificationsModel::tr("to send");
    case HoldReason::Throttled:
        return RoutedNotificationsModel::tr("held: throttled");
    case HoldReason::Muted:
        return RoutedNotificationsModel::tr("held: mute time");
    case HoldReason::OutsideActiveTimes:
        return RoutedNotificationsModel::tr("held: outside active times");
    case HoldReason::Silenced:
        return RoutedNotificationsModel::tr("held: silenced");
    case HoldReason::Acknowledged:
        return RoutedNotificationsModel::tr("held: acknowledged");
    }
    return {};
}

RoutedNotificationsModel::RoutedNotificationsModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
}

int RoutedNotificationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoutedNotificationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutedNotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Rule:
        return tr("Rule");
    case Target:
        return tr("Channel");
    case Group:
        return tr("Group");
    case Reason:
        return tr("Why");
    case Alerts:
        return tr("Alerts");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

QString RoutedNotificationsModel::display(const NotificationRequest& request, int column) const
{
    const QLocale locale;
    switch (column) {
    case Time:
        // To the second: notifications of one burst differ by seconds, and the log is read by time.
        return QDateTime::fromMSecsSinceEpoch(request.atMs).time().toString(QStringLiteral("HH:mm:ss"));
    case Rule:
        return request.ruleName;
    case Target:
        return request.target.channelId.isEmpty() ? tr("(no channel)") : request.target.channelId;
    case Group:
        return request.groupKey;
    case Reason:
        return reasonText(request.reason);
    case Alerts:
        if (request.resolved.isEmpty())
            return tr("%Ln firing", nullptr, int(request.firing.size()));
        return tr("%1 firing, %2 resolved")
            .arg(locale.toString(request.firing.size()), locale.toString(request.resolved.size()));
    case Outcome:
        return holdText(request.held);
    default:
        return {};
    }
}

QString RoutedNotificationsModel::alertsToolTip(const NotificationRequest& request) const
{
    QStringList lines;
    for (const rules::NotifiedAlert& alert : request.firing)
        lines.append(tr("firing: %1").arg(alert.title));
    for (const rules::NotifiedAlert& alert : request.resolved)
        lines.append(tr("resolved: %1").arg(alert.title));
    constexpr int kMaxLines = 20;
    if (lines.size() > kMaxLines) {
        const qsizetype more = lines.size() - kMaxLines;
        lines.resize(kMaxLines);
        lines.append(tr("… and %Ln more", nullptr, int(more)));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant RoutedNotificationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const NotificationRequest& request = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(request, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(request.atMs), QLocale::LongFormat);
        if (index.column() == Alerts)
            return alertsToolTip(request);
        return display(request, index.column());
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(),
                                            display(request, index.column()));
    default:
        return {};
    }
}

void RoutedNotificationsModel::add(const QList<NotificationRequest>& requests)
{
    if (requests.isEmpty())
        return;
    const int incoming = int(std::min<qsizetype>(requests.size(), m_capacity));
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, int(m_rows.size()) - overflow, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.end() - overflow, m_rows.end());
        endRemoveRows();
    }
    beginInsertRows({}, 0, incoming - 1);
    // Newest first: the last request of the batch is the newest.
    for (qsizetype i = requests.size() - incoming; i < requests.size(); ++i)
        m_rows.push_front(requests[i]);
    endInsertRows();
    for (const NotificationRequest& request : requests)
        (request.isHeld() ? m_held : m_sent) += 1;
    emit countsChanged(m_sent, m_held);
}

} // namespace alertdesk::ui
