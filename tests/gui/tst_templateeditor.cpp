// The Templates panel as an operator uses it: type a template and watch the exact JSON body and the IM's look
// follow; keywords, limits and template errors flagged where they are; the library's delete undone; export and
// import; Ctrl+T in the alert table opening the editor on that alert.
#include <QAction>
#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolButton>

#include "GuiDesk.h"
#include "notify/MessageLimits.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "templates/SampleEvents.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/templates/TemplateEditor.h"
#include "ui/templates/TemplateLibraryDocument.h"
#include "ui/templates/TemplatePreview.h"
#include "ui/templates/TemplatesPanel.h"

using namespace alertdesk;
using alertdesk::test::GuiDesk;

namespace {

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1StringView(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// The bodies in the JSON view: one pretty-printed object, or several after "// message i of n" lines.
QList<QJsonObject> jsonBodies(const QString& text)
{
    QList<QJsonObject> bodies;
    QString current;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            bodies.append(QJsonDocument::fromJson(current.toUtf8()).object());
        current.clear();
    };
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(QLatin1String("//")))
            flush();
        else
            current += line + u'\n';
    }
    flush();
    return bodies;
}

// A desk on a temporary profile with the Templates panel shown on a template of the operator's own.
struct PanelFixture
{
    QTemporaryDir profile;
    KeychainSecretStore secrets{QStringLiteral("AlertDesk-test")};
    std::unique_ptr<GuiDesk> desk;
    ui::TemplatesPanel* panel = nullptr;
    ui::TemplateEditor* editor = nullptr;
    QPlainTextEdit* json = nullptr;
    QTextBrowser* im = nullptr;
    QLabel* size = nullptr;
    QLabel* keyword = nullptr;
    QLabel* error = nullptr;
    QComboBox* channel = nullptr;
    QComboBox* type = nullptr;

    bool open()
    {
        desk = std::make_unique<GuiDesk>(profile.path(), secrets);
        desk->window.resize(1500, 950);
        desk->window.show();
        panel = desk->window.findChild<ui::TemplatesPanel*>(QStringLiteral("templatesPanel"));
        if (!panel)
            return false;
        auto* dock = desk->window.findChild<QDockWidget*>(QStringLiteral("templatesDock"));
        dock->show();
        dock->raise();
        editor = child<ui::TemplateEditor>(panel, "templateEditor");
        json = child<QPlainTextEdit>(panel, "previewJsonView");
        im = child<QTextBrowser>(panel, "previewImBrowser");
        size = child<QLabel>(panel, "previewSizeLabel");
        keyword = child<QLabel>(panel, "previewKeywordLabel");
        error = child<QLabel>(panel, "previewErrorLabel");
        channel = child<QComboBox>(panel, "previewChannelCombo");
        type = child<QComboBox>(panel, "previewMessageTypeCombo");
        return editor && json && im && size && keyword && error && channel && type;
    }

    void choose(const char* channelName, const char* typeName)
    {
        channel->setCurrentIndex(channel->findData(QLatin1String(channelName)));
        type->setCurrentIndex(type->findData(QLatin1String(typeName)));
    }

    // A new template of the operator's own, holding `text`.
    void newTemplate(const QString& text)
    {
        child<QPushButton>(panel, "newTemplateButton")->click();
        editor->selectAll();
        editor->insertPlainText(text);
    }

    QJsonObject body() const
    {
        const QList<QJsonObject> bodies = jsonBodies(json->toPlainText());
        return bodies.isEmpty() ? QJsonObject() : bodies.first();
    }
};

} // namespace

