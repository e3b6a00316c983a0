#include "RulesPanel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "config/RulesFile.h"
#include "rules/RecentEvents.h"
#include "ui/Palette.h"
#include "ui/rules/PatternEditor.h"
#include "ui/rules/RecentEventsModel.h"
#include "ui/rules/RuleDocument.h"
#include "ui/rules/RuleForm.h"
#include "ui/rules/RuleListModel.h"
#include "ui/rules/RuleTestPanel.h"

namespace alertdesk::ui {

namespace {

const QString& newRulePattern()
{
    static const QString pattern = QStringLiteral("{\n  \"alertdesk\": {\n    \"severity\": [\"critical\"]\n  }\n}");
    return pattern;
}

QAction* panelAction(QWidget* panel, const QString& text, const char* name, const QKeySequence& key)
{
    auto* action = new QAction(text, panel);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(key);
    // The panel's shortcuts work while focus is inside it, and nowhere else (Ctrl+S, Ctrl+Z of other panels).
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    panel->addAction(action);
    return action;
}

} // namespace

RulesPanel::RulesPanel(RulesFile& file, rules::RecentEvents& recent, QWidget* parent)
    : QWidget(parent),
      m_file(file),
      m_recent(recent),
      m_document(new RuleDocument(this))
{
    setObjectName(QStringLiteral("rulesPanel"));
    createActions();
    createLayout();

    RuleListModel* model = m_document->model();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RulesPanel::showCurrentRule);
    connect(model, &QAbstractItemModel::dataChanged, this, &RulesPanel::showCurrentRule);
    connect(model, &QAbstractItemModel::rowsMoved, this, &RulesPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RulesPanel::showCurrentRule);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        setCurrentRow(0);
        showCurrentRule();
    });
    connect(m_form, &RuleForm::edited, this, [this](const EditedRule& changed, RuleDocument::Field field) {
        if (const int row = currentRow(); row >= 0)
            m_document->editRule(row, changed, field);
    });
    connect(m_pattern, &PatternEditor::edited, this, [this](const QString& text) {
        const int row = currentRow();
        if (row < 0)
            return;
        EditedRule changed = m_document->model()->rule(row);
        changed.setPatternText(text);
        m_document->editRule(row, std::move(changed), RuleDocument::Field::Pattern);
    });
    connect(m_pattern, &PatternEditor::validated, this,
            [this] { m_test->setPattern(currentRow() >= 0 ? m_pattern->pattern() : std::nullopt); });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] { showStatus({}); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &RulesPanel::updateActions);
    connect(&m_file, &RulesFile::ruleSetChanged, this, &RulesPanel::fileChanged);
    connect(&m_file, &RulesFile::loadFailed, this, [this](const QString& message) {
        showStatus(
            tr("rules.json was not loaded; the rules shown and in force are the last valid ones. %1").arg(message),
            true);
    });
    reload();
    if (!m_file.lastError().isEmpty())
        showStatus(m_file.lastError(), true);
}

RulesPanel::~RulesPanel()
{
    // The undo stack clears itself when the document dies, announcing index and clean changes: not to a panel
    // that is half destroyed.
    m_document->undoStack()->disconnect(this);
    m_document->model()->disconnect(this);
}

