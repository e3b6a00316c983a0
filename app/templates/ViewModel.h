#pragma once

#include <memory>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "event/Event.h"
#include "templates/AlertContext.h"
#include "templates/ViewSettings.h"

namespace alertdesk {

// One documented name of the view model, for the editor's completion and the README.
struct ViewField
{
    QString name;
    QString description;
};

// One alert of a digest: the event and what the store knows about it.
struct DigestEntry
{
    Event event;
    AlertContext context;
};

// What templates see: the stable, documented view model of one alert or of a digest (viewModelFields() lists
// every name). An alert's fields are computed when a template first asks for them, so rendering a short
// template costs only what it uses. Render it with Template::render(); not for use from several threads at once.
class ViewModel final
{
public:
    static ViewModel forAlert(const Event& event, const AlertContext& context, const ViewSettings& settings,
                              qint64 nowMs);
    static ViewModel forDigest(const QList<DigestEntry>& alerts, const ViewSettings& settings, qint64 nowMs);
    // Plain data (JSON objects, arrays and scalars; numbers as text, null as false): the Mustache spec's tests
    // and templates rendered against sample data.
    static ViewModel fromJson(const QJsonValue& data);

    ViewModel(ViewModel&& other) noexcept;
    ViewModel& operator=(ViewModel&& other) noexcept;
    ~ViewModel();

    // Every field with its value (lambdas left out): what the editor shows and tests compare.
    QJsonValue toJson() const;

    // The documented names, alert fields first, then the digest's.
    static QList<ViewField> alertFields();
    static QList<ViewField> digestFields();

    struct Private;

private:
    explicit ViewModel(std::unique_ptr<Private> data);
    std::unique_ptr<Private> d;
    friend class Template;
};

} // namespace alertdesk
