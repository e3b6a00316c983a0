#include "RuleTestPanel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "rules/RecentEvents.h"
#include "ui/rules/RecentEventsModel.h"

namespace alertdesk::ui {

RuleTestPanel::RuleTestPanel(rules::RecentEvents& recent, QWidget* parent)
    : QWidget(parent),
      m_recent(recent),
      m_model(new RecentEventsModel(this)),
      m_summary(new QLabel(this)),
      m_show(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_whyNot(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("matchSummaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_show->setObjectName(QStringLiteral("testShowCombo"));
    m_show->setAccessibleName(tr("Show events"));
    m_show->addItem(tr("Matching events"), int(RecentEventsModel::Show::Matching));
    m_show->addItem(tr("Events that do not match"), int(RecentEventsModel::Show::NotMatching));
    m_show->addItem(tr("All recent events"), int(RecentEventsModel::Show::All));
    m_view->setObjectName(QStringLiteral("testEventsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_whyNot->setObjectName(QStringLiteral("whyNotLabel"));
    m_whyNot->setWordWrap(true);
    m_whyNot->setTextFormat(Qt::PlainText);
    m_whyNot->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_whyNot->setMinimumHeight(m_whyNot->fontMetrics().lineSpacing() * 2);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_show);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_whyNot);

    m_newEvents.setSingleShot(true);
    m_newEvents.setInterval(1000);
    connect(&m_newEvents, &QTimer::timeout, this, &RuleTestPanel::retest);
    connect(&m_recent, &rules::RecentEvents::appended, this, [this] {
        m_stale = true;
        if (isVisible() && !m_newEvents.isActive())
            m_newEvents.start();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(RecentEventsModel::Show(m_show->currentData().toInt()));
        showWhyNot();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RuleTestPanel::showWhyNot);
    retest();
}

RuleTestPanel::~RuleTestPanel() = default;

void RuleTestPanel::setPattern(const std::optional<rules::Pattern>& pattern)
{
    m_pattern = pattern;
    retest();
}

void RuleTestPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        retest();
}

void RuleTestPanel::retest()
{
    // The operator's place survives new events: the selected event stays selected, and unless the view is at the
    // top (following the newest), the event in the first visible row stays there.
    const QModelIndex current = m_view->currentIndex();
    const quint64 selected = current.isValid() ? current.data(RecentEventsModel::SequenceRole).toULongLong() : 0;
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    const quint64 topSequence =
        top.isValid() && top.row() > 0 ? top.data(RecentEventsModel::SequenceRole).toULongLong() : 0;
    QElapsedTimer timer;
    timer.start();
    // Without a valid pattern nothing is listed: a column of "no match" would claim a result there is not.
    std::vector<rules::RecentEvent> events = m_pattern ? m_recent.snapshot() : std::vector<rules::RecentEvent>();
    std::vector<char> matched = m_pattern ? rules::RecentEvents::match(*m_pattern, events) : std::vector<char>();
    m_model->setResults(std::move(events), std::move(matched));
    m_stale = false;
    if (const int row = selected != 0 ? m_model->rowOf(selected) : -1; row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const int row = topSequence != 0 ? m_model->rowOf(topSequence) : -1; row >= 0)
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    else
        m_view->scrollToTop();
    showSummary();
    showWhyNot();
    m_lastRunMs = double(timer.nsecsElapsed()) / 1e6; // snapshot, matching and the view's update
}

void RuleTestPanel::showSummary()
{
    const QLocale locale;
    if (!m_pattern)
        m_summary->setText(
            tr("Fix the pattern to test it against the last %1 events.").arg(locale.toString(m_recent.capacity())));
    else if (m_model->eventCount() == 0)
        m_summary->setText(tr("No events yet: the last %1 events of the feed are tested here as they arrive.")
                               .arg(locale.toString(m_recent.capacity())));
    else
        m_summary->setText(tr("Matches %n of the last %1 events", nullptr, m_model->matchCount())
                               .arg(locale.toString(m_model->eventCount())));
    m_summary->setAccessibleName(m_summary->text());
}

void RuleTestPanel::showWhyNot()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_pattern) {
        m_whyNot->setText(m_pattern ? tr("Select an event to see why it does or does not match.") : QString());
        return;
    }
    if (m_model->matched(current.row())) {
        m_whyNot->setText(tr("This event matches the pattern."));
        return;
    }
    m_whyNot->setText(tr("Why not: %1").arg(rules::RecentEvents::explain(*m_pattern, m_model->event(current.row()))));
}

} // namespace alertdesk::ui
