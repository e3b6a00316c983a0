#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QString>

#include "event/Event.h"
#include "templates/AlertContext.h"
#include "templates/SampleEvents.h"

namespace alertdesk {
class AlertStore;
class Clock;
class EventDecoder;
struct AlertDetail;
} // namespace alertdesk

namespace alertdesk::ui {

// The alert the template preview renders against: a shipped sample, or an alert of the store (the table's
// current one, or one picked from the history), whose latest event is loaded from SQLite (AlertStore detail
// loading) and decoded again, so the preview sees the event exactly as it arrived.
class PreviewAlertSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewAlertSource)

public:
    PreviewAlertSource(AlertStore& store, const Clock& clock, QObject* parent = nullptr);
    ~PreviewAlertSource() override;

    const QList<SampleAlert>& samples() const { return m_samples; }
    void useSample(int index);
    // Loads the stored alert; alertChanged() follows when its event is in (or loadFailed()).
    void useStoredAlert(qint64 alertId);

    bool hasAlert() const { return m_has; }
    const Event& event() const { return m_event; }
    const AlertContext& context() const { return m_context; }
    qint64 storedAlertId() const { return m_alertId; }
    // One line naming the alert: "🔥 DiskFull · db1:9100 (firing)".
    QString describe() const;

    // The most recent alerts of the store, newest first: (alert id, one line).
    QList<std::pair<qint64, QString>> recentAlerts(int max) const;

signals:
    void alertChanged();
    void loadFailed(const QString& message);

private:
    void adoptDetail(const AlertDetail& detail);

    AlertStore& m_store;
    const Clock& m_clock;
    std::unique_ptr<EventDecoder> m_decoder;
    QList<SampleAlert> m_samples;
    bool m_has = false;
    Event m_event;
    AlertContext m_context;
    qint64 m_alertId = -1;   // the stored alert shown or being loaded
};

} // namespace alertdesk::ui
