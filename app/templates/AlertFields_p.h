#pragma once

#include <optional>
#include <span>
#include <vector>

#include <QJsonObject>
#include <QJsonValue>

#include "event/Event.h"
#include "templates/AlertContext.h"
#include "templates/MustacheEngine_p.h"
#include "templates/ViewSettings.h"

namespace alertdesk::mustache_detail {

// What one alert's fields are computed from.
struct AlertSource
{
    const Event& event;
    const AlertContext& context;
    const ViewSettings& settings;
    qint64 nowMs = 0;
};

struct AlertFieldDef
{
    const char* name;
    Data (*compute)(const AlertSource&);
    const char* description;
};

std::span<const AlertFieldDef> alertFieldDefs();
int alertFieldIndex(const std::string& name); // -1 when not an alert field
// Every field at once (digest entries, toJson).
Data alertObject(const AlertSource& source);

Data dataFromJson(const QJsonValue& value);
QJsonValue jsonFromData(const Data& data);
Data textData(const QString& text);
QJsonObject alertJson(const AlertSource& source);

// An alert's view: each field computed on first use and kept for the rest of the render.
class AlertViewContext final : public ViewContext
{
public:
    AlertViewContext(const Event& event, const AlertContext& context, const ViewSettings& settings, qint64 nowMs);
    const Data* rootSelf() const override;
    QJsonValue toJson() const override;

protected:
    const Data* rootMember(const std::string& name) const override;

private:
    AlertSource source() const { return AlertSource{m_event, m_context, m_settings, m_nowMs}; }

    Event m_event;
    AlertContext m_context;
    ViewSettings m_settings;
    qint64 m_nowMs = 0;
    mutable std::vector<std::optional<Data>> m_fields;
    mutable std::optional<Data> m_whole;
};

} // namespace alertdesk::mustache_detail
