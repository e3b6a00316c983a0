// bench_feed: the feed hub (FeedHub, in-process on its own thread) fanning 100,000 events out to 10 WebSocket
// subscribers on loopback (all on a second thread), fed by HTTP POST /events in batches from the main thread.
// Reports events/s delivered to each subscriber and the latency from the start of a POST to each frame's
// arrival (p50/p99/max over every event × subscriber). The poster keeps at most a window of events ahead of
// the slowest subscriber, as a real sender pacing itself would; the hub's 16 MiB backlog bound is not hit.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include "common/Clock.h"
#include "event/DemoGenerator.h"
#include "feed/FeedHub.h"

using namespace alertdesk;

namespace {

constexpr int kEvents = 100000;
constexpr int kSubscribers = 10;
constexpr int kBatch = 200;          // events per POST
constexpr int kWindow = 1000;        // events posted ahead of the slowest subscriber (5 batches)

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Subscribers living on their own thread; arrival time per seq per subscriber (written only by that thread).
class SubscriberGroup final : public QObject
{
public:
    explicit SubscriberGroup(int count) : m_arrivals(size_t(count), std::vector<qint64>(kEvents + 1, 0)), m_received(size_t(count)) {}

    void open(const QUrl& url)
    {
        for (size_t i = 0; i < m_arrivals.size(); ++i) {
            auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            socket->setMaxAllowedIncomingFrameSize(2 * 1024 * 1024);
            connect(socket, &QWebSocket::connected, this, [this] { ++m_connected; });
            connect(socket, &QWebSocket::textMessageReceived, this, [this, i](const QString& frame) {
                const qint64 at = nowNs();
                // The frame starts with {"seq":N, — read N without parsing the whole frame.
                const qint64 seq = QStringView(frame).mid(7, frame.indexOf(u',') - 7).toLongLong();
                if (seq > 0 && seq <= kEvents)
                    m_arrivals[i][size_t(seq)] = at;
                m_received[i].store(seq, std::memory_order_release);
            });
            QWebSocketHandshakeOptions options;
            options.setSubprotocols({QStringLiteral("cloudevents.json")});
            socket->open(QNetworkRequest(url), options);
        }
    }

    int connected() const { return m_connected.load(); }
    qint64 slowest() const
    {
        qint64 low = kEvents;
        for (const auto& received : m_received)
            low = std::min(low, received.load(std::memory_order_acquire));
        return low;
    }
    const std::vector<std::vector<qint64>>& arrivals() const { return m_arrivals; }

private:
    std::vector<std::vector<qint64>> m_arrivals;
    std::vector<std::atomic<qint64>> m_received;
    std::atomic<int> m_connected{0};
};

// Batches of realistic Tencent events (the demo generator's), posted as {"EventList":[…]}.
QList<QByteArray> makeBatches(const Clock& clock)
{
    DemoGenerator generator(clock, 7);
    QList<QByteArray> batches;
    QByteArray batch;
    int inBatch = 0;
    int total = 0;
    while (total < kEvents) {
        const QByteArray payload = generator.next();
        if (payload.contains("\"alerts\""))   // Alertmanager payloads are posted by their own senders
            continue;
        batch += (inBatch ? "," : "{\"EventList\":[") + payload;
        ++inBatch;
        ++total;
        if (inBatch == kBatch || total == kEvents) {
            batches.append(batch + "]}");
            batch.clear();
            inBatch = 0;
        }
    }
    return batches;
}

// The sender: one keep-alive HTTP/1.1 connection with TCP_NODELAY writing each request in one piece, as curl or
// Go's net/http do. (QNetworkAccessManager writes head and body separately without TCP_NODELAY, so every POST
// would wait ~40 ms for the hub's delayed ACK: that would measure Nagle's algorithm, not the hub.)
struct Poster
{
    QTcpSocket socket;
    QByteArray received;
    QList<QByteArray> batches;
    QList<qint64> postStartNs;      // per batch
    QList<qint64> firstSeqOfBatch;  // per batch
    qint64 posted = 0;              // events accepted so far (the hub's seq of the last one)
    int next = 0;
    bool inFlight = false;
    QString failure;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    SystemClock clock;

    QThread hubThread;
    hubThread.setObjectName(QStringLiteral("hub"));
    HubOptions options;
    options.port = 0;
    auto* hub = new FeedHub(clock, options);
    hub->moveToThread(&hubThread);
    QObject::connect(&hubThread, &QThread::finished, hub, &QObject::deleteLater);
    hubThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(hub, [hub, &port] { port = hub->listen().value_or(0); }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "bench_feed: the hub could not listen\n");
        return 1;
    }

