#pragma once

#include <QWidget>

#include "feed/FeedStats.h"

class QLabel;
class QToolButton;

namespace alertdesk::ui {

// The feed's part of the status bar: the DEMO badge, the event count, the rejected inputs (a button that
// opens the list of reasons), and the events lost in gaps or dropped by a full queue when there are any.
class FeedStatusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedStatusPanel)

public:
    explicit FeedStatusPanel(QWidget* parent = nullptr);

    void setStats(const FeedStats& stats);

signals:
    void rejectedInputsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyDemoStyle();

    QLabel* m_demoLabel;
    QLabel* m_eventCountLabel;
    QToolButton* m_rejectedButton;
    QLabel* m_lostLabel;
    QLabel* m_droppedLabel;
};

} // namespace alertdesk::ui
