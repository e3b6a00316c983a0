#include "PreviewAlertSource.h"

#include "event/EventDecoder.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "store/StoreTypes.h"
#include "templates/ViewText.h"

namespace alertdesk::ui {

PreviewAlertSource::PreviewAlertSource(AlertStore& store, const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_clock(clock), m_decoder(std::make_unique<EventDecoder>(clock)),
      m_samples(sampleEvents::load(clock))
{
    connect(&m_store, &AlertStore::detailLoaded, this, &PreviewAlertSource::adoptDetail);
}

PreviewAlertSource::~PreviewAlertSource() = default;

void PreviewAlertSource::useSample(int index)
{
    if (index < 0 || index >= m_samples.size())
        return;
    m_alertId = -1;
    m_event = m_samples[index].event;
    m_context = m_samples[index].context;
    m_has = true;
    emit alertChanged();
}

void PreviewAlertSource::useStoredAlert(qint64 alertId)
{
    if (alertId < 0 || !m_store.table().findAlertId(alertId)) {
        emit loadFailed(tr("The alert is no longer in the table."));
        return;
    }
    m_alertId = alertId;
    m_store.requestDetail(alertId);
}

void PreviewAlertSource::adoptDetail(const AlertDetail& detail)
{
    if (detail.alertId != m_alertId || m_alertId < 0)
        return; // someone else's request (the detail pane), or the operator moved on
    const auto index = m_store.table().findAlertId(detail.alertId);
    if (!index || detail.payload.isEmpty()) {
        emit loadFailed(tr("The alert's events are no longer in the history."));
        return;
    }
    // An Alertmanager alert is stored as its alert object: as a one-element API v2 array it decodes alone.
    const QByteArray document = detail.payloadKind == Event::Payload::AlertmanagerAlert
        ? QByteArray('[' + detail.payload + ']')
        : detail.payload;
    const AlertRow& row = m_store.table().row(*index);
    const DecodeResult decoded = m_decoder->decode(document, m_store.table().pool().text(row.origin));
    if (decoded.events.isEmpty()) {
        emit loadFailed(tr("The alert's stored event could not be read again: %1")
                            .arg(decoded.rejections.isEmpty() ? QString() : decoded.rejections.first().toString()));
        return;
    }
    m_event = decoded.events.first();
    m_event.source = m_store.table().pool().text(row.source); // Alertmanager's externalURL came with the webhook
    m_context = AlertContext{row.firstSeenMs, static_cast<int>(row.count), {}};
    m_has = true;
    emit alertChanged();
}

QString PreviewAlertSource::describe() const
{
    if (!m_has)
        return {};
    QString line = statusEmoji(m_event.status) + u' ' + m_event.title;
    if (!m_event.subject.isEmpty() && m_event.subject != m_event.title)
        line += QStringLiteral(" · ") + m_event.subject;
    return line + QStringLiteral(" (") + statusName(m_event.status) + u')';
}

QList<std::pair<qint64, QString>> PreviewAlertSource::recentAlerts(int max) const
{
    QList<std::pair<qint64, QString>> alerts;
    const AlertTable& table = m_store.table();
    for (quint32 i = table.size(); i > 0 && alerts.size() < max; --i) {
        const AlertRow& row = table.row(i - 1);
        if (row.isRemoved())
            continue;
        QString line = statusEmoji(row.status) + u' ' + row.fieldText(RowField::Title);
        const QString subject = row.fieldText(RowField::Subject);
        if (!subject.isEmpty())
            line += QStringLiteral(" · ") + subject;
        alerts.append({row.alertId, line + QStringLiteral(" (") + statusName(row.status) + u')'});
    }
    return alerts;
}

} // namespace alertdesk::ui
