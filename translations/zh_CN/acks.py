# 简体中文 of acknowledge and silence (issue 4).
{
    # app/store/AckStore.cpp (context alertdesk::AckStore): timeline details, kept as written
    "until %1": "直到 %1",
    "until resolved": "直到恢复",
    "A silence must end after it starts.": "静默的结束时间必须晚于开始时间。",
    "resolved": "已恢复",
    "expired": "已到期",
    "silence ended": "静默已结束",
    # app/store/AckStoreWorker.cpp (context AlertStore)
    "Acknowledgements and silences could not be saved: %1.": "无法保存确认和静默：%1。",
    # app/store/Silence.cpp (context AlertFilter)
    "A silence needs at least one matcher; an empty one would silence every alert.":
        "静默至少需要一个匹配条件；空条件会静默所有告警。",
    "A silence cannot match on @silenced; use other fields.": "静默不能按 @silenced 匹配；请使用其他字段。",
    # ui/alerts/DetailPane.cpp (timeline kinds)
    "Acknowledgement ended": "确认已结束",
    "Silence ended": "静默已结束",
    # ui/acks/AttentionBadge.cpp
    "Acknowledged": "已确认",
    "Acknowledged by %1 until resolved": "已由 %1 确认，直到恢复",
    "Acknowledged by %1 until %2": "已由 %1 确认，直到 %2",
    "Silenced by %1 until %2 (%3)": "已由 %1 静默，直到 %2（%3）",
    "Silenced": "已静默",
    # ui/acks/DurationPicker.cpp
    "A duration such as 30m, 4h, 1d or 1h30m (units ms, s, m, h, d, w)":
        "时长，如 30m、4h、1d 或 1h30m（单位 ms、s、m、h、d、w）",
    # ui/acks/AcknowledgeDialog.cpp
    "Acknowledge %n Alert(s)": "确认 %n 条告警",
    "Until &resolved": "直到恢复(&R)",
    "&For": "持续(&F)",
    "What is being done, or why it can wait": "正在做什么，或为什么可以稍后处理",
    "&Acknowledge": "确认(&A)",
    "&Who:": "确认人(&W)：",
    "&Note:": "备注(&N)：",
    "Until:": "截止：",
    "Say who acknowledges.": "请填写确认人。",
    "“%1” is not a duration: write it like 30m, 4h or 1d.": "“%1”不是有效时长：请写成 30m、4h 或 1d 这样的形式。",
    # ui/acks/SilenceDialog.cpp
    "New Silence": "新建静默",
    "Alerts matching all of these terms are silenced, as in the filter bar: source=… type=… subject=… labels.<name>=…":
        "与过滤栏相同，同时满足所有条件的告警将被静默：source=… type=… subject=… labels.<name>=…",
    "Why, e.g. the maintenance ticket": "原因，例如维护工单号",
    "&Silence": "静默(&S)",
    "&Matchers:": "匹配条件(&M)：",
    "&Duration:": "时长(&D)：",
    "Ends:": "结束于：",
    "“%1” is not a duration: write it like 2h or 1d.": "“%1”不是有效时长：请写成 2h 或 1d 这样的形式。",
    "At column %1: %2": "第 %1 列：%2",
    "Matches %Ln alert(s) now; new ones that match are silenced as they arrive.":
        "当前匹配 %Ln 条告警；之后到达的匹配告警也会被静默。",
    # ui/acks/SilencesPanel.cpp
    "Pending": "未开始",
    "Active": "生效中",
    "Expired": "已到期",
    "&New Silence…": "新建静默(&N)…",
    "&Expire": "使到期(&E)",
    "&Undo Expire": "撤销到期(&U)",
    "&Delete": "删除(&D)",
    "Sho&w Alerts": "显示告警(&W)",
    "State": "状态",
    "Matchers": "匹配条件",
    "Ends": "结束",
    "Alerts": "告警",
    "Created By": "创建人",
    "Note": "备注",
    "Silences": "静默",
    "End the selected silence now": "立即结束所选静默",
    "Remove the selected expired silence from the list": "从列表中移除所选的已到期静默",
    "Filter the alert table with the silence's matchers": "用该静默的匹配条件过滤告警表",
    "%1 ago": "%1前",
    "in %1": "%1后",
    "From %1\nuntil %2": "从 %1\n到 %2",
    "%Ln active": "%Ln 个生效中",
    # ui/acks/AckController.cpp
    "&Alert": "告警(&A)",
    "&Acknowledge…": "确认(&A)…",
    "Acknowledge the selected alerts: no repeat notifications while acknowledged":
        "确认所选告警：确认期间不再重复通知",
    "&Unacknowledge": "取消确认(&U)",
    "&Silence…": "静默(&S)…",
    "Silence alerts like the selected ones for a while: no notifications for them":
        "在一段时间内静默与所选告警相似的告警：不发送它们的通知",
}
