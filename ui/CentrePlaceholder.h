#pragma once

#include <QWidget>

class QFrame;

namespace alertdesk::ui {

// The calm centre of the window until the alert table arrives ("Foundation II" replaces it): one quiet line,
// and on first start a dismissible hint on connecting a real feed.
class CentrePlaceholder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentrePlaceholder)

public:
    explicit CentrePlaceholder(bool showHint, QWidget* parent = nullptr);

    // The hint speaks of the demo feed: it shows only while the demo runs, until the operator dismisses it.
    void setOnDemo(bool onDemo);

signals:
    void hintDismissed();
    void connectRequested();

private:
    QFrame* m_hint;
    bool m_hintWanted;
};

} // namespace alertdesk::ui
