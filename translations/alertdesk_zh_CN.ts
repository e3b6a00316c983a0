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
    <message>
        <source>A silence needs at least one matcher; an empty one would silence every alert.</source>
        <translation>静默至少需要一个匹配条件；空条件会静默所有告警。</translation>
    </message>
    <message>
        <source>A silence cannot match on @silenced; use other fields.</source>
        <translation>静默不能按 @silenced 匹配；请使用其他字段。</translation>
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
    <message>
        <source>Acknowledgements and silences could not be saved: %1.</source>
        <translation>无法保存确认和静默：%1。</translation>
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
    <name>AttentionBadge</name>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Acknowledged by %1 until resolved</source>
        <translation>已由 %1 确认，直到恢复</translation>
    </message>
    <message>
        <source>Acknowledged by %1 until %2</source>
        <translation>已由 %1 确认，直到 %2</translation>
    </message>
    <message>
        <source>Silenced by %1 until %2 (%3)</source>
        <translation>已由 %1 静默，直到 %2（%3）</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>已静默</translation>
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
    <name>ImPreviewHtml</name>
    <message>
        <source>Notification and chat list show: “%1”</source>
        <translation>通知和会话列表显示：“%1”</translation>
    </message>
    <message>
        <source>@All</source>
        <translation>@所有人</translation>
    </message>
    <message>
        <source>Notification shows: “%1”</source>
        <translation>通知显示：“%1”</translation>
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
    <name>PreviewRenderer</name>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>None of the keywords (%1) is in the message: the IM will refuse it. Add one to the template text (a DingTalk markdown title does not count).</source>
        <translation>消息中不含任何关键词（%1），IM 会拒收。请在模板正文中加入一个关键词（钉钉 markdown 的标题不算）。</translation>
    </message>
    <message>
        <source>The text is %1 %2, over the limit of %3 %2.</source>
        <translation>正文为 %1 %2，超过上限 %3 %2。</translation>
    </message>
    <message numerus="yes">
        <source>It is sent as %n message(s).</source>
        <translation><numerusform>将分成 %n 条消息发送。</numerusform></translation>
    </message>
    <message>
        <source>It is cut and ends with “%1”.</source>
        <translation>将被截断，并以“%1”结尾。</translation>
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
    <name>TemplateLibrary</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not an AlertDesk template: it must begin with a "---" line and the keys id, name and version</source>
        <translation>不是 AlertDesk 模板：它必须以“---”行开头，并包含 id、name 和 version 键</translation>
    </message>
    <message>
        <source>the front matter has no closing "---" line</source>
        <translation>前置信息缺少结束的“---”行</translation>
    </message>
    <message>
        <source>line 2: "id" must be lower-case letters, digits, '.', '_' or '-' (got "%1")</source>
        <translation>第 2 行：“id”只能包含小写字母、数字、“.”、“_”或“-”（实际为“%1”）</translation>
    </message>
    <message>
        <source>cannot create the templates folder</source>
        <translation>无法创建模板文件夹</translation>
    </message>
    <message>
        <source>its id "%1" is not its file name</source>
        <translation>其 ID“%1”与文件名不一致</translation>
    </message>
    <message>
        <source>cannot write the template: %1</source>
        <translation>无法写入模板：%1</translation>
    </message>
    <message>
        <source>no template with this id</source>
        <translation>没有此 ID 的模板</translation>
    </message>
    <message>
        <source>only your own templates can be renamed</source>
        <translation>只能重命名您自己的模板</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>模板需要一个名称</translation>
    </message>
    <message>
        <source>shipped templates are read-only: duplicate to edit</source>
        <translation>内置模板为只读：请复制后再编辑</translation>
    </message>
    <message>
        <source>shipped templates cannot be deleted</source>
        <translation>内置模板不能删除</translation>
    </message>
    <message>
        <source>cannot delete the template: %1</source>
        <translation>无法删除模板：%1</translation>
    </message>
    <message>
        <source>not a template of the profile</source>
        <translation>不是此配置目录中的模板</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Generic webhook</source>
        <translation>通用 Webhook</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Templates (*.mustache);;All files (*)</source>
        <translation>模板 (*.mustache);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>导入模板</translation>
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
    <name>TimeWindowText</name>
    <message>
        <source>“%1” is not a time window: write days and times, e.g. mon-fri 09:00-18:00 (times 00:00 to 24:00)</source>
        <translation>“%1”不是有效的时段：请写明星期和时间，例如 mon-fri 09:00-18:00（时间为 00:00 至 24:00）</translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days (mon … sun, e.g. mon-fri)</source>
        <translation>“%1”不是星期几或星期范围（mon … sun，例如 mon-fri）</translation>
    </message>
