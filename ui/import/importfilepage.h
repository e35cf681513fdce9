#pragma once

#include "importsetup.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace huddle::ui {

// Step 1: which file, and what it holds. Files can also be dropped onto the page.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSetup &setup, QWidget *parent = nullptr);
    void setFile(const QString &path);
    void setKind(import::Kind kind);

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();

    ImportSetup &m_setup;
    QLineEdit *m_file = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace huddle::ui
