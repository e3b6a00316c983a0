#include "ui/alerts/ViewsSidebar.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/Clock.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"

namespace alertdesk::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QList<SavedView> builtInViews()
{
    const auto view = [](const char* id, const QString& name, const char* filter) {
        SavedView v;
        v.id = QLatin1String(id);
        v.name = name;
        v.filter = QLatin1String(filter);
        return v;
    };
    return {view("all", ViewsSidebar::tr("All alerts"), ""),
            view("firing", ViewsSidebar::tr("Firing"), "status=firing"),
            view("critical", ViewsSidebar::tr("Critical"), "severity=critical status=firing"),
            view("acked", ViewsSidebar::tr("Acknowledged"), "@acked=true"),
            view("silenced", ViewsSidebar::tr("Silenced"), "@silenced=true")};
}

bool isBuiltIn(const QString& id)
{
    const QList<SavedView> builtIn = builtInViews();
    return std::any_of(builtIn.begin(), builtIn.end(), [&id](const SavedView& v) { return v.id == id; });
}

} // namespace

ViewsSidebar::ViewsSidebar(AlertStore& store, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_list(new QTreeWidget(this)),
      m_save(new QPushButton(tr("+ Save View…"), this))
{
    setObjectName(QStringLiteral("viewsSidebar"));
    m_list->setObjectName(QStringLiteral("viewsList"));
    m_list->setAccessibleName(tr("Views"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_save->setObjectName(QStringLiteral("saveViewButton"));
    m_save->setToolTip(tr("Save the current filter, sort and columns as a view"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_save);

    connect(m_save, &QPushButton::clicked, this, &ViewsSidebar::saveViewRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit viewActivated(view(item->data(0, kIdRole).toString()));
    });
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &ViewsSidebar::showMenu);
    connect(&m_store, &AlertStore::opened, this, &ViewsSidebar::rebuild);
    connect(&m_store, &AlertStore::changed, this, [this](const StoreChange& change) {
        m_counts.apply(m_store.table(), change, m_clock.nowMs());
        refreshCounts();
    });
    m_clockRecount.setInterval(5000);
    connect(&m_clockRecount, &QTimer::timeout, this, [this] {
        m_counts.recount(m_store.table(), m_clock.nowMs());
        refreshCounts();
    });
    rebuild();
}

QList<SavedView> ViewsSidebar::allViews() const
{
    return builtInViews() + m_saved;
}

SavedView ViewsSidebar::view(const QString& id) const
{
    const QList<SavedView> views = allViews();
    const auto it = std::find_if(views.begin(), views.end(), [&id](const SavedView& v) { return v.id == id; });
    return it == views.end() ? builtInViews().first() : *it;
}

void ViewsSidebar::setSavedViews(const QList<SavedView>& views)
{
    m_saved = views;
    rebuild();
}

void ViewsSidebar::rebuild()
{
    const QString current = currentViewId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    std::vector<AlertFilter> filters;
    for (const SavedView& v : allViews()) {
        auto* item = new QTreeWidgetItem(m_list, {v.name, {}});
        item->setData(0, kIdRole, v.id);
        item->setToolTip(0, v.filter.isEmpty() ? tr("Every alert") : v.filter);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        auto filter = AlertFilter::compile(v.filter);
        filters.push_back(filter ? *filter : AlertFilter());
    }
    m_counts.setFilters(std::move(filters), m_store.table(), m_clock.nowMs());
    if (m_counts.dependsOnClock())
        m_clockRecount.start();
    else
        m_clockRecount.stop();
    refreshCounts();
    selectView(current.isEmpty() ? QStringLiteral("all") : current);
}

void ViewsSidebar::refreshCounts()
{
    const QLocale locale;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_counts.size(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const QString count = locale.toString(m_counts.count(i));
        if (item->text(1) != count) {
            item->setText(1, count);
            item->setData(0, Qt::AccessibleDescriptionRole, tr("%Ln alert(s)", nullptr, int(m_counts.count(i))));
        }
    }
}

qint64 ViewsSidebar::countOf(const QString& id) const
{
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_counts.size(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString() == id)
            return m_counts.count(i);
    }
    return -1;
}

void ViewsSidebar::selectView(const QString& id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, kIdRole).toString() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString ViewsSidebar::currentViewId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void ViewsSidebar::showMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_list->itemAt(pos);
    if (!item || isBuiltIn(item->data(0, kIdRole).toString()))
        return;
    const QString id = item->data(0, kIdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Rename View…"), this, [this, id] { renameView(id); });
    menu.addAction(tr("&Delete View…"), this, [this, id] { deleteView(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ViewsSidebar::renameView(const QString& id)
{
    for (SavedView& v : m_saved) {
        if (v.id != id)
            continue;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename View"), tr("Name:"), QLineEdit::Normal, v.name, &ok).trimmed();
        if (!ok || name.isEmpty())
            return;
        v.name = name;
        rebuild();
        emit savedViewsChanged(m_saved);
        return;
    }
}

void ViewsSidebar::deleteView(const QString& id)
{
    const SavedView doomed = view(id);
    if (QMessageBox::question(this, tr("Delete View"), tr("Delete the view “%1”?").arg(doomed.name)) !=
        QMessageBox::Yes)
        return;
    m_saved.removeIf([&id](const SavedView& v) { return v.id == id; });
    rebuild();
    emit savedViewsChanged(m_saved);
}

} // namespace alertdesk::ui