class TstTemplateEditor final : public QObject
{
    Q_OBJECT

private slots:
    void typingChangesTheJsonBody();
    void dingTalkMarkdownBodyHasTitleAndText();
    void missingKeywordIsFlagged();
    void overLimitMessageShowsItsSizeAndSplit_data();
    void overLimitMessageShowsItsSizeAndSplit();
    void unclosedSectionShowsLineAndColumn();
    void completionOffersViewModelFields();
    void highlightingTellsTagKindsApart();
    void imViewFollowsEachImsMarkup_data();
    void imViewFollowsEachImsMarkup();
    void undoOfDeleteRestoresTheTemplate();
    void renameInTheListIsUndoable();
    void exportThenImportGivesTheSameTemplate();
    void ctrlTFromTheTableOpensTheEditorOnThatAlert();
    void screenshots();
};

void TstTemplateEditor::typingChangesTheJsonBody()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.choose("dingtalk", "markdown");
    f.newTemplate(QStringLiteral("### {{title}}\n"));
    f.editor->setFocus();
    f.editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(f.editor, QStringLiteral("Typed by the operator"));
    QTRY_VERIFY(f.body()[QStringLiteral("markdown")][QStringLiteral("text")].toString().endsWith(
        QStringLiteral("Typed by the operator")));
    QTRY_VERIFY(f.im->toPlainText().contains(QStringLiteral("Typed by the operator")));
    // The sample's title came through the view model.
    QVERIFY(f.body()[QStringLiteral("markdown")][QStringLiteral("text")].toString().startsWith(QStringLiteral("### ")));
    QVERIFY(f.body()[QStringLiteral("markdown")][QStringLiteral("text")].toString().size() > 30);
}

void TstTemplateEditor::dingTalkMarkdownBodyHasTitleAndText()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.choose("dingtalk", "markdown");
    f.newTemplate(QStringLiteral("---\ntitle: Alarm {{title}}\natMobiles: 13800001111\n---\n### {{title}}\n\n> {{summary}}\n"));
    QTRY_VERIFY(!f.body().isEmpty());
    QTRY_COMPARE(f.body()[QStringLiteral("msgtype")].toString(), QStringLiteral("markdown"));
    const QJsonObject markdown = f.body()[QStringLiteral("markdown")].toObject();
    QVERIFY(markdown[QStringLiteral("title")].toString().startsWith(QStringLiteral("Alarm ")));
    QVERIFY(markdown[QStringLiteral("text")].toString().startsWith(QStringLiteral("### ")));
    // The mention is in the text too, or DingTalk does not highlight it (spec §8.7).
    QVERIFY(markdown[QStringLiteral("text")].toString().contains(QStringLiteral("@13800001111")));
    QCOMPARE(f.body()[QStringLiteral("at")][QStringLiteral("atMobiles")].toArray().first().toString(),
             QStringLiteral("13800001111"));
    // The IM view shows the title as DingTalk does: only in the notification, not in the message.
    QTRY_VERIFY(f.im->toPlainText().contains(QStringLiteral("“Alarm ")));
}

void TstTemplateEditor::missingKeywordIsFlagged()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.choose("dingtalk", "markdown");
    f.newTemplate(QStringLiteral("---\ntitle: ALARM {{title}}\n---\n### {{title}}\n"));
    auto* keywords = child<QLineEdit>(f.panel, "previewKeywordsEdit");
    QTest::keyClicks(keywords, QStringLiteral("ALARM"));
    // In the title only: DingTalk searches the text, so the robot refuses it.
    QTRY_VERIFY2(f.keyword->text().contains(QStringLiteral("missing")), qPrintable(f.keyword->text()));
    QVERIFY(f.panel->preview()->result().warnings.join(u' ').contains(QStringLiteral("ALARM")));
    f.editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(f.editor, QStringLiteral("ALARM"));
    QTRY_VERIFY2(f.keyword->text().contains(QStringLiteral("present")), qPrintable(f.keyword->text()));
}

void TstTemplateEditor::overLimitMessageShowsItsSizeAndSplit_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("split");
    QTest::addRow("WeCom markdown splits at 4096 bytes") << "wecom" << "markdown" << true;
    QTest::addRow("Feishu card is cut at 18000 bytes") << "feishu" << "interactive" << false;
}

