#include "DemoGenerator.h"

#include "event/EventJson.h"
#include "event/EventTime.h"
#include "event/Fingerprint.h"

namespace alertdesk {

namespace {

struct TencentKind
{
    const char* source;
    const char* type;
    const char* subjectPrefix;
    const char* nameZh;     // how Tencent's console names the event
    bool stateful;          // fires and later resolves ("1" then "0"); otherwise stateless "-"
};

const TencentKind kTencentKinds[] = {
    {"cvm.cloud.tencent", "cvm:ErrorEvent:GuestReboot", "ins-", "机器重启", false},
    {"cvm.cloud.tencent", "cvm:ErrorEvent:GuestOom", "ins-", "内存 OOM", true},
    {"cvm.cloud.tencent", "cvm:ErrorEvent:GuestCoreError", "ins-", "内核故障", true},
    {"cvm.cloud.tencent", "cvm:ErrorEvent:DiskReadonly", "ins-", "磁盘只读", true},
    {"cvm.cloud.tencent", "cvm:ErrorEvent:ping_unreachable", "ins-", "Ping 不可达", true},
    {"cvm.cloud.tencent", "cvm:OperationEvent:InstancePowerOff", "ins-", "实例关机", false},
    {"cdb.cloud.tencent", "cdb:ErrorEvent:Switch", "cdb-", "主从切换", false},
    {"cdb.cloud.tencent", "cdb:ErrorEvent:Outofmemory", "cdb-", "内存不足", true},
    {"cdb.cloud.tencent", "cdb:ErrorEvent:Outofstorage", "cdb-", "磁盘空间不足", true},
    {"clb.cloud.tencent", "clb:ErrorEvent:BreakDown", "lb-", "负载均衡故障事件", true},
    {"cos.cloud.tencent", "cos:created:object", "", "创建对象", false},
};

struct AlertKind
{
    const char* alertname;
    const char* severity;
    const char* summary;
    const char* description;
};

const AlertKind kAlertKinds[] = {
    {"HighCPU", "warning", "CPU usage above 90% for 5 minutes", "Load is high on the node; check runaway processes."},
    {"DiskFull", "critical", "磁盘使用率超过 95%", "The data volume is nearly full; writes will fail soon."},
    {"NodeDown", "critical", "Node exporter unreachable", "Prometheus could not scrape the node for 2 minutes."},
    {"HighLatency", "major", "p99 latency above 800 ms", "The API gateway's p99 latency breached its SLO."},
    {"PodCrashLooping", "major", "Pod is crash looping", "The container restarted 5 times in 10 minutes."},
    {"MemoryPressure", "warning", "内存压力持续 10 分钟", "Available memory under 10% on the host."},
    {"CertificateExpiry", "info", "TLS certificate expires in 14 days", "Renew the certificate before it expires."},
};

const char* const kRegions[] = {"ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu",
                                "ap-hongkong", "ap-singapore", "na-siliconvalley", "eu-frankfurt"};
const char* const kClusters[] = {"prod-gz-1", "prod-sh-2", "staging-bj", "prod-hk-1"};
const char* const kJobs[] = {"node", "mysqld", "api-gateway", "kube-state-metrics"};

template <typename T, size_t N>
constexpr int count(const T (&)[N])
{
    return static_cast<int>(N);
}

void member(QByteArray& out, const char* key, QStringView value, bool comma = true)
{
    if (comma)
        out.append(',');
    out.append('"').append(key).append("\":");
    appendJsonString(out, value);
}

} // namespace

DemoGenerator::DemoGenerator(const Clock& clock, quint32 seed)
    : m_clock(clock)
    , m_random(seed)
{
}

QList<QByteArray> DemoGenerator::take(int n)
{
    QList<QByteArray> payloads;
    payloads.reserve(n);
    for (int i = 0; i < n; ++i)
        payloads.append(next());
    return payloads;
}

QByteArray DemoGenerator::next()
{
    ++m_counter;
    // A third of the time an open incident resolves, so the demo shows firing → resolved pairs.
    const bool resolve = !m_open.isEmpty() && m_random.bounded(3) == 0;
    const bool alertmanager = resolve ? m_open.front().alertmanager : m_random.bounded(5) < 2;
    return alertmanager ? nextAlertmanager(resolve) : nextTencent(resolve);
}

QByteArray DemoGenerator::nextTencent(bool resolveEarlier)
{
    int kindIndex;
    QByteArray subject;
    QByteArray region;
    bool resolving = false;
    if (resolveEarlier) {
        const OpenIncident incident = m_open.takeFirst();
        kindIndex = incident.kind;
        const QList<QByteArray> parts = incident.key.split('|');
        subject = parts.value(0);
        region = parts.value(1);
        resolving = true;
    } else {
        // Bursts: a run of the same kind on neighbouring instances, as when a host or zone fails.
        kindIndex = m_counter % 17 < 4 ? static_cast<int>(m_counter / 17 % count(kTencentKinds))
                                       : static_cast<int>(m_random.bounded(count(kTencentKinds)));
        region = kRegions[m_random.bounded(count(kRegions))];
        const TencentKind& kind = kTencentKinds[kindIndex];
        subject = *kind.subjectPrefix
            ? QByteArray(QByteArray(kind.subjectPrefix) + QByteArray::number(m_random.bounded(0x10000000u, 0x7fffffffu), 36))
            : QByteArray("qcs::cos:" + region + ":uid1250000000:logs-" + QByteArray::number(m_random.bounded(100)));
        if (kind.stateful && m_open.size() < 64)
            m_open.append({false, subject + '|' + region, kindIndex, m_clock.nowMs()});
    }
    const TencentKind& kind = kTencentKinds[kindIndex];
    const char* status = !kind.stateful ? "-" : resolving ? "0" : "1";
    const qint64 now = m_clock.nowMs();

    QByteArray out;
    out.reserve(760);
    out.append("{\"specversion\":\"1.0\"");
    member(out, "id", QStringLiteral("%1-%2-4%3-a%4-%5")
                          .arg(m_random.generate(), 8, 16, QLatin1Char('0')).arg(m_random.bounded(0x10000u), 4, 16, QLatin1Char('0'))
                          .arg(m_random.bounded(0x1000u), 3, 16, QLatin1Char('0')).arg(m_random.bounded(0x1000u), 3, 16, QLatin1Char('0'))
                          .arg(m_random.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0')));
    member(out, "source", QString::fromLatin1(kind.source));
    member(out, "type", QString::fromLatin1(kind.type));
    member(out, "subject", QString::fromLatin1(subject));
    out.append(",\"time\":").append(QByteArray::number(now));
    member(out, "region", QString::fromLatin1(region));
    out.append(",\"datacontenttype\":\"application/json;charset=utf-8\"");
    out.append(",\"tags\":{\"env\":\"").append(m_random.bounded(4) == 0 ? "staging" : "prod")
        .append("\",\"team\":\"").append(m_random.bounded(2) ? "sre" : "dba").append("\"}");
    out.append(",\"status\":\"").append(status).append('"');
    out.append(",\"data\":{\"appId\":1250000000,\"uin\":\"100012345678\",\"subAccountUin\":\"100012345678\"");
    out.append(",\"eventId\":").append(QByteArray::number(30 + kindIndex));
    member(out, "instanceId", QString::fromLatin1(subject));
    member(out, "eventName", QString::fromUtf8(kind.nameZh));
    out.append(",\"projectId\":\"").append(QByteArray::number(m_random.bounded(20))).append('"');
    out.append(",\"dimensions\":{\"unInstanceId\":\"").append(subject).append("\",\"ip\":\"10.")
        .append(QByteArray::number(m_random.bounded(256))).append('.').append(QByteArray::number(m_random.bounded(256)))
        .append('.').append(QByteArray::number(m_random.bounded(1, 255))).append("\"}");
    out.append(",\"additionalMsg\":{\"alarmTime\":\"").append(formatRfc3339Ms(now)).append("\",\"zone\":\"")
        .append(region).append("-").append(QByteArray::number(m_random.bounded(1, 7))).append("\"}}}");
    return out;
}

QByteArray DemoGenerator::nextAlertmanager(bool resolveEarlier)
{
    int kindIndex;
    QByteArray instance;
    qint64 startedMs;
    bool resolving = false;
    if (resolveEarlier) {
        const OpenIncident incident = m_open.takeFirst();
        kindIndex = incident.kind;
        instance = incident.key;
        startedMs = incident.startedMs;
        resolving = true;
    } else {
        kindIndex = static_cast<int>(m_random.bounded(count(kAlertKinds)));
        instance = "db" + QByteArray::number(m_random.bounded(1, 40)) + ".prod.internal:9100";
        startedMs = m_clock.nowMs();
        if (m_open.size() < 64)
            m_open.append({true, instance, kindIndex, startedMs});
    }
    const AlertKind& kind = kAlertKinds[kindIndex];
    const char* status = resolving ? "resolved" : "firing";
    const QByteArray cluster = kClusters[static_cast<quint64>(kindIndex) % std::size(kClusters)];
    const QByteArray job = kJobs[static_cast<quint64>(kindIndex) % std::size(kJobs)];
    const Labels labels = {{QStringLiteral("alertname"), QLatin1String(kind.alertname)},
                           {QStringLiteral("cluster"), QString::fromLatin1(cluster)},
                           {QStringLiteral("instance"), QString::fromLatin1(instance)},
                           {QStringLiteral("job"), QString::fromLatin1(job)},
                           {QStringLiteral("severity"), QLatin1String(kind.severity)}};
    const QString fingerprint = alertmanagerFingerprint(labels);
    const QByteArray startsAt = formatRfc3339Ms(startedMs);
    const QByteArray endsAt = resolving ? formatRfc3339Ms(m_clock.nowMs()) : QByteArrayLiteral("0001-01-01T00:00:00Z");

    QByteArray labelJson = "{";
    for (const auto& [name, value] : labels) {
        if (labelJson.size() > 1)
            labelJson.append(',');
        appendJsonString(labelJson, name);
        labelJson.append(':');
        appendJsonString(labelJson, value);
    }
    labelJson.append('}');
    QByteArray annotations = "{";
    member(annotations, "description", QString::fromUtf8(kind.description), false);
    member(annotations, "summary", QString::fromUtf8(kind.summary));
    annotations.append('}');

    QByteArray out;
    out.reserve(900);
    out.append("{\"receiver\":\"alertdesk\",\"status\":\"").append(status).append("\",\"alerts\":[{\"status\":\"")
        .append(status).append("\",\"labels\":").append(labelJson).append(",\"annotations\":").append(annotations)
        .append(",\"startsAt\":\"").append(startsAt).append("\",\"endsAt\":\"").append(endsAt)
        .append("\",\"generatorURL\":\"http://prometheus.demo:9090/graph?g0.expr=").append(kind.alertname)
        .append("\",\"fingerprint\":\"").append(fingerprint.toLatin1()).append("\"}],\"groupLabels\":{\"alertname\":\"")
        .append(kind.alertname).append("\"},\"commonLabels\":").append(labelJson).append(",\"commonAnnotations\":")
        .append(annotations).append(",\"externalURL\":\"http://alertmanager.demo:9093\",\"version\":\"4\",")
        .append("\"groupKey\":\"{}:{alertname=\\\"").append(kind.alertname).append("\\\"}\",\"truncatedAlerts\":0}");
    return out;
}

} // namespace alertdesk
