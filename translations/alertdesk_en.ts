<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertFilter</name>
    <message>
        <source>The quote opened here is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put a space after the closing quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing follows the '-' that negates a term.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator “%1” cannot be used with the field “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value is missing after “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown severity “%1”: use critical, major, warning, info or unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown status “%1”: use firing, resolved or stateless.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a yes/no value: use true, false, yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a duration: write it like 90s, 10m, 2h, 1d or 1h30m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time: write a date (2026-11-27) or an RFC 3339 time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad regular expression: %1 (at character %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A silence needs at least one matcher; an empty one would silence every alert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A silence cannot match on @silenced; use other fields.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <source>The alert history could not be read: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert history could not be written: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert history was written by a newer AlertDesk (schema %1; this version reads up to %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the alert history: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledgements and silences could not be saved: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertTable</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttentionBadge</name>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged by %1 until resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged by %1 until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silenced by %1 until %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silenced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Token (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to use the token saved for this URL, if any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A token you enter is saved in the system keychain for this URL, never in AlertDesk's files.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImPreviewHtml</name>
    <message>
        <source>Notification and chat list show: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>@All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification shows: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <source>bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the keywords (%1) is in the message: the IM will refuse it. Add one to the template text (a DingTalk markdown title does not count).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is %1 %2, over the limit of %3 %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It is sent as %n message(s).</source>
        <translation><numerusform>It is sent as %n message.</numerusform><numerusform>It is sent as %n messages.</numerusform></translation>
    </message>
    <message>
        <source>It is cut and ends with “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The profile is in use by %1 (process %2 on %3). Close it first, or start with another --profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile is in use by another process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the profile's lock file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <source>Could not create the profile directory.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RejectedInputsDialog</name>
    <message>
        <source>Rejected Inputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inputs the feed could not read, newest last. AlertDesk skipped them and kept running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as tab-separated text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language takes effect when AlertDesk is restarted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Firing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stateless</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an AlertDesk template: it must begin with a "---" line and the keys id, name and version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the front matter has no closing "---" line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line 2: "id" must be lower-case letters, digits, '.', '_' or '-' (got "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the templates folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its id "%1" is not its file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no template with this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only your own templates can be renamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a template needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shipped templates are read-only: duplicate to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shipped templates cannot be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete the template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a template of the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Generic webhook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Templates (*.mustache);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Template</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeWindowText</name>
    <message>
        <source>“%1” is not a time window: write days and times, e.g. mon-fri 09:00-18:00 (times 00:00 to 24:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a day or a range of days (mon … sun, e.g. mon-fri)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::AckStore</name>
    <message>
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A silence must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>silence ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::RulesFile</name>
    <message>
        <source>Could not save the rules: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the rules file is larger than 64 MiB; the rules loaded before stay in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not read the rules file (%2); the rules loaded before stay in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 The rules loaded before stay in force.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::AckController</name>
    <message>
        <source>&amp;Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledge the selected alerts: no repeat notifications while acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unacknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silence alerts like the selected ones for a while: no notifications for them</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::AcknowledgeDialog</name>
    <message>
        <source>Until &amp;resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Acknowledge %n Alert(s)</source>
        <translation><numerusform>Acknowledge %n Alert</numerusform><numerusform>Acknowledge %n Alerts</numerusform></translation>
    </message>
    <message>
        <source>What is being done, or why it can wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who acknowledges.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a duration: write it like 30m, 4h or 1d.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::AlertDesk</name>
    <message>
        <source>Save View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::AlertTableModel</name>
    <message>
        <source>First seen %1
Last seen %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::AlertTableView</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stateless</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the newest alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln new ↑</source>
        <translation><numerusform>%Ln new ↑</numerusform><numerusform>%Ln new ↑</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the feed's URL, for example ws://127.0.0.1:8765/feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, for example ws://127.0.0.1:8765/feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the user name and password from the URL and enter the token below instead: the URL is saved in the settings, the token only in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
The token was not saved anywhere. Choose "Connect Without Saving" to use it for this session only, or Cancel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect Without Saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::DetailPane</name>
    <message>
        <source>Fired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fired again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silenced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln earlier event(s) were removed by the history's retention limits.</source>
        <translation><numerusform>%Ln earlier event was removed by the history's retention limits.</numerusform><numerusform>%Ln earlier events were removed by the history's retention limits.</numerusform></translation>
    </message>
    <message>
        <source>Acknowledgement ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silence ended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::DurationPicker</name>
    <message>
        <source>A duration such as 30m, 4h, 1d or 1h30m (units ms, s, m, h, d, w)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::FeedSelectorButton</name>
    <message>
        <source>Feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DEMO · %1 ev/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected · %1 ev/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DEMO · starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reconnecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in demo feed: generated events, not real alerts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to choose a feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Demo Feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect to Feed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent Feeds</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::FeedStatusPanel</name>
    <message>
        <source>DEMO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in demo feed is running: these are generated events, not real alerts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the inputs the feed could not read, and why.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected input(s)</source>
        <translation><numerusform>%Ln rejected input</numerusform><numerusform>%Ln rejected inputs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost in gaps</source>
        <translation><numerusform>%Ln lost in a gap</numerusform><numerusform>%Ln lost in gaps</numerusform></translation>
    </message>
    <message>
        <source>The feed hub could no longer replay these events after a reconnection.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <translation><numerusform>%Ln dropped</numerusform><numerusform>%Ln dropped</numerusform></translation>
    </message>
    <message>
        <source>Events dropped because AlertDesk could not keep up with the feed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln gap(s) in the feed</source>
        <translation><numerusform>%Ln gap in the feed</numerusform><numerusform>%Ln gaps in the feed</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FilterBar</name>
    <message>
        <source>Filter alerts (Ctrl+F): words, or field:value like severity&gt;=major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching alerts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %Ln alert(s)</source>
        <translation><numerusform>%1 of %Ln alert</numerusform><numerusform>%1 of %Ln alerts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation><numerusform>%Ln alert</numerusform><numerusform>%Ln alerts</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FirstStartHint</name>
    <message>
        <source>&lt;b&gt;Welcome to AlertDesk.&lt;/b&gt; Until you connect a real feed, AlertDesk runs its built-in demo feed, marked DEMO. To watch real alerts, run &lt;code&gt;alertdesk-cli serve&lt;/code&gt; (or use your team's feed hub) and choose &lt;i&gt;Connect to Feed…&lt;/i&gt; in the feed menu. Channels for WeCom, DingTalk, Feishu and others come in a later version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to Feed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss this hint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::MainWindow</name>
    <message>
        <source>AlertDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect to Feed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;Demo Feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rejected Inputs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About AlertDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AlertDesk — DEMO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About AlertDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;AlertDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for live alerts and IM robot notifications.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 firing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert &amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show Alert &amp;Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in &amp;JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation><numerusform>%Ln alert</numerusform><numerusform>%Ln alerts</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::NotificationsPanel</name>
    <message>
        <source>Routed notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing routed yet. Notifications appear here when events match an enabled rule (Rules panel, Ctrl+4); channels that send them come in a later version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to send · %2 held back (throttle, mute time, silence or acknowledgement)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::PatternEditor</name>
    <message>
        <source>Event pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An event pattern as in EventBridge: it matches the event's CloudEvent JSON, with AlertDesk's severity, status, fingerprint and title under "alertdesk".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pattern is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error at %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::PreviewAlertSource</name>
    <message>
        <source>The alert is no longer in the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert's events are no longer in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert's stored event could not be read again: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::RecentEventsModel</name>
    <message>
        <source>✓ match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ no match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::RejectedInputsDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::RoutedNotificationsModel</name>
    <message>
        <source>first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held: throttled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held: mute time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held: outside active times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held: silenced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held: acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no channel)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln firing</source>
        <translation><numerusform>%Ln firing</numerusform><numerusform>%Ln firing</numerusform></translation>
    </message>
    <message>
        <source>%1 firing, %2 resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>firing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation><numerusform>… and %Ln more</numerusform><numerusform>… and %Ln more</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleDocument</name>
    <message>
        <source>Rule “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New rule “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleForm</name>
    <message>
        <source>How the rule is shown in lists and in the delivery log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the rule is for, for whoever edits it next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disabled rule stays in the list but routes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel's id in channels.json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template id; empty: the channel's default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IM's message type (text, markdown, …); empty: the channel's default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send when &amp;resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also notify when an alert this rule sent about is resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one group per alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields whose values form a group, separated by commas (region, severity, labels.team, data.&lt;path&gt;): alerts with the same values are sent together. Empty: one group per alert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long to wait after the first alert of a new group before sending, so alerts that arrive together go out in one notification (Alertmanager's group_wait). Default 30s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long to wait before notifying about new alerts in a group that was already notified (group_interval). Default 5m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long to wait before sending again for alerts that are still firing (repeat_interval). Default 4h.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most this many notifications per window for each group; Off: no limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The throttle's window, e.g. 1m or 1h.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer's time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone mute and active times are read in, e.g. Asia/Shanghai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none, e.g. sat,sun 00:00-24:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is sent inside these weekly windows. Separate windows with ';'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>always, e.g. mon-fri 09:00-18:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When given, notifications are sent only inside these weekly windows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group &amp;wait:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group &amp;interval:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;peat interval:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Throttle (count per window):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mute times:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acti&amp;ve times:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a field to group by (twice, or not one of source, type, subject, region, severity, status, title, labels.&lt;name&gt;, data.&lt;path&gt;).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (e.g. Asia/Shanghai).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a duration such as 30s, 5m, 4h or 1h30m.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleListModel</name>
    <message>
        <source>The pattern has an error; the rule cannot be saved until it is fixed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleTestPanel</name>
    <message>
        <source>Show events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events that do not match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All recent events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the pattern to test it against the last %1 events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No events yet: the last %1 events of the feed are tested here as they arrive.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Matches %n of the last %1 events</source>
        <translation><numerusform>Matches %n of the last %1 events</numerusform><numerusform>Matches %n of the last %1 events</numerusform></translation>
    </message>
    <message>
        <source>Select an event to see why it does or does not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event matches the pattern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why not: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::RulesPanel</name>
    <message>
        <source>rules.json was not loaded; the rules shown and in force are the last valid ones. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the rules to rules.json; routing follows the saved rules (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules, in routing order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes: routing still follows the saved rules.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rule(s) in %1</source>
        <translation><numerusform>%n rule in %1</numerusform><numerusform>%n rules in %1</numerusform></translation>
    </message>
    <message>
        <source>rules.json changed outside the editor; saving will replace it with the rules shown here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules have changes that are not saved; routing follows the saved rules. Save them before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Rule from This Alert…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::SilenceDialog</name>
    <message>
        <source>New Silence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts matching all of these terms are silenced, as in the filter bar: source=… type=… subject=… labels.&lt;name&gt;=…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why, e.g. the maintenance ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Silence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Matchers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a duration: write it like 2h or 1d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At column %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Matches %Ln alert(s) now; new ones that match are silenced as they arrive.</source>
        <translation><numerusform>Matches %Ln alert now; new ones that match are silenced as they arrive.</numerusform><numerusform>Matches %Ln alerts now; new ones that match are silenced as they arrive.</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::SilencesPanel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Silence…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo Expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sho&amp;w Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matchers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the selected silence now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected expired silence from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the alert table with the silence's matchers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1
until %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation><numerusform>%Ln active</numerusform><numerusform>%Ln active</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::TemplateLibraryDocument</name>
    <message>
        <source>New template “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::TemplatePreview</name>
    <message>
        <source>Sample alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current alert in the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The robot's required keywords, comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links in messages point to &lt;console&gt;/alerts/&lt;fingerprint&gt; (the {{url}} field). Saved in the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alert:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onsole URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history has no alerts yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert is selected in the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>// message %1 of %2: %3 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text: %1 of %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body: %1 of %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body: %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message>
        <source>No keywords to check (DingTalk and Feishu robots may require one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Keyword present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Keyword missing: none of %1 is in the message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::TemplatesPanel</name>
    <message>
        <source>A shipped template: read-only. Duplicate it to make your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the template (Ctrl+S); switching templates saves too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview with &amp;Template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new template from the shipped one of the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy you can edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete (undo with Ctrl+Z in the list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a template from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the template to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipped (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · shipped, read-only: duplicate it to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>alertdesk::ui::ViewsSidebar</name>
    <message>
        <source>All alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Silenced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Save View…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the current filter, sort and columns as a view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename View…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation><numerusform>%Ln alert</numerusform><numerusform>%Ln alerts</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AlertDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desktop console for live alerts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep configuration and data in DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to the WebSocket feed at URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the built-in demo feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a picture of the window to FILE once events arrive, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert History Unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Alerts are shown but not kept until this is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
