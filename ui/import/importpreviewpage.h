#pragma once

#include "importsetup.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace huddle::ui {

// Step 2: the first rows as Huddle reads them, with the detected encoding and delimiter,
// both of which the user can override.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportPreviewPage(ImportSetup &setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    static constexpr int kPreviewRows = 50;

private:
    void readPreview();
    import::DialectOverrides chosenOverrides() const;

    ImportSetup &m_setup;
    QLabel *m_detected = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QStandardItemModel *m_rows = nullptr;
    QTableView *m_table = nullptr;
    bool m_updating = false;
};

} // namespace huddle::ui
