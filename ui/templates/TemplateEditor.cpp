#include "TemplateEditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

#include "ui/Palette.h"
#include "ui/templates/MustacheHighlighter.h"

namespace alertdesk::ui {

TemplateEditor::TemplateEditor(QWidget* parent)
    : QPlainTextEdit(parent), m_highlighter(new MustacheHighlighter(document())), m_completer(new QCompleter(this)),
      m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    m_highlighter->setDark(isDark(palette()));
    m_completer->setModel(m_model);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->popup()->setObjectName(QStringLiteral("templateCompletionPopup"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TemplateEditor::insertCompletion);
}

void TemplateEditor::setFieldNames(const QStringList& names)
{
    m_fields = names;
}

void TemplateEditor::setPartialNames(const QStringList& names)
{
    m_partials = names;
}

void TemplateEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(isDark(palette()));
    QPlainTextEdit::changeEvent(event);
}

bool TemplateEditor::tagPrefix(QString* prefix, bool* partial) const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QLatin1String("{{"));
    if (open < 0 || before.indexOf(QLatin1String("}}"), open) >= 0)
        return false;
    QString inside = before.mid(open + 2);
    *partial = false;
    if (!inside.isEmpty() && QStringLiteral("#^/&{>").contains(inside.front())) {
        *partial = inside.front() == u'>';
        inside.remove(0, 1);
    }
    inside = inside.trimmed();
    if (inside.startsWith(u'!') || inside.startsWith(u'='))
        return false;
    for (const QChar c : inside) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-'))
            return false;
    }
    *prefix = inside;
    return true;
}

void TemplateEditor::updateCompletion(bool forced)
{
    QString prefix;
    bool partial = false;
    if (!tagPrefix(&prefix, &partial) || (!forced && prefix.isEmpty() && !partial)) {
        m_completer->popup()->hide();
        return;
    }
    if (partial != m_partialMode || m_model->rowCount() == 0 ||
        m_model->stringList() != (partial ? m_partials : m_fields)) {
        m_partialMode = partial;
        m_model->setStringList(partial ? m_partials : m_fields);
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void TemplateEditor::insertCompletion(const QString& completion)
{
    QTextCursor cursor = textCursor();
    const QString prefix = m_completer->completionPrefix();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, static_cast<int>(prefix.size()));
    cursor.insertText(completion);
    // Close the tag when nothing closes it yet on this line.
    const QString rest = cursor.block().text().mid(cursor.positionInBlock());
    if (!rest.trimmed().startsWith(QLatin1String("}}")))
        cursor.insertText(QStringLiteral("}}"));
    setTextCursor(cursor);
}

void TemplateEditor::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    const bool ask = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!ask)
        QPlainTextEdit::keyPressEvent(event);
    const bool typed = !event->text().isEmpty() && event->text().at(0).isPrint();
    if (ask || typed || event->key() == Qt::Key_Backspace)
        updateCompletion(ask);
}

void TemplateEditor::markError(int line, int column)
{
    m_error = QPoint(column, line);
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(QLatin1String("#C62828")));
        selection.format.setBackground(QColor(198, 40, 40, 40));
        selection.cursor = QTextCursor(block);
        const int from = std::clamp(column - 1, 0, std::max(0, block.length() - 1));
        selection.cursor.setPosition(block.position() + from);
        // The tag at the place, or the rest of the line.
        const int end = block.text().indexOf(QLatin1String("}}"), from);
        selection.cursor.setPosition(block.position() + (end >= 0 ? end + 2 : std::max(from + 1, block.length() - 1)),
                                     QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void TemplateEditor::goToLineColumn(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

} // namespace alertdesk::ui
