#include "MessageComposer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include "notify/KeywordCheck.h"
#include "notify/PayloadBuilder.h"
#include "templates/DefaultTemplates.h"
#include "templates/MessageTemplate.h"
#include "templates/ViewText.h"

namespace alertdesk {

namespace {

// Any fixed namespace: ids of the generic webhook are UUID v5 of the event keys, stable across renders.
const QUuid kIdNamespace(QStringLiteral("{8c6f3c1e-2b0a-4f7e-9a55-6d1f0b7a2e41}"));

QString oneLine(const QString& text)
{
    return text.simplified();
}

// Templates end in line breaks left by their last sections; no IM shows them.
QString withoutTrailingSpace(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

Mentions mentionsOf(const MessageTemplate& message)
{
    const auto list = [&](const char* key) {
        QStringList items = message.setting(QLatin1String(key))
                                .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        return items;
    };
    Mentions mentions;
    mentions.mobiles = list("atMobiles");
    mentions.userIds = list("atUserIds");
    mentions.all = message.setting(QStringLiteral("atAll")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return mentions;
}

// Cards with a button, and messages that are a link as a whole, show the URL themselves.
bool hasOwnButton(ChannelType channel, MessageType type)
{
    switch (type) {
    case MessageType::Interactive:
    case MessageType::AdaptiveCard:
    case MessageType::TemplateCard:
    case MessageType::ActionCard:
    case MessageType::News:
    case MessageType::Link:
    case MessageType::FeedCard:
    case MessageType::Post:
    case MessageType::Embeds:
        return true;
    case MessageType::Blocks:
        return channel == ChannelType::Slack;
    default:
        return false;
    }
}

// Name/value fields only where the body has a place the text does not fill (the templates list labels already).
bool takesFields(MessageType type)
{
    return type == MessageType::TemplateCard || type == MessageType::Json;
}

} // namespace

struct MessageComposer::Private
{
    ComposeOptions options;
    std::optional<MessageTemplate> alert;
    std::optional<MessageTemplate> digest;
    std::optional<Template> defaultAlertTitle;
    std::optional<Template> defaultDigestTitle;
    std::optional<Template> url;
    Mentions alertMentions; // from the front matter, parsed once
    Mentions digestMentions;

    Expected<QString> title(const MessageTemplate& message, const Template& fallback, const ViewModel& view) const
    {
        const Expected<QString> rendered = (message.title() ? *message.title() : fallback).render(view);
        if (!rendered)
            return rendered;
        return oneLine(*rendered);
    }

    QList<ComposedMessage> finish(const QList<Payload>& payloads) const
    {
        QList<ComposedMessage> messages;
        for (const Payload& payload : payloads) {
            ComposedMessage message;
            message.body = payload.body;
            message.json = QJsonDocument(payload.body).toJson(QJsonDocument::Compact);
            message.notes = payload.notes;
            message.keywordSatisfied = keywordsSatisfied(options.channel, payload.body, options.keywords);
            messages.append(message);
        }
        return messages;
    }

    Expected<QList<ComposedMessage>> build(const MessageContent& content) const
    {
        const Expected<QList<Payload>> payloads =
            buildPayloads(options.channel, options.type, content, options.payload);
        if (!payloads)
            return std::unexpected(payloads.error());
        return finish(*payloads);
    }
};

MessageComposer::MessageComposer(std::unique_ptr<Private> data) : d(std::move(data)) {}
MessageComposer::~MessageComposer() = default;
MessageComposer::MessageComposer(MessageComposer&&) noexcept = default;
MessageComposer& MessageComposer::operator=(MessageComposer&&) noexcept = default;

std::expected<MessageComposer, TemplateError>
MessageComposer::create(const ComposeOptions& options, const QString& templateText, const PartialLibrary* partials)
{
    auto d = std::make_unique<Private>();
    d->options = options;
    d->options.view.messageHasButton = hasOwnButton(options.channel, options.type);
    const PartialLibrary shipped = defaultTemplates::partials(options.view.language);
    const PartialLibrary* library = partials ? partials : &shipped;
    const Escaping escaping = escapingOf(options.channel, options.type);
    const QString markup = markupName(markupOf(options.channel, options.type));
    for (const bool digest : {false, true}) {
        const QString text =
            templateText.isEmpty() ? defaultTemplates::text(markup, digest, options.view.language) : templateText;
        auto parsed = MessageTemplate::parse(text, library, escaping);
        if (!parsed)
            return std::unexpected(parsed.error());
        (digest ? d->digestMentions : d->alertMentions) = mentionsOf(*parsed);
        (digest ? d->digest : d->alert) = std::move(*parsed);
    }
    const bool zh = isChinese(options.view.language);
    d->defaultAlertTitle = *Template::compile(QStringLiteral("{{statusEmoji}} {{title}}"));
    d->defaultDigestTitle = *Template::compile(zh ? QStringLiteral("{{statusEmoji}} {{count}} 条告警")
                                                  : QStringLiteral("{{statusEmoji}} {{count}} alerts"));
    d->url = *Template::compile(QStringLiteral("{{url}}"));
    return MessageComposer(std::move(d));
}

const ComposeOptions& MessageComposer::options() const
{
    return d->options;
}

Expected<QList<ComposedMessage>> MessageComposer::composeAlert(const Event& event, const AlertContext& context,
                                                               qint64 nowMs) const
{
    const ViewModel view = ViewModel::forAlert(event, context, d->options.view, nowMs);
    MessageContent content;
    const Expected<QString> text = d->alert->body().render(view);
    const Expected<QString> title = d->title(*d->alert, *d->defaultAlertTitle, view);
    const Expected<QString> url = d->url->render(view);
    if (!text || !title || !url)
        return std::unexpected(!text ? text.error() : !title ? title.error() : url.error());
    content.text = withoutTrailingSpace(*text);
    content.title = *title;
    content.url = *url;
    content.severity = event.severity;
    content.status = event.status;
    content.chinese = isChinese(d->options.view.language);
    if (takesFields(d->options.type))
        content.fields = event.labels;
    content.items = {LinkItem{content.title, content.url}};
    content.id = QUuid::createUuidV5(kIdNamespace, event.dedupKey()).toString(QUuid::WithoutBraces);
    content.timeMs = event.timeMs;
    content.source = event.source;
    content.mentions = d->alertMentions;
    return d->build(content);
}

Expected<QList<ComposedMessage>> MessageComposer::composeDigest(const QList<DigestEntry>& alerts, qint64 nowMs) const
{
    const ViewModel view = ViewModel::forDigest(alerts, d->options.view, nowMs);
    const Expected<QString> text = d->digest->body().render(view);
    const Expected<QString> title = d->title(*d->digest, *d->defaultDigestTitle, view);
    if (!text || !title)
        return std::unexpected(!text ? text.error() : title.error());
    const bool zh = isChinese(d->options.view.language);
    MessageContent content;
    content.text = withoutTrailingSpace(*text);
    content.title = *title;
    content.url = d->options.view.consoleBaseUrl;
    content.chinese = zh;
    QString keys;
    qsizetype leader = -1;
    int firing = 0, resolved = 0;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const Event& event = alerts[i].event;
        const ViewModel alertView = ViewModel::forAlert(event, alerts[i].context, d->options.view, nowMs);
        const QString alertUrl = d->url->render(alertView).value_or(QString());
        content.items.append(LinkItem{statusEmoji(event.status) + u' ' + event.title, alertUrl});
        if (content.url.isEmpty())
            content.url = alertUrl; // a link for buttons when there is no console: the first alert's
        keys += event.dedupKey() + u'\n';
        content.timeMs = std::max(content.timeMs, event.timeMs);
        firing += event.status == Status::Firing;
        resolved += event.status == Status::Resolved;
        const auto rank = [&](qsizetype k) {
            return std::pair(alerts[k].event.status == Status::Firing, alerts[k].event.severity);
        };
        if (leader < 0 || rank(i) > rank(leader))
            leader = i;
    }
    if (leader >= 0) {
        content.severity = alerts[leader].event.severity;
        content.status = firing > 0 ? Status::Firing : resolved == alerts.size() ? Status::Resolved : Status::Stateless;
        content.source = alerts[leader].event.source;
    }
    if (takesFields(d->options.type)) {
        content.fields = {{statusText(Status::Firing, zh), QString::number(firing)},
                          {statusText(Status::Resolved, zh), QString::number(resolved)}};
    }
    content.id = QUuid::createUuidV5(kIdNamespace, keys).toString(QUuid::WithoutBraces);
    content.mentions = d->digestMentions;
    return d->build(content);
}

} // namespace alertdesk
