#pragma once

#include <QTableView>

class QAction;
class QToolButton;

namespace alertdesk::ui {

class AlertTableModel;

// The alert table. Keeps the operator's place: while they are scrolled down or have an alert selected, rows
// inserted above the first visible one do not push the view; a "N new ↑" pill counts them instead, and
// clicking it goes to the top. At the top with nothing selected, new alerts simply appear.
class AlertTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTableView)

public:
    explicit AlertTableView(QWidget* parent = nullptr);

    void setAlertModel(AlertTableModel* model);
    int newAlertsAbove() const { return m_newAbove; }
    QToolButton* newAlertsPill() const { return m_pill; }
    // The default column widths and hidden columns (also the reset action of the header menu).
    void applyDefaultColumns();
    // Actions on the selected alerts (acknowledge, silence, new rule, preview…): shown in the context menu in the
    // order added, and their shortcuts work while the table has focus.
    void addAlertAction(QAction* action);
    void addAlertActionSeparator();

signals:
    void openDetailRequested(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rememberAnchor();
    void restoreAnchor();
    void showPill();
    void goToTop();
    void showHeaderMenu(const QPoint& pos);
    void showAlertMenu(const QPoint& pos);

    AlertTableModel* m_model = nullptr;
    QToolButton* m_pill;
    qint64 m_anchorAlert = -1;   // the alert in the first visible row before a layout change
    int m_anchorRow = 0;
    bool m_following = true;     // at the top with nothing selected: show new rows as they come
    int m_newAbove = 0;
    QList<QAction*> m_alertActions;
};

} // namespace alertdesk::ui
