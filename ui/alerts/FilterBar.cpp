#include "ui/alerts/FilterBar.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringListModel>
#include <QTextCharFormat>

#include "store/AlertStore.h"
#include "ui/Palette.h"

namespace alertdesk::ui {

FilterBar::FilterBar(const AlertStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_edit(new QLineEdit(this)), m_error(new QLabel(this)),
      m_count(new QLabel(this)), m_completer(new QCompleter(this)), m_candidates(new QStringListModel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setPlaceholderText(tr("Filter alerts (Ctrl+F): words, or field:value like severity>=major"));
    m_edit->setAccessibleName(tr("Filter"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 48);
    m_edit->installEventFilter(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_count->setObjectName(QStringLiteral("filterCount"));
    m_count->setAccessibleName(tr("Matching alerts"));

    m_completer->setModel(m_candidates);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setObjectName(QStringLiteral("filterCompletionPopup"));
    connect(m_completer, QOverload<const QString&>::of(&QCompleter::activated), this, &FilterBar::insertCompletion);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_count);

    // Typing re-filters after a short pause, so a fast typist's every key does not re-scan a million rows.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_edit, &QLineEdit::textEdited, this, &FilterBar::updateCompletion);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_completer->popup()->hide();
        m_debounce.stop();
        apply();
    });
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString& text)
{
    m_edit->setText(text);
    m_debounce.stop();
    apply();
}

QString FilterBar::errorMessage() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FilterBar::setCounts(int shown, int total, bool filtered)
{
    const QLocale locale;
    m_count->setText(filtered ? tr("%1 of %Ln alert(s)", nullptr, total).arg(locale.toString(shown))
                              : tr("%Ln alert(s)", nullptr, total));
}

void FilterBar::apply()
{
    auto filter = AlertFilter::compile(m_edit->text());
    if (!filter) {
        showError(filter.error());
        return;
    }
    clearError();
    emit filterChanged(*filter);
}

void FilterBar::showError(const FilterError& error)
{
    m_error->setText(error.message);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, errorColour(isDark(palette)));
    m_error->setPalette(palette);
    m_error->show();
    m_edit->setToolTip(error.message);
    m_edit->setAccessibleDescription(error.message);
    markRange(error.position, std::max(1, error.length));
}

void FilterBar::clearError()
{
    m_error->hide();
    m_error->clear();
    m_edit->setToolTip({});
    m_edit->setAccessibleDescription({});
    markRange(0, 0);
}

// QLineEdit has no API for formatting part of its text; an input-method event carrying text formats is the
// documented way to underline a range without changing the text.
void FilterBar::markRange(int start, int length)
{
    QList<QInputMethodEvent::Attribute> attributes;
    if (length > 0) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(errorColour(isDark(palette())));
        format.setForeground(errorColour(isDark(palette())));
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                       start - m_edit->cursorPosition(), length, format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

void FilterBar::updateCompletion()
{
    m_pending = m_completion.complete(m_edit->text(), m_edit->cursorPosition(), m_store.table());
    if (m_pending.kind == FilterCompletion::Kind::None || m_pending.candidates.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_candidates->setStringList(m_pending.candidates);
    m_completer->complete();
}

void FilterBar::insertCompletion(const QString& candidate)
{
    QString text = m_edit->text();
    text.replace(m_pending.replaceStart, m_pending.replaceLength, candidate);
    m_edit->setText(text);
    m_edit->setCursorPosition(m_pending.replaceStart + int(candidate.size()));
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_completer->popup()->isVisible() && !m_edit->text().isEmpty()) {
            setText(QString());   // Esc clears (UX.md, Keyboard)
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace alertdesk::ui
