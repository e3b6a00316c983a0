#include "TemplatesPanel.h"

#include <utility>

#include <QAction>
#include <QCoreApplication>
#include <QGridLayout>
#include <QJsonObject>
#include <QDockWidget>
#include <QFont>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include "config/Settings.h"
#include "templates/DefaultTemplates.h"
#include "templates/ViewModel.h"
#include "ui/MainWindow.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/templates/PreviewAlertSource.h"
#include "ui/templates/TemplateEditor.h"
#include "ui/templates/TemplateLibraryDocument.h"
#include "ui/templates/TemplatePreview.h"

namespace alertdesk::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString templatesFolder(const Settings& settings)
{
    return QFileInfo(settings.filePath()).absolutePath() + QStringLiteral("/templates");
}

// The channel a shipped template is written for, so selecting it previews it where it belongs.
std::optional<std::pair<ChannelType, MessageType>> channelOfShipped(const QString& id)
{
    const QString markup = id.section(u'/', 1).section(u'-', 0, 0);
    if (markup == QLatin1String("dingtalk"))
        return std::pair(ChannelType::DingTalk, MessageType::Markdown);
    if (markup == QLatin1String("wecom"))
        return std::pair(ChannelType::WeCom, MessageType::Markdown);
    if (markup == QLatin1String("markdown"))
        return std::pair(ChannelType::Feishu, MessageType::Interactive);
    if (markup == QLatin1String("slack"))
        return std::pair(ChannelType::Slack, MessageType::Blocks);
    if (markup == QLatin1String("telegram"))
        return std::pair(ChannelType::Telegram, MessageType::Html);
    return std::nullopt;
}

// The view model's words follow the desk's language until a shipped template says otherwise.
QString defaultLanguage(const Settings& settings)
{
    const QString language = settings.value(settings::language);
    const bool zh = language == QLatin1String("system") ? QLocale::system().language() == QLocale::Chinese
                                                        : language.startsWith(QLatin1String("zh"));
    return zh ? QStringLiteral("zh") : QStringLiteral("en");
}

QString askPathWithDialog(QWidget* parent, bool save, const QString& suggested)
{
    const QString filter = QCoreApplication::translate("TemplatesPanel", "Templates (*.mustache);;All files (*)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + suggested;
    return save ? QFileDialog::getSaveFileName(parent, QCoreApplication::translate("TemplatesPanel", "Export Template"), dir, filter)
                : QFileDialog::getOpenFileName(parent, QCoreApplication::translate("TemplatesPanel", "Import Template"), dir, filter);
}

} // namespace

TemplatesPanel::TemplatesPanel(AlertStore& store, const Clock& clock, Settings& settings, AlertDesk& desk,
                               QWidget* parent)
    : QWidget(parent), m_settings(settings), m_desk(desk),
      m_document(new TemplateLibraryDocument(templatesFolder(settings), this)),
      m_source(new PreviewAlertSource(store, clock, this))
{
    setObjectName(QStringLiteral("templatesPanel"));
    m_askPath = [this](bool save, const QString& suggested) { return askPathWithDialog(this, save, suggested); };
    m_editor = new TemplateEditor(this);
    m_preview = new TemplatePreview(*m_source, settings, this);
    m_readOnlyNote = new QLabel(tr("A shipped template: read-only. Duplicate it to make your own."), this);
    m_readOnlyNote->setObjectName(QStringLiteral("templateReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveButton->setToolTip(tr("Save the template (Ctrl+S); switching templates saves too"));
    auto* saveShortcut = new QShortcut(QKeySequence::Save, m_editor, nullptr, nullptr, Qt::WidgetShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &TemplatesPanel::saveTemplate);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplatesPanel::saveTemplate);

    auto* editorPane = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* editorBar = new QHBoxLayout;
    editorBar->addWidget(m_readOnlyNote, 1);
    editorBar->addStretch();
    editorBar->addWidget(m_saveButton);
    editorLayout->addLayout(editorBar);
    editorLayout->addWidget(m_editor, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("templatesSplitter"));
    splitter->addWidget(buildLibrary());
    splitter->addWidget(editorPane);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({fontMetrics().averageCharWidth() * 30, 520, 760});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_libraryError);
    layout->addWidget(splitter, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_preview->setTemplateText(m_editor->toPlainText());
        m_saveButton->setEnabled(m_editor->document()->isModified());
    });
    connect(m_preview, &TemplatePreview::templateErrorChanged, m_editor, &TemplateEditor::markError);
    connect(m_preview, &TemplatePreview::alertChanged, this, [this] {
        // "Current alert in the table" picked: show it, and follow the table while that stays picked.
        if (m_preview->alertKind() == TemplatePreview::AlertKind::Table &&
            m_source->storedAlertId() != m_desk.currentAlertId())
            m_preview->showStoredAlert(m_desk.currentAlertId());
        updateFieldNames();
    });
    if (QItemSelectionModel* selection = m_desk.table()->selectionModel()) {
        connect(selection, &QItemSelectionModel::currentChanged, this, [this] {
            if (m_preview->alertKind() == TemplatePreview::AlertKind::Table && isVisible())
                m_preview->showStoredAlert(m_desk.currentAlertId());
        });
    }
    connect(m_document, &TemplateLibraryDocument::changed, this, &TemplatesPanel::refreshList);
    connect(m_document, &TemplateLibraryDocument::failed, this, [this](const QString& message) {
        m_libraryError->setText(message);
        m_libraryError->show();
    });
    m_preview->setLanguage(defaultLanguage(m_settings));
    refreshList(QStringLiteral("builtin:%1/dingtalk-alert").arg(m_preview->language()));
    m_preview->showSample(0);
}

