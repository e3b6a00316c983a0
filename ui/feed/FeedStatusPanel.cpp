#include "FeedStatusPanel.h"

#include <limits>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include "ui/Palette.h"

namespace alertdesk::ui {

namespace {

int asCount(quint64 value)
{
    // %n needs an int; counts beyond that are shown as the maximum rather than wrapping around.
    return value > quint64(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max() : int(value);
}

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FeedStatusPanel::FeedStatusPanel(QWidget* parent)
    : QWidget(parent)
    , m_demoLabel(makeLabel(QStringLiteral("demoLabel"), this))
    , m_eventCountLabel(makeLabel(QStringLiteral("eventCountLabel"), this))
    , m_rejectedButton(new QToolButton(this))
    , m_lostLabel(makeLabel(QStringLiteral("lostEventsLabel"), this))
    , m_droppedLabel(makeLabel(QStringLiteral("droppedEventsLabel"), this))
{
    setObjectName(QStringLiteral("feedStatusPanel"));
    m_demoLabel->setText(tr("DEMO"));
    m_demoLabel->setToolTip(tr("The built-in demo feed is running: these are generated events, not real alerts."));
    m_demoLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    applyDemoStyle();

    m_rejectedButton->setObjectName(QStringLiteral("rejectedInputsButton"));
    m_rejectedButton->setAutoRaise(true);
    m_rejectedButton->setToolTip(tr("Show the inputs the feed could not read, and why."));
    connect(m_rejectedButton, &QToolButton::clicked, this, &FeedStatusPanel::rejectedInputsRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (QWidget* w : {static_cast<QWidget*>(m_demoLabel), static_cast<QWidget*>(m_eventCountLabel),
                       static_cast<QWidget*>(m_rejectedButton), static_cast<QWidget*>(m_lostLabel),
                       static_cast<QWidget*>(m_droppedLabel)})
        layout->addWidget(w);
    setStats({});
}

void FeedStatusPanel::setStats(const FeedStats& stats)
{
    m_demoLabel->setVisible(stats.demo);
    m_eventCountLabel->setText(tr("%Ln event(s)", nullptr, asCount(stats.events)));
    m_rejectedButton->setText(tr("%Ln rejected input(s)", nullptr, asCount(stats.rejected)));
    m_rejectedButton->setEnabled(stats.rejected > 0);
    // A gap the hub could not count (it restarted) still says that events may be missing.
    m_lostLabel->setText(stats.lost > 0 ? tr("%Ln lost in gaps", nullptr, asCount(stats.lost))
                                        : tr("%Ln gap(s) in the feed", nullptr, asCount(stats.gaps)));
    m_lostLabel->setToolTip(tr("The feed hub could no longer replay these events after a reconnection."));
    m_lostLabel->setVisible(stats.gaps > 0);
    m_droppedLabel->setText(tr("%Ln dropped", nullptr, asCount(stats.dropped)));
    m_droppedLabel->setToolTip(tr("Events dropped because AlertDesk could not keep up with the feed."));
    m_droppedLabel->setVisible(stats.dropped > 0);
}

void FeedStatusPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyDemoStyle();
}

void FeedStatusPanel::applyDemoStyle()
{
    // A badge in the demo feed's blue, readable on light and dark palettes; the word says it, not only the colour.
    const QColor background = feedStateColour(FeedState::Connected, true, isDark(palette()));
    const QColor text = isDark(palette()) ? QColor(Qt::black) : QColor(Qt::white);
    m_demoLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;"
                                              " border-radius: 3px; padding: 0px 6px; }")
                                   .arg(background.name(), text.name()));
}

} // namespace alertdesk::ui
