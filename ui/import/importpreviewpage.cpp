#include "importpreviewpage.h"

#include <import/tablerecordsource.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

using import::TextEncoding;

ImportPreviewPage::ImportPreviewPage(ImportSetup &setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_detected(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_rows(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as Huddle reads them. If the columns look wrong, choose the encoding or "
                   "delimiter yourself."));
    m_encoding->addItem(tr("Detect"), QString());
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
        m_encoding->addItem(import::encodingName(e), import::encodingName(e));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::readPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::readPreview);

    m_table->setModel(m_rows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAccessibleName(tr("Preview of the first rows"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
}

import::DialectOverrides ImportPreviewPage::chosenOverrides() const
{
    import::DialectOverrides overrides;
    const QString encoding = m_encoding->currentData().toString();
    if (!encoding.isEmpty())
        overrides.encoding = import::encodingFromName(encoding);
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        overrides.delimiter = delimiter[0];
    return overrides;
}

void ImportPreviewPage::initializePage()
{
    m_updating = true;
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_updating = false;
    readPreview();
}

void ImportPreviewPage::readPreview()
{
    if (m_updating)
        return;
    m_rows->clear();
    import::Dialect dialect;
    const bool workbook = import::TableRecordSource::isXlsx(m_setup.file);
    auto rows = import::TableRecordSource::openRows(m_setup.file, m_setup.mapping, chosenOverrides(), &dialect);
    m_encoding->setEnabled(!workbook);
    m_delimiter->setEnabled(!workbook);
    if (rows->error()) {
        m_detected->setText(rows->error()->toString());
        return;
    }
    if (workbook) {
        m_detected->setText(tr("Excel workbook: the first sheet is read."));
    } else {
        const QString delimiter = dialect.delimiter == u'\t' ? tr("tab") : QString(dialect.delimiter);
        m_detected->setText(tr("Read as %1, fields separated by \"%2\".")
                                .arg(import::encodingName(dialect.encoding), delimiter));
    }
    m_rows->setHorizontalHeaderLabels(rows->header());
    QStringList fields;
    for (int n = 0; n < kPreviewRows && rows->next(fields); ++n) {
        QList<QStandardItem *> items;
        for (const QString &field : std::as_const(fields))
            items.append(new QStandardItem(field.left(200)));
        m_rows->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

bool ImportPreviewPage::validatePage()
{
    m_setup.dialect = chosenOverrides();
    return true;
}

} // namespace huddle::ui
