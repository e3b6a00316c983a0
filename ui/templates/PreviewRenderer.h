#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "event/Event.h"
#include "notify/ChannelType.h"
#include "notify/MessageComposer.h"
#include "notify/MessageLimits.h"
#include "notify/MessageType.h"
#include "templates/AlertContext.h"
#include "templates/PartialLibrary.h"
#include "templates/TemplateError.h"
#include "templates/ViewSettings.h"

namespace alertdesk::ui {

// What the preview renders: a template against one alert for one channel and message type.
struct PreviewRequest
{
    QString templateText;
    ChannelType channel = ChannelType::DingTalk;
    MessageType type = MessageType::Markdown;
    QStringList keywords;
    ViewSettings view;
    Event event;
    AlertContext context;
    qint64 nowMs = 0;
};

// Everything the preview shows, computed by the engine exactly as delivery would (MessageComposer).
struct PreviewResult
{
    std::optional<TemplateError> templateError; // compile problem, with line and column
    QString renderError;                         // the template compiled but the body could not be built
    QList<ComposedMessage> messages;             // one per request body (several when the channel splits)
    qsizetype renderedText = 0;                  // the rendered text before limits, in the limit's unit
    MessageLimits limits;
    bool keywordsSatisfied = true;               // every message contains one of the keywords
    QStringList warnings;                        // what the operator should know before sending
};

// Renders previews; keeps the shipped partials so a keystroke does not read them again.
class PreviewRenderer final
{
public:
    PreviewResult render(const PreviewRequest& request);
    // The operator's templates as partials (TemplateLibrary::partials) for the language of `request.view`.
    void setPartials(const QString& language, const PartialLibrary& partials);

private:
    const PartialLibrary& partialsFor(const QString& language);

    QString m_language;
    std::optional<PartialLibrary> m_partials;
};

// The unit of a limit in words: "bytes" / "characters".
QString limitUnitText(LimitUnit unit);

} // namespace alertdesk::ui
