#pragma once

#include <QTimer>
#include <QWidget>

#include "notify/ChannelType.h"
#include "notify/MessageType.h"
#include "ui/templates/PreviewRenderer.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace alertdesk {
class Settings;
}

namespace alertdesk::ui {

class PreviewAlertSource;

// The live preview of the template being edited: pick an alert (shipped sample, the table's current alert, or one
// from the history), a channel and message type; see the exact JSON bodies, an approximation of how the IM shows
// them, their size against the channel's limit, the keyword check and warnings. Re-renders on every change,
// coalesced to one render per event-loop turn (a render takes about a millisecond, so typing never waits); the
// IM view, whose rich-text layout costs more, follows a short pause in typing.
class TemplatePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreview)

public:
    enum class AlertKind { Sample = 0, Table = 1, History = 2 };

    TemplatePreview(PreviewAlertSource& source, Settings& settings, QWidget* parent = nullptr);

    void setTemplateText(const QString& text);
    void setChannel(ChannelType channel, std::optional<MessageType> type = std::nullopt);
    AlertKind alertKind() const;
    ChannelType channel() const;
    MessageType messageType() const;
    void setLanguage(const QString& language); // "en" or "zh": the view model's words
    QString language() const;
    void setPartials(const PartialLibrary& partials);
    // Shows the stored alert (the table's current one): the alert picker switches to "Table".
    void showStoredAlert(qint64 alertId);
    void showSample(int index);
    // The result of the last render (tests, the bench, the panel's error mark).
    const PreviewResult& result() const { return m_result; }
    int renderCount() const { return m_renders; }
    int imViewUpdates() const { return m_imUpdates; }
    // Renders now instead of at the next event-loop turn.
    void renderNow();

signals:
    // After each render.
    void updated();
    // The IM view followed (after a pause in typing, or at once with renderNow()).
    void imViewUpdated();
    // A template error at 1-based line and column (0, 0: none).
    void templateErrorChanged(int line, int column, const QString& message);
    void alertChanged();

private:
    void buildControls();
    void fillMessageTypes();
    void fillAlertPicker();
    void pickAlert(int index);
    void schedule();
    void render();
    void showMessages();
    void showChecks();
    void showImView();

    PreviewAlertSource& m_source;
    Settings& m_settings;
    PreviewRenderer m_renderer;
    PreviewResult m_result;
    QString m_text;
    QTimer m_timer;
    QTimer m_imTimer;
    QString m_pendingHtml;
    QString m_shownHtml;
    int m_renders = 0;
    int m_imUpdates = 0;
    bool m_filling = false;

    QComboBox* m_alertKind = nullptr;
    QComboBox* m_alert = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_keywords = nullptr;
    QLineEdit* m_consoleUrl = nullptr;
    QLabel* m_alertNote = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_keywordCheck = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_error = nullptr;
    QTextBrowser* m_im = nullptr;
    QPlainTextEdit* m_json = nullptr;
};

// A channel type's name for people: "DingTalk (钉钉)".
QString channelDisplayName(ChannelType channel);

} // namespace alertdesk::ui
