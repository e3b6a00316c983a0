#include "RejectedInputsDialog.h"
#include "ui_RejectedInputsDialog.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>
#include <QSet>

#include "feed/FeedService.h"

namespace alertdesk::ui {

namespace {
constexpr int maxRows = 1000;   // the service keeps 200; this bounds a dialog left open for days
}

RejectedInputsDialog::RejectedInputsDialog(FeedService& feed, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RejectedInputsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rejectedInputsDialog"));
    m_ui->rejectedInputsButtonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->rejectedInputsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyRejectedInputsButton, &QPushButton::clicked, this, &RejectedInputsDialog::copyToClipboard);
    auto* copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    connect(copyAction, &QAction::triggered, this, &RejectedInputsDialog::copyToClipboard);
    m_ui->rejectedInputsTable->addAction(copyAction);

    const auto rejections = feed.recentRejections();
    for (const RejectedInput& rejection : rejections)
        append(rejection);
    connect(&feed, &FeedService::inputRejected, this, &RejectedInputsDialog::append);
    m_ui->rejectedInputsTable->resizeColumnsToContents();
}

RejectedInputsDialog::~RejectedInputsDialog() = default;

void RejectedInputsDialog::append(const RejectedInput& rejection)
{
    QTableWidget* table = m_ui->rejectedInputsTable;
    if (table->rowCount() >= maxRows)
        table->removeRow(0);
    const int row = table->rowCount();
    table->insertRow(row);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(rejection.atMs);
    auto* timeItem = new QTableWidgetItem(QLocale().toString(when.time(), QStringLiteral("HH:mm:ss.zzz")));
    timeItem->setToolTip(QLocale().toString(when, QLocale::LongFormat));
    auto* reasonItem = new QTableWidgetItem(rejection.reason);
    reasonItem->setToolTip(rejection.reason);
    table->setItem(row, 0, timeItem);
    table->setItem(row, 1, new QTableWidgetItem(rejection.origin));
    table->setItem(row, 2, reasonItem);
    table->scrollToBottom();
}

QString RejectedInputsDialog::toText() const
{
    const QTableWidget* table = m_ui->rejectedInputsTable;
    QSet<int> selected;
    const auto ranges = table->selectedRanges();
    for (const auto& range : ranges)
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            selected.insert(row);
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!selected.isEmpty() && !selected.contains(row))
            continue;
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void RejectedInputsDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(toText());
}

} // namespace alertdesk::ui
