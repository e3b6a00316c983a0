#include "MessageTemplate.h"

#include <QStringList>

namespace alertdesk {

namespace {

TemplateError shifted(TemplateError error, int lines, int columns)
{
    if (error.line == 1)
        error.column += columns;
    error.line += lines;
    return error;
}

} // namespace

std::expected<MessageTemplate, TemplateError>
MessageTemplate::parse(const QString& text, const PartialLibrary* partials, Escaping bodyEscaping)
{
    MessageTemplate result;
    QString body = text;
    int bodyLine = 0; // lines before the body
    if (text.startsWith(QLatin1String("---\n")) || text.startsWith(QLatin1String("---\r\n"))) {
        const QStringList lines = text.split(u'\n');
        int close = -1;
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed() == QLatin1String("---")) {
                close = i;
                break;
            }
        }
        if (close < 0)
            return std::unexpected(
                TemplateError{QStringLiteral("front matter without its closing \"---\" line"), 1, 1});
        for (int i = 1; i < close; ++i) {
            const QString line = lines[i].endsWith(u'\r') ? lines[i].chopped(1) : lines[i];
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
                continue;
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                return std::unexpected(
                    TemplateError{QStringLiteral("front matter lines are \"key: value\""), i + 1, 1});
            const QString key = line.left(colon).trimmed();
            qsizetype valueStart = colon + 1;
            while (valueStart < line.size() && line.at(valueStart) == u' ')
                ++valueStart;
            const QString value = line.mid(valueStart);
            if (key == QLatin1String("title")) {
                auto title = Template::compile(value, partials, Escaping::None);
                if (!title)
                    return std::unexpected(shifted(title.error(), i, static_cast<int>(valueStart)));
                result.m_title = std::move(*title);
            } else {
                result.m_settings.insert(key, value.trimmed());
            }
        }
        bodyLine = close + 1;
        body = lines.mid(close + 1).join(u'\n');
    }
    auto compiled = Template::compile(body, partials, bodyEscaping);
    if (!compiled)
        return std::unexpected(shifted(compiled.error(), bodyLine, 0));
    result.m_body = std::move(*compiled);
    return result;
}

} // namespace alertdesk
