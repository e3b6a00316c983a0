#include "ui/alerts/AlertDesk.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QUuid>

#include "config/Settings.h"
#include "store/AlertStore.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/alerts/DetailPane.h"
#include "ui/alerts/FilterBar.h"
#include "ui/alerts/ViewsSidebar.h"

namespace alertdesk::ui {

AlertDesk::AlertDesk(AlertStore& store, const Clock& clock, Settings& settings, QWidget* window)
    : QObject(window), m_store(store), m_settings(settings), m_window(window),
      m_model(new AlertTableModel(store, clock, this)), m_table(new AlertTableView(window)),
      m_filterBar(new FilterBar(store, window)), m_sidebar(new ViewsSidebar(store, clock, window)),
      m_detail(new DetailPane(store, window))
{
    m_table->setAlertModel(m_model);
    connect(m_filterBar, &FilterBar::filterChanged, m_model, &AlertTableModel::setFilter);
    connect(m_model, &AlertTableModel::countsChanged, this, [this](int shown, int total) {
        m_filterBar->setCounts(shown, total, m_model->view().isFiltered());
    });
    m_filterBar->setCounts(0, 0, false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertDesk::showCurrentAlert);
    connect(m_table, &AlertTableView::openDetailRequested, this, [this] {
        showCurrentAlert();
        emit detailRequested();
    });
    connect(m_sidebar, &ViewsSidebar::viewActivated, this, &AlertDesk::applyView);
    connect(m_sidebar, &ViewsSidebar::saveViewRequested, this, &AlertDesk::askToSaveView);
    connect(m_sidebar, &ViewsSidebar::savedViewsChanged, this, [this](const QList<SavedView>& views) {
        m_settings.setValue(settings::savedViews, savedViewsToJson(views));
        m_settings.sync();
    });
    // Down from the filter goes to the table: the keyboard path filter → table → detail.
    connect(m_filterBar->edit(), &QLineEdit::returnPressed, m_table, [this] {
        if (m_model->rowCount() == 0)
            return;
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
}

qint64 AlertDesk::currentAlertId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AlertTableModel::AlertIdRole).toLongLong() : -1;
}

QList<qint64> AlertDesk::selectedAlertIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(AlertTableModel::AlertIdRole).toLongLong());
    if (ids.isEmpty() && currentAlertId() >= 0)
        ids.append(currentAlertId());
    return ids;
}

void AlertDesk::showCurrentAlert()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->showAlert(current.isValid() ? current.data(AlertTableModel::AlertIdRole).toLongLong() : -1);
}

void AlertDesk::applyView(const SavedView& view)
{
    m_filterBar->setText(view.filter);
    if (!view.columns.isEmpty())
        m_table->horizontalHeader()->restoreState(view.columns);
    if (!view.columns.isEmpty() || view.id != QLatin1String("all"))
        m_table->sortByColumn(view.sortColumn, view.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

QString AlertDesk::saveCurrentView(const QString& name)
{
    SavedView view;
    view.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    view.name = name;
    view.filter = m_filterBar->text();
    view.sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    view.sortDescending = m_table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    view.columns = m_table->horizontalHeader()->saveState();
    QList<SavedView> views = m_sidebar->savedViews();
    views.append(view);
    m_sidebar->setSavedViews(views);
    m_sidebar->selectView(view.id);
    m_settings.setValue(settings::savedViews, savedViewsToJson(views));
    m_settings.sync();
    return view.id;
}

void AlertDesk::askToSaveView()
{
    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setWindowTitle(tr("Save View"));
    dialog->setLabelText(tr("Name of the view:"));
    dialog->setTextValue(m_filterBar->text().left(40));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (!name.trimmed().isEmpty())
            saveCurrentView(name.trimmed());
    });
    dialog->open();
}

void AlertDesk::restoreState()
{
    m_sidebar->setSavedViews(savedViewsFromJson(m_settings.value(settings::savedViews)));
    const QString viewId = m_settings.value(settings::currentView);
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->selectView(viewId);
    }
    const QByteArray header = m_settings.value(settings::alertTableHeader);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_filterBar->setText(m_settings.value(settings::alertFilter));
    const QHeaderView* h = m_table->horizontalHeader();
    m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

void AlertDesk::saveState()
{
    m_settings.setValue(settings::alertTableHeader, m_table->horizontalHeader()->saveState());
    m_settings.setValue(settings::alertFilter, m_filterBar->text());
    m_settings.setValue(settings::currentView, m_sidebar->currentViewId());
}

} // namespace alertdesk::ui
