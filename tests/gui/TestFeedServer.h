#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocketServer>

namespace alertdesk::test {

// A tiny feed on 127.0.0.1 (port 0) for GUI tests: sends each new subscriber the given text frames (valid or
// malformed) and records the Authorization header each one offered.
class TestFeedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestFeedServer)

public:
    explicit TestFeedServer(QStringList frames, QObject* parent = nullptr);

    bool listen();
    QUrl url() const;
    QList<QByteArray> authorizations() const { return m_authorizations; }
    int connections() const { return int(m_authorizations.size()); }

    static QString validFrame(const QString& id);

private:
    QWebSocketServer m_server;
    QStringList m_frames;
    QList<QByteArray> m_authorizations;
};

} // namespace alertdesk::test
