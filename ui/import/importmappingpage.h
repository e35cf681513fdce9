#pragma once

#include "importsetup.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QScrollArea;

namespace huddle::ui {

// Step 3: which column feeds which of Huddle's fields. A preset fills everything in for
// known exports; the user can change any field, or load a mapping file.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSetup &setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // The presets offered for the setup's kind, canonical first (index into the combo).
    void choosePreset(const QString &name);

private:
    void presetChosen();
    void showMapping(const import::Mapping &mapping);
    import::Mapping mappingFromForm() const;
    void loadMappingFile();

    ImportSetup &m_setup;
    QComboBox *m_preset = nullptr;
    QLabel *m_description = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_fieldsWidget = nullptr;
    QFormLayout *m_fields = nullptr;
    QList<QComboBox *> m_fieldCombos; // in fieldsOf(kind) order
    QRadioButton *m_reject = nullptr;
    QRadioButton *m_skip = nullptr;
    QStringList m_header;
    QList<import::Mapping> m_offered;
    std::optional<import::Mapping> m_fromFile;
};

} // namespace huddle::ui
