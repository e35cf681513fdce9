#include "importmappingpage.h"

#include <import/rowmapper.h>
#include <import/tablerecordsource.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {
constexpr int kLoadFileIndexData = -1;
}

ImportMappingPage::ImportMappingPage(ImportSetup &setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_preset(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_reject(new QRadioButton(tr("&Reject the whole file if any row is invalid (the store stays as it was)"), this))
    , m_skip(new QRadioButton(tr("&Skip invalid rows and import the rest"), this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose a preset for your platform's export, or say which column holds each field. "
                   "Only the ids and times are required."));
    m_preset->setAccessibleName(tr("Preset"));
    m_description->setWordWrap(true);
    connect(m_preset, &QComboBox::activated, this, &ImportMappingPage::presetChosen);
    m_scroll->setWidgetResizable(true);
    auto *policy = new QButtonGroup(this);
    policy->addButton(m_reject);
    policy->addButton(m_skip);
    m_reject->setChecked(true);

    auto *presetRow = new QFormLayout;
    presetRow->addRow(tr("&Preset:"), m_preset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presetRow);
    layout->addWidget(m_description);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_reject);
    layout->addWidget(m_skip);
}

void ImportMappingPage::initializePage()
{
    import::Dialect dialect;
    auto rows = import::TableRecordSource::openRows(m_setup.file, m_setup.mapping, m_setup.dialect, &dialect);
    m_header = rows->header();

    m_offered = {import::Mapping::canonical(m_setup.kind)};
    for (const import::Mapping &preset : import::PresetRegistry::all()) {
        if (preset.kind == m_setup.kind)
            m_offered.append(preset);
    }
    if (m_fromFile && m_fromFile->kind == m_setup.kind)
        m_offered.append(*m_fromFile);
    m_preset->clear();
    for (int i = 0; i < m_offered.size(); ++i)
        m_preset->addItem(i == 0 ? tr("Huddle format (docs/formats.md)") : m_offered[i].name, i);
    m_preset->addItem(tr("Load a mapping file…"), kLoadFileIndexData);

    // The likely mapping: the first preset whose required columns are all in this file,
    // else Huddle's own format.
    int best = 0;
    import::LocalTimeConverter zone;
    const import::CustomerKeyHasher hasher({});
    for (int i = 1; i < m_offered.size() && best == 0; ++i) {
        if (m_offered[i].format == u"table"
            && import::RowMapper(m_offered[i], m_header, m_setup.file, zone, hasher).headerProblems().isEmpty())
            best = i;
    }
    m_preset->setCurrentIndex(best);
    presetChosen();
}

void ImportMappingPage::choosePreset(const QString &name)
{
    for (int i = 0; i < m_offered.size(); ++i) {
        if (m_offered[i].name == name) {
            m_preset->setCurrentIndex(i);
            presetChosen();
            return;
        }
    }
}

void ImportMappingPage::presetChosen()
{
    if (m_preset->currentData().toInt() == kLoadFileIndexData) {
        loadMappingFile();
        return;
    }
    showMapping(m_offered.value(m_preset->currentData().toInt()));
    emit completeChanged();
}

void ImportMappingPage::loadMappingFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping file"), QString(),
                                                      tr("Mapping files (*.json)"));
    QString error;
    const auto mapping = path.isEmpty() ? std::nullopt : import::Mapping::fromFile(path, &error);
    if (!mapping || mapping->kind != m_setup.kind) {
        if (!path.isEmpty())
            QMessageBox::warning(this, tr("Mapping file"),
                                 mapping ? tr("This mapping is for %1, not %2.")
                                               .arg(import::kindName(mapping->kind), import::kindName(m_setup.kind))
                                         : error);
        m_preset->setCurrentIndex(0);
        showMapping(m_offered.first());
        return;
    }
    m_fromFile = mapping;
    m_offered.append(*mapping);
    m_preset->insertItem(m_preset->count() - 1, mapping->name, int(m_offered.size() - 1));
    m_preset->setCurrentIndex(m_preset->count() - 2);
    showMapping(*mapping);
}

void ImportMappingPage::showMapping(const import::Mapping &mapping)
{
    m_description->setText(mapping.description);
    m_fieldsWidget = new QWidget;
    m_fields = new QFormLayout(m_fieldsWidget);
    m_fieldCombos.clear();
    const bool ownReader = mapping.format != u"table";
    for (const import::FieldSpec &field : import::fieldsOf(m_setup.kind)) {
        auto *combo = new QComboBox(m_fieldsWidget);
        combo->addItem(tr("(not in this file)"), QString());
        const QString expression = mapping.columns.value(field.name);
        // Expressions that combine columns (Date + Time, =clock_diff(...)) stay as written.
        if (!expression.isEmpty() && (expression.contains(u'+') || expression.startsWith(u'=')))
            combo->addItem(expression, expression);
        for (const QString &column : std::as_const(m_header))
            combo->addItem(column, column);
        int selected = combo->findData(expression);
        for (const QString &alternative : expression.split(u'|')) {
            for (int i = 0; selected < 0 && i < m_header.size(); ++i) {
                if (import::normalizedHeader(m_header[i]) == import::normalizedHeader(alternative.trimmed()))
                    selected = combo->findData(m_header[i]);
            }
        }
        combo->setCurrentIndex(std::max(selected, 0));
        combo->setEnabled(!ownReader);
        combo->setAccessibleName(field.name);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::completeChanged);
        m_fields->addRow(field.required ? field.name + QStringLiteral(" *") : field.name, combo);
        m_fieldCombos.append(combo);
    }
    if (ownReader)
        m_fields->addRow(new QLabel(tr("This format has its own reader: no columns to choose."), m_fieldsWidget));
    m_scroll->setWidget(m_fieldsWidget);
}

import::Mapping ImportMappingPage::mappingFromForm() const
{
    import::Mapping mapping = m_offered.value(m_preset->currentData().toInt(), m_offered.first());
    if (mapping.format != u"table")
        return mapping;
    mapping.columns.clear();
    const QList<import::FieldSpec> &fields = import::fieldsOf(m_setup.kind);
    for (int i = 0; i < m_fieldCombos.size(); ++i) {
        const QString expression = m_fieldCombos[i]->currentData().toString();
        if (!expression.isEmpty())
            mapping.columns.insert(fields[i].name, expression);
    }
    return mapping;
}

bool ImportMappingPage::isComplete() const
{
    const import::Mapping mapping = mappingFromForm();
    if (mapping.format != u"table")
        return true;
    for (const import::FieldSpec &field : import::fieldsOf(m_setup.kind)) {
        if (field.required && !mapping.optionalFields.contains(field.name) && !mapping.columns.contains(field.name)
            && !mapping.constants.contains(field.name))
            return false;
    }
    return true;
}

bool ImportMappingPage::validatePage()
{
    m_setup.mapping = mappingFromForm();
    m_setup.onError = m_skip->isChecked() ? import::OnError::Skip : import::OnError::Reject;
    return true;
}

} // namespace huddle::ui
