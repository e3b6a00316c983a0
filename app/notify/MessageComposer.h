#pragma once

#include <expected>
#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "common/Error.h"
#include "notify/ChannelType.h"
#include "notify/MessageContent.h"
#include "notify/MessageType.h"
#include "templates/TemplateError.h"
#include "templates/ViewModel.h"

namespace alertdesk {

class PartialLibrary;

struct ComposeOptions
{
    ChannelType channel = ChannelType::Generic;
    MessageType type = MessageType::Json;
    QStringList keywords; // the channel's required keywords (at least one must appear)
    ViewSettings view;
    PayloadOptions payload;
};

// One request body ready to send (signing fields are added by delivery), with its checks.
struct ComposedMessage
{
    QJsonObject body;
    QByteArray json;   // the body as sent: compact UTF-8 JSON
    QStringList notes; // what the limits did ("part 2 of 3", "text truncated to 4096 bytes")
    bool keywordSatisfied = true;
};

// Template + view model + payload builder for one channel and message type: what the CLI's render, the
// editor's preview and delivery all use. Templates are compiled once here.
class MessageComposer final
{
public:
    // Without `templateText` the shipped templates for the message type's markup and the view's language
    // (alert and digest); with it, that one template for both. `partials` defaults to the shipped library.
    static std::expected<MessageComposer, TemplateError>
    create(const ComposeOptions& options, const QString& templateText = {}, const PartialLibrary* partials = nullptr);
    ~MessageComposer();
    MessageComposer(MessageComposer&&) noexcept;
    MessageComposer& operator=(MessageComposer&&) noexcept;

    Expected<QList<ComposedMessage>> composeAlert(const Event& event, const AlertContext& context, qint64 nowMs) const;
    Expected<QList<ComposedMessage>> composeDigest(const QList<DigestEntry>& alerts, qint64 nowMs) const;

    const ComposeOptions& options() const;

private:
    struct Private;
    explicit MessageComposer(std::unique_ptr<Private> data);
    std::unique_ptr<Private> d;
};

} // namespace alertdesk
