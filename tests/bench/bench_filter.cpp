// bench_filter: the alert table's filter over N alerts (default 1,000,000) with the table shown, timed through
// the repaint: a text, a field, a regular expression and a severity filter, and clearing. Beside it the
// baseline: the same filter applied to a fresh QSortFilterProxyModel over a QStandardItemModel of the same rows.
//   bench_filter [--rows N]
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include "BenchEvents.h"
#include "common/Clock.h"
#include "common/MemoryTuning.h"
#include "event/EventDecoder.h"
#include "store/AlertFilter.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/alerts/AlertColumns.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/alerts/SeverityStyle.h"

using namespace alertdesk;

namespace {

struct Case
{
    const char* name;
    QString ours;          // our filter language
    int baselineColumn;    // -1: all columns
    QRegularExpression baseline;
};

// Baseline columns: what a QStandardItemModel desk would hold.
enum BaselineColumn { BSeverity, BStatus, BSource, BType, BSubject, BRegion, BTitle, BSummary, BColumns };

void preload(AlertStore& store, int rows)
{
    SystemClock clock;
    EventDecoder decoder(clock);
    const QString origin = QStringLiteral("bench");
    for (int start = 0; start < rows; start += 20000) {
        const int n = std::min(20000, rows - start);
        QList<Event> batch;
        for (const QByteArray& e : bench::distinctTencentEvents(n, 1'790'000'000'000, start))
            batch += decoder.decode(e, origin).events;
        store.ingest(batch);
        while (store.pendingWrites() > 100'000) {
            QEventLoop loop;
            QObject::connect(&store, &AlertStore::committed, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    store.flush();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Ours: compile, filter, and repaint the visible table.
double timeOurs(ui::AlertTableModel& model, QTableView& view, const QString& text, int* rows)
{
    QElapsedTimer timer;
    timer.start();
    auto filter = AlertFilter::compile(text);
    if (!filter) {
        std::fprintf(stderr, "filter %s: %s\n", qPrintable(text), qPrintable(filter.error().message));
        return -1;
    }
    model.setFilter(*filter);
    view.viewport()->repaint();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *rows = model.rowCount();
    return ms;
}

// The baseline: a fresh proxy (no earlier mapping to update), the filter, the view, the repaint.
double timeBaseline(QStandardItemModel& source, QTableView& view, const Case* c, int* rows)
{
    QElapsedTimer timer;
    timer.start();
    auto* proxy = new QSortFilterProxyModel(&view);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    if (c) {
        proxy->setFilterKeyColumn(c->baselineColumn);
        proxy->setFilterRegularExpression(c->baseline);
    }
    proxy->setSourceModel(&source);
    QAbstractItemModel* old = view.model();
    view.setModel(proxy);
    view.viewport()->repaint();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *rows = proxy->rowCount();
    if (old != &source)
        delete old;
    return ms;
}

void fillBaseline(QStandardItemModel& model, const AlertTable& table)
{
    model.setColumnCount(BColumns);
    model.setRowCount(int(table.size()));
    for (quint32 i = 0; i < table.size(); ++i) {
        const AlertRow& row = table.row(i);
        const QString texts[BColumns] = {ui::severityText(row.severity), ui::statusText(row.status),
                                         table.pool().text(row.source), table.pool().text(row.type),
                                         row.fieldText(RowField::Subject), table.pool().text(row.region),
                                         row.fieldText(RowField::Title), row.fieldText(RowField::Summary)};
        for (int c = 0; c < BColumns; ++c)
            model.setItem(int(i), c, new QStandardItem(texts[c]));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    tuneMemoryAllocator();   // as the executables do
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int rows = 1'000'000;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();

    QTemporaryDir dir;
    SystemClock clock;
    AlertStore store(dir.filePath(QStringLiteral("bench.sqlite")), RetentionLimits{qint64(64) << 30, 100});
    {
        QEventLoop opened;
        QObject::connect(&store, &AlertStore::opened, &opened, &QEventLoop::quit);
        store.open();
        opened.exec();
    }
    preload(store, rows);
    ui::AlertTableModel model(store, clock);
    ui::AlertTableView view;
    view.setAlertModel(&model);
    view.resize(1280, 700);
    view.show();
    QApplication::processEvents();

    const QList<Case> cases = {
        {"text", QStringLiteral("guangzhou"), -1, QRegularExpression(QStringLiteral("guangzhou"), QRegularExpression::CaseInsensitiveOption)},
        {"field", QStringLiteral("region:guangzhou"), BRegion, QRegularExpression(QStringLiteral("guangzhou"), QRegularExpression::CaseInsensitiveOption)},
        {"regex", QStringLiteral("title~\"Guest(Oom|Reboot)\""), BTitle,
         QRegularExpression(QStringLiteral("Guest(Oom|Reboot)"), QRegularExpression::CaseInsensitiveOption)},
        {"severity", QStringLiteral("severity>=major"), BSeverity,
         QRegularExpression(QStringLiteral("^(critical|major)$"), QRegularExpression::CaseInsensitiveOption)},
    };
    constexpr int kRounds = 3;
    std::printf("bench_filter: %d alerts, table shown (1280×700), median of %d rounds, ms per change\n", rows, kRounds);
    std::printf("%-9s %10s %10s %12s %10s\n", "filter", "ours", "rows", "baseline", "rows");
    std::vector<double> ours[5], base[5];
    int oursRows[5] = {}, baseRows[5] = {};
    for (int round = 0; round < kRounds; ++round) {
        for (int c = 0; c < cases.size(); ++c) {
            ours[c].push_back(timeOurs(model, view, cases.at(c).ours, &oursRows[c]));
            ours[4].push_back(timeOurs(model, view, QString(), &oursRows[4]));
        }
    }

    QStandardItemModel source;
    fillBaseline(source, store.table());
    QTableView baselineView;
    baselineView.resize(1280, 700);
    baselineView.verticalHeader()->hide();
    baselineView.show();
    for (int round = 0; round < kRounds; ++round) {
        for (int c = 0; c < cases.size(); ++c)
            base[c].push_back(timeBaseline(source, baselineView, &cases.at(c), &baseRows[c]));
        base[4].push_back(timeBaseline(source, baselineView, nullptr, &baseRows[4]));
    }
    const char* names[5] = {"text", "field", "regex", "severity", "clear"};
    for (int c = 0; c < 5; ++c)
        std::printf("%-9s %10.1f %10d %12.1f %10d\n", names[c], median(ours[c]), oursRows[c], median(base[c]),
                    baseRows[c]);
    std::printf("{\"bench\":\"filter\",\"rows\":%d,\"ms\":{", rows);
    for (int c = 0; c < 5; ++c)
        std::printf("%s\"%s\":%.1f", c ? "," : "", names[c], median(ours[c]));
    std::printf("},\"baseline_ms\":{");
    for (int c = 0; c < 5; ++c)
        std::printf("%s\"%s\":%.1f", c ? "," : "", names[c], median(base[c]));
    std::printf("}}\n");
    return 0;
}
