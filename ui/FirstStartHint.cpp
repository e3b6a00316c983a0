#include "FirstStartHint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace alertdesk::ui {

FirstStartHint::FirstStartHint(bool wanted, QWidget* parent) : QFrame(parent), m_wanted(wanted)
{
    setObjectName(QStringLiteral("firstStartHint"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto* text = new QLabel(
        tr("<b>Welcome to AlertDesk.</b> Until you connect a real feed, AlertDesk runs its built-in demo "
           "feed, marked DEMO. To watch real alerts, run <code>alertdesk-cli serve</code> (or use your team's feed hub) and choose "
           "<i>Connect to Feed…</i> in the feed menu. Channels for WeCom, DingTalk, Feishu and others come "
           "in a later version."),
        this);
    text->setObjectName(QStringLiteral("firstStartHintText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto* connectButton = new QPushButton(tr("Connect to Feed…"), this);
    connectButton->setObjectName(QStringLiteral("firstStartConnectButton"));
    auto* dismissButton = new QToolButton(this);
    dismissButton->setObjectName(QStringLiteral("firstStartHintDismissButton"));
    dismissButton->setText(QStringLiteral("✕"));
    dismissButton->setAutoRaise(true);
    dismissButton->setToolTip(tr("Dismiss this hint"));
    dismissButton->setAccessibleName(tr("Dismiss this hint"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(connectButton, 0, Qt::AlignVCenter);
    layout->addWidget(dismissButton, 0, Qt::AlignTop);
    setVisible(wanted);

    connect(connectButton, &QPushButton::clicked, this, &FirstStartHint::connectRequested);
    connect(dismissButton, &QToolButton::clicked, this, [this] {
        m_wanted = false;
        hide();
        emit dismissed();
    });
}

void FirstStartHint::setOnDemo(bool onDemo)
{
    setVisible(m_wanted && onDemo);
}

} // namespace alertdesk::ui
