#include "ServeProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include "TestEnvironment.h"

namespace alertdesk::test {

ServeProcess::ServeProcess(QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs))
{
}

ServeProcess::~ServeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool ServeProcess::start(int timeoutMs)
{
    QStringList args{QStringLiteral("--profile"), m_profile.path(), QStringLiteral("serve"),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    args += m_extraArgs;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(cliPath(), args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_errorText = QStringLiteral("could not start %1: %2").arg(cliPath(), m_process.errorString());
        return false;
    }
    QByteArray firstLine;
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(timeoutMs)) {
            m_errorText = QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
    }
    firstLine = m_process.readLine();
    const QString listening = QJsonDocument::fromJson(firstLine).object().value(QStringLiteral("listening")).toString();
    m_port = static_cast<quint16>(listening.section(QLatin1Char(':'), -1).toUInt());
    if (m_port == 0)
        m_errorText = QStringLiteral("unexpected first line from serve: ") + QString::fromUtf8(firstLine);
    return m_port != 0;
}

QUrl ServeProcess::feedUrl(qint64 since) const
{
    QString url = QStringLiteral("ws://127.0.0.1:%1/feed").arg(m_port);
    if (since >= 0)
        url += QStringLiteral("?since=%1").arg(since);
    return QUrl(url);
}

QUrl ServeProcess::eventsUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/events").arg(m_port));
}

} // namespace alertdesk::test
