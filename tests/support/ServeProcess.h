#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace alertdesk::test {

// Starts a real `alertdesk-cli serve --listen 127.0.0.1:0` with a temporary profile and learns its port from
// the first line it prints ({"listening":"127.0.0.1:PORT"}). Stopped (terminated) on destruction.
class ServeProcess final
{
public:
    explicit ServeProcess(QStringList extraArgs = {});
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    // Waits (event loop, not sleep) until the hub listens; false with the process's stderr in errorText().
    bool start(int timeoutMs = 10000);
    quint16 port() const { return m_port; }
    QUrl feedUrl(qint64 since = -1) const;      // ws://127.0.0.1:PORT/feed[?since=N]
    QUrl eventsUrl() const;                      // http://127.0.0.1:PORT/events
    QString profileDir() const { return m_profile.path(); }
    QString errorText() const { return m_errorText; }
    QProcess& process() { return m_process; }

private:
    QStringList m_extraArgs;
    QTemporaryDir m_profile;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_errorText;
};

} // namespace alertdesk::test
