#include "ui/acks/SilencesPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/Clock.h"
#include "store/AckStore.h"
#include "store/AlertFilter.h"
#include "ui/alerts/TimeText.h"

namespace alertdesk::ui {

namespace {

constexpr int kUidRole = Qt::UserRole + 1;

QString stateText(Silence::State state)
{
    switch (state) {
    case Silence::State::Pending:
        return SilencesPanel::tr("Pending");
    case Silence::State::Active:
        return SilencesPanel::tr("Active");
    case Silence::State::Expired:
        break;
    }
    return SilencesPanel::tr("Expired");
}

// Active first, then pending, then expired; within each, the soonest end first (most recent end for expired).
bool listedBefore(const Silence& a, const Silence& b, qint64 now)
{
    const auto rank = [now](const Silence& s) {
        switch (s.state(now)) {
        case Silence::State::Active:
            return 0;
        case Silence::State::Pending:
            return 1;
        case Silence::State::Expired:
            break;
        }
        return 2;
    };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    return rank(a) == 2 ? a.endsMs > b.endsMs : a.endsMs < b.endsMs;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

SilencesPanel::SilencesPanel(AckStore& acks, QWidget* parent)
    : QWidget(parent),
      m_acks(acks),
      m_list(new QTreeWidget(this)),
      m_new(button(tr("&New Silence…"), QStringLiteral("silencesNewButton"), this)),
      m_expire(button(tr("&Expire"), QStringLiteral("silencesExpireButton"), this)),
      m_undo(button(tr("&Undo Expire"), QStringLiteral("silencesUndoButton"), this)),
      m_delete(button(tr("&Delete"), QStringLiteral("silencesDeleteButton"), this)),
      m_show(button(tr("Sho&w Alerts"), QStringLiteral("silencesShowButton"), this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("silencesPanel"));
    m_list->setObjectName(QStringLiteral("silencesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("State"), tr("Matchers"), tr("Ends"), tr("Alerts"), tr("Created By"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Silences"));
    m_summary->setObjectName(QStringLiteral("silencesSummary"));
    m_expire->setToolTip(tr("End the selected silence now"));
    m_delete->setToolTip(tr("Remove the selected expired silence from the list"));
    m_show->setToolTip(tr("Filter the alert table with the silence's matchers"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_expire);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    buttons->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_new, &QPushButton::clicked, this, &SilencesPanel::newSilenceRequested);
    connect(m_expire, &QPushButton::clicked, this, &SilencesPanel::expireCurrent);
    connect(m_undo, &QPushButton::clicked, this, &SilencesPanel::undoExpire);
    connect(m_delete, &QPushButton::clicked, this, &SilencesPanel::deleteCurrent);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto silence = m_acks.silence(currentUid()))
            emit showAlertsRequested(silence->matchers);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SilencesPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, m_show, &QPushButton::click);
    connect(&m_acks, &AckStore::silencesChanged, this, &SilencesPanel::reload);
    // Ends and counts age as alerts come and go: a calm refresh while the panel is seen, not a ticking clock
    // (each count is a filter over every alert).
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_tick.start();
    reload();
}

void SilencesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

QString SilencesPanel::currentUid() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(State, kUidRole).toString() : QString();
}

void SilencesPanel::selectSilence(const QString& uid)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(State, kUidRole).toString() == uid) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void SilencesPanel::reload()
{
    const QString current = currentUid();
    const qint64 now = m_acks.clock().nowMs();
    QList<Silence> silences = m_acks.silences();
    std::stable_sort(silences.begin(), silences.end(),
                     [now](const Silence& a, const Silence& b) { return listedBefore(a, b, now); });
    m_list->clear();
    int active = 0;
    for (const Silence& silence : std::as_const(silences)) {
        const Silence::State state = silence.state(now);
        const auto filter = compileSilenceMatchers(silence.matchers);
        const QString matches = state == Silence::State::Active && filter
            ? QString::number(m_acks.countMatching(*filter))
            : QStringLiteral("—");
        const QString ends = state == Silence::State::Expired ? tr("%1 ago").arg(relativeAge(now - silence.endsMs))
                                                              : tr("in %1").arg(relativeAge(silence.endsMs - now));
        auto* item =
            new QTreeWidgetItem({stateText(state), silence.matchers, ends, matches, silence.actor, silence.note});
        item->setData(State, kUidRole, silence.uid);
        item->setToolTip(Ends, tr("From %1\nuntil %2").arg(localTime(silence.startsMs), localTime(silence.endsMs)));
        item->setToolTip(Matchers, silence.matchers);
        if (state == Silence::State::Expired) {
            for (int c = 0; c <= Note; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        active += state == Silence::State::Active ? 1 : 0;
        m_list->addTopLevelItem(item);
    }
    m_summary->setText(tr("%Ln active", nullptr, active));
    for (const int c : {State, Matchers, Ends, Matches, Actor})
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(Matchers, std::min(m_list->columnWidth(Matchers), 480));
    selectSilence(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void SilencesPanel::updateButtons()
{
    const auto silence = m_acks.silence(currentUid());
    const qint64 now = m_acks.clock().nowMs();
    m_expire->setEnabled(silence && silence->state(now) != Silence::State::Expired);
    m_delete->setEnabled(silence && silence->state(now) == Silence::State::Expired);
    m_show->setEnabled(bool(silence));
    m_undo->setEnabled(!m_undoUid.isEmpty() && m_acks.silence(m_undoUid) && m_undoEndsMs > now);
}

void SilencesPanel::expireCurrent()
{
    const auto silence = m_acks.silence(currentUid());
    if (!silence)
        return;
    m_undoUid = silence->uid;
    m_undoEndsMs = silence->endsMs;
    m_acks.expireSilence(silence->uid);
}

void SilencesPanel::undoExpire()
{
    const QString uid = std::exchange(m_undoUid, {});
    m_acks.setSilenceEnd(uid, m_undoEndsMs);
    selectSilence(uid);
}

void SilencesPanel::deleteCurrent()
{
    const QString uid = currentUid();
    if (uid == m_undoUid)
        m_undoUid.clear();
    m_acks.deleteSilence(uid);
}

} // namespace alertdesk::ui
