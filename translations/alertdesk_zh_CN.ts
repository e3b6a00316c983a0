<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertFilter</name>
    <message>
        <source>The quote opened here is never closed.</source>
        <translation>此处开始的引号没有闭合。</translation>
    </message>
    <message>
        <source>Put a space after the closing quote.</source>
        <translation>请在右引号后加一个空格。</translation>
    </message>
    <message>
        <source>Nothing follows the '-' that negates a term.</source>
        <translation>用于否定条件的“-”后面缺少内容。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>The operator “%1” cannot be used with the field “%2”.</source>
        <translation>运算符“%1”不能用于字段“%2”。</translation>
    </message>
    <message>
        <source>A value is missing after “%1”.</source>
        <translation>“%1”后面缺少值。</translation>
    </message>
    <message>
        <source>Unknown severity “%1”: use critical, major, warning, info or unknown.</source>
        <translation>未知级别“%1”：请使用 critical、major、warning、info 或 unknown。</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use firing, resolved or stateless.</source>
        <translation>未知状态“%1”：请使用 firing、resolved 或 stateless。</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value: use true, false, yes or no.</source>
        <translation>“%1”不是是/否值：请使用 true、false、yes 或 no。</translation>
    </message>
    <message>
        <source>“%1” is not a duration: write it like 90s, 10m, 2h, 1d or 1h30m.</source>
        <translation>“%1”不是时长：请写成 90s、10m、2h、1d 或 1h30m 这样的形式。</translation>
    </message>
    <message>
        <source>“%1” is not a time: write a date (2026-11-27) or an RFC 3339 time.</source>
        <translation>“%1”不是时间：请写日期（2026-11-27）或 RFC 3339 时间。</translation>
    </message>
    <message>
        <source>Bad regular expression: %1 (at character %2).</source>
        <translation>正则表达式有误：%1（第 %2 个字符处）。</translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <source>The alert history could not be read: %1.</source>
        <translation>无法读取告警历史：%1。</translation>
    </message>
    <message>
        <source>The alert history could not be written: %1.</source>
        <translation>无法写入告警历史：%1。</translation>
    </message>
    <message>
        <source>The alert history was written by a newer AlertDesk (schema %1; this version reads up to %2).</source>
        <translation>告警历史由更新版本的 AlertDesk 写入（架构版本 %1；此版本最高可读 %2）。</translation>
    </message>
    <message>
        <source>Could not open the alert history: %1.</source>
        <translation>无法打开告警历史：%1。</translation>
    </message>
</context>
<context>
    <name>AlertTable</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Feed</source>
        <translation>连接到事件源</translation>
    </message>
    <message>
        <source>Feed &amp;URL:</source>
        <translation>事件源 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Token (optional):</source>
        <translation>令牌（可选）(&amp;T)：</translation>
    </message>
    <message>
        <source>Leave empty to use the token saved for this URL, if any</source>
        <translation>留空则使用为此 URL 保存的令牌（如有）</translation>
    </message>
    <message>
        <source>A token you enter is saved in the system keychain for this URL, never in AlertDesk's files.</source>
        <translation>输入的令牌会按此 URL 保存在系统钥匙串中，绝不会写入 AlertDesk 的文件。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation>系统钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>钥匙串</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The profile is in use by %1 (process %2 on %3). Close it first, or start with another --profile.</source>
        <translation>此配置目录正被 %1 使用（主机 %3 上的进程 %2）。请先关闭它，或使用其他 --profile 启动。</translation>
    </message>
    <message>
        <source>The profile is in use by another process.</source>
        <translation>此配置目录正被另一个进程使用。</translation>
    </message>
    <message>
        <source>Could not create the profile's lock file.</source>
        <translation>无法创建配置目录的锁文件。</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <source>Could not create the profile directory.</source>
        <translation>无法创建配置目录。</translation>
    </message>
</context>
<context>
    <name>RejectedInputsDialog</name>
    <message>
        <source>Rejected Inputs</source>
        <translation>被拒绝的输入</translation>
    </message>
    <message>
        <source>Inputs the feed could not read, newest last. AlertDesk skipped them and kept running.</source>
        <translation>事件源中无法读取的输入，最新的在最后。AlertDesk 已跳过它们并继续运行。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as tab-separated text</source>
        <translation>将选中的行（或全部行）复制为制表符分隔的文本</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when AlertDesk is restarted.</source>
        <translation>新的语言将在重启 AlertDesk 后生效。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Firing</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>无状态</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::AlertDesk</name>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::AlertTableModel</name>
    <message>
        <source>First seen %1