</context>
<context>
    <name>alertdesk::AckStore</name>
    <message>
        <source>until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <source>until resolved</source>
        <translation>直到恢复</translation>
    </message>
    <message>
        <source>A silence must end after it starts.</source>
        <translation>静默的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>silence ended</source>
        <translation>静默已结束</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
</context>
<context>
    <name>alertdesk::RulesFile</name>
    <message>
        <source>Could not save the rules: %1</source>
        <translation>无法保存规则：%1</translation>
    </message>
    <message>
        <source>%1: the rules file is larger than 64 MiB; the rules loaded before stay in force.</source>
        <translation>%1：规则文件大于 64 MiB；之前加载的规则继续生效。</translation>
    </message>
    <message>
        <source>%1: could not read the rules file (%2); the rules loaded before stay in force.</source>
        <translation>%1：无法读取规则文件（%2）；之前加载的规则继续生效。</translation>
    </message>
    <message>
        <source>%1: %2 The rules loaded before stay in force.</source>
        <translation>%1：%2 之前加载的规则继续生效。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::AckController</name>
    <message>
        <source>&amp;Alert</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>静默</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts: no repeat notifications while acknowledged</source>
        <translation>确认所选告警：确认期间不再重复通知</translation>
    </message>
    <message>
        <source>&amp;Unacknowledge</source>
        <translation>取消确认(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>静默(&amp;S)…</translation>
    </message>
    <message>
        <source>Silence alerts like the selected ones for a while: no notifications for them</source>
        <translation>在一段时间内静默与所选告警相似的告警：不发送它们的通知</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::AcknowledgeDialog</name>
    <message>
        <source>Until &amp;resolved</source>
        <translation>直到恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>持续(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n Alert(s)</source>
        <translation><numerusform>确认 %n 条告警</numerusform></translation>
    </message>
    <message>
        <source>What is being done, or why it can wait</source>
        <translation>正在做什么，或为什么可以稍后处理</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>确认人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>Say who acknowledges.</source>
        <translation>请填写确认人。</translation>
    </message>
    <message>
        <source>“%1” is not a duration: write it like 30m, 4h or 1d.</source>
        <translation>“%1”不是有效时长：请写成 30m、4h 或 1d 这样的形式。</translation>
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
    <message>
        <source>Acknowledgement ended</source>
        <translation>确认已结束</translation>
    </message>
    <message>
        <source>Silence ended</source>
        <translation>静默已结束</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::DurationPicker</name>
    <message>
        <source>A duration such as 30m, 4h, 1d or 1h30m (units ms, s, m, h, d, w)</source>
        <translation>时长，如 30m、4h、1d 或 1h30m（单位 ms、s、m、h、d、w）</translation>
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
    <name>alertdesk::ui::NotificationsPanel</name>
    <message>
        <source>Routed notifications</source>
        <translation>已路由的通知</translation>
    </message>
    <message>
        <source>Nothing routed yet. Notifications appear here when events match an enabled rule (Rules panel, Ctrl+4); channels that send them come in a later version.</source>
        <translation>尚未路由任何通知。当事件匹配到已启用的规则（规则面板，Ctrl+4）时，通知会显示在这里；发送通知的渠道将在后续版本中提供。</translation>
    </message>
    <message>
        <source>%1 to send · %2 held back (throttle, mute time, silence or acknowledgement)</source>
        <translation>%1 条待发送 · %2 条暂缓（限流、静默时段、静默或已确认）</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::PatternEditor</name>
    <message>
        <source>Event pattern</source>
        <translation>事件模式</translation>
    </message>
    <message>
        <source>An event pattern as in EventBridge: it matches the event's CloudEvent JSON, with AlertDesk's severity, status, fingerprint and title under "alertdesk".</source>
        <translation>与 EventBridge 相同的事件模式：匹配事件的 CloudEvent JSON，AlertDesk 的级别、状态、指纹和标题位于 "alertdesk" 下。</translation>
    </message>
    <message>
        <source>The pattern is valid.</source>
        <translation>模式有效。</translation>
    </message>
    <message>
        <source>Error at %1: %2</source>
        <translation>错误位于 %1：%2</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::PreviewAlertSource</name>
    <message>
        <source>The alert is no longer in the table.</source>
        <translation>该告警已不在表格中。</translation>
    </message>
    <message>
        <source>The alert's events are no longer in the history.</source>
        <translation>该告警的事件已不在历史中。</translation>
    </message>
    <message>
        <source>The alert's stored event could not be read again: %1</source>
        <translation>无法重新读取该告警已存储的事件：%1</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RecentEventsModel</name>
    <message>
        <source>✓ match</source>
        <translation>✓ 匹配</translation>
    </message>
    <message>
        <source>✗ no match</source>
        <translation>✗ 不匹配</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
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
        <source>Title</source>
        <translation>标题</translation>
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
    <name>alertdesk::ui::RoutedNotificationsModel</name>
    <message>
        <source>first</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>held: throttled</source>
        <translation>暂缓：限流</translation>
    </message>
    <message>
        <source>held: mute time</source>
        <translation>暂缓：静默时段</translation>
    </message>
    <message>
        <source>held: outside active times</source>
        <translation>暂缓：不在生效时段</translation>
    </message>
    <message>
        <source>held: silenced</source>
        <translation>暂缓：已静默</translation>
    </message>
    <message>
        <source>held: acknowledged</source>
        <translation>暂缓：已确认</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln firing</source>
        <translation><numerusform>%Ln 条告警中</numerusform></translation>
    </message>
    <message>
        <source>%1 firing, %2 resolved</source>
        <translation>%1 条告警中，%2 条已恢复</translation>
    </message>
    <message>
        <source>firing: %1</source>
        <translation>告警中：%1</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation><numerusform>…… 另有 %Ln 条</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleDocument</name>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
    <message>
        <source>Enable “%1”</source>
        <translation>启用“%1”</translation>
    </message>
    <message>
        <source>Disable “%1”</source>
        <translation>停用“%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>New rule “%1”</source>
        <translation>新建规则“%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleForm</name>
    <message>
        <source>How the rule is shown in lists and in the delivery log.</source>
        <translation>规则在列表和投递日志中显示的名称。</translation>
    </message>
    <message>
        <source>What the rule is for, for whoever edits it next.</source>
        <translation>说明此规则的用途，方便之后编辑它的人。</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>A disabled rule stays in the list but routes nothing.</source>
        <translation>停用的规则保留在列表中，但不路由任何事件。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>规则需要一个名称。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>The channel's id in channels.json.</source>
        <translation>渠道在 channels.json 中的 ID。</translation>
    </message>
    <message>
        <source>A template id; empty: the channel's default.</source>
        <translation>模板 ID；留空则使用该渠道的默认模板。</translation>
    </message>
    <message>
        <source>The IM's message type (text, markdown, …); empty: the channel's default.</source>
        <translation>IM 的消息类型（text、markdown 等）；留空则使用该渠道的默认类型。</translation>
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation>添加目标(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Target</source>
        <translation>移除目标(&amp;V)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Send when &amp;resolved</source>
        <translation>恢复时发送(&amp;R)</translation>
    </message>
    <message>
        <source>Also notify when an alert this rule sent about is resolved.</source>
        <translation>此规则发送过通知的告警恢复时也发送通知。</translation>
    </message>
    <message>
        <source>one group per alert</source>
        <translation>每个告警一组</translation>
    </message>
    <message>
        <source>Fields whose values form a group, separated by commas (region, severity, labels.team, data.&lt;path&gt;): alerts with the same values are sent together. Empty: one group per alert.</source>
        <translation>用于分组的字段，以逗号分隔（region、severity、labels.team、data.&lt;路径&gt;）：取值相同的告警合并发送。留空：每个告警单独一组。</translation>
    </message>
    <message>
        <source>How long to wait after the first alert of a new group before sending, so alerts that arrive together go out in one notification (Alertmanager's group_wait). Default 30s.</source>
        <translation>新分组的第一条告警到达后等待多久再发送，使同时到达的告警合并为一条通知（即 Alertmanager 的 group_wait）。默认 30s。</translation>
    </message>
    <message>
        <source>How long to wait before notifying about new alerts in a group that was already notified (group_interval). Default 5m.</source>
        <translation>已通知过的分组中出现新告警时，等待多久再发送通知（group_interval）。默认 5m。</translation>
    </message>
    <message>
        <source>How long to wait before sending again for alerts that are still firing (repeat_interval). Default 4h.</source>
        <translation>仍在触发的告警等待多久后再次发送通知（repeat_interval）。默认 4h。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>At most this many notifications per window for each group; Off: no limit.</source>
        <translation>每个分组在每个时间窗内最多发送的通知数；关闭：不限制。</translation>
    </message>
    <message>
        <source>The throttle's window, e.g. 1m or 1h.</source>
        <translation>限流的时间窗，例如 1m 或 1h。</translation>
    </message>
    <message>
        <source>this computer's time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <source>The time zone mute and active times are read in, e.g. Asia/Shanghai.</source>
        <translation>解释静默时段和生效时段所用的时区，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>none, e.g. sat,sun 00:00-24:00</source>
        <translation>无，例如 sat,sun 00:00-24:00</translation>
    </message>
    <message>
        <source>Nothing is sent inside these weekly windows. Separate windows with ';'.</source>
        <translation>在这些每周时段内不发送任何通知。多个时段用“;”分隔。</translation>
    </message>
    <message>
        <source>always, e.g. mon-fri 09:00-18:00</source>
        <translation>始终，例如 mon-fri 09:00-18:00</translation>
    </message>
    <message>
        <source>When given, notifications are sent only inside these weekly windows.</source>
        <translation>填写后，仅在这些每周时段内发送通知。</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>Group &amp;wait:</source>
        <translation>分组等待(&amp;W)：</translation>
    </message>
    <message>
        <source>Group &amp;interval:</source>
        <translation>分组间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;peat interval:</source>
        <translation>重复间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Throttle (count per window):</source>
        <translation>限流（每个时间窗的条数）(&amp;T)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Mute times:</source>
        <translation>静默时段(&amp;M)：</translation>
    </message>
    <message>
        <source>Acti&amp;ve times:</source>
        <translation>生效时段(&amp;V)：</translation>
    </message>
    <message>
        <source>“%1” is not a field to group by (twice, or not one of source, type, subject, region, severity, status, title, labels.&lt;name&gt;, data.&lt;path&gt;).</source>
        <translation>“%1”不能用作分组字段（重复，或不是 source、type、subject、region、severity、status、title、labels.&lt;名称&gt;、data.&lt;路径&gt; 之一）。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (e.g. Asia/Shanghai).</source>
        <translation>“%1”不是本机已知的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Write a duration such as 30s, 5m, 4h or 1h30m.</source>
        <translation>请填写时长，例如 30s、5m、4h 或 1h30m。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleListModel</name>
    <message>
        <source>The pattern has an error; the rule cannot be saved until it is fixed.</source>
        <translation>模式有错误；修正之前无法保存此规则。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RuleTestPanel</name>
    <message>
        <source>Show events</source>
        <translation>显示事件</translation>
    </message>
    <message>
        <source>Matching events</source>
        <translation>匹配的事件</translation>
    </message>
    <message>
        <source>Events that do not match</source>
        <translation>不匹配的事件</translation>
    </message>
    <message>
        <source>All recent events</source>
        <translation>全部最近事件</translation>
    </message>
    <message>
        <source>Fix the pattern to test it against the last %1 events.</source>
        <translation>修正模式后，即可用最近 %1 个事件进行测试。</translation>
    </message>
    <message>
        <source>No events yet: the last %1 events of the feed are tested here as they arrive.</source>
        <translation>尚无事件：事件源最近的 %1 个事件到达后会在此处测试。</translation>
    </message>
    <message numerus="yes">
        <source>Matches %n of the last %1 events</source>
        <translation><numerusform>最近 %1 个事件中匹配 %n 个</numerusform></translation>
    </message>
    <message>
        <source>Select an event to see why it does or does not match.</source>
        <translation>选择一个事件，查看它匹配或不匹配的原因。</translation>
    </message>
    <message>
        <source>This event matches the pattern.</source>
        <translation>此事件匹配该模式。</translation>
    </message>
    <message>
        <source>Why not: %1</source>
        <translation>不匹配原因：%1</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::RulesPanel</name>
    <message>
        <source>rules.json was not loaded; the rules shown and in force are the last valid ones. %1</source>
        <translation>未能加载 rules.json；此处显示并正在生效的是上一次有效的规则。%1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>Write the rules to rules.json; routing follows the saved rules (%1)</source>
        <translation>将规则写入 rules.json；路由按已保存的规则进行（%1）</translation>
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation>新建规则(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Rules, in routing order</source>
        <translation>规则（按路由顺序）</translation>
    </message>
    <message>
        <source>Unsaved changes: routing still follows the saved rules.</source>
        <translation>有未保存的更改：路由仍按已保存的规则进行。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in %1</source>
        <translation><numerusform>%1 中共 %n 条规则</numerusform></translation>
    </message>
    <message>
        <source>rules.json changed outside the editor; saving will replace it with the rules shown here.</source>
        <translation>rules.json 已在编辑器之外被修改；保存将用此处显示的规则替换它。</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>未保存的规则</translation>
    </message>
    <message>
        <source>The rules have changes that are not saved; routing follows the saved rules. Save them before closing?</source>
        <translation>规则有未保存的更改；路由仍按已保存的规则进行。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>New &amp;Rule from This Alert…</source>
        <translation>根据此告警新建规则(&amp;R)…</translation>
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
    <name>alertdesk::ui::SilenceDialog</name>
    <message>
        <source>New Silence</source>
        <translation>新建静默</translation>
    </message>
    <message>
        <source>Alerts matching all of these terms are silenced, as in the filter bar: source=… type=… subject=… labels.&lt;name&gt;=…</source>
        <translation>与过滤栏相同，同时满足所有条件的告警将被静默：source=… type=… subject=… labels.&lt;name&gt;=…</translation>
    </message>
    <message>
        <source>Why, e.g. the maintenance ticket</source>
        <translation>原因，例如维护工单号</translation>
    </message>
    <message>
        <source>&amp;Silence</source>
        <translation>静默(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Matchers:</source>
        <translation>匹配条件(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>结束于：</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>确认人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>“%1” is not a duration: write it like 2h or 1d.</source>
        <translation>“%1”不是有效时长：请写成 2h 或 1d 这样的形式。</translation>
    </message>
    <message>
        <source>At column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message numerus="yes">
        <source>Matches %Ln alert(s) now; new ones that match are silenced as they arrive.</source>
        <translation><numerusform>当前匹配 %Ln 条告警；之后到达的匹配告警也会被静默。</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::SilencesPanel</name>
    <message>
        <source>Pending</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>&amp;New Silence…</source>
        <translation>新建静默(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Expire</source>
        <translation>使到期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo Expire</source>
        <translation>撤销到期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Sho&amp;w Alerts</source>
        <translation>显示告警(&amp;W)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>匹配条件</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>静默</translation>
    </message>
    <message>
        <source>End the selected silence now</source>
        <translation>立即结束所选静默</translation>
    </message>
    <message>
        <source>Remove the selected expired silence from the list</source>
        <translation>从列表中移除所选的已到期静默</translation>
    </message>
    <message>
        <source>Filter the alert table with the silence's matchers</source>
        <translation>用该静默的匹配条件过滤告警表</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>From %1
until %2</source>
        <translation>从 %1
到 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation><numerusform>%Ln 个生效中</numerusform></translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::TemplateLibraryDocument</name>
    <message>
        <source>New template “%1”</source>
        <translation>新建模板“%1”</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::TemplatePreview</name>
    <message>
        <source>Sample alerts</source>
        <translation>示例告警</translation>
    </message>
    <message>
        <source>Current alert in the table</source>
        <translation>表格中的当前告警</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>告警历史</translation>
    </message>
    <message>
        <source>The robot's required keywords, comma-separated</source>
        <translation>机器人要求的关键词，用逗号分隔</translation>
    </message>
    <message>
        <source>Links in messages point to &lt;console&gt;/alerts/&lt;fingerprint&gt; (the {{url}} field). Saved in the profile.</source>
        <translation>消息中的链接指向 &lt;控制台&gt;/alerts/&lt;指纹&gt;（即 {{url}} 字段）。保存在配置档案中。</translation>
    </message>
    <message>
        <source>&amp;Alert:</source>
        <translation>告警(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;onsole URL:</source>
        <translation>控制台地址(&amp;O)：</translation>
    </message>
    <message>
        <source>The history has no alerts yet.</source>
        <translation>历史中还没有告警。</translation>
    </message>
    <message>
        <source>No alert is selected in the table.</source>
        <translation>表格中没有选中的告警。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>// message %1 of %2: %3 bytes</source>
        <translation>// 第 %1 条，共 %2 条：%3 字节</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>第 %1 条消息，共 %2 条</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Text: %1 of %2 %3</source>
        <translation>正文：%1 / %2 %3</translation>
    </message>
    <message>
        <source>Text: %1 %2</source>
        <translation>正文：%1 %2</translation>
    </message>
    <message>
        <source>Body: %1 of %2 bytes</source>
        <translation>请求体：%1 / %2 字节</translation>
    </message>
    <message>
        <source>Body: %1 bytes</source>
        <translation>请求体：%1 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n 条消息</numerusform></translation>
    </message>
    <message>
        <source>No keywords to check (DingTalk and Feishu robots may require one).</source>
        <translation>没有要检查的关键词（钉钉和飞书机器人可能要求关键词）。</translation>
    </message>
    <message>
        <source>✓ Keyword present</source>
        <translation>✓ 包含关键词</translation>
    </message>
    <message>
        <source>✗ Keyword missing: none of %1 is in the message</source>
        <translation>✗ 缺少关键词：消息中不含 %1 中的任何一个</translation>
    </message>
</context>
<context>
    <name>alertdesk::ui::TemplatesPanel</name>
    <message>
        <source>A shipped template: read-only. Duplicate it to make your own.</source>
        <translation>内置模板：只读。复制一份即可自行修改。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S); switching templates saves too</source>
        <translation>保存模板 (Ctrl+S)；切换模板时也会自动保存</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Preview with &amp;Template…</source>
        <translation>用模板预览(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>A new template from the shipped one of the channel</source>
        <translation>以当前渠道的内置模板为基础新建模板</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>A copy you can edit</source>
        <translation>复制一份可编辑的模板</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename (F2)</source>
        <translation>重命名 (F2)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete (undo with Ctrl+Z in the list)</source>
        <translation>删除（在列表中按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a template from a file</source>
        <translation>从文件添加模板</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the template to a file</source>
        <translation>将模板保存到文件</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>我的模板</translation>
    </message>
    <message>
        <source>Shipped (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <source>%1 · shipped, read-only: duplicate it to edit</source>
        <translation>%1 · 内置、只读：复制后可编辑</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 版本 %2</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新模板</translation>
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
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
</context>
</TS>
