#include "importwizard.h"

#include "importcheckpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"

namespace huddle::ui {

ImportWizard::ImportWizard(const QString &storePath, QWidget *parent)
    : QWizard(parent)
    , m_filePage(new ImportFilePage(m_setup))
    , m_mappingPage(new ImportMappingPage(m_setup))
    , m_importPage(new ImportCheckPage(m_setup, ImportCheckPage::Mode::Import))
{
    m_setup.storePath = storePath;
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(760, 560);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, new ImportPreviewPage(m_setup));
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, new ImportCheckPage(m_setup, ImportCheckPage::Mode::DryRun));
    setPage(ImportPageId, m_importPage);
    connect(m_importPage, &ImportCheckPage::imported, this, &ImportWizard::imported);
}

void ImportWizard::setFile(const QString &path)
{
    m_filePage->setFile(path);
}

void ImportWizard::setKind(import::Kind kind)
{
    m_filePage->setKind(kind);
}

void ImportWizard::choosePreset(const QString &name)
{
    m_mappingPage->choosePreset(name);
}

const std::optional<import::ImportResult> &ImportWizard::importResult() const
{
    return m_importPage->result();
}

} // namespace huddle::ui