void TstTemplateEditor::overLimitMessageShowsItsSizeAndSplit()
{
    QFETCH(QString, channel);
    QFETCH(QString, type);
    QFETCH(bool, split);
    PanelFixture f;
    QVERIFY(f.open());
    f.choose(qPrintable(channel), qPrintable(type));
    const QString line = QString(40, QChar(0x544a)) + u'\n'; // 告 ×40: 121 bytes a line
    f.newTemplate(line.repeated(200));                       // 24,200 bytes
    QTRY_VERIFY(!f.panel->preview()->result().messages.isEmpty());
    const MessageLimits limits = f.panel->preview()->result().limits;
    // The size against the limit, in the IM's unit.
    QTRY_VERIFY2(f.size->text().contains(QStringLiteral("of %1 bytes").arg(QLocale().toString(limits.text.max))),
                 qPrintable(f.size->text()));
    QVERIFY2(f.size->text().contains(QLocale().toString(24199)), qPrintable(f.size->text())); // trailing newline trimmed
    const QList<QJsonObject> bodies = jsonBodies(f.json->toPlainText());
    if (split) {
        QVERIFY2(bodies.size() > 1, qPrintable(f.json->toPlainText().left(200)));
        QVERIFY(f.json->toPlainText().startsWith(QStringLiteral("// message 1 of %1").arg(bodies.size())));
        QTRY_VERIFY(f.im->toPlainText().contains(QStringLiteral("Message 2 of")));
        for (const QJsonObject& body : bodies)
            QVERIFY(measure(body[QStringLiteral("markdown")][QStringLiteral("content")].toString(), LimitUnit::Utf8Bytes) <= 4096);
    } else {
        QCOMPARE(bodies.size(), 1);
        QVERIFY(f.json->toPlainText().contains(truncationMarker()));
        QVERIFY(QJsonDocument(bodies.first()).toJson(QJsonDocument::Compact).size() <= limits.maxBodyBytes);
    }
    QVERIFY(child<QLabel>(f.panel, "previewWarningsLabel")->text().contains(QStringLiteral("over the limit")));
}

void TstTemplateEditor::unclosedSectionShowsLineAndColumn()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.newTemplate(QStringLiteral("---\ntitle: {{title}}\n---\n### {{title}}\n  {{#isFiring}}\nfiring\n"));
    QTRY_VERIFY2(f.error->text().startsWith(QStringLiteral("Line 5, column 3:")), qPrintable(f.error->text()));
    QVERIFY(f.error->isVisible());
    QVERIFY(f.error->text().contains(QStringLiteral("isFiring")));
    QCOMPARE(f.editor->markedError(), QPoint(3, 5));
    QVERIFY(!f.editor->extraSelections().isEmpty());
    // Closing it clears the mark.
    f.editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(f.editor, QStringLiteral("{{/isFiring}}"));
    QTRY_VERIFY(!f.error->isVisible());
    QCOMPARE(f.editor->markedError(), QPoint(0, 0));
    QVERIFY(f.editor->extraSelections().isEmpty());
}