Last seen %2</source>
        <translation>首次出现 %1
最近出现 %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln 个事件</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::AlertTableView</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>Go to the newest alerts</source>
        <translation>转到最新的告警</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>重置列</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new ↑</source>
        <translation><numerusform>%Ln 条新告警 ↑</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the feed's URL, for example ws://127.0.0.1:8765/feed.</source>
        <translation>请输入事件源的 URL，例如 ws://127.0.0.1:8765/feed。</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, for example ws://127.0.0.1:8765/feed.</source>
        <translation>URL 必须以 ws:// 或 wss:// 开头，例如 ws://127.0.0.1:8765/feed。</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>URL 中没有主机名。</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL and enter the token below instead: the URL is saved in the settings, the token only in the keychain.</source>
        <translation>请从 URL 中删除用户名和密码，改为在下方输入令牌：URL 会保存在设置中，令牌只保存在钥匙串中。</translation>
    </message>
    <message>
        <source>%1
The token was not saved anywhere. Choose "Connect Without Saving" to use it for this session only, or Cancel.</source>
        <translation>%1
令牌未保存到任何地方。选择“连接但不保存”可仅在本次会话中使用它，或选择“取消”。</translation>
    </message>
    <message>
        <source>Connect Without Saving</source>
        <translation>连接但不保存</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>正在将令牌保存到系统钥匙串…</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::DetailPane</name>
    <message>
        <source>Fired</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Fired again</source>
        <translation>再次触发</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>已静默</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Original JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Find in JSON</source>
        <translation>在 JSON 中查找</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>复制 JSON</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>字段(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translation>未选择告警</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier event(s) were removed by the history's retention limits.</source>
        <translation><numerusform>有 %Ln 个较早的事件已按历史保留上限删除。</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FeedSelectorButton</name>
    <message>
        <source>Feed</source>
        <translation>事件源</translation>
    </message>
    <message>
        <source>DEMO · %1 ev/s</source>
        <translation>演示 · %1 事件/秒</translation>
    </message>
    <message>
        <source>connected · %1 ev/s</source>
        <translation>已连接 · %1 事件/秒</translation>
    </message>
    <message>
        <source>DEMO · starting…</source>
        <translation>演示 · 正在启动…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>no feed</source>
        <translation>无事件源</translation>
    </message>
    <message>
        <source>Built-in demo feed: generated events, not real alerts.</source>
        <translation>内置演示事件源：生成的事件，不是真实告警。</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>端点：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>令牌：%1</translation>
    </message>
    <message>
        <source>Click to choose a feed.</source>
        <translation>点击以选择事件源。</translation>
    </message>
    <message>
        <source>&amp;Demo Feed</source>
        <translation>演示事件源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect to Feed…</source>
        <translation>连接到事件源(&amp;C)…</translation>
    </message>
    <message>
        <source>Recent Feeds</source>
        <translation>最近的事件源</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FeedStatusPanel</name>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The built-in demo feed is running: these are generated events, not real alerts.</source>
        <translation>内置演示事件源正在运行：这些是生成的事件，不是真实告警。</translation>
    </message>
    <message>
        <source>Show the inputs the feed could not read, and why.</source>
        <translation>显示事件源中无法读取的输入及其原因。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln 个事件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected input(s)</source>
        <translation><numerusform>%Ln 个输入被拒绝</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost in gaps</source>
        <translation><numerusform>%Ln 个在中断中丢失</numerusform></translation>
    </message>
    <message>
        <source>The feed hub could no longer replay these events after a reconnection.</source>
        <translation>重新连接后，事件中心已无法重放这些事件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <translation><numerusform>%Ln 个已丢弃</numerusform></translation>
    </message>
    <message>
        <source>Events dropped because AlertDesk could not keep up with the feed.</source>
        <translation>由于 AlertDesk 处理不及而丢弃的事件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gap(s) in the feed</source>
        <translation><numerusform>事件源中断 %Ln 次</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FilterBar</name>
    <message>
        <source>Filter alerts (Ctrl+F): words, or field:value like severity&gt;=major</source>
        <translation>筛选告警（Ctrl+F）：输入关键词，或 字段:值，例如 severity&gt;=major</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Matching alerts</source>
        <translation>匹配的告警</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln alert(s)</source>
        <translation><numerusform>%1 / %Ln 条告警</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation><numerusform>%Ln 条告警</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::FirstStartHint</name>
    <message>
        <source>&lt;b&gt;Welcome to AlertDesk.&lt;/b&gt; Until you connect a real feed, AlertDesk runs its built-in demo feed, marked DEMO. To watch real alerts, run &lt;code&gt;alertdesk-cli serve&lt;/code&gt; (or use your team's feed hub) and choose &lt;i&gt;Connect to Feed…&lt;/i&gt; in the feed menu. Channels for WeCom, DingTalk, Feishu and others come in a later version.</source>
        <translation>&lt;b&gt;欢迎使用 AlertDesk。&lt;/b&gt;在连接真实事件源之前，AlertDesk 运行内置的演示事件源，并标记为“演示”。要查看真实告警，请运行 &lt;code&gt;alertdesk-cli serve&lt;/code&gt;（或使用团队的事件中心），然后在事件源菜单中选择&lt;i&gt;连接到事件源…&lt;/i&gt;。企业微信、钉钉、飞书等通知渠道将在后续版本中提供。</translation>
    </message>
    <message>
        <source>Connect to Feed…</source>
        <translation>连接到事件源…</translation>
    </message>
    <message>
        <source>Dismiss this hint</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::MainWindow</name>
    <message>
        <source>AlertDesk</source>
        <translation>AlertDesk</translation>
    </message>
    <message>
        <source>&amp;Connect to Feed…</source>
        <translation>连接到事件源(&amp;C)…</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Feed</source>
        <translation>使用演示事件源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rejected Inputs…</source>
        <translation>被拒绝的输入(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About AlertDesk</source>
        <translation>关于 AlertDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>AlertDesk — DEMO</source>
        <translation>AlertDesk — 演示</translation>
    </message>
    <message>
        <source>About AlertDesk</source>
        <translation>关于 AlertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AlertDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for live alerts and IM robot notifications.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AlertDesk %1&lt;/h3&gt;&lt;p&gt;用于实时告警和即时通讯机器人通知的桌面控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 firing</source>
        <translation>%1 条告警中</translation>
    </message>
    <message>
        <source>&amp;Filter Alerts</source>
        <translation>筛选告警(&amp;F)</translation>
    </message>
    <message>
        <source>Alert &amp;Table</source>
        <translation>告警表(&amp;T)</translation>
    </message>
    <message>
        <source>Show Alert &amp;Detail</source>
        <translation>显示告警详情(&amp;D)</translation>
    </message>
    <message>
        <source>Find in &amp;JSON</source>
        <translation>在 JSON 中查找(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>保存视图(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation><numerusform>%Ln 条告警</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RejectedInputsDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::ViewsSidebar</name>
    <message>
        <source>All alerts</source>
        <translation>全部告警</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>已静默</translation>
    </message>
    <message>
        <source>+ Save View…</source>
        <translation>+ 保存视图…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save the current filter, sort and columns as a view</source>
        <translation>将当前的筛选条件、排序和列保存为视图</translation>
    </message>
    <message>
        <source>Every alert</source>
        <translation>所有告警</translation>
    </message>
    <message>
        <source>&amp;Rename View…</source>
        <translation>重命名视图(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation>删除视图(&amp;D)…</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>删除视图“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation><numerusform>%Ln 条告警</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AlertDesk</source>
        <translation>AlertDesk</translation>
    </message>
    <message>
        <source>Desktop console for live alerts.</source>
        <translation>实时告警桌面控制台。</translation>
    </message>
    <message>
        <source>Keep configuration and data in DIR.</source>
        <translation>将配置和数据保存在 DIR 中。</translation>
    </message>
    <message>
        <source>Connect to the WebSocket feed at URL.</source>
        <translation>连接到位于 URL 的 WebSocket 事件源。</translation>
    </message>
    <message>
        <source>Run the built-in demo feed.</source>
        <translation>运行内置演示事件源。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once events arrive, then quit.</source>
        <translation>收到事件后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Alert History Unavailable</source>
        <translation>告警历史不可用</translation>
    </message>
    <message>
        <source>%1
Alerts are shown but not kept until this is fixed.</source>
        <translation>%1
在此问题解决之前，告警会显示但不会保存。</translation>
    </message>
</context>
</TS>
