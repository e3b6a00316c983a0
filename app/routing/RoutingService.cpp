#include "routing/RoutingService.h"

#include "routing/RoutingWorker.h"

namespace alertdesk {

RoutingService::RoutingService(const Clock& clock, const rules::NotificationSuppression* suppression,
                               QObject* parent)
    : QObject(parent), m_worker(new RoutingWorker(clock, suppression))
{
    qRegisterMetaType<alertdesk::rules::NotificationRequest>();
    qRegisterMetaType<QList<alertdesk::rules::NotificationRequest>>();
    qRegisterMetaType<QList<alertdesk::Event>>();
    m_thread.setObjectName(QStringLiteral("alertdesk-routing"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RoutingWorker::routed, this, &RoutingService::routed);
    connect(m_worker, &RoutingWorker::progress, this, [this](qint64 events, qint64 matched) {
        m_events = events;
        m_matchedEvents = matched;
    });
    m_thread.start();
}

RoutingService::~RoutingService()
{
    m_thread.quit();
    m_thread.wait();
}

void RoutingService::setRules(std::shared_ptr<const rules::RuleSet> set)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, set = std::move(set)] { worker->setRules(set); });
}

void RoutingService::setHeld(bool held)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, held] { worker->setHeld(held); });
}

void RoutingService::offer(const QList<Event>& events)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, events] { worker->offer(events); });
}

} // namespace alertdesk
