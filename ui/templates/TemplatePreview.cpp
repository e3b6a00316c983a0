#include "TemplatePreview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "common/Clock.h"
#include "config/Settings.h"
#include "notify/MessageLimits.h"
#include "ui/templates/ImPreviewHtml.h"
#include "ui/templates/PreviewAlertSource.h"

namespace alertdesk::ui {

namespace {

constexpr int kHistoryAlerts = 200;
constexpr int kImViewDelayMs = 120;

QStringList keywordList(const QString& text)
{
    QStringList list;
    for (const QString& word : text.split(u',', Qt::SkipEmptyParts)) {
        if (!word.trimmed().isEmpty())
            list.append(word.trimmed());
    }
    return list;
}

QString coloured(const QString& text, const char* color)
{
    return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(QLatin1String(color), text.toHtmlEscaped());
}

} // namespace

QString channelDisplayName(ChannelType channel)
{
    switch (channel) {
    case ChannelType::WeCom:
        return QStringLiteral("WeCom (企业微信)");
    case ChannelType::DingTalk:
        return QStringLiteral("DingTalk (钉钉)");
    case ChannelType::Feishu:
        return QStringLiteral("Feishu (飞书)");
    case ChannelType::Lark:
        return QStringLiteral("Lark");
    case ChannelType::Slack:
        return QStringLiteral("Slack");
    case ChannelType::Teams:
        return QStringLiteral("Microsoft Teams");
    case ChannelType::Discord:
        return QStringLiteral("Discord");
    case ChannelType::Telegram:
        return QStringLiteral("Telegram");
    case ChannelType::Generic:
        break;
    }
    return QCoreApplication::translate("TemplatePreview", "Generic webhook");
}

TemplatePreview::TemplatePreview(PreviewAlertSource& source, Settings& settings, QWidget* parent)
    : QWidget(parent), m_source(source), m_settings(settings)
{
    setObjectName(QStringLiteral("templatePreview"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(0); // coalesces a burst of changes into one render, without a noticeable delay
    connect(&m_timer, &QTimer::timeout, this, &TemplatePreview::render);
    m_imTimer.setSingleShot(true);
    m_imTimer.setInterval(kImViewDelayMs);
    connect(&m_imTimer, &QTimer::timeout, this, &TemplatePreview::showImView);
    buildControls();
    connect(&m_source, &PreviewAlertSource::alertChanged, this, [this] {
        m_alertNote->setText(m_source.describe());
        m_alertNote->setToolTip(m_source.event().id);
        schedule();
        emit alertChanged();
    });
    connect(&m_source, &PreviewAlertSource::loadFailed, this, [this](const QString& message) {
        m_alertNote->setText(coloured(message, "#C62828"));
    });
    fillAlertPicker();
}

void TemplatePreview::buildControls()
{
    m_alertKind = new QComboBox(this);
    m_alertKind->setObjectName(QStringLiteral("previewAlertKindCombo"));
    m_alertKind->addItem(tr("Sample alerts"));
    m_alertKind->addItem(tr("Current alert in the table"));
    m_alertKind->addItem(tr("Alert history"));
    m_alert = new QComboBox(this);
    m_alert->setObjectName(QStringLiteral("previewAlertCombo"));
    m_alert->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_alert->setMinimumContentsLength(24);
    m_alertNote = new QLabel(this);
    m_alertNote->setObjectName(QStringLiteral("previewAlertLabel"));
    m_alertNote->setTextFormat(Qt::RichText);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("previewChannelCombo"));
    for (const QString& name : channelTypeNames())
        m_channel->addItem(channelDisplayName(*channelTypeFromName(name)), name);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("previewMessageTypeCombo"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("previewLanguageCombo"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // each in its own language
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh"));
    m_keywords = new QLineEdit(this);
    m_keywords->setObjectName(QStringLiteral("previewKeywordsEdit"));
    m_keywords->setPlaceholderText(tr("The robot's required keywords, comma-separated"));
    m_keywords->setClearButtonEnabled(true);
    m_consoleUrl = new QLineEdit(m_settings.value(settings::consoleBaseUrl), this);
    m_consoleUrl->setObjectName(QStringLiteral("consoleBaseUrlEdit"));
    m_consoleUrl->setPlaceholderText(QStringLiteral("https://alertdesk.example.com"));
    m_consoleUrl->setToolTip(tr("Links in messages point to <console>/alerts/<fingerprint> (the {{url}} field). "
                                "Saved in the profile."));

    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("previewSizeLabel"));
    m_keywordCheck = new QLabel(this);
    m_keywordCheck->setObjectName(QStringLiteral("previewKeywordLabel"));
    m_keywordCheck->setTextFormat(Qt::RichText);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("previewWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_size, m_keywordCheck, m_warnings, m_error})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_warnings->hide();

    m_im = new QTextBrowser(this);
    m_im->setObjectName(QStringLiteral("previewImBrowser"));
    m_im->setOpenLinks(false);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("previewJsonView"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* alertRow = new QHBoxLayout;
    alertRow->addWidget(m_alertKind);
    alertRow->addWidget(m_alert, 1);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Alert:"), m_alertKind), alertRow);
    auto* channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(m_type, 1);
    channelRow->addWidget(m_language);
    form->addRow(label(tr("&Channel:"), m_channel), channelRow);
    form->addRow(label(tr("&Keywords:"), m_keywords), m_keywords);
    form->addRow(label(tr("C&onsole URL:"), m_consoleUrl), m_consoleUrl);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(m_im);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_alertNote);
    layout->addWidget(m_error);
    layout->addWidget(m_size);
    layout->addWidget(m_keywordCheck);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);

    connect(m_alertKind, &QComboBox::currentIndexChanged, this, &TemplatePreview::fillAlertPicker);
    connect(m_alert, &QComboBox::currentIndexChanged, this, &TemplatePreview::pickAlert);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        fillMessageTypes();
        schedule();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &TemplatePreview::schedule);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplatePreview::schedule);
    connect(m_keywords, &QLineEdit::textChanged, this, &TemplatePreview::schedule);
    connect(m_consoleUrl, &QLineEdit::textChanged, this, &TemplatePreview::schedule);
    connect(m_consoleUrl, &QLineEdit::editingFinished, this, [this] {
        m_settings.setValue(settings::consoleBaseUrl, m_consoleUrl->text().trimmed());
        m_settings.sync();
    });
    m_channel->setCurrentIndex(m_channel->findData(channelTypeName(ChannelType::DingTalk)));
    fillMessageTypes();
}

void TemplatePreview::fillMessageTypes()
{
    const auto channel = channelTypeFromName(m_channel->currentData().toString());
    if (!channel)
        return;
    const QString previous = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    m_type->clear();
    for (const MessageType type : messageTypes(*channel))
        m_type->addItem(messageTypeName(type), messageTypeName(type));
    const int keep = m_type->findData(previous);
    m_type->setCurrentIndex(keep >= 0 ? keep : 0);
}

void TemplatePreview::setChannel(ChannelType channel, std::optional<MessageType> type)
{
    m_channel->setCurrentIndex(m_channel->findData(channelTypeName(channel)));
    if (type)
        m_type->setCurrentIndex(m_type->findData(messageTypeName(*type)));
    schedule();
}

TemplatePreview::AlertKind TemplatePreview::alertKind() const
{
    return AlertKind(m_alertKind->currentIndex());
}

ChannelType TemplatePreview::channel() const
{
    return channelTypeFromName(m_channel->currentData().toString()).value_or(ChannelType::DingTalk);
}

MessageType TemplatePreview::messageType() const
{
    return messageTypeFromName(channel(), m_type->currentData().toString()).value_or(defaultMessageType(channel()));
}

void TemplatePreview::setLanguage(const QString& language)
{
    m_language->setCurrentIndex(language.startsWith(QLatin1String("zh")) ? 1 : 0);
}

QString TemplatePreview::language() const
{
    return m_language->currentData().toString();
}

void TemplatePreview::setPartials(const PartialLibrary& partials)
{
    m_renderer.setPartials(language(), partials);
    schedule();
}

void TemplatePreview::fillAlertPicker()
{
    const auto kind = AlertKind(m_alertKind->currentIndex());
    m_filling = true;
    m_alert->clear();
    m_alert->setEnabled(kind != AlertKind::Table);
    if (kind == AlertKind::Sample) {
        for (const SampleAlert& sample : m_source.samples()) {
            const Event& e = sample.event;
            m_alert->addItem(QStringLiteral("%1 · %2 (%3)").arg(e.payloadKind == Event::Payload::AlertmanagerAlert
                                                                     ? QStringLiteral("Alertmanager")
                                                                     : QStringLiteral("Tencent Cloud"),
                                                                 e.title, statusName(e.status)),
                             sample.file);
        }
    } else if (kind == AlertKind::History) {
        for (const auto& [id, line] : m_source.recentAlerts(kHistoryAlerts))
            m_alert->addItem(line, id);
        if (m_alert->count() == 0)
            m_alertNote->setText(tr("The history has no alerts yet."));
    }
    m_filling = false;
    if (kind == AlertKind::Table) {
        emit alertChanged(); // the panel answers with the table's current alert
        return;
    }
    pickAlert(m_alert->currentIndex());
}

void TemplatePreview::pickAlert(int index)
{
    if (m_filling || index < 0)
        return;
    if (AlertKind(m_alertKind->currentIndex()) == AlertKind::Sample)
        m_source.useSample(index);
    else
        m_source.useStoredAlert(m_alert->itemData(index).toLongLong());
}

void TemplatePreview::showStoredAlert(qint64 alertId)
{
    if (m_alertKind->currentIndex() != int(AlertKind::Table)) {
        const QSignalBlocker block(m_alertKind);
        m_alertKind->setCurrentIndex(int(AlertKind::Table));
        m_alert->clear();
        m_alert->setEnabled(false);
    }
    if (alertId < 0) {
        m_alertNote->setText(tr("No alert is selected in the table."));
        return;
    }
    m_alertNote->setText(tr("Loading…"));
    m_source.useStoredAlert(alertId);
}

void TemplatePreview::showSample(int index)
{
    m_alertKind->setCurrentIndex(int(AlertKind::Sample));
    m_alert->setCurrentIndex(index);
}

void TemplatePreview::setTemplateText(const QString& text)
{
    m_text = text;
    schedule();
}

void TemplatePreview::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void TemplatePreview::renderNow()
{
    m_timer.stop();
    render();
    showImView();
}

void TemplatePreview::showImView()
{
    m_imTimer.stop();
    if (m_pendingHtml != m_shownHtml) {
        m_shownHtml = m_pendingHtml;
        m_im->setHtml(m_shownHtml);
    }
    ++m_imUpdates;
    emit imViewUpdated();
}

void TemplatePreview::render()
{
    ++m_renders;
    const auto channel = channelTypeFromName(m_channel->currentData().toString());
    const auto type = channel ? messageTypeFromName(*channel, m_type->currentData().toString()) : std::nullopt;
    if (!channel || !type || !m_source.hasAlert()) {
        m_result = {};
        m_pendingHtml.clear();
        m_imTimer.start();
        m_json->setPlainText(QString());
        showChecks();
        emit updated();
        return;
    }
    PreviewRequest request;
    request.templateText = m_text;
    request.channel = *channel;
    request.type = *type;
    request.keywords = keywordList(m_keywords->text());
    request.view.language = language();
    request.view.consoleBaseUrl = m_consoleUrl->text().trimmed();
    request.event = m_source.event();
    request.context = m_source.context();
    request.nowMs = SystemClock().nowMs();
    m_result = m_renderer.render(request);
    showMessages();
    showChecks();
    const std::optional<TemplateError>& error = m_result.templateError;
    emit templateErrorChanged(error ? error->line : 0, error ? error->column : 0, error ? error->message : QString());
    emit updated();
}

void TemplatePreview::showMessages()
{
    const auto channel = *channelTypeFromName(m_channel->currentData().toString());
    const auto type = *messageTypeFromName(channel, m_type->currentData().toString());
    const qsizetype count = m_result.messages.size();
    QString json;
    QString html;
    for (qsizetype i = 0; i < count; ++i) {
        const ComposedMessage& message = m_result.messages[i];
        if (count > 1) {
            json += (i > 0 ? QStringLiteral("\n") : QString()) +
                tr("// message %1 of %2: %3 bytes").arg(i + 1).arg(count).arg(message.json.size()) + u'\n';
            html += QStringLiteral("<p style=\"color:#8a8f98; margin-top:8px;\">%1</p>")
                        .arg(tr("Message %1 of %2").arg(i + 1).arg(count));
        }
        json += QString::fromUtf8(QJsonDocument(message.body).toJson(QJsonDocument::Indented));
        html += imPreviewHtml(channel, type, message.body);
    }
    const int scroll = m_json->verticalScrollBar() ? m_json->verticalScrollBar()->value() : 0;
    m_json->setPlainText(json); // QPlainTextEdit lays out only what is visible: cheap at any size
    m_json->verticalScrollBar()->setValue(scroll);
    // A QTextBrowser lays out its whole document (~8 ms for 4 KiB of Chinese): the IM view follows a pause in
    // typing instead of every keystroke, so keys never wait for it.
    m_pendingHtml = html;
    m_imTimer.start();
}

void TemplatePreview::showChecks()
{
    const QLocale locale;
    const MessageLimits& limits = m_result.limits;
    if (m_result.templateError) {
        const TemplateError& error = *m_result.templateError;
        m_error->setText(tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message));
    } else {
        m_error->setText(m_result.renderError);
    }
    m_error->setVisible(!m_error->text().isEmpty());
    m_error->setStyleSheet(QStringLiteral("color:#C62828;"));
    if (m_result.messages.isEmpty()) {
        m_size->clear();
        m_keywordCheck->clear();
        m_warnings->clear();
        return;
    }
    qsizetype largestBody = 0;
    for (const ComposedMessage& message : m_result.messages)
        largestBody = std::max(largestBody, message.json.size());
    QString size = limits.text.max > 0
        ? tr("Text: %1 of %2 %3").arg(locale.toString(m_result.renderedText), locale.toString(limits.text.max),
                                      limitUnitText(limits.text.unit))
        : tr("Text: %1 %2").arg(locale.toString(m_result.renderedText), limitUnitText(limits.text.unit));
    size += QStringLiteral(" · ") +
        (limits.maxBodyBytes > 0
             ? tr("Body: %1 of %2 bytes").arg(locale.toString(largestBody), locale.toString(limits.maxBodyBytes))
             : tr("Body: %1 bytes").arg(locale.toString(largestBody)));
    if (m_result.messages.size() > 1)
        size += QStringLiteral(" · ") + tr("%n message(s)", nullptr, int(m_result.messages.size()));
    m_size->setText(size);

    const QStringList keywords = keywordList(m_keywords->text());
    m_keywordCheck->setText(keywords.isEmpty() ? coloured(tr("No keywords to check (DingTalk and Feishu robots may require one)."), "#757575")
                            : m_result.keywordsSatisfied ? coloured(tr("✓ Keyword present"), "#2E7D32")
                                                         : coloured(tr("✗ Keyword missing: none of %1 is in the message").arg(keywords.join(QStringLiteral(", "))), "#C62828"));
    QStringList warnings;
    for (const QString& warning : m_result.warnings)
        warnings.append(coloured(u"⚠ " + warning, "#B26A00"));
    QStringList notes;
    for (const ComposedMessage& message : m_result.messages)
        notes += message.notes;
    notes.removeDuplicates();
    for (const QString& note : notes)
        warnings.append(coloured(note, "#757575"));
    m_warnings->setText(warnings.join(QStringLiteral("<br/>")));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace alertdesk::ui
