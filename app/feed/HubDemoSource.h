#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "event/DemoGenerator.h"

namespace alertdesk {

class FeedHub;

// `serve --demo`: realistic demo payloads fed into the hub at a steady rate through the same path as
// POST /events (decode, then publish), so demo frames are exactly what a real sender would produce.
class HubDemoSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubDemoSource)

public:
    HubDemoSource(FeedHub* hub, const Clock& clock, double eventsPerSecond, QObject* parent = nullptr);

    void start();
    quint64 produced() const { return m_produced; }

private:
    void tick();

    FeedHub* m_hub;
    DemoGenerator m_generator;
    double m_rate;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    quint64 m_produced = 0;
};

} // namespace alertdesk
