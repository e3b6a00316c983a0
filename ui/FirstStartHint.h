#pragma once

#include <QFrame>

namespace alertdesk::ui {

// The first-start hint above the alert table (UX.md): while the demo feed runs, one dismissible line on how
// to connect a real feed. Once dismissed it stays away.
class FirstStartHint final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartHint)

public:
    explicit FirstStartHint(bool wanted, QWidget* parent = nullptr);

    // The hint speaks of the demo feed: it shows only while the demo runs, until the operator dismisses it.
    void setOnDemo(bool onDemo);

signals:
    void dismissed();
    void connectRequested();

private:
    bool m_wanted;
};

} // namespace alertdesk::ui
