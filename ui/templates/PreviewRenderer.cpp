#include "PreviewRenderer.h"

#include <QCoreApplication>
#include <QLocale>

#include "templates/DefaultTemplates.h"
#include "templates/MessageTemplate.h"
#include "templates/ViewModel.h"
#include "templates/ViewText.h"

namespace alertdesk::ui {

namespace {

// The rendered text before the limits cut or split it, in the limit's unit: what the operator's template makes.
qsizetype renderedSize(const PreviewRequest& request, const PartialLibrary& partials, LimitUnit unit)
{
    const auto parsed = MessageTemplate::parse(request.templateText, &partials, escapingOf(request.channel, request.type));
    if (!parsed)
        return 0;
    const ViewModel view = ViewModel::forAlert(request.event, request.context, request.view, request.nowMs);
    const Expected<QString> text = parsed->body().render(view);
    return text ? measure(QStringView(*text).trimmed(), unit) : 0;
}

} // namespace

QString limitUnitText(LimitUnit unit)
{
    return unit == LimitUnit::Utf8Bytes ? QCoreApplication::translate("PreviewRenderer", "bytes")
                                        : QCoreApplication::translate("PreviewRenderer", "characters");
}

void PreviewRenderer::setPartials(const QString& language, const PartialLibrary& partials)
{
    m_language = isChinese(language) ? QStringLiteral("zh") : QStringLiteral("en");
    m_partials = partials;
}

const PartialLibrary& PreviewRenderer::partialsFor(const QString& language)
{
    const QString wanted = isChinese(language) ? QStringLiteral("zh") : QStringLiteral("en");
    if (!m_partials || m_language != wanted) {
        m_language = wanted;
        m_partials = defaultTemplates::partials(wanted);
    }
    return *m_partials;
}

PreviewResult PreviewRenderer::render(const PreviewRequest& request)
{
    PreviewResult result;
    result.limits = limitsFor(request.channel, request.type);
    ComposeOptions options;
    options.channel = request.channel;
    options.type = request.type;
    options.keywords = request.keywords;
    options.view = request.view;
    const PartialLibrary& partials = partialsFor(request.view.language);
    // An empty text would mean "the shipped templates" to the composer; the editor means an empty message.
    const QString text = request.templateText.isEmpty() ? QStringLiteral(" ") : request.templateText;
    auto composer = MessageComposer::create(options, text, &partials);
    if (!composer) {
        result.templateError = composer.error();
        return result;
    }
    const auto messages = composer->composeAlert(request.event, request.context, request.nowMs);
    if (!messages) {
        result.renderError = messages.error().message;
        return result;
    }
    result.messages = *messages;
    result.renderedText = renderedSize(request, partials, result.limits.text.unit);
    for (const ComposedMessage& message : result.messages)
        result.keywordsSatisfied = result.keywordsSatisfied && message.keywordSatisfied;
    const QLocale locale;
    if (!result.keywordsSatisfied)
        result.warnings.append(QCoreApplication::translate("PreviewRenderer", "None of the keywords (%1) is in the message: the IM will refuse it. Add "
                                         "one to the template text (a DingTalk markdown title does not count).")
                                   .arg(request.keywords.join(QStringLiteral(", "))));
    if (result.limits.text.max > 0 && result.renderedText > result.limits.text.max) {
        const QString over = QCoreApplication::translate("PreviewRenderer", "The text is %1 %2, over the limit of %3 %2.")
                                 .arg(locale.toString(result.renderedText), limitUnitText(result.limits.text.unit),
                                      locale.toString(result.limits.text.max));
        result.warnings.append(result.limits.text.policy == OverflowPolicy::Split && result.messages.size() > 1
                                   ? over + u' ' + QCoreApplication::translate("PreviewRenderer", "It is sent as %n message(s).", nullptr, int(result.messages.size()))
                                   : over + u' ' + QCoreApplication::translate("PreviewRenderer", "It is cut and ends with “%1”.").arg(truncationMarker()));
    }
    return result;
}

} // namespace alertdesk::ui