    QThread subscriberThread;
    auto* group = new SubscriberGroup(kSubscribers);
    group->moveToThread(&subscriberThread);
    subscriberThread.start();
    const QUrl feedUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(port));
    QMetaObject::invokeMethod(group, [group, feedUrl] { group->open(feedUrl); });

    Poster poster;
    poster.batches = makeBatches(clock);
    qint64 startNs = 0;
    QTimer pacer;   // checks the window; a 1 ms tick is how the poster paces itself without sleeping
    pacer.setInterval(1);
    auto postNext = [&] {
        if (poster.inFlight || poster.next >= poster.batches.size() || group->connected() < kSubscribers
            || poster.socket.state() != QAbstractSocket::ConnectedState)
            return;
        if (poster.posted - group->slowest() > kWindow)
            return;
        if (startNs == 0)
            startNs = nowNs();
        const QByteArray& body = poster.batches.at(poster.next++);
        poster.inFlight = true;
        poster.postStartNs.append(nowNs());
        poster.firstSeqOfBatch.append(poster.posted + 1);
        poster.socket.write("POST /events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    QObject::connect(&poster.socket, &QTcpSocket::readyRead, &app, [&] {
        poster.received += poster.socket.readAll();
        const qsizetype end = poster.received.indexOf("\r\n\r\n");
        const qsizetype lengthAt = poster.received.toLower().indexOf("content-length:");
        if (end < 0 || lengthAt < 0 || lengthAt > end)
            return;
        const qsizetype length = poster.received.mid(lengthAt + 15, poster.received.indexOf('\r', lengthAt) - lengthAt - 15)
                                     .trimmed()
                                     .toLongLong();
        if (poster.received.size() < end + 4 + length)
            return;
        const QByteArray status = poster.received.mid(9, 3);
        const QByteArray body = poster.received.mid(end + 4, length);
        poster.received.remove(0, end + 4 + length);
        poster.inFlight = false;
        const int accepted = QJsonDocument::fromJson(body).object().value(QStringLiteral("accepted")).toInt();
        if (status != "202" || accepted <= 0) {
            poster.failure = QStringLiteral("POST refused: ") + QString::fromUtf8(status + ' ' + body);
            app.exit(1);
            return;
        }
        poster.posted += accepted;
    });
    poster.socket.connectToHost(QHostAddress::LocalHost, port);
    poster.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(&pacer, &QTimer::timeout, &app, [&] {
        if (poster.posted >= kEvents && group->slowest() >= kEvents) {
            app.exit(0);
            return;
        }
        postNext();
    });
    QTimer::singleShot(120000, &app, [&] {
        poster.failure = QStringLiteral("timed out after 120 s");
        app.exit(1);
    });
    pacer.start();
    const int status = app.exec();
    const qint64 endNs = nowNs();
    subscriberThread.quit();
    subscriberThread.wait();
    hubThread.quit();
    hubThread.wait();
    if (status != 0) {
        std::fprintf(stderr, "bench_feed: %s (%lld of %d events delivered to the slowest subscriber)\n",
                     qPrintable(poster.failure), static_cast<long long>(group->slowest()), kEvents);
        return 1;
    }

    // Latency: each event's batch start (POST) to its arrival at each subscriber.
    std::vector<double> latenciesMs;
    latenciesMs.reserve(size_t(kEvents) * kSubscribers);
    qsizetype batch = 0;
    for (qint64 seq = 1; seq <= kEvents; ++seq) {
        while (batch + 1 < poster.firstSeqOfBatch.size() && poster.firstSeqOfBatch.at(batch + 1) <= seq)
            ++batch;
        for (const auto& arrivals : group->arrivals())
            latenciesMs.push_back(double(arrivals[size_t(seq)] - poster.postStartNs.at(batch)) / 1e6);
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    const auto percentile = [&](double p) { return latenciesMs[size_t(p * double(latenciesMs.size() - 1))]; };
    const double seconds = double(endNs - startNs) / 1e9;
    const double perSubscriber = kEvents / seconds;

    std::printf("bench_feed: FeedHub on its own thread, %d WebSocket subscribers on another, POST /events in "
                "batches of %d\n\n", kSubscribers, kBatch);
    std::printf("%-40s %14s\n", "figure", "value");
    std::printf("%-40s %14d\n", "events", kEvents);
    std::printf("%-40s %14d\n", "subscribers", kSubscribers);
    std::printf("%-40s %14.2f\n", "wall time (s)", seconds);
    std::printf("%-40s %14.0f\n", "events/s delivered to each subscriber", perSubscriber);
    std::printf("%-40s %14.0f\n", "frames/s sent by the hub (all)", perSubscriber * kSubscribers);
    std::printf("%-40s %14.2f\n", "latency POST -> frame p50 (ms)", percentile(0.50));
    std::printf("%-40s %14.2f\n", "latency POST -> frame p99 (ms)", percentile(0.99));
    std::printf("%-40s %14.2f\n", "latency POST -> frame max (ms)", latenciesMs.back());
    std::printf("\n{\"bench\":\"feed\",\"events\":%d,\"subscribers\":%d,\"events_per_s_per_subscriber\":%.0f,"
                "\"p99_latency_ms\":%.2f}\n",
                kEvents, kSubscribers, perSubscriber, percentile(0.99));
    std::fflush(stdout);
    return 0;
}
