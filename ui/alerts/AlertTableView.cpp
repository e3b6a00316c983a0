#include "ui/alerts/AlertTableView.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>

#include "ui/alerts/AlertColumns.h"
#include "ui/alerts/AlertTableModel.h"

namespace alertdesk::ui {

AlertTableView::AlertTableView(QWidget* parent) : QTableView(parent), m_pill(new QToolButton(this))
{
    setObjectName(QStringLiteral("alertTable"));
    setAccessibleName(tr("Alerts"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);   // the anchor is a row, kept exactly
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setTextElideMode(Qt::ElideRight);
    // A million rows: every row has the same height, so the vertical header never measures one.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setObjectName(QStringLiteral("alertTableHeader"));
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &AlertTableView::showHeaderMenu);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &AlertTableView::showAlertMenu);

    m_pill->setObjectName(QStringLiteral("newAlertsPill"));
    m_pill->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pill->setCursor(Qt::PointingHandCursor);
    m_pill->setAutoRaise(false);
    // A pill in the palette's highlight: noticeable without being an alarm colour.
    m_pill->setStyleSheet(QStringLiteral("QToolButton { background: palette(highlight); color: palette(highlighted-text);"
                                         " border: none; border-radius: 9px; padding: 2px 12px; }"));
    m_pill->hide();
    connect(m_pill, &QToolButton::clicked, this, &AlertTableView::goToTop);
    connect(this, &QAbstractItemView::activated, this, &AlertTableView::openDetailRequested);
}

void AlertTableView::setAlertModel(AlertTableModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &AlertTableView::rememberAnchor);
    connect(model, &QAbstractItemModel::layoutChanged, this, &AlertTableView::restoreAnchor);
    applyDefaultColumns();
    horizontalHeader()->setSortIndicator(int(AlertColumn::Age), Qt::AscendingOrder);
}

void AlertTableView::applyDefaultColumns()
{
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](AlertColumn column, const QString& sample) {
        const int text = std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(columnTitle(column)));
        return text + metrics.height() * 2;   // room for the sort arrow, the icon and the margins
    };
    for (int c = 0; c < alertColumnCount; ++c) {
        const auto column = AlertColumn(c);
        setColumnHidden(c, hiddenByDefault(column));
        int w = metrics.averageCharWidth() * 14;
        switch (column) {
        case AlertColumn::Severity: w = width(column, tr("Critical")) + metrics.height(); break;
        case AlertColumn::Status: w = width(column, tr("Stateless")); break;
        case AlertColumn::Age: w = width(column, QStringLiteral("23h 59m")); break;
        case AlertColumn::Count: w = width(column, QStringLiteral("99,999")); break;
        case AlertColumn::Source: w = metrics.averageCharWidth() * 17; break;
        case AlertColumn::Type: w = metrics.averageCharWidth() * 22; break;
        case AlertColumn::Subject: w = metrics.averageCharWidth() * 14; break;
        case AlertColumn::Region: w = width(column, QStringLiteral("ap-guangzhou")); break;
        case AlertColumn::Title: w = metrics.averageCharWidth() * 30; break;
        default: break;
        }
        setColumnWidth(c, w);
    }
}

void AlertTableView::rememberAnchor()
{
    const int top = rowAt(0);
    m_following = verticalScrollBar()->value() == 0 && !selectionModel()->hasSelection();
    m_anchorRow = top;
    m_anchorAlert = top >= 0 ? model()->index(top, 0).data(AlertTableModel::AlertIdRole).toLongLong() : -1;
}

void AlertTableView::restoreAnchor()
{
    if (m_following || m_anchorAlert < 0 || !m_model)
        return;
    const int now = m_model->rowOfAlert(m_anchorAlert);
    if (now < 0 || now == m_anchorRow)
        return;
    if (now > m_anchorRow) {
        m_newAbove += now - m_anchorRow;
        showPill();
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() + (now - m_anchorRow));
}

void AlertTableView::showPill()
{
    m_pill->setText(tr("%Ln new ↑", nullptr, m_newAbove));
    m_pill->setToolTip(tr("Go to the newest alerts"));
    m_pill->adjustSize();
    m_pill->move((viewport()->width() - m_pill->width()) / 2,
                 horizontalHeader()->height() + fontMetrics().height() / 2);
    m_pill->show();
    m_pill->raise();
}

void AlertTableView::goToTop()
{
    m_newAbove = 0;
    m_pill->hide();
    clearSelection();
    scrollToTop();
}

void AlertTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (verticalScrollBar()->value() == 0 && m_pill->isVisible()) {
        m_newAbove = 0;
        m_pill->hide();
    }
}

void AlertTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    if (m_pill->isVisible())
        showPill();
}

void AlertTableView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit openDetailRequested(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

void AlertTableView::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (int c = 0; c < alertColumnCount; ++c) {
        QAction* action = menu.addAction(columnTitle(AlertColumn(c)));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &AlertTableView::applyDefaultColumns);
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void AlertTableView::addAlertAction(QAction* action)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    m_alertActions.append(action);
}

void AlertTableView::addAlertActionSeparator()
{
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_alertActions.append(separator);
}

void AlertTableView::showAlertMenu(const QPoint& pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid() || m_alertActions.isEmpty())
        return;
    if (!selectionModel()->isSelected(index))
        setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions(m_alertActions);
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace alertdesk::ui
