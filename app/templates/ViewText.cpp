#include "ViewText.h"

#include <QDateTime>

namespace alertdesk {

bool isChinese(const QString& language)
{
    return language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

QString severityText(Severity severity, bool zh)
{
    switch (severity) {
    case Severity::Critical:
        return zh ? QStringLiteral("严重") : QStringLiteral("Critical");
    case Severity::Major:
        return zh ? QStringLiteral("重要") : QStringLiteral("Major");
    case Severity::Warning:
        return zh ? QStringLiteral("警告") : QStringLiteral("Warning");
    case Severity::Info:
        return zh ? QStringLiteral("提示") : QStringLiteral("Info");
    case Severity::Unknown:
        break;
    }
    return zh ? QStringLiteral("未知") : QStringLiteral("Unknown");
}

QString statusText(Status status, bool zh)
{
    switch (status) {
    case Status::Firing:
        return zh ? QStringLiteral("告警中") : QStringLiteral("Firing");
    case Status::Resolved:
        return zh ? QStringLiteral("已恢复") : QStringLiteral("Resolved");
    case Status::Stateless:
        break;
    }
    return zh ? QStringLiteral("事件") : QStringLiteral("Event");
}

QString severityEmoji(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("🔴");
    case Severity::Major:
        return QStringLiteral("🟠");
    case Severity::Warning:
        return QStringLiteral("🟡");
    case Severity::Info:
        return QStringLiteral("🔵");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("⚪");
}

QString statusEmoji(Status status)
{
    switch (status) {
    case Status::Firing:
        return QStringLiteral("🔥");
    case Status::Resolved:
        return QStringLiteral("✅");
    case Status::Stateless:
        break;
    }
    return QStringLiteral("🔔");
}

QString durationText(qint64 ms, bool zh)
{
    qint64 seconds = qMax<qint64>(0, ms / 1000);
    struct Unit
    {
        qint64 seconds;
        const char16_t* en;
        const char16_t* zh;
    };
    static constexpr Unit kUnits[] = {
        {86400, u"d", u"天"}, {3600, u"h", u"小时"}, {60, u"m", u"分钟"}, {1, u"s", u"秒"}};
    QString out;
    int parts = 0;
    for (const Unit& unit : kUnits) {
        const qint64 n = seconds / unit.seconds;
        if ((n == 0 && !(unit.seconds == 1 && parts == 0)) || parts == 2)
            continue;
        if (parts > 0 && !zh)
            out += u' ';
        out += QString::number(n) + QString::fromUtf16(zh ? unit.zh : unit.en);
        seconds -= n * unit.seconds;
        ++parts;
        if (parts == 1 && seconds == 0)
            break;
    }
    return out;
}

QString ageText(qint64 ms, bool zh)
{
    if (ms < 1000)
        return zh ? QStringLiteral("刚刚") : QStringLiteral("just now");
    return zh ? durationText(ms, zh) + QStringLiteral("前") : durationText(ms, zh) + QStringLiteral(" ago");
}

QString localTimeText(qint64 epochMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::LocalTime);
    const int offset = local.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + (offset < 0 ? u'-' : u'+') +
        QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString utcTimeText(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString wecomColorName(Severity severity, Status status)
{
    if (status == Status::Resolved)
        return QStringLiteral("info");
    return severity >= Severity::Warning ? QStringLiteral("warning") : QStringLiteral("comment");
}

QString feishuTemplateName(Severity severity, Status status)
{
    if (status == Status::Resolved)
        return QStringLiteral("green");
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("red");
    case Severity::Major:
        return QStringLiteral("orange");
    case Severity::Warning:
        return QStringLiteral("yellow");
    case Severity::Info:
        return QStringLiteral("blue");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("grey");
}

QString colorHex(Severity severity, Status status)
{
    if (status == Status::Resolved)
        return QStringLiteral("#2EB67D");
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("#E01E5A");
    case Severity::Major:
        return QStringLiteral("#F2711C");
    case Severity::Warning:
        return QStringLiteral("#ECB22E");
    case Severity::Info:
        return QStringLiteral("#36C5F0");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("#9E9E9E");
}

QString teamsColorName(Severity severity, Status status)
{
    if (status == Status::Resolved)
        return QStringLiteral("good");
    if (severity >= Severity::Major)
        return QStringLiteral("attention");
    return severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("accent");
}

QString viewDetailsText(bool zh)
{
    return zh ? QStringLiteral("查看详情") : QStringLiteral("View details");
}

} // namespace alertdesk
