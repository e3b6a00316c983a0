#pragma once

// What the acknowledgement and silence tests share: events, a store and its AckStore on a real SQLite file,
// opened and loaded the way the desk does it.
#include <memory>

#include <QSignalSpy>
#include <QString>

#include "common/Clock.h"
#include "event/Event.h"
#include "store/AckStore.h"
#include "store/AlertFilter.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"

namespace alertdesk::test {

inline Event ackEvent(const QString& fingerprint, qint64 timeMs, Status status = Status::Firing,
                      const QString& team = QStringLiteral("ops"))
{
    static qint64 serial = 0;
    Event event;
    event.id = QStringLiteral("ev-%1").arg(++serial);
    event.source = QStringLiteral("cvm.cloud.tencent");
    event.type = QStringLiteral("cvm:ErrorEvent:GuestReboot");
    event.subject = QStringLiteral("ins-") + fingerprint;
    event.region = QStringLiteral("ap-guangzhou");
    event.timeMs = timeMs;
    event.severity = status == Status::Resolved ? Severity::Info : Severity::Critical;
    event.status = status;
    event.title = QStringLiteral("Guest reboot");
    event.summary = QStringLiteral("机器重启 %1").arg(fingerprint);
    event.labels = {{QStringLiteral("instance"), fingerprint}, {QStringLiteral("team"), team}};
    event.fingerprint = fingerprint;
    event.origin = QStringLiteral("demo");
    event.payload = QByteArray("{\"specversion\":\"1.0\",\"id\":\"") + event.id.toUtf8() + QByteArray("\"}");
    return event;
}

// An alert store and its acknowledgements on one database file, both loaded.
struct AckDesk
{
    AckDesk(const QString& path, const Clock& clock) : store(path, RetentionLimits{})
    {
        QSignalSpy opened(&store, &AlertStore::opened);
        store.open();
        ok = opened.wait(10000);
        acks = std::make_unique<AckStore>(store, clock, path);
        QSignalSpy loaded(acks.get(), &AckStore::loaded);
        ok = ok && loaded.wait(10000);
    }
    ~AckDesk()
    {
        acks.reset(); // before the store it watches
    }

    qint64 alertId(const QString& fingerprint) const
    {
        const auto row = store.table().find(fingerprint);
        return row ? store.table().row(*row).alertId : -1;
    }
    quint8 flags(const QString& fingerprint) const
    {
        const auto row = store.table().find(fingerprint);
        return row ? store.table().row(*row).flags : quint8(0xff);
    }
    // The fingerprints of the live alerts `filterText` selects, sorted.
    QStringList matching(const QString& filterText, qint64 nowMs) const
    {
        QStringList out;
        const auto filter = AlertFilter::compile(filterText);
        if (!filter)
            return {QStringLiteral("<error: ") + filter.error().message + QLatin1Char('>')};
        for (quint32 row = 0; row < store.table().size(); ++row) {
            if (filter->matches(store.table(), row, nowMs))
                out.append(store.table().row(row).fieldText(RowField::Fingerprint));
        }
        out.sort();
        return out;
    }
    // The timeline of an alert, as the detail pane gets it from the history.
    QList<TimelineEntry> timeline(const QString& fingerprint)
    {
        acks->flush();
        QSignalSpy loadedDetail(&store, &AlertStore::detailLoaded);
        store.requestDetail(alertId(fingerprint));
        if (!loadedDetail.wait(10000))
            return {};
        return loadedDetail.first().first().value<AlertDetail>().timeline;
    }

    AlertStore store;
    std::unique_ptr<AckStore> acks;
    bool ok = false;
};

inline QStringList fingerprints(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* name : names)
        out.append(QString::fromLatin1(name));
    return out;
}

} // namespace alertdesk::test
