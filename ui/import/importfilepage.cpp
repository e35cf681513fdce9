#include "importfilepage.h"

#include "droppedfile.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>

namespace huddle::ui {

namespace {
QString kindLabel(import::Kind kind)
{
    switch (kind) {
    case import::Kind::Interactions: return ImportFilePage::tr("Interactions (calls, chats, e-mails)");
    case import::Kind::Surveys: return ImportFilePage::tr("Surveys (CSAT, NPS, CES)");
    case import::Kind::Qa: return ImportFilePage::tr("QA evaluations");
    case import::Kind::Agents: return ImportFilePage::tr("Agents (roster)");
    case import::Kind::Engagement: return ImportFilePage::tr("Engagement pulses");
    case import::Kind::Customers: return ImportFilePage::tr("Customers");
    case import::Kind::Summary: return ImportFilePage::tr("Summary report (per day or interval)");
    }
    return {};
}
} // namespace

ImportFilePage::ImportFilePage(ImportSetup &setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_file(new QLineEdit(this))
    , m_kind(new QComboBox(this))
{
    setTitle(tr("Choose an export"));
    setSubTitle(tr("Pick or drop the file your contact-center platform exported: CSV, Excel (.xlsx), "
                   "Asterisk queue_log or Amazon Connect records."));
    setAcceptDrops(true);

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    m_file->setAccessibleName(tr("File to import"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    for (import::Kind kind : import::allKinds())
        m_kind->addItem(kindLabel(kind), int(kind));
    m_kind->setAccessibleName(tr("What the file holds"));

    auto *form = new QFormLayout(this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file); // a row whose field is a layout gets no buddy by itself
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Contains:"), m_kind);
    auto *hint = new QLabel(tr("Nothing is written until the last step, and an import can be undone later "
                               "from File › Import history."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
}

void ImportFilePage::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::setKind(import::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import an export"), QFileInfo(m_file->text()).absolutePath(),
        tr("Exports (*.csv *.txt *.tsv *.xlsx *.json *.jsonl *queue_log*);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_file->text())).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString file = QDir::fromNativeSeparators(m_file->text());
    const auto kind = import::Kind(m_kind->currentData().toInt());
    if (file != m_setup.file || kind != m_setup.kind) {
        m_setup.file = file;
        m_setup.kind = kind;
        m_setup.dialect = {};
        m_setup.mapping = import::Mapping::canonical(kind);
    }
    return true;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString file = droppedLocalFile(event->mimeData());
    if (file.isEmpty())
        return;
    setFile(file);
    event->acceptProposedAction();
}

} // namespace huddle::ui
