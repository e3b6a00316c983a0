#include "TestFeedServer.h"

#include <QHostAddress>
#include <QWebSocket>

namespace alertdesk::test {

TestFeedServer::TestFeedServer(QStringList frames, QObject* parent)
    : QObject(parent), m_server(QStringLiteral("test feed"), QWebSocketServer::NonSecureMode), m_frames(std::move(frames))
{
    m_server.setSupportedSubprotocols({QStringLiteral("cloudevents.json")});
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_authorizations << socket->request().rawHeader("Authorization");
            for (const QString& frame : std::as_const(m_frames))
                socket->sendTextMessage(frame);
        }
    });
}

bool TestFeedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestFeedServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(m_server.serverPort()));
}

QString TestFeedServer::validFrame(const QString& id)
{
    return QStringLiteral(R"({"specversion":"1.0","id":"%1","source":"test.feed","type":"test.event",)"
                          R"("subject":"host-1","time":"2024-05-01T10:00:00.000Z","data":{"n":1}})")
        .arg(id);
}

} // namespace alertdesk::test
