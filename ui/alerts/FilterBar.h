#pragma once

#include <QTimer>
#include <QWidget>

#include "store/AlertFilter.h"
#include "store/FilterCompletion.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace alertdesk {
class AlertStore;
}

namespace alertdesk::ui {

// The filter bar (UX.md): free text and `field OP value` terms, completion of field names and of values seen
// in the data, a bad term marked where it is with the reason beside it, and the match count. A text that does
// not compile leaves the last good filter in force.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(const AlertStore& store, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QString text() const;
    void setText(const QString& text);   // applies at once
    void setCounts(int shown, int total, bool filtered);
    QString errorMessage() const;

signals:
    void filterChanged(const alertdesk::AlertFilter& filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    void showError(const FilterError& error);
    void clearError();
    void markRange(int start, int length);
    void updateCompletion();
    void insertCompletion(const QString& candidate);

    const AlertStore& m_store;
    QLineEdit* m_edit;
    QLabel* m_error;
    QLabel* m_count;
    QCompleter* m_completer;
    QStringListModel* m_candidates;
    FilterCompletion m_completion;
    FilterCompletion::Completion m_pending;
    QTimer m_debounce;
};

} // namespace alertdesk::ui
