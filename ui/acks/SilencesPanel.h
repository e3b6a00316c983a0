#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace alertdesk {
class AckStore;
}

namespace alertdesk::ui {

// The Silences panel: every silence with its state (active, pending, expired), matchers, end, how many alerts
// it silences now, who and why. Expire ends one now (undoable: Undo puts its end back); Delete removes an
// expired one from the list; Show Alerts puts its matchers in the filter bar.
class SilencesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilencesPanel)

public:
    enum Column { State, Matchers, Ends, Matches, Actor, Note };

    explicit SilencesPanel(AckStore& acks, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // The uid of the silence under the cursor, or empty.
    QString currentUid() const;
    void selectSilence(const QString& uid);

signals:
    void newSilenceRequested();
    void showAlertsRequested(const QString& matchers);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void updateButtons();
    void expireCurrent();
    void undoExpire();
    void deleteCurrent();

    AckStore& m_acks;
    QTreeWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_expire;
    QPushButton* m_undo;
    QPushButton* m_delete;
    QPushButton* m_show;
    QLabel* m_summary;
    QTimer m_tick;
    QString m_undoUid; // the silence last expired here, and the end it had
    qint64 m_undoEndsMs = 0;
};

} // namespace alertdesk::ui
