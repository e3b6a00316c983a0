#include "store/Schema.h"

#include <QCoreApplication>

namespace alertdesk::schema {

namespace {

// Version 1: alerts and their events.
const char kVersion1[] = R"sql(
CREATE TABLE alerts(
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    source TEXT NOT NULL,
    type TEXT NOT NULL,
    subject TEXT NOT NULL,
    region TEXT NOT NULL,
    severity INTEGER NOT NULL,
    status INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    labels TEXT NOT NULL,
    event_id TEXT NOT NULL,
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    count INTEGER NOT NULL,
    latest_event INTEGER NOT NULL);
CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    status INTEGER NOT NULL,
    payload_kind INTEGER NOT NULL,
    payload BLOB NOT NULL,
    data_offset INTEGER NOT NULL,
    data_length INTEGER NOT NULL);
CREATE INDEX events_by_alert ON events(alert_id, id);
)sql";

// Version 2: where events came from, the timeline's own entries (acknowledged, silenced, notified), and the
// tables of the roadmap's later stages (acknowledgements, silences, outbox, deliveries), plus what retention
// removed. Ids are stable: other files and tables refer to them.
const char kVersion2[] = R"sql(
ALTER TABLE alerts ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE alerts ADD COLUMN stored_events INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE alerts SET stored_events = (SELECT count(*) FROM events WHERE events.alert_id = alerts.id);
CREATE TABLE timeline(
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '');
CREATE INDEX timeline_by_alert ON timeline(alert_id, at_ms);
CREATE TABLE acknowledgements(
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    until_ms INTEGER,
    until_resolved INTEGER NOT NULL DEFAULT 0);
CREATE TABLE silences(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    matchers TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL,
    starts_ms INTEGER NOT NULL,
    ends_ms INTEGER NOT NULL);
CREATE TABLE outbox(
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    rule_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    alert_id INTEGER,
    body BLOB NOT NULL,
    created_ms INTEGER NOT NULL,
    state TEXT NOT NULL);
CREATE TABLE deliveries(
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    im_code TEXT,
    im_message TEXT);
CREATE TABLE retention(
    what TEXT PRIMARY KEY,
    removed INTEGER NOT NULL);
INSERT INTO retention(what, removed) VALUES ('alerts', 0), ('events', 0);
)sql";

const char* const kSteps[] = {kVersion1, kVersion2};

} // namespace

int version(sqlite::Database& db)
{
    return int(db.queryInt("PRAGMA user_version"));
}

Expected<void> migrate(sqlite::Database& db, int targetVersion)
{
    const int from = version(db);
    if (from > currentVersion) {
        return fail(Error::Code::BadInput,
                    QCoreApplication::translate("AlertStore",
                                                "The alert history was written by a newer AlertDesk (schema %1; "
                                                "this version reads up to %2).")
                        .arg(from)
                        .arg(currentVersion),
                    db.path());
    }
    for (int next = from + 1; next <= targetVersion; ++next) {
        const QByteArray step = QByteArray("BEGIN IMMEDIATE;") + kSteps[next - 1] +
                                QByteArray("PRAGMA user_version = ") + QByteArray::number(next) + ";COMMIT;";
        if (auto done = db.exec(step.constData()); !done) {
            (void)db.exec("ROLLBACK");
            return done;
        }
    }
    return {};
}

} // namespace alertdesk::schema