void RulesPanel::createActions()
{
    // Fixed texts (a toolbar button that grows with "Undo Edit “…”" pushes the others away); what would be undone
    // is the tooltip.
    QUndoStack* stack = m_document->undoStack();
    m_undo = panelAction(this, tr("&Undo"), "rulesUndoAction", QKeySequence::Undo);
    m_redo = panelAction(this, tr("&Redo"), "rulesRedoAction", QKeySequence::Redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString& text) {
        m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString& text) {
        m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    m_save = panelAction(this, tr("&Save Rules"), "saveRulesAction", QKeySequence::Save);
    m_save->setToolTip(tr("Write the rules to rules.json; routing follows the saved rules (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_new = panelAction(this, tr("&New Rule"), "newRuleAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    // Ctrl+D is the main window's "show detail"; a panel shortcut may not shadow it (Qt calls that ambiguous).
    m_duplicate =
        panelAction(this, tr("D&uplicate"), "duplicateRuleAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteRuleAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut); // only in the list: Delete edits text elsewhere
    m_moveUp = panelAction(this, tr("Move &Up"), "moveRuleUpAction", QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = panelAction(this, tr("Move Do&wn"), "moveRuleDownAction", QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction* action : {m_new, m_duplicate, m_delete, m_moveUp, m_moveDown, m_save}) {
        if (!action->shortcut().isEmpty() && action->toolTip() == action->iconText())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(action->iconText(),
                                                             action->shortcut().toString(QKeySequence::NativeText)));
    }

    connect(m_save, &QAction::triggered, this, [this] {
        if (auto saved = save(); !saved)
            showStatus(saved.error().toString(), true);
    });
    connect(m_new, &QAction::triggered, this, [this] {
        setCurrentRow(m_document->addRule(tr("New rule"), newRulePattern()));
        m_form->findChild<QLineEdit*>(QStringLiteral("ruleNameEdit"))->setFocus();
        m_form->findChild<QLineEdit*>(QStringLiteral("ruleNameEdit"))->selectAll();
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (const int row = currentRow(); row >= 0)
            setCurrentRow(m_document->duplicateRule(row));
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const int row = currentRow(); row >= 0)
            m_document->removeRule(row);
    });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
}

void RulesPanel::createLayout()
{
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("rulesToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_new, m_duplicate, m_delete});
    toolbar->addSeparator();
    toolbar->addActions({m_moveUp, m_moveDown});
    toolbar->addSeparator();
    toolbar->addActions({m_undo, m_redo});
    toolbar->addSeparator();
    toolbar->addAction(m_save);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rulesStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules, in routing order"));
    m_list->setModel(m_document->model());
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
    m_list->addAction(m_delete);
    m_form = new RuleForm(this);
    auto* formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_pattern = new PatternEditor(this);
    m_test = new RuleTestPanel(m_recent, this);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("patternSplitter"));
    right->addWidget(m_pattern);
    right->addWidget(m_test);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("rulesSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(formScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 4);
    const int em = fontMetrics().averageCharWidth();
    splitter->setSizes({em * 24, em * 52, em * 90});

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

int RulesPanel::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RulesPanel::setCurrentRow(int row)
{
    if (row >= 0 && row < m_document->count())
        m_list->setCurrentIndex(m_document->model()->index(row));
}

void RulesPanel::showCurrentRule()
{
    const int row = currentRow();
    if (row < 0) {
        m_shownRuleId.clear();
        m_form->setRule(nullptr);
        m_pattern->setText({});
        m_pattern->setEnabled(false);
        m_test->setPattern(std::nullopt);
    } else {
        const EditedRule& rule = m_document->model()->rule(row);
        m_shownRuleId = rule.rule.id;
        // The target combos offer the channels and templates the other rules already use.
        QStringList channels;
        QStringList templates;
        for (const EditedRule& other : m_document->model()->rules()) {
            for (const rules::RuleTarget& target : other.rule.targets) {
                channels << target.channelId;
                templates << target.templateId;
            }
        }
        channels.removeDuplicates();
        templates.removeDuplicates();
        m_form->setTargetSuggestions(channels, templates);
        m_form->setRule(&rule);
        m_pattern->setEnabled(true);
        m_pattern->setText(rule.patternText);
        m_test->setPattern(m_pattern->pattern());
    }
    updateActions();
}

void RulesPanel::updateActions()
{
    const int row = currentRow();
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_document->count());
    m_save->setEnabled(m_document->isModified());
    showStatus({});
}

void RulesPanel::showStatus(const QString& text, bool problem)
{
    QString shown = text;
    if (shown.isEmpty()) {
        if (m_status->property("problem").toBool() && m_document->isModified())
            return; // keep the last error in view until the next save or a clean state
        shown = m_document->isModified()
            ? tr("Unsaved changes: routing still follows the saved rules.")
            : tr("%n rule(s) in %1", nullptr, m_document->count()).arg(QDir::toNativeSeparators(m_file.path()));
    }
    m_status->setProperty("problem", problem);
    m_status->setText(problem ? QStringLiteral("⚠ ") + shown : shown);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #C62828;") : QString());
}

void RulesPanel::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_document->count())
        return;
    m_document->moveRule(row, to);
    setCurrentRow(to);
}

void RulesPanel::reload()
{
    const int row = currentRow();
    const std::shared_ptr<const rules::RuleSet> set = m_file.ruleSet();
    m_document->load(set ? *set : rules::RuleSet{});
    setCurrentRow(std::min(std::max(row, 0), m_document->count() - 1));
    m_status->setProperty("problem", false);
    showCurrentRule();
}

// Someone edited rules.json outside the editor (or another save landed): show it unless that would throw away
// the operator's unsaved work; then say so, and saving replaces the file.
void RulesPanel::fileChanged()
{
    if (m_saving)
        return;
    if (!m_document->isModified())
        reload();
    else
        showStatus(tr("rules.json changed outside the editor; saving will replace it with the rules shown here."),
                   true);
}

Expected<void> RulesPanel::save()
{
    const Expected<rules::RuleSet> set = m_document->toRuleSet();
    if (!set)
        return std::unexpected(set.error());
    // What is written must load again: the file's reader checks more than the form does (its own spelling of
    // every field), and a rules.json the desk cannot read would leave the router on the previous set.
    const Expected<QByteArray> text = set->toJson();
    if (!text)
        return std::unexpected(text.error());
    if (Expected<rules::RuleSet> check =
            rules::RuleSet::fromJson(std::string_view(text->constData(), size_t(text->size())));
        !check)
        return std::unexpected(check.error());
    m_saving = true;
    const Expected<void> saved = m_file.save(*set);
    m_saving = false;
    if (!saved)
        return saved;
    m_document->markSaved();
    m_status->setProperty("problem", false);
    showStatus({});
    return {};
}

void RulesPanel::newRuleFromAlert(const rules::DraftFields& fields, const QByteArray& eventJson, const QString& name)
{
    const QString pattern = rules::PatternDraft::build(fields, eventJson);
    setCurrentRow(m_document->addRule(name.isEmpty() ? tr("New rule") : name, pattern));
    auto* nameEdit = m_form->findChild<QLineEdit*>(QStringLiteral("ruleNameEdit"));
    nameEdit->setFocus(Qt::OtherFocusReason);
    nameEdit->selectAll();
}

bool RulesPanel::allowClose()
{
    if (!m_document->isModified())
        return true;
    QMessageBox::StandardButton answer = m_nextCloseAnswer.value_or(QMessageBox::NoButton);
    m_nextCloseAnswer.reset();
    if (answer == QMessageBox::NoButton)
        answer =
            QMessageBox::warning(window(), tr("Unsaved Rules"),
                                 tr("The rules have changes that are not saved; routing follows the saved "
                                    "rules. Save them before closing?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::Save)
        return false;
    if (auto saved = save(); !saved) {
        showStatus(saved.error().toString(), true);
        if (auto* dock = qobject_cast<QDockWidget*>(parentWidget())) {
            dock->show();
            dock->raise();
        }
        return false;
    }
    return true;
}

void RulesPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setDark(isDark(palette()));
}

void RulesPanel::setDark(bool dark)
{
    m_pattern->setDark(dark);
    m_test->model()->setDark(dark);
}

} // namespace alertdesk::ui