void TstTemplateEditor::completionOffersViewModelFields()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.newTemplate(QString());
    f.editor->setFocus();
    QTest::keyClicks(f.editor, QStringLiteral("{{sever"));
    QAbstractItemView* popup = f.editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList entries;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        entries.append(popup->model()->index(row, 0).data().toString());
    QVERIFY2(entries.contains(QStringLiteral("severityText")), qPrintable(entries.join(u',')));
    popup->setCurrentIndex(popup->model()->index(entries.indexOf(QStringLiteral("severityText")), 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(f.editor->toPlainText(), QStringLiteral("{{severityText}}"));
}

void TstTemplateEditor::highlightingTellsTagKindsApart()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.newTemplate(QStringLiteral("plain {{title}} {{#isFiring}}x{{/isFiring}} {{> facts-markdown}} {{! note\nstill note }}"));
    const auto colourAt = [&](int blockNumber, int position) {
        const QTextBlock block = f.editor->document()->findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    const QString first = f.editor->document()->firstBlock().text();
    const QColor plain = colourAt(0, 0);
    const QColor variable = colourAt(0, int(first.indexOf(QLatin1String("{{title"))));
    const QColor section = colourAt(0, int(first.indexOf(QLatin1String("{{#"))));
    const QColor close = colourAt(0, int(first.indexOf(QLatin1String("{{/"))));
    const QColor partial = colourAt(0, int(first.indexOf(QLatin1String("{{>"))));
    const QColor comment = colourAt(0, int(first.indexOf(QLatin1String("{{!"))));
    QVERIFY(!plain.isValid());
    QVERIFY(variable.isValid() && section.isValid() && partial.isValid() && comment.isValid());
    QCOMPARE(close, section);
    QCOMPARE(QSet<QRgb>({variable.rgb(), section.rgb(), partial.rgb(), comment.rgb()}).size(), 4);
    QCOMPARE(colourAt(1, 2), comment); // a comment goes on over the line break
}

void TstTemplateEditor::imViewFollowsEachImsMarkup_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("shown");    // in the IM view's HTML
    QTest::addColumn<QString>("notShown"); // what that IM would not render
    QTest::addRow("WeCom markdown colours") << "wecom" << "markdown"
                                            << "<font color=\"warning\">{{severityText}}</font>"
                                            << "color:#f28c28;" << "&lt;font";
    QTest::addRow("WeCom markdown_v2 has no colours") << "wecom" << "markdown_v2"
                                                      << "<font color=\"warning\">x</font>" << "&lt;font color" << "color:#f28c28;";
    QTest::addRow("Feishu card header by severity") << "feishu" << "interactive" << "**{{title}}**"
                                                    << "background-color:#f54a45;" << "**";
    QTest::addRow("DingTalk joins single line breaks") << "dingtalk" << "markdown" << "one\ntwo"
                                                       << "one two" << "one<br />two";
    QTest::addRow("DingTalk highlights a mentioned mobile")
        << "dingtalk" << "markdown" << "---\natMobiles: 13800001111\n---\nplease look @13800001111"
        << "color:#1f6feb;\">@13800001111" << "";
    QTest::addRow("Slack mrkdwn link") << "slack" << "blocks" << "<{{{url}}}|Open> *bold*" << "Open</span></a>" << "|Open";
}

void TstTemplateEditor::imViewFollowsEachImsMarkup()
{
    QFETCH(QString, channel);
    QFETCH(QString, type);
    QFETCH(QString, templateText);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    PanelFixture f;
    QVERIFY(f.open());
    f.choose(qPrintable(channel), qPrintable(type));
    f.panel->preview()->showSample(0); // a critical, firing Alertmanager alert
    f.newTemplate(templateText);
    f.panel->preview()->renderNow();
    const QString html = f.im->toHtml();
    QVERIFY2(html.contains(shown), qPrintable(html.right(1500)));
    if (!notShown.isEmpty())
        QVERIFY2(!html.contains(notShown), qPrintable(html.right(1500)));
}

void TstTemplateEditor::undoOfDeleteRestoresTheTemplate()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.newTemplate(QStringLiteral("Keep me {{title}}\n"));
    QVERIFY(f.panel->saveTemplate());
    const QString id = f.panel->currentTemplateId();
    const QString file = f.profile.path() + QStringLiteral("/templates/") + id + QStringLiteral(".mustache");
    QVERIFY(QFile::exists(file));
    QListWidget* list = child<QListWidget>(f.panel, "templateList");
    const auto listed = [list](const QString& wanted) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == wanted)
                return true;
        }
        return false;
    };
    child<QPushButton>(f.panel, "deleteTemplateButton")->click();
    QVERIFY(!listed(id));
    QVERIFY(!QFile::exists(file));
    // Ctrl+Z in the list, as the operator would.
    auto* undo = f.panel->findChild<QAction*>(QStringLiteral("undoTemplateLibraryAction"));
    QVERIFY(undo && undo->text().contains(QStringLiteral("Delete “New template”")));
    QApplication::setActiveWindow(&f.desk->window);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(listed(id));
    QVERIFY(QFile::exists(file));
    QCOMPARE(f.panel->currentTemplateId(), id);
    QCOMPARE(f.editor->toPlainText(), QStringLiteral("Keep me {{title}}\n"));
}

