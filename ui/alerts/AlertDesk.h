#pragma once

#include <QObject>

#include "config/SavedView.h"

class QWidget;

namespace alertdesk {
class AlertStore;
class Clock;
class Settings;
} // namespace alertdesk

namespace alertdesk::ui {

class AlertTableModel;
class AlertTableView;
class DetailPane;
class FilterBar;
class ViewsSidebar;

// The alert desk's parts and how they talk: the filter bar and the views sidebar set the table's filter, sort
// and columns; the table's current alert goes to the detail pane; the counts go back to the filter bar. The
// main window only places the widgets. Also remembers the desk's state in the settings.
class AlertDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDesk)

public:
    AlertDesk(AlertStore& store, const Clock& clock, Settings& settings, QWidget* window);

    AlertTableModel* model() const { return m_model; }
    AlertTableView* table() const { return m_table; }
    FilterBar* filterBar() const { return m_filterBar; }
    ViewsSidebar* sidebar() const { return m_sidebar; }
    DetailPane* detail() const { return m_detail; }

    // The alert under the cursor (-1 when none) and every selected alert, for the table's actions.
    qint64 currentAlertId() const;
    QList<qint64> selectedAlertIds() const;

    void restoreState();
    void saveState();
    // Saves the current filter, sort and columns as a view named `name`, selects it and returns its id.
    QString saveCurrentView(const QString& name);
    void askToSaveView();

signals:
    // Enter on an alert (or a double click): the window shows the detail pane.
    void detailRequested();

private:
    void applyView(const SavedView& view);
    void showCurrentAlert();

    AlertStore& m_store;
    Settings& m_settings;
    QWidget* m_window;
    AlertTableModel* m_model;
    AlertTableView* m_table;
    FilterBar* m_filterBar;
    ViewsSidebar* m_sidebar;
    DetailPane* m_detail;
};

} // namespace alertdesk::ui
