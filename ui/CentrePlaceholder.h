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

signals:
    void hintDismissed();
    void connectRequested();

private:
    QFrame* m_hint;
};

} // namespace alertdesk::ui
