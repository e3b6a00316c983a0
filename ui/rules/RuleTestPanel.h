#pragma once

#include <optional>

#include <QTimer>
#include <QWidget>

#include "rules/Pattern.h"

class QComboBox;
class QLabel;
class QTableView;

namespace alertdesk::rules {
class RecentEvents;
}

namespace alertdesk::ui {

class RecentEventsModel;

// The live test: the pattern being written against the last 1,000 events of the feed ("Matches N of the last
// 1,000 events"), the matching events (or the others), and for a selected event why it does not match.
// A run over 1,000 events takes about a millisecond (lastRunMs(), the view's update included), far below a
// frame, so it runs on the GUI thread; new events re-test at most once a second, and not while it is hidden.
class RuleTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleTestPanel)

public:
    explicit RuleTestPanel(rules::RecentEvents& recent, QWidget* parent = nullptr);
    ~RuleTestPanel() override;

    // Empty: the pattern has an error, nothing is tested.
    void setPattern(const std::optional<rules::Pattern>& pattern);
    RecentEventsModel* model() const { return m_model; }
    double lastRunMs() const { return m_lastRunMs; }
    // Tests now (new events, a new pattern), keeping the selected event selected.
    void retest();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSummary();
    void showWhyNot();

    rules::RecentEvents& m_recent;
    std::optional<rules::Pattern> m_pattern;
    RecentEventsModel* m_model;
    QLabel* m_summary;
    QComboBox* m_show;
    QTableView* m_view;
    QLabel* m_whyNot;
    QTimer m_newEvents;
    bool m_stale = true;
    double m_lastRunMs = 0;
};

} // namespace alertdesk::ui
