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
}

# English plural forms (one, other) for the %n messages; singular texts need no translation.
EN_PLURALS = {
    "%Ln event(s)": ["%Ln event", "%Ln events"],
    "%Ln rejected input(s)": ["%Ln rejected input", "%Ln rejected inputs"],
    "%Ln lost in gaps": ["%Ln lost in a gap", "%Ln lost in gaps"],
    "%Ln gap(s) in the feed": ["%Ln gap in the feed", "%Ln gaps in the feed"],
    "%Ln dropped": ["%Ln dropped", "%Ln dropped"],
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
