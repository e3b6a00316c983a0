#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

#include "config/SavedView.h"
#include "store/ViewCounts.h"

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace alertdesk {
class AlertStore;
class Clock;
} // namespace alertdesk

namespace alertdesk::ui {

// The views sidebar (UX.md): built-in views (all, firing, critical, acknowledged, silenced) and the operator's
// saved views, each with a live count. Activating one asks the window to apply its filter, sort and columns.
class ViewsSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewsSidebar)

public:
    ViewsSidebar(AlertStore& store, const Clock& clock, QWidget* parent = nullptr);

    void setSavedViews(const QList<SavedView>& views);
    QList<SavedView> savedViews() const { return m_saved; }
    // Built-in views have ids "all", "firing", "critical", "acked", "silenced".
    void selectView(const QString& id);
    QString currentViewId() const;
    QTreeWidget* list() const { return m_list; }
    qint64 countOf(const QString& id) const;
    SavedView view(const QString& id) const;

signals:
    void viewActivated(const alertdesk::SavedView& view);
    void saveViewRequested();
    void savedViewsChanged(const QList<alertdesk::SavedView>& views);

private:
    void rebuild();
    void refreshCounts();
    void showMenu(const QPoint& pos);
    void renameView(const QString& id);
    void deleteView(const QString& id);
    QList<SavedView> allViews() const;

    AlertStore& m_store;
    const Clock& m_clock;
    QTreeWidget* m_list;
    QPushButton* m_save;
    QList<SavedView> m_saved;
    ViewCounts m_counts;
    QTimer m_clockRecount;
};

} // namespace alertdesk::ui
