#pragma once

#include <QWidget>

#include "store/StoreTypes.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace alertdesk {
class AlertStore;
}

namespace alertdesk::ui {

// The detail of one alert (UX.md): Fields (normalised fields, labels as a two-column table), JSON (the latest
// event's original payload pretty-printed, searchable and copyable) and Timeline. The fields show at once from
// the alert's row; the JSON and timeline load from the history off the GUI thread.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(AlertStore& store, QWidget* parent = nullptr);

    void showAlert(qint64 alertId);   // -1: nothing selected
    qint64 alertId() const { return m_alertId; }
    QTabWidget* tabs() const { return m_tabs; }
    QString jsonText() const;
    void showJsonTab();
    void focusJsonSearch();

private:
    void showFields();
    void showDetail(const AlertDetail& detail);
    void findInJson(bool backwards);
    void copyJson();

    AlertStore& m_store;
    qint64 m_alertId = -1;
    QTabWidget* m_tabs;
    QTreeWidget* m_fields;
    QPlainTextEdit* m_json;
    QLineEdit* m_jsonSearch;
    QPushButton* m_copy;
    QLabel* m_jsonStatus;
    QTreeWidget* m_timeline;
    QLabel* m_timelineNote;
};

} // namespace alertdesk::ui