TemplatesPanel::~TemplatesPanel()
{
    if (m_editor->document()->isModified())
        saveTemplate(); // never lose an edit
}

TemplatesPanel* TemplatesPanel::install(MainWindow& window, AlertStore& store, const Clock& clock, Settings& settings)
{
    AlertDesk& desk = *window.desk();
    auto* panel = new TemplatesPanel(store, clock, settings, desk, &window);
    QDockWidget* dock = window.addPanel(panel, tr("Templates"), QStringLiteral("templatesDock"),
                                        QKeySequence(Qt::CTRL | Qt::Key_5));
    auto* preview = new QAction(tr("Preview with &Template…"), panel);
    preview->setObjectName(QStringLiteral("previewWithTemplateAction"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(preview, &QAction::triggered, panel, [panel, dock, &desk] {
        dock->show();
        dock->raise();
        panel->previewAlert(desk.currentAlertId());
        panel->editor()->setFocus(Qt::ShortcutFocusReason);
    });
    desk.table()->addAlertAction(preview);
    return panel;
}

QWidget* TemplatesPanel::buildLibrary()
{
    auto* pane = new QWidget(this);
    m_libraryError = new QLabel(this);
    m_libraryError->setObjectName(QStringLiteral("templateLibraryError"));
    m_libraryError->setWordWrap(true);
    m_libraryError->setStyleSheet(QStringLiteral("color:#C62828;"));
    m_libraryError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_libraryError->hide();
    m_list = new QListWidget(pane);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    const auto button = [pane](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, pane);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_newButton = button(tr("&New"), "newTemplateButton", tr("A new template from the shipped one of the channel"));
    m_duplicateButton = button(tr("D&uplicate"), "duplicateTemplateButton", tr("A copy you can edit"));
    m_renameButton = button(tr("&Rename"), "renameTemplateButton", tr("Rename (F2)"));
    m_deleteButton = button(tr("De&lete"), "deleteTemplateButton", tr("Delete (undo with Ctrl+Z in the list)"));
    m_importButton = button(tr("&Import…"), "importTemplateButton", tr("Add a template from a file"));
    m_exportButton = button(tr("E&xport…"), "exportTemplateButton", tr("Save the template to a file"));
    QUndoStack* undo = m_document->undoStack();
    QAction* undoAction = undo->createUndoAction(m_list, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoTemplateLibraryAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redoAction = undo->createRedoAction(m_list, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoTemplateLibraryAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addActions({undoAction, redoAction});
    m_undoButton = new QToolButton(pane);
    m_undoButton->setObjectName(QStringLiteral("undoTemplateButton"));
    m_undoButton->setDefaultAction(undoAction);
    m_redoButton = new QToolButton(pane);
    m_redoButton->setObjectName(QStringLiteral("redoTemplateButton"));
    m_redoButton->setDefaultAction(redoAction);

    auto* grid = new QGridLayout;
    grid->addWidget(m_newButton, 0, 0);
    grid->addWidget(m_duplicateButton, 0, 1);
    grid->addWidget(m_renameButton, 1, 0);
    grid->addWidget(m_deleteButton, 1, 1);
    grid->addWidget(m_importButton, 2, 0);
    grid->addWidget(m_exportButton, 2, 1);
    grid->addWidget(m_undoButton, 3, 0);
    grid->addWidget(m_redoButton, 3, 1);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(grid);

    connect(m_newButton, &QPushButton::clicked, this, &TemplatesPanel::newTemplate);
    connect(m_duplicateButton, &QPushButton::clicked, this, &TemplatesPanel::duplicateTemplate);
    connect(m_renameButton, &QPushButton::clicked, this, &TemplatesPanel::renameTemplate);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplatesPanel::deleteTemplate);
    connect(m_importButton, &QPushButton::clicked, this, &TemplatesPanel::importTemplate);
    connect(m_exportButton, &QPushButton::clicked, this, &TemplatesPanel::exportTemplate);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading && item)
            showTemplate(item->data(kIdRole).toString());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading)
            m_document->renameTemplate(item->data(kIdRole).toString(), item->text());
    });
    return pane;
}

