#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class RejectedInputsDialog;
}

namespace alertdesk {
class FeedService;
struct RejectedInput;
} // namespace alertdesk

namespace alertdesk::ui {

// Lists the inputs the feed rejected (time, origin, reason), live, and copies them as text: the "why" behind the
// status bar's rejected-inputs count.
class RejectedInputsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedInputsDialog)

public:
    explicit RejectedInputsDialog(FeedService& feed, QWidget* parent = nullptr);
    ~RejectedInputsDialog() override;

    // The rows as tab-separated lines (the selected rows, or all when none is selected).
    QString toText() const;

private:
    void append(const RejectedInput& rejection);
    void copyToClipboard();

    std::unique_ptr<Ui::RejectedInputsDialog> m_ui;
};

} // namespace alertdesk::ui
