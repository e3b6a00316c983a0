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
    <name>alertdesk::ui::RejectedInputsDialog</name>
    <message>
        <source>Close</source>
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
</context>
</TS>
