#include "ui/alerts/DetailPane.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "event/JsonPretty.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/alerts/SeverityStyle.h"
#include "ui/alerts/TimeText.h"

namespace alertdesk::ui {

namespace {

QString timelineText(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Fired: return DetailPane::tr("Fired");
    case TimelineEntry::Kind::Repeated: return DetailPane::tr("Repeated");
    case TimelineEntry::Kind::Resolved: return DetailPane::tr("Resolved");
    case TimelineEntry::Kind::Refired: return DetailPane::tr("Fired again");
    case TimelineEntry::Kind::Received: return DetailPane::tr("Received");
    case TimelineEntry::Kind::Acknowledged: return DetailPane::tr("Acknowledged");
    case TimelineEntry::Kind::Silenced: return DetailPane::tr("Silenced");
    case TimelineEntry::Kind::Notified: return DetailPane::tr("Notified");
    case TimelineEntry::Kind::Unacknowledged: return DetailPane::tr("Acknowledgement ended");
    case TimelineEntry::Kind::Unsilenced: return DetailPane::tr("Silence ended");
    }
    return {};
}

QTreeWidget* makeTree(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    return tree;
}

} // namespace

DetailPane::DetailPane(AlertStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_fields = makeTree({tr("Field"), tr("Value")}, QStringLiteral("detailFields"), this);

    auto* jsonPage = new QWidget(this);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(QStringLiteral("detailJson"));
    m_json->setReadOnly(true);
    m_json->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setAccessibleName(tr("Original JSON"));
    m_jsonSearch = new QLineEdit(jsonPage);
    m_jsonSearch->setObjectName(QStringLiteral("detailJsonSearch"));
    m_jsonSearch->setPlaceholderText(tr("Find in JSON"));
    m_jsonSearch->setClearButtonEnabled(true);
    m_copy = new QPushButton(tr("Copy JSON"), jsonPage);
    m_copy->setObjectName(QStringLiteral("detailCopyJson"));
    m_jsonStatus = new QLabel(jsonPage);
    m_jsonStatus->setObjectName(QStringLiteral("detailJsonStatus"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_jsonSearch, 1);
    searchRow->addWidget(m_jsonStatus);
    searchRow->addWidget(m_copy);
    auto* jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 4, 0, 0);
    jsonLayout->addLayout(searchRow);
    jsonLayout->addWidget(m_json, 1);

    auto* timelinePage = new QWidget(this);
    m_timeline = makeTree({tr("Time"), tr("What"), tr("Severity"), tr("Event")}, QStringLiteral("detailTimeline"),
                          timelinePage);
    m_timelineNote = new QLabel(timelinePage);
    m_timelineNote->setObjectName(QStringLiteral("detailTimelineNote"));
    m_timelineNote->setWordWrap(true);
    m_timelineNote->hide();
    auto* timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->addWidget(m_timelineNote);
    timelineLayout->addWidget(m_timeline, 1);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_fields, tr("&Fields"));
    m_tabs->addTab(jsonPage, tr("&JSON"));
    m_tabs->addTab(timelinePage, tr("T&imeline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&m_store, &AlertStore::detailLoaded, this, &DetailPane::showDetail);
    connect(m_jsonSearch, &QLineEdit::textChanged, this, [this] {
        m_json->moveCursor(QTextCursor::Start);
        findInJson(false);
    });
    connect(m_jsonSearch, &QLineEdit::returnPressed, this, [this] { findInJson(false); });
    connect(m_copy, &QPushButton::clicked, this, &DetailPane::copyJson);
    showAlert(-1);
}

void DetailPane::showAlert(qint64 alertId)
{
    m_alertId = alertId;
    m_json->clear();
    m_timeline->clear();
    m_timelineNote->hide();
    m_copy->setEnabled(false);
    showFields();
    if (alertId >= 0) {
        m_jsonStatus->setText(tr("Loading…"));
        m_store.requestDetail(alertId);
    } else {
        m_jsonStatus->clear();
    }
}

void DetailPane::showFields()
{
    m_fields->clear();
    const auto index = m_alertId >= 0 ? m_store.table().findAlertId(m_alertId) : std::nullopt;
    if (!index) {
        m_fields->addTopLevelItem(new QTreeWidgetItem({tr("No alert selected"), {}}));
        m_fields->resizeColumnToContents(0);
        return;
    }
    const AlertRow& row = m_store.table().row(*index);
    const StringPool& pool = m_store.table().pool();
    const auto add = [this](const QString& name, const QString& value) {
        auto* item = new QTreeWidgetItem({name, value});
        item->setToolTip(1, value);
        m_fields->addTopLevelItem(item);
    };
    add(tr("Title"), row.fieldText(RowField::Title));
    add(tr("Severity"), severityText(row.severity));
    add(tr("Status"), statusText(row.status));
    add(tr("Summary"), row.fieldText(RowField::Summary));
    add(tr("Source"), pool.text(row.source));
    add(tr("Type"), pool.text(row.type));
    add(tr("Subject"), row.fieldText(RowField::Subject));
    add(tr("Region"), pool.text(row.region));
    add(tr("First seen"), localTime(row.firstSeenMs));
    add(tr("Last seen"), localTime(row.lastSeenMs) + QStringLiteral("  (") + utcTime(row.lastSeenMs) +
                             QLatin1Char(')'));
    add(tr("Events"), QLocale().toString(row.count));
    add(tr("Event id"), row.fieldText(RowField::Id));
    add(tr("Fingerprint"), row.fieldText(RowField::Fingerprint));
    add(tr("Origin"), pool.text(row.origin));
    const QByteArrayView labels = row.field(RowField::LabelList);
    for (const QByteArrayView entry : QByteArray(labels.toByteArray()).split(labelSeparator)) {
        const qsizetype split = entry.indexOf(labelValueSeparator);
        if (split > 0)
            add(QStringLiteral("labels.") + QString::fromUtf8(entry.first(split)),
                QString::fromUtf8(entry.sliced(split + 1)));
    }
    m_fields->resizeColumnToContents(0);
}

void DetailPane::showDetail(const AlertDetail& detail)
{
    if (detail.alertId != m_alertId)
        return;   // the operator moved on meanwhile
    showFields();   // the count and latest fields may have moved since the selection
    m_json->setPlainText(QString::fromUtf8(prettyJson(detail.payload)));
    m_jsonStatus->clear();
    m_copy->setEnabled(!detail.payload.isEmpty());
    m_timeline->clear();
    for (auto it = detail.timeline.crbegin(); it != detail.timeline.crend(); ++it) {   // newest first
        auto* item = new QTreeWidgetItem({localTime(it->atMs), timelineText(it->kind), severityText(it->severity),
                                          it->eventId.isEmpty() ? it->actor + QLatin1Char(' ') + it->detail
                                                                : it->eventId});
        item->setIcon(2, severityIcon(it->severity, false));
        m_timeline->addTopLevelItem(item);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timelineNote->setVisible(detail.eventsNotKept > 0);
    m_timelineNote->setText(tr("%Ln earlier event(s) were removed by the history's retention limits.", nullptr,
                               int(std::min<qint64>(detail.eventsNotKept, INT_MAX))));
    if (!m_jsonSearch->text().isEmpty())
        findInJson(false);
}

QString DetailPane::jsonText() const
{
    return m_json->toPlainText();
}

void DetailPane::showJsonTab()
{
    m_tabs->setCurrentIndex(1);
}

void DetailPane::focusJsonSearch()
{
    showJsonTab();
    m_jsonSearch->setFocus(Qt::ShortcutFocusReason);
}

void DetailPane::findInJson(bool backwards)
{
    const QString needle = m_jsonSearch->text();
    if (needle.isEmpty()) {
        m_jsonStatus->clear();
        return;
    }
    const auto flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_json->find(needle, flags);
    if (!found) {   // wrap around
        m_json->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        found = m_json->find(needle, flags);
    }
    m_jsonStatus->setText(found ? QString() : tr("Not found"));
}

void DetailPane::copyJson()
{
    const QString selected = m_json->textCursor().selectedText();
    QApplication::clipboard()->setText(selected.isEmpty() ? m_json->toPlainText() : selected);
}

} // namespace alertdesk::ui
