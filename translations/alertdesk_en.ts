<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the token saved for this URL, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token you enter is saved in the system keychain for this URL, never in AlertDesk&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The profile is in use by %1 (process %2 on %3). Close it first, or start with another --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is in use by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the profile&apos;s lock file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <source>Could not create the profile directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedInputsDialog</name>
    <message>
        <source>Rejected Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs the feed could not read, newest last. AlertDesk skipped them and kept running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when AlertDesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::CentrePlaceholder</name>
    <message>
        <source>&lt;b&gt;Welcome to AlertDesk.&lt;/b&gt; Until you connect a real feed, AlertDesk runs its built-in demo feed, marked DEMO. To watch real alerts, run &lt;code&gt;alertdesk-cli serve&lt;/code&gt; (or use your team&apos;s feed hub) and choose &lt;i&gt;Connect to Feed…&lt;/i&gt; in the feed menu. Channels for WeCom, DingTalk, Feishu and others come in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the feed&apos;s URL, for example ws://127.0.0.1:8765/feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, for example ws://127.0.0.1:8765/feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL and enter the token below instead: the URL is saved in the settings, the token only in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The token was not saved anywhere. Choose &quot;Connect Without Saving&quot; to use it for this session only, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FeedSelectorButton</name>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO · %1 ev/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected · %1 ev/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO · starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in demo feed: generated events, not real alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to choose a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Feeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FeedStatusPanel</name>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo feed is running: these are generated events, not real alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the inputs the feed could not read, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected input(s)</source>
        <translation>
            <numerusform>%Ln rejected input</numerusform>
            <numerusform>%Ln rejected inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost in gaps</source>
        <translation>
            <numerusform>%Ln lost in a gap</numerusform>
            <numerusform>%Ln lost in gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed hub could no longer replay these events after a reconnection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <translation>
            <numerusform>%Ln dropped</numerusform>
            <numerusform>%Ln dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>Events dropped because AlertDesk could not keep up with the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln gap(s) in the feed</source>
        <translation>
            <numerusform>%Ln gap in the feed</numerusform>
            <numerusform>%Ln gaps in the feed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::MainWindow</name>
    <message>
        <source>AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Demo Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejected Inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AlertDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for live alerts and IM robot notifications.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RejectedInputsDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop console for live alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep configuration and data in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the WebSocket feed at URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in demo feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once events arrive, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
