#include "BenchEvents.h"

#include <unistd.h>

#include <QDir>
#include <QFile>

namespace alertdesk::bench {

namespace {

const char* const kTypes[] = {
    "cvm:ErrorEvent:GuestReboot",   "cvm:ErrorEvent:DiskReadonly",  "cvm:ErrorEvent:GuestOom",
    "cvm:ErrorEvent:ping_unreachable", "cvm:ErrorEvent:GuestCoreError", "cvm:StatusChange:InstanceStop",
    "cdb:ErrorEvent:Outofmemory",   "cdb:ErrorEvent:MasterNotAvailable", "clb:ErrorEvent:BreakDown",
    "cos:ErrorEvent:Outofstorage",  "cvm:ErrorEvent:NvmeError",     "clb:ErrorEvent:ClbVipBlock",
};
const char* const kRegions[] = {"ap-guangzhou", "ap-shanghai", "ap-beijing"};
const char* const kTeams[] = {"ops", "dba", "web", "payments", "search"};

} // namespace

QList<QByteArray> distinctTencentEvents(int count, qint64 startMs, int firstSerial)
{
    QList<QByteArray> events;
    events.reserve(count);
    for (int n = firstSerial; n < firstSerial + count; ++n) {
        const QByteArray serial = QByteArray::number(n);
        const QByteArray type = kTypes[n % 12];
        const QByteArray source = type.left(type.indexOf(':')) + ".cloud.tencent";
        const QByteArray subject = "ins-" + QByteArray::number(n, 36).rightJustified(8, '0');
        const QByteArray region = kRegions[n % 3];
        QByteArray e;
        e.reserve(760);
        e += R"({"specversion":"1.0","id":"b1f6c2d4-)" + serial.rightJustified(12, '0') + R"(","source":")" + source;
        e += R"(","type":")" + type + R"(","subject":")" + subject + R"(","time":)" + QByteArray::number(startMs + n);
        e += R"(,"region":")" + region + R"(","datacontenttype":"application/json;charset=utf-8","status":")";
        e += (n % 7 == 0 ? "0" : "1");
        e += R"(","tags":{"env":")" + QByteArray(n % 4 == 0 ? "staging" : "prod") + R"(","team":")" +
             kTeams[n % 5] + R"(","app":"app-)" + QByteArray::number(n % 500) + R"("},"data":{"appId":1250000000,)";
        e += R"("eventId":)" + QByteArray::number(39 + n % 12) + R"(,"uin":"100012345678","subAccountUin":"100012345678",)";
        e += R"("instanceId":")" + subject + R"(","instanceName":"web-)" + serial + R"(","privateIp":"10.)" +
             QByteArray::number(n % 250) + '.' + QByteArray::number((n / 250) % 250) + R"(.7",)";
        e += R"("vpcId":"vpc-2ju8sd7e","zone":")" + region + R"(-3","cpu":)" + QByteArray::number(n % 97) + ".5,";
        e += R"("detail":"The instance reported the event through the guest agent; the platform checked the host )"
             R"(and the hypervisor and found no hardware fault. If this repeats, look at the kernel log and the )"
             R"(application's memory usage, then contact support with the event id."}})";
        events.append(e);
    }
    return events;
}

QByteArray threadCpuTimes()
{
    QByteArray out;
    const long ticks = sysconf(_SC_CLK_TCK);
    QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (open < 0 || close < 0 || rest.size() < 13)
            continue;
        const double seconds = double(rest.at(11).toLongLong() + rest.at(12).toLongLong()) / double(ticks);
        if (seconds < 0.05)
            continue;
        out += (out.isEmpty() ? "" : ", ") + line.mid(open + 1, close - open - 1) + ": " +
               QByteArray::number(seconds, 'f', 1) + " s";
    }
    return out;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

} // namespace alertdesk::bench
