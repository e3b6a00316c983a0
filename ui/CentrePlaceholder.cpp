#include "CentrePlaceholder.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace alertdesk::ui {

CentrePlaceholder::CentrePlaceholder(bool showHint, QWidget* parent)
    : QWidget(parent), m_hint(new QFrame(this)), m_hintWanted(showHint)
{
    setObjectName(QStringLiteral("centrePlaceholder"));
    m_hint->setObjectName(QStringLiteral("firstStartHint"));
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setBackgroundRole(QPalette::AlternateBase);
    m_hint->setAutoFillBackground(true);

    auto* hintText = new QLabel(
        tr("<b>Welcome to AlertDesk.</b> Until you connect a real feed, AlertDesk runs its built-in demo "
           "feed, marked DEMO. To watch real alerts, run <code>alertdesk-cli serve</code> (or use your team's feed hub) and choose "
           "<i>Connect to Feed…</i> in the feed menu. Channels for WeCom, DingTalk, Feishu and others come "
           "in a later version."),
        m_hint);
    hintText->setObjectName(QStringLiteral("firstStartHintText"));
    hintText->setWordWrap(true);
    hintText->setTextFormat(Qt::RichText);
    auto* connectButton = new QPushButton(tr("Connect to Feed…"), m_hint);
    connectButton->setObjectName(QStringLiteral("firstStartConnectButton"));
    auto* dismissButton = new QToolButton(m_hint);
    dismissButton->setObjectName(QStringLiteral("firstStartHintDismissButton"));
    dismissButton->setText(QStringLiteral("✕"));
    dismissButton->setAutoRaise(true);
    dismissButton->setToolTip(tr("Dismiss this hint"));
    dismissButton->setAccessibleName(tr("Dismiss this hint"));

    auto* hintLayout = new QHBoxLayout(m_hint);
    hintLayout->addWidget(hintText, 1);
    hintLayout->addWidget(connectButton, 0, Qt::AlignVCenter);
    hintLayout->addWidget(dismissButton, 0, Qt::AlignTop);
    m_hint->setVisible(showHint);

    auto* placeholder = new QLabel(tr("Alerts will appear here."), this);
    placeholder->setObjectName(QStringLiteral("centrePlaceholderLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(placeholder, 1);

    connect(connectButton, &QPushButton::clicked, this, &CentrePlaceholder::connectRequested);
    connect(dismissButton, &QToolButton::clicked, this, [this] {
        m_hintWanted = false;
        m_hint->hide();
        emit hintDismissed();
    });
}

void CentrePlaceholder::setOnDemo(bool onDemo)
{
    m_hint->setVisible(m_hintWanted && onDemo);
}

} // namespace alertdesk::ui
