#pragma once

#include <expected>
#include <memory>

#include <QString>

#include "templates/Escaping.h"
#include "templates/TemplateError.h"

namespace alertdesk {

class PartialLibrary;
class ViewModel;

// A compiled Mustache template (kainjow mustache underneath, with the spec fixes of TemplateScanner and
// ViewContext). Compile once, render many times; copies share the compiled form. Not for concurrent use from
// several threads: give each thread its own copy made with compile().
class Template final
{
public:
    // Problems are found here, not while rendering: syntax, unclosed sections, bad delimiters, unknown partials
    // (searched in `partials`, which may be null), lambdas used as plain variables.
    static std::expected<Template, TemplateError> compile(const QString& text, const PartialLibrary* partials = nullptr,
                                                          Escaping escaping = Escaping::None);

    Expected<QString> render(const ViewModel& view) const;
    // The same into UTF-8, without the conversion to UTF-16 (the hot path of payload building).
    Expected<QByteArray> renderUtf8(const ViewModel& view) const;

    Escaping escaping() const;
    QString source() const;

private:
    struct Private;
    explicit Template(std::shared_ptr<Private> data);
    std::shared_ptr<Private> d;
};

} // namespace alertdesk