void TemplatesPanel::refreshList(const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? m_currentId : selectId;
    m_loading = true;
    m_list->clear();
    QListWidgetItem* selected = nullptr;
    bool ownHeader = false;
    bool shippedHeader = false;
    const auto header = [this](const QString& text) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::NoItemFlags);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    };
    for (const LibraryTemplate& entry : m_document->library().templates()) {
        if (!entry.builtin && !std::exchange(ownHeader, true))
            header(tr("Your templates"));
        if (entry.builtin && !std::exchange(shippedHeader, true))
            header(tr("Shipped (read-only)"));
        auto* item = new QListWidgetItem(entry.name, m_list);
        item->setData(kIdRole, entry.id);
        item->setToolTip(entry.builtin ? tr("%1 · shipped, read-only: duplicate it to edit").arg(entry.id)
                                       : tr("%1 · version %2").arg(entry.id).arg(entry.version));
        if (entry.builtin) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        if (entry.id == keep)
            selected = item;
    }
    for (int i = 0; !selected && i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsSelectable)
            selected = m_list->item(i);
    }
    m_loading = false;
    if (selected) {
        m_list->setCurrentItem(selected); // showTemplate() through currentItemChanged when it moved
        if (selected->data(kIdRole).toString() != m_currentId || !selectId.isEmpty())
            showTemplate(selected->data(kIdRole).toString());
    }
    updateButtons();
}

void TemplatesPanel::selectTemplate(const QString& id)
{
    refreshList(id);
}

void TemplatesPanel::showTemplate(const QString& id)
{
    if (id == m_currentId && !m_editor->document()->isModified()) {
        const auto entry = m_document->library().find(id);
        if (entry && entry->text == m_editor->toPlainText())
            return;
    }
    if (!m_currentId.isEmpty() && m_currentId != id && m_editor->document()->isModified())
        saveTemplate();
    const auto entry = m_document->library().find(id);
    if (!entry)
        return;
    m_currentId = id;
    m_loading = true;
    m_editor->setPlainText(entry->text);
    m_editor->document()->setModified(false);
    m_editor->setReadOnly(entry->builtin);
    m_loading = false;
    m_readOnlyNote->setVisible(entry->builtin);
    if (entry->builtin) {
        m_preview->setLanguage(id.section(u':', 1).section(u'/', 0, 0));
        if (const auto channel = channelOfShipped(id))
            m_preview->setChannel(channel->first, channel->second);
    }
    m_preview->setPartials(m_document->library().partials(m_preview->language()));
    m_preview->setTemplateText(entry->text);
    updateButtons();
    updateFieldNames();
}

