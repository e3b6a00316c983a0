#include "PatternEditor.h"

#include <string_view>

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include "rules/PatternParser.h"
#include "ui/rules/JsonHighlighter.h"

namespace alertdesk::ui {

PatternEditor::PatternEditor(QWidget* parent)
    : QWidget(parent),
      m_edit(new QPlainTextEdit(this)),
      m_status(new QLabel(this)),
      m_highlighter(new JsonHighlighter(m_edit->document()))
{
    m_edit->setObjectName(QStringLiteral("patternEdit"));
    m_edit->setAccessibleName(tr("Event pattern"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab leaves the editor (keyboard-only operators); JSON is indented with spaces.
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(QStringLiteral("{\"alertdesk\": {\"severity\": [\"critical\"]}}"));
    m_edit->setToolTip(tr("An event pattern as in EventBridge: it matches the event's CloudEvent JSON, with "
                          "AlertDesk's severity, status, fingerprint and title under \"alertdesk\"."));
    m_status->setObjectName(QStringLiteral("patternStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        if (!m_settingText)
            emit edited(m_edit->toPlainText());
    });
    validate();
}

PatternEditor::~PatternEditor() = default;

QString PatternEditor::text() const
{
    return m_edit->toPlainText();
}

void PatternEditor::setText(const QString& text)
{
    if (text == m_edit->toPlainText())
        return;
    m_settingText = true;
    m_edit->setPlainText(text);
    m_settingText = false;
}

void PatternEditor::setDark(bool dark)
{
    m_dark = dark;
    m_highlighter->setDark(dark);
    validate();
}

void PatternEditor::validate()
{
    const QByteArray utf8 = m_edit->toPlainText().toUtf8();
    Expected<rules::Pattern> parsed =
        rules::PatternParser::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (parsed) {
        m_pattern = std::move(*parsed);
        m_error.reset();
        m_errorRange.reset();
        m_status->setText(tr("The pattern is valid."));
        m_status->setStyleSheet({});
    } else {
        m_pattern.reset();
        m_error = parsed.error();
        m_errorRange = patternErrorRange(m_edit->toPlainText(), *m_error);
        m_status->setText(tr("Error at %1: %2").arg(m_error->where, m_error->message));
        m_status->setStyleSheet(m_dark ? QStringLiteral("color: #EF9A9A;") : QStringLiteral("color: #C62828;"));
    }
    m_edit->setAccessibleDescription(m_status->text());
    markError();
    emit validated();
}

void PatternEditor::markError()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_errorRange && !m_edit->toPlainText().isEmpty()) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_edit->document());
        mark.cursor.setPosition(m_errorRange->start);
        mark.cursor.setPosition(m_errorRange->start + m_errorRange->length, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xC6, 0x28, 0x28));
        mark.format.setToolTip(m_status->text());
        selections.append(mark);
    }
    m_edit->setExtraSelections(selections);
}

} // namespace alertdesk::ui
