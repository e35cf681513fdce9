#pragma once

#include "importsetup.h"

#include <QWizard>

namespace huddle::ui {

class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;

// File › Import…: choose or drop a file, preview it, map its columns, check every row,
// then import on a worker thread with progress and Cancel. All the work is core's
// runImport(); the wizard only collects the choices.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, CheckPageId, ImportPageId };

    explicit ImportWizard(const QString &storePath, QWidget *parent = nullptr);

    void setFile(const QString &path);
    void setKind(import::Kind kind);
    void choosePreset(const QString &name);
    const ImportSetup &setup() const { return m_setup; }
    const std::optional<import::ImportResult> &importResult() const;

signals:
    void imported();

private:
    ImportSetup m_setup;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportCheckPage *m_importPage = nullptr;
};

} // namespace huddle::ui
