#!/usr/bin/env python3
"""Fills translations/alertdesk_zh_CN.ts (and the English plural forms in alertdesk_en.ts) after lupdate.

Run `cmake --build build --target alertdesk_lupdate` first, then this script. Translations are keyed by the
source text, with an optional per-context override; a source text without a translation is listed and the
script exits 1, so a new string cannot slip through untranslated.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

ZH = {
    "Connect to Feed": "连接到事件源",
    "Feed &URL:": "事件源 URL(&U)：",
    "&Token (optional):": "令牌（可选）(&T)：",
    "Leave empty to use the token saved for this URL, if any": "留空则使用为此 URL 保存的令牌（如有）",
    "A token you enter is saved in the system keychain for this URL, never in AlertDesk's files.":
        "输入的令牌会按此 URL 保存在系统钥匙串中，绝不会写入 AlertDesk 的文件。",
    "The system keychain is unavailable: %1": "系统钥匙串不可用：%1",
    "keychain": "钥匙串",
    "The profile is in use by %1 (process %2 on %3). Close it first, or start with another --profile.":
        "此配置目录正被 %1 使用（主机 %3 上的进程 %2）。请先关闭它，或使用其他 --profile 启动。",
    "The profile is in use by another process.": "此配置目录正被另一个进程使用。",
    "Could not create the profile's lock file.": "无法创建配置目录的锁文件。",
    "Could not create the profile directory.": "无法创建配置目录。",
    "Rejected Inputs": "被拒绝的输入",
    "Inputs the feed could not read, newest last. AlertDesk skipped them and kept running.":
        "事件源中无法读取的输入，最新的在最后。AlertDesk 已跳过它们并继续运行。",
    "Time": "时间",
    "Origin": "来源",
    "Reason": "原因",
    "&Copy": "复制(&C)",
    "Copy the selected rows (or all rows) as tab-separated text": "将选中的行（或全部行）复制为制表符分隔的文本",
    "Settings": "设置",
    "&Language:": "语言(&L)：",
    "A new language takes effect when AlertDesk is restarted.": "新的语言将在重启 AlertDesk 后生效。",
    "<b>Welcome to AlertDesk.</b> Until you connect a real feed, AlertDesk runs its built-in demo feed, marked "
    "DEMO. To watch real alerts, run <code>alertdesk-cli serve</code> (or use your team's feed hub) and choose "
    "<i>Connect to Feed…</i> in the feed menu. Channels for WeCom, DingTalk, Feishu and others come in a later "
    "version.":
        "<b>欢迎使用 AlertDesk。</b>在连接真实事件源之前，AlertDesk 运行内置的演示事件源，并标记为“演示”。"
        "要查看真实告警，请运行 <code>alertdesk-cli serve</code>（或使用团队的事件中心），然后在事件源菜单中选择"
        "<i>连接到事件源…</i>。企业微信、钉钉、飞书等通知渠道将在后续版本中提供。",
    "Connect to Feed…": "连接到事件源…",
    "Dismiss this hint": "关闭此提示",
    "Alerts will appear here.": "告警将显示在这里。",
    "Connect": "连接",
    "Cancel": "取消",
    "Enter the feed's URL, for example ws://127.0.0.1:8765/feed.": "请输入事件源的 URL，例如 ws://127.0.0.1:8765/feed。",
    "The URL must start with ws:// or wss://, for example ws://127.0.0.1:8765/feed.":
        "URL 必须以 ws:// 或 wss:// 开头，例如 ws://127.0.0.1:8765/feed。",
    "The URL has no host name.": "URL 中没有主机名。",
    "Remove the user name and password from the URL and enter the token below instead: the URL is saved in the "
    "settings, the token only in the keychain.":
        "请从 URL 中删除用户名和密码，改为在下方输入令牌：URL 会保存在设置中，令牌只保存在钥匙串中。",
    "%1\nThe token was not saved anywhere. Choose \"Connect Without Saving\" to use it for this session only, or "
    "Cancel.":
        "%1\n令牌未保存到任何地方。选择“连接但不保存”可仅在本次会话中使用它，或选择“取消”。",
    "Connect Without Saving": "连接但不保存",
    "Saving the token in the system keychain…": "正在将令牌保存到系统钥匙串…",
    "Feed": "事件源",
    "DEMO · %1 ev/s": "演示 · %1 事件/秒",
    "connected · %1 ev/s": "已连接 · %1 事件/秒",
    "DEMO · starting…": "演示 · 正在启动…",
    "connecting…": "正在连接…",
    "reconnecting…": "正在重新连接…",
    "no feed": "无事件源",
    "Built-in demo feed: generated events, not real alerts.": "内置演示事件源：生成的事件，不是真实告警。",
    "Endpoint: %1": "端点：%1",
    "none": "无",
    "Last error: %1": "最近的错误：%1",
    "Token: %1": "令牌：%1",
    "Click to choose a feed.": "点击以选择事件源。",
    "&Demo Feed": "演示事件源(&D)",
    "&Connect to Feed…": "连接到事件源(&C)…",
    "Recent Feeds": "最近的事件源",
    "DEMO": "演示",
    "The built-in demo feed is running: these are generated events, not real alerts.":
        "内置演示事件源正在运行：这些是生成的事件，不是真实告警。",
    "Show the inputs the feed could not read, and why.": "显示事件源中无法读取的输入及其原因。",
    "%Ln event(s)": ["%Ln 个事件"],
    "%Ln rejected input(s)": ["%Ln 个输入被拒绝"],
    "%Ln lost in gaps": ["%Ln 个在中断中丢失"],
    "%Ln gap(s) in the feed": ["事件源中断 %Ln 次"],
    "The feed hub could no longer replay these events after a reconnection.": "重新连接后，事件中心已无法重放这些事件。",
    "%Ln dropped": ["%Ln 个已丢弃"],
    "Events dropped because AlertDesk could not keep up with the feed.": "由于 AlertDesk 处理不及而丢弃的事件。",
    "AlertDesk": "AlertDesk",
    "Use the &Demo Feed": "使用演示事件源(&D)",
    "&Quit": "退出(&Q)",
    "&Rejected Inputs…": "被拒绝的输入(&R)…",
    "&Settings…": "设置(&S)…",
    "&About AlertDesk": "关于 AlertDesk(&A)",
    "&File": "文件(&F)",
    "&View": "查看(&V)",
    "&Tools": "工具(&T)",
    "&Help": "帮助(&H)",
    "Main Toolbar": "主工具栏",
    "AlertDesk — DEMO": "AlertDesk — 演示",
    "About AlertDesk": "关于 AlertDesk",
    "<h3>AlertDesk %1</h3><p>A desktop console for live alerts and IM robot notifications.</p>":
        "<h3>AlertDesk %1</h3><p>用于实时告警和即时通讯机器人通知的桌面控制台。</p>",
    "Close": "关闭",
    "OK": "确定",
    "System language": "系统语言",
    "Desktop console for live alerts.": "实时告警桌面控制台。",
    "Keep configuration and data in DIR.": "将配置和数据保存在 DIR 中。",
    "Connect to the WebSocket feed at URL.": "连接到位于 URL 的 WebSocket 事件源。",
    "Run the built-in demo feed.": "运行内置演示事件源。",
    "Save a picture of the window to FILE once events arrive, then quit.": "收到事件后将窗口截图保存到 FILE，然后退出。",
    # Filter language errors (keywords stay in English: they are part of the language).
    "The quote opened here is never closed.": "此处开始的引号没有闭合。",
    "Put a space after the closing quote.": "请在右引号后加一个空格。",
    "Nothing follows the '-' that negates a term.": "用于否定条件的“-”后面缺少内容。",
    "Unknown field “%1”.": "未知字段“%1”。",
    "The operator “%1” cannot be used with the field “%2”.": "运算符“%1”不能用于字段“%2”。",
    "A value is missing after “%1”.": "“%1”后面缺少值。",
    "Unknown severity “%1”: use critical, major, warning, info or unknown.":
        "未知级别“%1”：请使用 critical、major、warning、info 或 unknown。",
    "Unknown status “%1”: use firing, resolved or stateless.": "未知状态“%1”：请使用 firing、resolved 或 stateless。",
    "“%1” is not a yes/no value: use true, false, yes or no.": "“%1”不是是/否值：请使用 true、false、yes 或 no。",
    "“%1” is not a duration: write it like 90s, 10m, 2h, 1d or 1h30m.":
        "“%1”不是时长：请写成 90s、10m、2h、1d 或 1h30m 这样的形式。",
    "“%1” is not a time: write a date (2026-11-27) or an RFC 3339 time.":
        "“%1”不是时间：请写日期（2026-11-27）或 RFC 3339 时间。",
    "Bad regular expression: %1 (at character %2).": "正则表达式有误：%1（第 %2 个字符处）。",
    # Alert history
    "The alert history could not be read: %1.": "无法读取告警历史：%1。",
    "The alert history could not be written: %1.": "无法写入告警历史：%1。",
    "The alert history was written by a newer AlertDesk (schema %1; this version reads up to %2).":
        "告警历史由更新版本的 AlertDesk 写入（架构版本 %1；此版本最高可读 %2）。",
    "Could not open the alert history: %1.": "无法打开告警历史：%1。",
    "Alert History Unavailable": "告警历史不可用",
    "%1\nAlerts are shown but not kept until this is fixed.": "%1\n在此问题解决之前，告警会显示但不会保存。",
    # The alert table
    "Severity": "级别",
    "Status": "状态",
    "Age": "持续",
    "Count": "次数",
    "Source": "来源",
    "Type": "类型",
    "Subject": "对象",
    "Region": "地域",
    "Title": "标题",
    "Summary": "摘要",
    "Last Seen": "最近出现",
    "Fingerprint": "指纹",
    "Critical": "严重",
    "Major": "重要",
    "Warning": "警告",
    "Info": "提示",
    "Unknown": "未知",
    "Firing": "告警中",
    "Resolved": "已恢复",
    "Stateless": "无状态",
    "%1s": "%1秒",
    "%1m": "%1分钟",
    "%1h": "%1小时",
    "%1h %2m": "%1小时%2分",
    "%1d": "%1天",
    "%1d %2h": "%1天%2小时",
    "First seen %1\nLast seen %2": "首次出现 %1\n最近出现 %2",
    "Severity: %1": "级别：%1",
    "Alerts": "告警",
    "%Ln new ↑": "%Ln 条新告警 ↑",
    "Go to the newest alerts": "转到最新的告警",
    "Reset Columns": "重置列",
    # Detail pane
    "Fired": "触发",
    "Repeated": "重复",
    "Fired again": "再次触发",
    "Received": "收到",
    "Acknowledged": "已确认",
    "Silenced": "已静默",
    "Notified": "已通知",
    "Field": "字段",
    "Value": "值",
    "Original JSON": "原始 JSON",
    "Find in JSON": "在 JSON 中查找",
    "Copy JSON": "复制 JSON",
    "What": "事件",
    "Event": "事件 ID",
    "&Fields": "字段(&F)",
    "&JSON": "JSON(&J)",
    "T&imeline": "时间线(&I)",
    "Loading…": "正在加载…",
    "No alert selected": "未选择告警",
    "First seen": "首次出现",
    "Last seen": "最近出现",
    "Events": "事件数",
    "Event id": "事件 ID",
    "%Ln earlier event(s) were removed by the history's retention limits.": "有 %Ln 个较早的事件已按历史保留上限删除。",
    "Not found": "未找到",
    # Filter bar, views, window
    "Filter alerts (Ctrl+F): words, or field:value like severity>=major":
        "筛选告警（Ctrl+F）：输入关键词，或 字段:值，例如 severity>=major",
    "Filter": "筛选",
    "Matching alerts": "匹配的告警",
    "%1 of %Ln alert(s)": "%1 / %Ln 条告警",
    "%Ln alert(s)": "%Ln 条告警",
    "Views": "视图",
    "Detail": "详情",
    "%1 firing": "%1 条告警中",
    "&Filter Alerts": "筛选告警(&F)",
    "Alert &Table": "告警表(&T)",
    "Show Alert &Detail": "显示告警详情(&D)",
    "Find in &JSON": "在 JSON 中查找(&J)",
    "&Save View…": "保存视图(&S)…",
    "Save View": "保存视图",
    "Name of the view:": "视图名称：",
    "All alerts": "全部告警",
    "+ Save View…": "+ 保存视图…",
    "Save the current filter, sort and columns as a view": "将当前的筛选条件、排序和列保存为视图",
    "Every alert": "所有告警",
    "&Rename View…": "重命名视图(&R)…",
    "&Delete View…": "删除视图(&D)…",
    "Rename View": "重命名视图",
    "Name:": "名称：",
    "Delete View": "删除视图",
    "Delete the view “%1”?": "删除视图“%1”？",
}

# English plural forms (one, other) for the %n messages; singular texts need no translation.
EN_PLURALS = {
    "%Ln event(s)": ["%Ln event", "%Ln events"],
    "%Ln rejected input(s)": ["%Ln rejected input", "%Ln rejected inputs"],
    "%Ln lost in gaps": ["%Ln lost in a gap", "%Ln lost in gaps"],
    "%Ln gap(s) in the feed": ["%Ln gap in the feed", "%Ln gaps in the feed"],
    "%Ln dropped": ["%Ln dropped", "%Ln dropped"],
    "%Ln new ↑": ["%Ln new ↑", "%Ln new ↑"],
    "%Ln earlier event(s) were removed by the history's retention limits.":
        ["%Ln earlier event was removed by the history's retention limits.",
         "%Ln earlier events were removed by the history's retention limits."],
    "%1 of %Ln alert(s)": ["%1 of %Ln alert", "%1 of %Ln alerts"],
    "%Ln alert(s)": ["%Ln alert", "%Ln alerts"],
}


def fill(path: Path, table: dict, plurals_only: bool) -> list:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if plurals_only and not numerus:
                continue
            text = table.get((context_name, source), table.get(source))
            if text is None:
                missing.append(f"{context_name}: {source!r}")
                continue
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if numerus:
                for form in (text if isinstance(text, list) else [text]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    missing = fill(HERE / "alertdesk_zh_CN.ts", ZH, plurals_only=False)
    missing += fill(HERE / "alertdesk_en.ts", EN_PLURALS, plurals_only=True)
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
