#include "config/SavedView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdesk {

QByteArray savedViewsToJson(const QList<SavedView>& views)
{
    QJsonArray array;
    for (const SavedView& view : views) {
        array.append(QJsonObject{{QStringLiteral("id"), view.id},
                                 {QStringLiteral("name"), view.name},
                                 {QStringLiteral("filter"), view.filter},
                                 {QStringLiteral("sortColumn"), view.sortColumn},
                                 {QStringLiteral("sortDescending"), view.sortDescending},
                                 {QStringLiteral("columns"), QString::fromLatin1(view.columns.toBase64())}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<SavedView> savedViewsFromJson(const QByteArray& json)
{
    QList<SavedView> views;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        SavedView view;
        view.id = object.value(QStringLiteral("id")).toString();
        view.name = object.value(QStringLiteral("name")).toString();
        if (view.id.isEmpty() || view.name.isEmpty())
            continue;
        view.filter = object.value(QStringLiteral("filter")).toString();
        view.sortColumn = object.value(QStringLiteral("sortColumn")).toInt(2);
        view.sortDescending = object.value(QStringLiteral("sortDescending")).toBool();
        view.columns = QByteArray::fromBase64(object.value(QStringLiteral("columns")).toString().toLatin1());
        views.append(view);
    }
    return views;
}

} // namespace alertdesk