void TstTemplateEditor::renameInTheListIsUndoable()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.newTemplate(QStringLiteral("{{title}}\n"));
    const QString id = f.panel->currentTemplateId();
    QListWidget* list = child<QListWidget>(f.panel, "templateList");
    QListWidgetItem* item = list->currentItem();
    QVERIFY(item && (item->flags() & Qt::ItemIsEditable));
    item->setText(QStringLiteral("Night shift")); // what the list's inline editor does on Enter
    QTRY_COMPARE(f.panel->document()->library().find(id)->name, QStringLiteral("Night shift"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Night shift"));
    QCOMPARE(f.panel->currentTemplateId(), id); // the id, and so the file, stays
    f.panel->findChild<QAction*>(QStringLiteral("undoTemplateLibraryAction"))->trigger();
    QTRY_COMPARE(f.panel->document()->library().find(id)->name, QStringLiteral("New template"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New template"));
    // A shipped template cannot be renamed.
    f.panel->selectTemplate(QStringLiteral("builtin:en/dingtalk-alert"));
    QVERIFY(!(list->currentItem()->flags() & Qt::ItemIsEditable));
    QVERIFY(!child<QPushButton>(f.panel, "renameTemplateButton")->isEnabled());
    QVERIFY(!child<QPushButton>(f.panel, "deleteTemplateButton")->isEnabled());
    QVERIFY(f.editor->isReadOnly());
}

void TstTemplateEditor::exportThenImportGivesTheSameTemplate()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.newTemplate(QStringLiteral("---\ntitle: {{title}}\n---\nExported {{subject}}\n"));
    QVERIFY(f.panel->saveTemplate());
    const auto original = f.panel->document()->library().find(f.panel->currentTemplateId());
    QVERIFY(original);
    const QString file = f.profile.path() + QStringLiteral("/exported.mustache");
    f.panel->setPathQuestion([&](bool save, const QString& suggested) {
        if (save)
            [&] { QCOMPARE(suggested, original->id + QStringLiteral(".mustache")); }();
        return file;
    });
    child<QPushButton>(f.panel, "exportTemplateButton")->click();
    QVERIFY(QFile::exists(file));
    child<QPushButton>(f.panel, "deleteTemplateButton")->click();
    QVERIFY(!f.panel->document()->library().find(original->id));
    child<QPushButton>(f.panel, "importTemplateButton")->click();
    const auto imported = f.panel->document()->library().find(original->id);
    QVERIFY(imported);
    QCOMPARE(*imported, *original);
    QCOMPARE(f.panel->currentTemplateId(), original->id);
    QCOMPARE(f.editor->toPlainText(), original->text);
}

void TstTemplateEditor::ctrlTFromTheTableOpensTheEditorOnThatAlert()
{
    PanelFixture f;
    QVERIFY(f.open());
    f.newTemplate(QStringLiteral("### {{title}} on {{subject}}\n"));
    auto* dock = f.desk->window.findChild<QDockWidget*>(QStringLiteral("templatesDock"));
    dock->hide();
    QTRY_VERIFY(f.desk->store.isOpen());
    ManualClock clock(1800000000000);
    QList<Event> events;
    for (const SampleAlert& sample : sampleEvents::load(clock))
        events.append(sample.event);
    f.desk->store.ingest(events);
    ui::AlertTableView* table = f.desk->window.desk()->table();
    QTRY_VERIFY(table->model()->rowCount() >= 3);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 0));
    const qint64 alertId = f.desk->window.desk()->currentAlertId();
    QVERIFY(alertId >= 0);
    auto* action = f.desk->window.findChild<QAction*>(QStringLiteral("previewWithTemplateAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY2(table->actions().contains(action), "the action is in the alert table's context menu");
    // The preview shows another alert first (a sample), so what follows can only come from the table's alert.
    const auto row = f.desk->store.table().findAlertId(alertId);
    QVERIFY(row);
    const QString fingerprint = f.desk->store.table().row(*row).fieldText(RowField::Fingerprint);
    const Event* expected = nullptr;
    int other = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].fingerprint == fingerprint)
            expected = &events[i]; // the alert's latest event
        else if (other < 0)
            other = int(i);
    }
    QVERIFY(expected && other >= 0);
    f.panel->preview()->showSample(other);
    const QString wanted = QStringLiteral("### %1 on %2").arg(expected->title, expected->subject);
    f.panel->preview()->renderNow();
    QVERIFY(!f.body().isEmpty());
    QVERIFY(f.body()[QStringLiteral("markdown")][QStringLiteral("text")].toString() != wanted);

    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(f.panel->preview()->alertKind(), ui::TemplatePreview::AlertKind::Table);
    // The preview renders the alert loaded back from the history.
    QTRY_COMPARE(f.body()[QStringLiteral("markdown")][QStringLiteral("text")].toString(), wanted);
    auto* label = child<QLabel>(f.panel, "previewAlertLabel");
    QTRY_VERIFY2(label->text().contains(expected->title), qPrintable(label->text()));
    QCOMPARE(f.panel->preview()->result().messages.size(), 1);

    // From the history: every alert of the store listed, the picked one rendered.
    auto* kind = child<QComboBox>(f.panel, "previewAlertKindCombo");
    auto* picker = child<QComboBox>(f.panel, "previewAlertCombo");
    kind->setCurrentIndex(int(ui::TemplatePreview::AlertKind::History));
    QCOMPARE(qint64(picker->count()), qint64(f.desk->store.table().liveCount()));
    const Event& last = events.last();
    const auto lastRow = f.desk->store.table().find(last.fingerprint);
    QVERIFY(lastRow);
    picker->setCurrentIndex(picker->findData(f.desk->store.table().row(*lastRow).alertId));
    QTRY_COMPARE(f.body()[QStringLiteral("markdown")][QStringLiteral("text")].toString(),
                 QStringLiteral("### %1 on %2").arg(last.title, last.subject));
}

void TstTemplateEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("ALERTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("ALERTDESK_SCREENSHOT_DIR is not set: no screenshots written");
    PanelFixture f;
    QVERIFY(f.open());
    auto* preview = f.panel->preview();
    auto* keywords = child<QLineEdit>(f.panel, "previewKeywordsEdit");
    const struct
    {
        const char* templateId;
        const char* channel;
        const char* type;
        const char* file;
    } shots[] = {
        {"builtin:zh/dingtalk-alert", "dingtalk", "markdown", "template-dingtalk-zh"},
        {"builtin:zh/markdown-alert", "feishu", "interactive", "template-feishu-card-zh"},
    };
    for (const auto& shot : shots) {
        f.panel->selectTemplate(QLatin1String(shot.templateId));
        f.choose(shot.channel, shot.type);
        preview->setLanguage(QStringLiteral("zh"));
        preview->showSample(0); // Alertmanager DiskFull, critical, firing, Chinese summary
        keywords->setText(QStringLiteral("告警"));
        preview->renderNow();
        QVERIFY(!preview->result().messages.isEmpty());
        QVERIFY(f.panel->grab().save(dir + u'/' + QLatin1String(shot.file) + QStringLiteral(".png")));
        QVERIFY(f.im->grab().save(dir + u'/' + QLatin1String(shot.file) + QStringLiteral("-im.png")));
    }
}

QTEST_MAIN(TstTemplateEditor)

#include "tst_templateeditor.moc"
