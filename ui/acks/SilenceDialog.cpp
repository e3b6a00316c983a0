#include "ui/acks/SilenceDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/Clock.h"
#include "store/AckStore.h"
#include "ui/acks/DurationPicker.h"
#include "ui/acks/OperatorName.h"
#include "ui/alerts/TimeText.h"

namespace alertdesk::ui {

namespace {
// Long enough that typing does not count a million alerts per key, short enough to feel live.
constexpr int kRecountDelayMs = 150;
} // namespace

SilenceDialog::SilenceDialog(const AckStore& acks, const QString& matchers, QWidget* parent)
    : QDialog(parent),
      m_acks(acks),
      m_matchers(new QLineEdit(matchers, this)),
      m_matchInfo(new QLabel(this)),
      m_duration(new DurationPicker({QStringLiteral("1h"), QStringLiteral("2h"), QStringLiteral("4h"),
                                     QStringLiteral("8h"), QStringLiteral("1d"), QStringLiteral("1w")},
                                    QStringLiteral("2h"), this)),
      m_ends(new QLabel(this)),
      m_actor(new QLineEdit(operatorName(), this)),
      m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("silenceDialog"));
    setWindowTitle(tr("New Silence"));
    m_matchers->setObjectName(QStringLiteral("silenceMatchersEdit"));
    m_matchers->setToolTip(tr("Alerts matching all of these terms are silenced, as in the filter bar: "
                              "source=… type=… subject=… labels.<name>=…"));
    m_matchers->setMinimumWidth(420);
    m_matchInfo->setObjectName(QStringLiteral("silenceMatchInfo"));
    m_matchInfo->setWordWrap(true);
    m_duration->setObjectName(QStringLiteral("silenceDurationCombo"));
    m_ends->setObjectName(QStringLiteral("silenceEndsLabel"));
    m_actor->setObjectName(QStringLiteral("silenceActorEdit"));
    m_note->setObjectName(QStringLiteral("silenceNoteEdit"));
    m_note->setPlaceholderText(tr("Why, e.g. the maintenance ticket"));
    QPushButton* ok = m_buttons->addButton(tr("&Silence"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("silenceOkButton"));
    ok->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Matchers:"), m_matchers);
    form->addRow(QString(), m_matchInfo);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("Ends:"), m_ends);
    form->addRow(tr("&Who:"), m_actor);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountDelayMs);
    connect(&m_recount, &QTimer::timeout, this, &SilenceDialog::countMatches);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_matchers, &QLineEdit::textChanged, this, [this] {
        validate();
        m_recount.start();
    });
    connect(m_duration, &DurationPicker::durationChanged, this, &SilenceDialog::validate);
    connect(m_actor, &QLineEdit::textChanged, this, &SilenceDialog::validate);
    m_matchers->setFocus();
    validate();
    countMatches();
}

QString SilenceDialog::matchers() const
{
    return m_matchers->text().trimmed();
}

QString SilenceDialog::actor() const
{
    return m_actor->text().trimmed();
}

QString SilenceDialog::note() const
{
    return m_note->text().trimmed();
}

std::optional<qint64> SilenceDialog::durationMs() const
{
    return m_duration->durationMs();
}

void SilenceDialog::validate()
{
    const auto duration = m_duration->durationMs();
    m_ends->setText(duration ? localTime(m_acks.clock().nowMs() + *duration)
                             : tr("“%1” is not a duration: write it like 2h or 1d.").arg(m_duration->currentText()));
    const bool matchersOk = bool(compileSilenceMatchers(matchers()));
    const bool ok = matchersOk && duration && !actor().isEmpty();
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ok);
    }
}

void SilenceDialog::countMatches()
{
    const auto filter = compileSilenceMatchers(matchers());
    if (!filter) {
        m_matchCount = -1;
        const FilterError& error = filter.error();
        m_matchInfo->setText(tr("At column %1: %2").arg(error.position + 1).arg(error.message));
        return;
    }
    m_matchCount = int(m_acks.countMatching(*filter));
    m_matchInfo->setText(
        tr("Matches %Ln alert(s) now; new ones that match are silenced as they arrive.", nullptr, m_matchCount));
}

} // namespace alertdesk::ui