void TemplatesPanel::updateButtons()
{
    const auto entry = m_document->library().find(m_currentId);
    const bool own = entry && !entry->builtin;
    m_duplicateButton->setEnabled(entry.has_value());
    m_renameButton->setEnabled(own);
    m_deleteButton->setEnabled(own);
    m_exportButton->setEnabled(entry.has_value());
    m_saveButton->setEnabled(own && m_editor->document()->isModified());
}

void TemplatesPanel::updateFieldNames()
{
    QStringList names;
    for (const ViewField& field : ViewModel::alertFields())
        names.append(field.name);
    for (const ViewField& field : ViewModel::digestFields()) {
        if (!names.contains(field.name))
            names.append(field.name);
    }
    names += {QStringLiteral("upper"), QStringLiteral("lower"), QStringLiteral("truncate"), QStringLiteral("escapeHtml"),
              QStringLiteral("escapeSlack"), QStringLiteral("escapeMarkdown"), QStringLiteral("escapeJson")};
    // The nested names of the alert at hand: labels.instance, data.dimensions.ip …
    if (m_source->hasAlert()) {
        for (const auto& [name, value] : m_source->event().labels)
            names.append(QStringLiteral("labels.") + name);
        const std::function<void(const QString&, const QJsonValue&, int)> walk = [&](const QString& path,
                                                                                      const QJsonValue& value, int depth) {
            if (!value.isObject() || depth > 4) {
                names.append(path);
                return;
            }
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                walk(path + u'.' + it.key(), it.value(), depth + 1);
        };
        const QJsonValue dataValue = ViewModel::forAlert(m_source->event(), m_source->context(), {}, 0)
                                    .toJson()
                                    .toObject()
                                    .value(QStringLiteral("data"));
        walk(QStringLiteral("data"), dataValue, 0);
    }
    m_editor->setFieldNames(names);
    QStringList partials = m_document->library().partials(m_preview->language()).names();
    partials.sort();
    m_editor->setPartialNames(partials);
}

void TemplatesPanel::previewAlert(qint64 alertId)
{
    m_preview->showStoredAlert(alertId);
}

bool TemplatesPanel::saveTemplate()
{
    const auto entry = m_document->library().find(m_currentId);
    if (!entry || entry->builtin || !m_editor->document()->isModified())
        return false;
    if (!m_document->saveText(m_currentId, m_editor->toPlainText()))
        return false;
    m_editor->document()->setModified(false);
    if (const auto saved = m_document->library().find(m_currentId); saved && m_list->currentItem())
        m_list->currentItem()->setToolTip(tr("%1 · version %2").arg(saved->id).arg(saved->version));
    m_preview->setPartials(m_document->library().partials(m_preview->language()));
    updateButtons();
    return true;
}

void TemplatesPanel::newTemplate()
{
    saveTemplate();
    const QString markup = markupName(markupOf(m_preview->channel(), m_preview->messageType()));
    m_document->createTemplate(tr("New template"), defaultTemplates::text(markup, false, m_preview->language()));
}

void TemplatesPanel::duplicateTemplate()
{
    saveTemplate();
    m_document->duplicateTemplate(m_currentId);
}

void TemplatesPanel::renameTemplate()
{
    if (QListWidgetItem* item = m_list->currentItem(); item && (item->flags() & Qt::ItemIsEditable))
        m_list->editItem(item);
}

void TemplatesPanel::deleteTemplate()
{
    m_editor->document()->setModified(false); // what is deleted is what was saved; undo brings that back
    m_document->deleteTemplate(m_currentId);
}

void TemplatesPanel::importTemplate()
{
    const QString path = m_askPath(false, QString());
    if (!path.isEmpty())
        m_document->importTemplate(path);
}

void TemplatesPanel::exportTemplate()
{
    saveTemplate();
    const auto entry = m_document->library().find(m_currentId);
    if (!entry)
        return;
    const QString path = m_askPath(true, entry->id.section(u'/', -1) + QStringLiteral(".mustache"));
    if (!path.isEmpty())
        m_document->exportTemplate(m_currentId, path);
}

} // namespace alertdesk::ui
